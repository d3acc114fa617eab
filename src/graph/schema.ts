// Applies cypher/schema.cypher: constraints and indexes, all IF NOT EXISTS, so it is safe at every start.
import { type Db, writeTransaction } from './driver.js';
import { cypherFile, splitStatements } from './cypher-files.js';

/** Two processes starting at once may both try to create the same rule; the loser's error is harmless. */
function isAlreadyThere(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Schema.') && code.endsWith('AlreadyExists');
}

/**
 * Creates whatever constraint or index is missing and waits until every index is online. Each statement
 * runs in its own transaction: Neo4j does not mix schema commands with anything else in one.
 * Returns the number of statements run.
 */
export async function applySchema(db: Db): Promise<number> {
  const statements = splitStatements(cypherFile('schema'));
  for (const statement of statements) {
    try {
      await writeTransaction(db, (tx) => tx.run(statement), { timeoutMs: 600_000 });
    } catch (error) {
      if (!isAlreadyThere(error)) throw error;
    }
  }
  return statements.length;
}
