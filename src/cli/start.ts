// `diplograph start` (`npm start`): the whole product in one command. Neo4j (NEO4J_URI, or the embedded
// server, started here when none runs), the schema, the bundled samples/ ingested, the GraphQL API
// served with a query to try. Ctrl-C closes the API, the driver and the Neo4j this process started.
import { type Command, InvalidArgumentError } from 'commander';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../api/start-server.js';
import { type Config, loadConfig } from '../config.js';
import { DiplographError } from '../errors.js';
import { type Db, connect } from '../graph/driver.js';
import { type Neo4jHandle, ensureNeo4j } from '../graph/embedded.js';
import { applySchema } from '../graph/schema.js';
import { ingestPaths } from '../ingest/ingest-paths.js';
import { formatSummary } from '../ingest/summary.js';
import type { ExitHolder } from './main.js';
import { outdatedGraphWarning } from './outdated-warning.js';
import { pipelineIngest } from './serve.js';
import { bannerLines } from './start-banner.js';
import { assertCanListen, listenError } from './start-port.js';
import { type StopRequest, listenForStop } from './start-signals.js';

interface StartFlags {
  port?: number;
  host?: string;
}

/** The package root (from src/cli under vitest and dist/cli when built), so that the cwd does not matter. */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const say = (line: string) => console.log(line);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    throw new DiplographError('CONFIG_INVALID', error instanceof Error ? error.message : String(error));
  }
}

async function startNeo4j(config: Config): Promise<Neo4jHandle> {
  const since = performance.now();
  if (config.neo4j.uri) say(`Using Neo4j at ${config.neo4j.uri} (NEO4J_URI)`);
  else say('Starting Neo4j (first run builds the launcher with Maven)…');
  const neo4j = await ensureNeo4j(config, { onProgress: (message) => say(`  ${message}`) });
  const where = neo4j.started ? `, data in ${config.embedded.home}` : config.neo4j.uri ? '' : ', already running';
  say(`Neo4j ready at ${neo4j.uri} (${seconds(since)}${where})`);
  return neo4j;
}

/** samples/ through the same ingest as `diplograph ingest`; its README is not a meeting summary. */
async function ingestSamples(db: Db): Promise<void> {
  say('Ingesting samples/…');
  const summary = await ingestPaths(db, ['samples'], { cwd: PACKAGE_ROOT, exclude: ['**/README*'], onLine: (line) => say(`  ${line}`) });
  for (const line of formatSummary(summary)) say(line);
}

type Cleanup = () => Promise<void>;

interface Run {
  config: Config;
  host: string;
  port: number;
  stop: StopRequest;
  /** Each resource's closing, pushed as soon as it exists. */
  cleanups: Cleanup[];
  startedAt: number;
}

/** The steps up to the banner, then waits for Ctrl-C; returns early when Ctrl-C comes during startup. */
async function startAndServe({ config, host, port, stop, cleanups, startedAt }: Run): Promise<void> {
  await assertCanListen(host, port);
  const neo4j = await startNeo4j(config);
  cleanups.push(async () => {
    if (neo4j.started) say('Stopping Neo4j…');
    await neo4j.stop();
  });
  if (stop.isRequested()) return;
  const db = await connect({ ...config.neo4j, uri: neo4j.uri });
  cleanups.push(() => db.close());
  await applySchema(db);
  if (stop.isRequested()) return;
  await ingestSamples(db);
  if (stop.isRequested()) return;
  const outdated = await outdatedGraphWarning(db);
  if (outdated) say(`Warning: ${outdated}`);
  // Writes through the API only when a token is configured (as for `serve`).
  const ingest = config.api.token ? pipelineIngest(db) : null;
  const server = await startServer({ db, config, ingest, host, port }).catch((error: unknown) => {
    throw listenError(error, host, port);
  });
  cleanups.push(() => server.close());
  const elapsed = (performance.now() - startedAt) / 1000;
  for (const line of bannerLines({ url: server.url, graphiql: config.api.exposeSchema, seconds: elapsed })) say(line);
  await stop.requested;
}

/** Last opened, first closed; every cleanup runs even when one fails, and the first failure is thrown. */
async function closeAll(cleanups: Cleanup[]): Promise<void> {
  let failure: unknown = null;
  for (const cleanup of [...cleanups].reverse()) {
    await cleanup().catch((error: unknown) => (failure ??= error));
  }
  if (failure !== null) throw failure;
}

async function runStart(flags: StartFlags): Promise<void> {
  const startedAt = performance.now();
  const config = readConfig();
  const stop = listenForStop({
    onFirst: (signal) => say(`\n${signal}: stopping (press Ctrl-C again to force)…`),
    onForce: () => say('Forced exit (an embedded Neo4j started here has had SIGTERM and finishes its shutdown alone).'),
  });
  const run: Run = { config, host: flags.host ?? config.api.host, port: flags.port ?? config.api.port, stop, cleanups: [], startedAt };
  try {
    await startAndServe(run);
  } catch (error) {
    // Ctrl-C reaches the embedded Neo4j too, so a start cut short by the user fails: no error to report.
    if (!stop.isRequested()) throw error;
    say('Startup interrupted.');
  } finally {
    try {
      await closeAll(run.cleanups);
    } finally {
      stop.dispose();
    }
  }
  say('Stopped.');
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is 0-65535 (0 picks a free one)');
  return port;
}

export function registerStart(program: Command, exit: ExitHolder): void {
  program
    .command('start')
    .description('start Neo4j (embedded unless NEO4J_URI is set), ingest samples/, serve GraphQL; Ctrl-C stops everything')
    .option('--port <port>', 'API port (default DIPLOGRAPH_PORT or 4000)', parsePort)
    .option('--host <host>', 'API address (default DIPLOGRAPH_HOST or 127.0.0.1)')
    .action(async (flags: StartFlags) => {
      await runStart(flags);
      exit.code = 0;
    });
}
