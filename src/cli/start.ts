// `diplograph start` (`npm start`): the whole product in one command. Neo4j (NEO4J_URI, or the embedded
// server, started here when none runs), the schema, the bundled samples/ ingested, the GraphQL API
// served with a query to try. Ctrl-C (or SIGTERM/SIGHUP) closes the API, the driver and the Neo4j this
// process started, through the lifecycle every command shares (lifecycle.ts).
import type { Command } from 'commander';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { displayUri, type Db } from '../graph/driver.js';
import { ingestPaths } from '../ingest/ingest-paths.js';
import { formatSummary } from '../ingest/summary.js';
import { withGraph } from './lifecycle.js';
import { assertCanListen, listenError, portOption } from './listen.js';
import type { ExitHolder } from './main.js';
import { outdatedGraphWarning } from './outdated-warning.js';
import { apiExtractionPool, pipelineIngest } from './serve.js';
import { bannerLines } from './start-banner.js';

interface StartFlags {
  port?: number;
  host?: string;
}

/** The package root (from src/cli under vitest and dist/cli when built), so that the cwd does not matter. */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const say = (line: string) => console.log(line);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** samples/ through the same ingest as `diplograph ingest`; its README is not a meeting summary. */
async function ingestSamples(db: Db): Promise<void> {
  say('Ingesting samples/…');
  const summary = await ingestPaths(db, ['samples'], { cwd: PACKAGE_ROOT, exclude: ['**/README*'], onLine: (line) => say(`  ${line}`) });
  for (const line of formatSummary(summary)) say(line);
}

async function runStart(flags: StartFlags): Promise<void> {
  const startedAt = performance.now();
  let neo4jSince = 0;
  let host = '';
  let port = 0;
  const before = async (config: Config) => {
    host = flags.host ?? config.api.host;
    port = flags.port ?? config.api.port;
    await assertCanListen(host, port);
    neo4jSince = performance.now();
    if (config.neo4j.uri) say(`Using Neo4j at ${displayUri(config.neo4j.uri)} (NEO4J_URI)`);
    else say('Starting Neo4j (first run builds the launcher with Maven)…');
  };
  const onNeo4j = (neo4j: { uri: string; started: boolean }, config: Config) => {
    const where = neo4j.started ? `, data in ${config.embedded.home}` : config.neo4j.uri ? '' : ', already running';
    say(`Neo4j ready at ${displayUri(neo4j.uri)} (${seconds(neo4jSince)}${where})`);
  };
  const log = (message: string) => say(/^SIG[A-Z]+:/.test(message) ? `\n${message}` : `  ${message}`);
  await withGraph({ log, before, onNeo4j, servesUntilSignal: true }, async ({ config, db, defer, stopRequested }) => {
    await ingestSamples(db);
    const outdated = await outdatedGraphWarning(db);
    if (outdated) say(`Warning: ${outdated}`);
    // Writes through the API only when a token is configured (as for `serve`).
    let ingest = null;
    if (config.api.token) {
      const pool = apiExtractionPool();
      defer(() => pool.close());
      ingest = pipelineIngest(db, pool);
    }
    // Imported here, not at the top: see serve.ts.
    const { startServer } = await import('../api/start-server.js');
    const server = await startServer({ db, config, ingest, host, port }).catch((error: unknown) => {
      throw listenError(error, host, port);
    });
    defer(() => server.close());
    const elapsed = (performance.now() - startedAt) / 1000;
    for (const line of bannerLines({ url: server.url, graphiql: config.api.exposeSchema, seconds: elapsed })) say(line);
    await stopRequested;
  });
  say('Stopped.');
}

export function registerStart(program: Command, exit: ExitHolder): void {
  program
    .command('start')
    .description('start Neo4j (embedded unless NEO4J_URI is set), ingest samples/, serve GraphQL; Ctrl-C stops everything')
    .option('--port <port>', 'API port, 0 for any free one (default DIPLOGRAPH_PORT or 4000)', portOption({ allowZero: true }))
    .option('--host <host>', 'API address (default DIPLOGRAPH_HOST or 127.0.0.1)')
    .action(async (flags: StartFlags) => {
      await runStart(flags);
      exit.code = 0;
    });
}
