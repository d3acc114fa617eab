// The composition root of the API: schema + per-request context + hardening, as a yoga instance that
// can serve HTTP (start-server.ts) or be called in process with `yoga.fetch` (tests).
import { createYoga, maskError, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { DEFAULT_MAX_BODY_BYTES, type Config, allowedHostsOf } from '../config.js';
import { type Db, readQuick } from '../graph/driver.js';
import { createContext, type ApiContext, type IngestFunction } from './context.js';
import { isExpectedError } from './errors.js';
import { watchGraphVersion } from './graph-version.js';
import { hardeningPlugins, type Limits } from './hardening.js';
import { corsFor, readinessCheck, useHostCheck } from './http-guards.js';
import { createNetworkCache } from './network/cache.js';
import { DEFAULT_NETWORK_BUDGET_MS, type NetworkAnalyser, createNetworkAnalyser } from './network/off-thread.js';
import type { Projection } from './network/projection.js';
import type { QueryObserver } from './read.js';
import { responseCachePlugins } from './response-cache.js';
import { buildSchema } from './schema.js';

export interface CreateApiOptions {
  db: Db;
  /** Token, schema exposure, and the defaults of the timeout and cache options come from `config.api`. */
  config: Pick<Config, 'api'>;
  /** Pipeline + writer for `ingestDocument`; without it writes are off. @default null */
  ingest?: IngestFunction | null;
  /** Neo4j transaction timeout for every read. @default config.api.queryTimeoutMs or 10000 */
  queryTimeoutMs?: number;
  /** Request limits. @default see Limits */
  limits?: Limits;
  /** Time one network analysis may take on its worker thread, in ms. @default 15000 */
  networkBudgetMs?: number;
  /** Where network metrics are computed; closed with the server. @default a worker thread with networkBudgetMs */
  networkAnalyser?: NetworkAnalyser;
  /** How long a network analysis of an unchanged graph is reused; 0 disables. @default config.api.networkCacheMs or 300000 */
  networkCacheMs?: number;
  /** How long a response to a read of an unchanged graph is reused; 0 disables. @default config.api.responseCacheMs or 300000 */
  responseCacheMs?: number;
  /** Memory the kept responses may take, in bytes. @default 128 MiB */
  responseCacheBytes?: number;
  /** How often (at most) the server asks Neo4j whether the graph changed, in ms. @default 1000 */
  graphCheckMs?: number;
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
  queryTimeoutMs = config.api.queryTimeoutMs ?? 10_000,
  limits = {},
  networkCacheMs = config.api.networkCacheMs ?? 300_000,
  networkBudgetMs = DEFAULT_NETWORK_BUDGET_MS,
  networkAnalyser,
  responseCacheMs = config.api.responseCacheMs ?? 300_000,
  responseCacheBytes = 128 * 1024 * 1024,
  graphCheckMs = 1000,
  logging = true,
  graphqlEndpoint = '/graphql',
  onQuery,
}: CreateApiOptions): DiplographApi {
  const { exposeSchema, token, corsOrigins = [], maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = config.api;
  const allowedHosts = allowedHostsOf(config.api);
  const graph = watchGraphVersion(db, { checkMs: graphCheckMs });
  const networks = createNetworkCache({ ttlMs: networkCacheMs });
  const analyser = networkAnalyser ?? createNetworkAnalyser({ budgetMs: networkBudgetMs });
  const analyseNetwork = (projection: Projection) => analyser.analyse(projection);
  const writes = { token, ingest };
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint,
    graphiql: exposeSchema ? { title: 'diplograph' } : false,
    landingPage: false,
    // Same origin only, unless DIPLOGRAPH_CORS_ORIGINS lists a page that may read the answers.
    cors: corsFor(corsOrigins),
    // Unexpected errors (Neo4j, bugs) become INTERNAL_SERVER_ERROR without details; coded ones pass.
    maskedErrors: { maskError: (error, message, isDev) => (isExpectedError(error) ? (error as Error) : maskError(error, message, isDev)) },
    logging,
    context: ({ request }) => createContext({ db, timeoutMs: queryTimeoutMs, writes, networks, graph, analyseNetwork, onQuery }, request),
    // Limits first: a cached answer is still only given to a request within them.
    plugins: [
      { onDispose: () => analyser.close() },
      useHostCheck(allowedHosts),
      useReadinessCheck({ endpoint: '/readiness', check: readinessCheck(() => readQuick(db, 'RETURN 1', {}, { timeoutMs: 2000 })) }),
      ...hardeningPlugins({ limits: { maxBodyBytes, ...limits }, exposeSchema }),
      ...responseCachePlugins(graph, { ttlMs: responseCacheMs, maxBytes: responseCacheBytes }),
    ],
  });
}
