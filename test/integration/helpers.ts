// Shared helpers for integration tests: every test file talks to the one Neo4j of the global setup.
import { inject } from 'vitest';
import type { Neo4jConfig } from '../../src/config.js';
import { type Db, connect, readQuery, writeTransaction } from '../../src/graph/driver.js';

/** The Neo4jConfig of the test server (credentials from the environment only matter for NEO4J_URI). */
export function testNeo4jConfig(): Neo4jConfig & { uri: string } {
  return {
    uri: inject('neo4jUri'),
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE || undefined,
  };
}

/** A connected Db for the test server; close it in afterAll. */
export function testDb(): Promise<Db> {
  return connect(testNeo4jConfig());
}

/** Deletes every node and relationship, in batches so a big graph does not need one huge transaction. */
export async function clearDatabase(db: Db, batchSize = 10_000): Promise<void> {
  for (;;) {
    const deleted = await writeTransaction(db, async (tx) => {
      const result = await tx.run('MATCH (n) WITH n LIMIT toInteger($batchSize) DETACH DELETE n RETURN count(*) AS deleted', {
        batchSize,
      });
      return Number(result.records[0]?.get('deleted') ?? 0);
    });
    if (deleted < batchSize) return;
  }
}

/** Number of nodes, optionally of one label (label names come from test code, never from input). */
export async function countNodes(db: Db, label?: string): Promise<number> {
  const pattern = label ? `(n:\`${label.replace(/`/g, '``')}\`)` : '(n)';
  const [row] = await readQuery<{ count: number }>(db, `MATCH ${pattern} RETURN count(n) AS count`);
  return row?.count ?? 0;
}
