// Shared helpers for integration tests: every test file talks to the one Neo4j of the global setup.
import { inject } from 'vitest';
import type { Neo4jConfig } from '../../src/config.js';
import neo4j from 'neo4j-driver';
import { type Db, connect, readQuery, writeTransaction } from '../../src/graph/driver.js';

/** The Neo4jConfig of the test server (the embedded one's generated password, or NEO4J_* for NEO4J_URI). */
export function testNeo4jConfig(): Neo4jConfig & { uri: string } {
  return {
    uri: inject('neo4jUri'),
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: inject('neo4jPassword'),
    database: process.env.NEO4J_DATABASE || undefined,
  };
}

/** The environment for a CLI child process that must use the test server. */
export function testServerEnv(): Record<string, string> {
  return { NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: inject('neo4jPassword') };
}

/** A connected Db for the test server; close it in afterAll. */
export function testDb(): Promise<Db> {
  return connect(testNeo4jConfig());
}

/**
 * Empties the database: relationships first, then nodes, in batches small enough for the server's
 * transaction memory limit even around hub nodes (a Country met in every document). Refused on a
 * server named by NEO4J_URI unless DIPLOGRAPH_TEST_ALLOW_WIPE=1: it may be the user's own graph.
 */
export async function clearDatabase(db: Db): Promise<void> {
  if (!inject('allowWipe')) {
    throw new Error(
      `refusing to empty the Neo4j at ${db.uri} (NEO4J_URI): this test clears the database. Run the tests without ` +
        'NEO4J_URI (they start a throw-away server), or set DIPLOGRAPH_TEST_ALLOW_WIPE=1 for a server you can lose.',
    );
  }
  const deleteBatch = (cypher: string, limit: number) =>
    writeTransaction(db, async (tx) => Number((await tx.run(cypher, { limit: neo4j.int(limit) })).records[0]?.get('deleted') ?? 0));
  while ((await deleteBatch('MATCH ()-[r]->() WITH r LIMIT $limit DELETE r RETURN count(*) AS deleted', 20_000)) === 20_000);
  while ((await deleteBatch('MATCH (n) WITH n LIMIT $limit DELETE n RETURN count(*) AS deleted', 10_000)) === 10_000);
}

/** Number of nodes, optionally of one label (label names come from test code, never from input). */
export async function countNodes(db: Db, label?: string): Promise<number> {
  const pattern = label ? `(n:\`${label.replace(/`/g, '``')}\`)` : '(n)';
  const [row] = await readQuery<{ count: number }>(db, `MATCH ${pattern} RETURN count(n) AS count`);
  return row?.count ?? 0;
}
