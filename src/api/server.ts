// The composition root of the API: schema + per-request context + hardening, as a yoga instance that
// can serve HTTP (start-server.ts) or be called in process with `yoga.fetch` (tests).
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Db } from '../graph/driver.js';
import { createContext, type ApiContext, type IngestFunction } from './context.js';
import { isExpectedError } from './errors.js';
import { hardeningPlugins, type Limits } from './hardening.js';
import { createNetworkCache } from './network/cache.js';
import type { QueryObserver } from './read.js';
import { buildSchema } from './schema.js';

export interface CreateApiOptions {
  db: Db;
  /** Token and schema exposure come from `config.api`. */
  config: Pick<Config, 'api'>;
  /** Pipeline + writer for `ingestDocument`; without it writes are off. @default null */
  ingest?: IngestFunction | null;
  /** Neo4j transaction timeout for every read. @default 10000 */
  queryTimeoutMs?: number;
  /** Request limits. @default see Limits */
  limits?: Limits;
  /** How long a network analysis is reused; 0 disables. @default 30000 */
  networkCacheMs?: number;
  /** yoga's logging: false silences it. @default true */
  logging?: boolean;
  /** Path the API answers on. @default '/graphql' */
  graphqlEndpoint?: string;
  /** Told about every Cypher statement a request runs (name, milliseconds). @default none */
  onQuery?: QueryObserver;
}

export type DiplographApi = YogaServerInstance<Record<string, unknown>, ApiContext>;

export function createApi({
  db,
  config,
  ingest = null,
  queryTimeoutMs = 10_000,
  limits = {},
  networkCacheMs = 30_000,
  logging = true,
  graphqlEndpoint = '/graphql',
  onQuery,
}: CreateApiOptions): DiplographApi {
  const { exposeSchema, token } = config.api;
  const networks = createNetworkCache({ ttlMs: networkCacheMs });
  const writes = { token, ingest };
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint,
    graphiql: exposeSchema ? { title: 'diplograph' } : false,
    landingPage: false,
    // Unexpected errors (Neo4j, bugs) become INTERNAL_SERVER_ERROR without details; coded ones pass.
    maskedErrors: { maskError: (error, message, isDev) => (isExpectedError(error) ? (error as Error) : maskError(error, message, isDev)) },
    logging,
    context: ({ request }) => createContext({ db, timeoutMs: queryTimeoutMs, writes, networks, onQuery }, request),
    plugins: hardeningPlugins({ limits, exposeSchema }),
  });
}
