// Applies cypher/schema.cypher: constraints and indexes, all IF NOT EXISTS, so it is safe at every start.
// One read first lists what the database already has, so that a start against a ready graph (every
// ingest, every serve) costs one round trip instead of one transaction per rule.
import { type Db, readQuery, writeTransaction } from './driver.js';
import { cypherFile, splitStatements } from './cypher-files.js';

/** Two processes starting at once may both try to create the same rule; the loser's error is harmless. */
function isAlreadyThere(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Schema.') && code.endsWith('AlreadyExists');
}

/** The name a CREATE CONSTRAINT / INDEX statement gives its rule; null for other statements. */
export function ruleName(statement: string): string | null {
  return /^\s*CREATE\s+(?:CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS/i.exec(statement)?.[1] ?? null;
}

/** Names of the constraints and indexes that exist, and whether every index is online. */
async function existingRules(db: Db): Promise<{ names: Set<string>; allOnline: boolean }> {
  const [indexes, constraints] = await Promise.all([
    readQuery<{ name: string; state: string }>(db, 'SHOW INDEXES YIELD name, state RETURN name, state'),
    readQuery<{ name: string }>(db, 'SHOW CONSTRAINTS YIELD name RETURN name'),
  ]);
  return {
    names: new Set([...indexes, ...constraints].map((row) => row.name)),
    allOnline: indexes.every((row) => row.state === 'ONLINE'),
  };
}

/**
 * Creates whatever constraint or index is missing and waits until every index is online. Each statement
 * runs in its own transaction: Neo4j does not mix schema commands with anything else in one.
 * Returns the number of statements run (0 when the database had everything).
 */
export async function applySchema(db: Db): Promise<number> {
  const statements = splitStatements(cypherFile('schema'));
  const existing = await existingRules(db).catch(() => ({ names: new Set<string>(), allOnline: false }));
  const absent = (statement: string) => {
    const name = ruleName(statement);
    return name !== null && !existing.names.has(name);
  };
  const ready = existing.allOnline && !statements.some(absent);
  // Statements that create nothing (waiting for the indexes) run unless the schema is ready.
  const missing = statements.filter((statement) => absent(statement) || (ruleName(statement) === null && !ready));
  for (const statement of missing) {
    try {
      await writeTransaction(db, (tx) => tx.run(statement), { timeoutMs: 600_000 });
    } catch (error) {
      if (!isAlreadyThere(error)) throw error;
    }
  }
  return missing.length;
}
