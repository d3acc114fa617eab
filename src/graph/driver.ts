// The one module that creates the Neo4j driver and runs Cypher. Everyone else gets a Db and calls
// readQuery / writeTransaction; Neo4jError never leaves src/graph untranslated.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { DiplographError } from '../errors.js';

export interface Db {
  readonly driver: Driver;
  readonly database: string | undefined;
  /** Where the driver connects, for messages (never includes credentials). */
  readonly uri: string;
  close(): Promise<void>;
}

export interface QueryOptions {
  /** Server-side transaction timeout, in milliseconds. @default 30000 */
  timeoutMs?: number;
}

function authFor(config: Neo4jConfig) {
  // The embedded server's credentials come from its password file (embedded-auth.ts) via Neo4jHandle.
  return neo4j.auth.basic(config.username, config.password);
}

/**
 * A URI fit to print: credentials written into it are masked.
 * Example: displayUri('neo4j+s://neo4j:secret@db.example:7687') → 'neo4j+s://neo4j:***@db.example:7687'.
 */
export function displayUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^@/?#]*)@/i, (_match, scheme: string, userinfo: string) => {
    const user = userinfo.split(':')[0] ?? '';
    return `${scheme}${user ? `${user}:` : ''}***@`;
  });
}

/** Connects and verifies the server answers; the error says where it tried and what to check. */
export async function connect(config: Neo4jConfig & { uri: string }): Promise<Db> {
  const driver = neo4j.driver(config.uri, authFor(config), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 20_000,
    maxTransactionRetryTime: 15_000,
  });
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (cause) {
    await driver.close();
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new DiplographError(
      'NEO4J_UNAVAILABLE',
      `cannot reach Neo4j at ${displayUri(config.uri)}${config.database ? ` (database ${config.database})` : ''}: ${reason}. ` +
        'Check that the server is running (`diplograph db status`), the URI and port, and NEO4J_USERNAME/NEO4J_PASSWORD.',
      { cause },
    );
  }
  return { driver, database: config.database, uri: displayUri(config.uri), close: () => driver.close() };
}

/** One read query in a managed (retried) read transaction; returns plain records. */
export async function readQuery<T extends RecordShape = RecordShape>(
  db: Db,
  cypher: string,
  params: Record<string, unknown> = {},
  { timeoutMs = 30_000 }: QueryOptions = {},
): Promise<T[]> {
  const result: QueryResult<T> = await db.driver.executeQuery<QueryResult<T>>(cypher, params, {
    database: db.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: timeoutMs },
  });
  return result.records.map((r) => r.toObject() as T);
}

/**
 * One read query in an auto-commit READ session, for the API's many small reads: it skips the managed
 * transaction and bookmark bookkeeping of `readQuery` (about 2.5 ms of client CPU per query instead of
 * 6.5 ms, measured with `npm run bench:api`). Reads are not retried and, on a cluster, may not yet see
 * a write made an instant before: fine for exploration, not for the writer's own checks.
 */
export async function readQuick<T extends RecordShape = RecordShape>(
  db: Db,
  cypher: string,
  params: Record<string, unknown> = {},
  { timeoutMs = 30_000 }: QueryOptions = {},
): Promise<T[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run<T>(cypher, params, { timeout: timeoutMs });
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

/**
 * The database's last committed transaction, as an opaque string: Neo4j hands every transaction, reads
 * included, a bookmark naming it. Two equal answers mean nothing was written in between, by anyone.
 */
export async function lastCommitted(db: Db): Promise<string> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run('RETURN 1', {}, { timeout: 10_000 });
    return session.lastBookmarks().join(',');
  } finally {
    await session.close();
  }
}

/** Runs `work` in one managed write transaction: all or nothing, transient errors retried by the driver. */
export async function writeTransaction<T>(
  db: Db,
  work: (tx: ManagedTransaction) => Promise<T>,
  { timeoutMs = 120_000 }: QueryOptions = {},
): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work, { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}
