// `diplograph serve [--port 4000] [--host 127.0.0.1]`: the GraphQL API over the configured Neo4j
// (NEO4J_URI, or the embedded server, started for the run when none runs). Ctrl-C stops it cleanly.
import type { Command } from 'commander';
import type { IngestFunction } from '../api/context.js';
import type { Db } from '../graph/driver.js';
import { writeDocument } from '../graph/writer.js';
import { DiplographError } from '../errors.js';
import { type ExtractionPool, createExtractionPool } from '../ingest/pool.js';
import type { ExtractAnswer } from '../ingest/types.js';
import { extractMeetingSummary } from '../pipeline.js';
import type { ExtractionResult } from '../types.js';
import { withGraph } from './lifecycle.js';
import { assertCanListen, listenError, portOption } from './listen.js';
import type { ExitHolder } from './main.js';
import { outdatedGraphWarning } from './outdated-warning.js';

interface ServeFlags {
  port?: number;
  host?: string;
}

export interface ServeOptions {
  /** Builds the `ingestDocument` pipeline for this database. @default pipelineIngest with apiExtractionPool */
  makeIngest?: (db: Db, pool: ExtractionPool) => IngestFunction;
}

/**
 * What `diplograph ingest` does to one input, for text posted to the API: decode (HTML is reduced to
 * its body text), extract, reject what is not a meeting summary, write in one transaction. With a pool,
 * extraction runs on its worker thread within the pool's time budget, never on the API's event loop.
 */
export function pipelineIngest(db: Db, pool: ExtractionPool | null = null): IngestFunction {
  const ingestOne: IngestFunction = async (text, source) => {
    const raw = { source, bytes: Buffer.from(text, 'utf8') };
    const result = pool ? resultOf(await pool.extract(raw)) : await extractMeetingSummary(raw);
    const outcome = await writeDocument(db, result);
    return { documentId: outcome.documentId, status: outcome.status };
  };
  return serialisedBySource(ingestOne);
}

/**
 * Writes for one source, one after the other: two concurrent texts for one source would each find no
 * Document there and both create one; in turn, the second replaces the first. (Within this process;
 * `diplograph ingest` runs of the same source at the same moment are not coordinated.)
 */
export function serialisedBySource(ingest: IngestFunction): IngestFunction {
  const last = new Map<string, Promise<unknown>>();
  return (text, source) => {
    const run = (last.get(source) ?? Promise.resolve()).catch(() => {}).then(() => ingest(text, source));
    last.set(source, run);
    const forget = () => {
      if (last.get(source) === run) last.delete(source);
    };
    run.then(forget, forget);
    return run;
  };
}

function resultOf(answer: ExtractAnswer): ExtractionResult {
  if (answer.ok) return answer.result;
  throw new DiplographError(answer.code === 'WRITE_FAILED' ? 'EXTRACTION_FAILED' : answer.code, answer.reason);
}

/**
 * The API's extraction pool: one thread, started on the first mutation and ended after a minute idle
 * (a loaded dictionary takes hundreds of MB), each text within the page budget.
 */
export function apiExtractionPool(budgetMs?: number): ExtractionPool {
  return createExtractionPool({ workers: 1, minThreads: 0, idleTimeoutMs: 60_000, ...(budgetMs ? { budgetMs } : {}) });
}

export const EXAMPLE_QUERY = '{ meetings(first: 5) { totalCount edges { node { date kind participants { person { name } role } } } } }';

const log = (message: string) => console.error(`diplograph: ${message}`);

/** Serves until SIGINT/SIGTERM/SIGHUP, then closes the server, the driver and any Neo4j it started. */
export async function runServe(flags: ServeFlags, { makeIngest = pipelineIngest }: ServeOptions = {}): Promise<void> {
  let host = '';
  let port = 0;
  const before = async (config: { api: { host: string; port: number } }) => {
    host = flags.host ?? config.api.host;
    port = flags.port ?? config.api.port;
    await assertCanListen(host, port);
  };
  await withGraph({ log, before, servesUntilSignal: true }, async ({ config, db, defer, stopRequested }) => {
    const outdated = await outdatedGraphWarning(db);
    if (outdated) log(`warning: ${outdated}`);
    // Writes are on only with a token (DIPLOGRAPH_API_TOKEN).
    let ingest = null;
    if (config.api.token) {
      const pool = apiExtractionPool();
      defer(() => pool.close());
      ingest = makeIngest(db, pool);
    }
    log('planning the read queries in Neo4j');
    // Imported here: the API (graphql-yoga and its plugins) takes a while to load, and every other command
    // (ingest above all) starts without it.
    const { startServer } = await import('../api/start-server.js');
    const server = await startServer({ db, config, ingest, host, port }).catch((error: unknown) => {
      throw listenError(error, host, port);
    });
    defer(() => server.close());
    log(`GraphQL API on ${server.url} (Neo4j ${db.uri}; writes ${ingest ? 'on' : 'off'})`);
    log(`explorer: ${new URL('/', server.url).href}`);
    log(`try: curl -s ${server.url} -H 'content-type: application/json' -d '${JSON.stringify({ query: EXAMPLE_QUERY })}'`);
    await stopRequested;
    log('stopping');
  });
}

export function registerServe(program: Command, exit: ExitHolder, options: ServeOptions = {}): void {
  program
    .command('serve')
    .description('serve the GraphQL API (GraphiQL at the same URL unless DIPLOGRAPH_EXPOSE_SCHEMA=false)')
    .option('--port <port>', 'port to listen on, 0 for any free one (default DIPLOGRAPH_PORT or 4000)', portOption({ allowZero: true }))
    .option('--host <host>', 'address to listen on (default DIPLOGRAPH_HOST or 127.0.0.1)')
    .action(async (flags: ServeFlags) => {
      await runServe(flags, options);
      exit.code = 0;
    });
}
