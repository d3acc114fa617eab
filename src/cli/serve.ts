// `diplograph serve [--port 4000] [--host 127.0.0.1]`: the GraphQL API over the configured Neo4j
// (NEO4J_URI, or the embedded server, started for the run when none runs). Ctrl-C stops it cleanly.
import { type Command, InvalidArgumentError } from 'commander';
import { once } from 'node:events';
import type { IngestFunction } from '../api/context.js';
import { startServer } from '../api/start-server.js';
import { loadConfig } from '../config.js';
import { DiplographError } from '../errors.js';
import { type Db, connect } from '../graph/driver.js';
import { ensureNeo4j } from '../graph/embedded.js';
import { applySchema } from '../graph/schema.js';
import { writeDocument } from '../graph/writer.js';
import { extractMeetingSummary } from '../pipeline.js';
import type { ExitHolder } from './main.js';
import { outdatedGraphWarning } from './outdated-warning.js';

interface ServeFlags {
  port?: number;
  host?: string;
}

export interface ServeOptions {
  /** Builds the `ingestDocument` pipeline for this database. @default pipelineIngest */
  makeIngest?: (db: Db) => IngestFunction;
}

/**
 * What `diplograph ingest` does to one input, for text posted to the API: decode (HTML is reduced to
 * its body text), extract, reject what is not a meeting summary, write in one transaction.
 */
export function pipelineIngest(db: Db): IngestFunction {
  return async (text, source) => {
    const result = await extractMeetingSummary({ source, bytes: Buffer.from(text, 'utf8') });
    const outcome = await writeDocument(db, result);
    return { documentId: outcome.documentId, status: outcome.status };
  };
}

export const EXAMPLE_QUERY = '{ meetings(first: 5) { totalCount edges { node { date kind participants { person { name } role } } } } }';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is 0-65535');
  return port;
}

const log = (message: string) => console.error(`diplograph: ${message}`);

function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return new DiplographError('CONFIG_INVALID', `port ${port} on ${host} is in use; choose another with --port`);
  if (code === 'EADDRNOTAVAIL') return new DiplographError('CONFIG_INVALID', `cannot listen on ${host}; choose another --host`);
  return error;
}

/** Serves until SIGINT/SIGTERM, then closes the server, the driver and any Neo4j it started. */
export async function runServe(flags: ServeFlags, { makeIngest = pipelineIngest }: ServeOptions = {}): Promise<void> {
  const config = loadConfig();
  const host = flags.host ?? config.api.host;
  const port = flags.port ?? config.api.port;
  const neo4j = await ensureNeo4j(config, { onProgress: log });
  try {
    const db = await connect({ ...config.neo4j, uri: neo4j.uri });
    try {
      await applySchema(db);
      const outdated = await outdatedGraphWarning(db);
      if (outdated) log(`warning: ${outdated}`);
      // Writes are on only with a token (DIPLOGRAPH_API_TOKEN).
      const ingest = config.api.token ? makeIngest(db) : null;
      log('planning the read queries in Neo4j');
      const server = await startServer({ db, config, ingest, host, port }).catch((error: unknown) => {
        throw listenError(error, host, port);
      });
      log(`GraphQL API on ${server.url} (Neo4j ${db.uri}; writes ${ingest ? 'on' : 'off'})`);
      log(`explorer: ${new URL('/', server.url).href}`);
      log(`try: curl -s ${server.url} -H 'content-type: application/json' -d '${JSON.stringify({ query: EXAMPLE_QUERY })}'`);
      await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
      log('stopping');
      await server.close();
    } finally {
      await db.close();
    }
  } finally {
    await neo4j.stop();
  }
}

export function registerServe(program: Command, exit: ExitHolder, options: ServeOptions = {}): void {
  program
    .command('serve')
    .description('serve the GraphQL API (GraphiQL at the same URL unless DIPLOGRAPH_EXPOSE_SCHEMA=false)')
    .option('--port <port>', 'port to listen on (default DIPLOGRAPH_PORT or 4000)', parsePort)
    .option('--host <host>', 'address to listen on (default DIPLOGRAPH_HOST or 127.0.0.1)')
    .action(async (flags: ServeFlags) => {
      await runServe(flags, options);
      exit.code = 0;
    });
}
