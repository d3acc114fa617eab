// The one place (with src/cli/) that reads the environment. Everything else receives a Config.
import { resolve } from 'node:path';

export interface Neo4jConfig {
  /** Bolt URI of an external server; null means "start the embedded server". */
  uri: string | null;
  username: string;
  password: string;
  database: string | undefined;
}

export interface EmbeddedConfig {
  /** Folder for the embedded server's data, logs and pid file. @default ./.diplograph */
  home: string;
  /** Bolt port of the embedded server. @default 7687 */
  boltPort: number;
  /** Java heap for the embedded server, e.g. "1g". @default 1g */
  heap: string;
  /** Page cache for the embedded server. @default 512m */
  pageCache: string;
}

export interface ApiConfig {
  host: string;
  port: number;
  /** Bearer token that enables the write mutations; null disables writes. */
  token: string | null;
  /** Serve GraphiQL and allow introspection. @default true unless NODE_ENV=production */
  exposeSchema: boolean;
  /** Server-side timeout of every Cypher query the API runs. @default 10000 */
  queryTimeoutMs?: number;
  /** How long a response to a read of an unchanged graph is reused; 0 turns the cache off. @default 300000 */
  responseCacheMs?: number;
  /** How long a network analysis of an unchanged graph is reused; 0 turns the cache off. @default 300000 */
  networkCacheMs?: number;
}

export interface Config {
  neo4j: Neo4jConfig;
  embedded: EmbeddedConfig;
  api: ApiConfig;
}

function intFrom(value: string | undefined, fallback: number, name: string, { allowZero = false } = {}): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || (n === 0 && !allowZero)) {
    throw new Error(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got "${value}"`);
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const production = env.NODE_ENV === 'production';
  return {
    neo4j: {
      uri: env.NEO4J_URI && env.NEO4J_URI.trim() !== '' ? env.NEO4J_URI.trim() : null,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    },
    embedded: {
      home: resolve(cwd, env.DIPLOGRAPH_HOME ?? '.diplograph'),
      boltPort: intFrom(env.DIPLOGRAPH_NEO4J_PORT, 7687, 'DIPLOGRAPH_NEO4J_PORT'),
      heap: env.DIPLOGRAPH_NEO4J_HEAP ?? '1g',
      pageCache: env.DIPLOGRAPH_NEO4J_PAGECACHE ?? '512m',
    },
    api: {
      host: env.DIPLOGRAPH_HOST ?? '127.0.0.1',
      port: intFrom(env.DIPLOGRAPH_PORT, 4000, 'DIPLOGRAPH_PORT'),
      token: env.DIPLOGRAPH_API_TOKEN && env.DIPLOGRAPH_API_TOKEN !== '' ? env.DIPLOGRAPH_API_TOKEN : null,
      exposeSchema: env.DIPLOGRAPH_EXPOSE_SCHEMA ? env.DIPLOGRAPH_EXPOSE_SCHEMA === 'true' : !production,
      queryTimeoutMs: intFrom(env.DIPLOGRAPH_QUERY_TIMEOUT_MS, 10_000, 'DIPLOGRAPH_QUERY_TIMEOUT_MS'),
      responseCacheMs: intFrom(env.DIPLOGRAPH_RESPONSE_CACHE_MS, 300_000, 'DIPLOGRAPH_RESPONSE_CACHE_MS', { allowZero: true }),
      networkCacheMs: intFrom(env.DIPLOGRAPH_NETWORK_CACHE_MS, 300_000, 'DIPLOGRAPH_NETWORK_CACHE_MS', { allowZero: true }),
    },
  };
}
