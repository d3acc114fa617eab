// One lifecycle for every command that needs the graph (serve, ingest, start): signals handled from the
// first line, then ensure Neo4j → connect → schema → the command's work, and cleanup in reverse order
// however it ends. A SIGINT/SIGTERM/SIGHUP stops a Neo4j this command started (no JVM left behind, no
// stale pid file); a second signal exits at once.
import { loadConfig, type Config } from '../config.js';
import { DiplographError } from '../errors.js';
import { type Db, connect } from '../graph/driver.js';
import { type Neo4jHandle, ensureNeo4j } from '../graph/embedded.js';
import { applySchema } from '../graph/schema.js';
import { Interrupted, listenForStop } from './signals.js';

export { Interrupted };

export type Cleanup = () => Promise<void>;

export interface GraphRun {
  config: Config;
  neo4j: Neo4jHandle;
  db: Db;
  /** Resolves with the signal's name on the first SIGINT/SIGTERM/SIGHUP. */
  stopRequested: Promise<NodeJS.Signals>;
  /** Registers what to close when the command ends; last registered, first closed. */
  defer(cleanup: Cleanup): void;
}

export interface WithGraphOptions {
  /** Told about progress and the signal. */
  log: (message: string) => void;
  /** Runs first, before anything slow (e.g. "is the API port free?"). @default nothing */
  before?: (config: Config) => Promise<void> | void;
  /** Told once Neo4j answers. @default nothing */
  onNeo4j?: (neo4j: Neo4jHandle, config: Config) => void;
  /** Create the constraints and indexes. @default true */
  schema?: boolean;
  /**
   * The command serves until it is asked to stop, so a signal is its normal end (exit 0); otherwise a
   * signal interrupts the work: INTERRUPTED, exit 128 + the signal's number. @default false
   */
  servesUntilSignal?: boolean;
}

/** The environment read once; a bad variable is a one-line CONFIG_INVALID error. */
export function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof DiplographError) throw error;
    throw new DiplographError('CONFIG_INVALID', error instanceof Error ? error.message : String(error));
  }
}

/** Last opened, first closed; every cleanup runs even when one fails, and the first failure is thrown. */
export async function closeAll(cleanups: Cleanup[]): Promise<void> {
  let failure: unknown = null;
  for (const cleanup of [...cleanups].reverse()) {
    await cleanup().catch((error: unknown) => (failure ??= error));
  }
  if (failure !== null) throw failure;
}

export async function withGraph<T>(options: WithGraphOptions, work: (run: GraphRun) => Promise<T>): Promise<T | undefined> {
  const { log, schema = true, servesUntilSignal = false } = options;
  const stop = listenForStop({
    onFirst: (signal) => log(`${signal}: stopping (send it again to force)…`),
    onForce: () => log('forced exit (an embedded Neo4j started here has had SIGTERM and finishes its shutdown alone)'),
  });
  const aborter = new AbortController();
  void stop.requested.then(() => aborter.abort());
  const cleanups: Cleanup[] = [];
  // The step that opens a resource: on a signal it is awaited (it aborts quickly), so what it opened is
  // closed too; the command's own work is not awaited.
  let opening: Promise<unknown> = Promise.resolve();
  const open = <R>(step: Promise<R>): Promise<R> => ((opening = step.catch(() => {})), step);
  const body = async (): Promise<T> => {
    const config = readConfig();
    await options.before?.(config);
    const neo4j = await open(ensureNeo4j(config, { onProgress: log, signal: aborter.signal }));
    cleanups.push(() => neo4j.stop());
    options.onNeo4j?.(neo4j, config);
    const db = await open(connect({ ...config.neo4j, ...(neo4j.credentials ?? {}), uri: neo4j.uri }));
    cleanups.push(() => db.close());
    if (schema) await open(applySchema(db));
    if (stop.isRequested()) throw new Interrupted(await stop.requested);
    return work({ config, neo4j, db, stopRequested: stop.requested, defer: (cleanup) => cleanups.push(cleanup) });
  };
  try {
    const running = body();
    // The work may still fail after a signal ended the command (its database closed under it).
    running.catch(() => {});
    const outcome = await Promise.race([running.then((value) => ({ value })), stop.requested.then((signal) => ({ signal }))]);
    if ('value' in outcome) return outcome.value;
    await opening;
    if (servesUntilSignal) return undefined;
    throw new Interrupted(outcome.signal);
  } finally {
    try {
      await closeAll(cleanups);
    } finally {
      stop.dispose();
    }
  }
}
