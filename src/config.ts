// The one place (with src/cli/) that reads the environment. Everything else receives a Config.
// A value that cannot be read is a CONFIG_INVALID error naming the variable: one line, no stack trace.
import { resolve } from 'node:path';
import { DiplographError } from './errors.js';

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
  /** Origins (scheme://host[:port]) whose web pages may call the API; none by default (same origin only). @default [] */
  corsOrigins?: string[];
  /** Host header names the API answers to (DNS rebinding); null answers any. @default the loopback names when host is loopback */
  allowedHosts?: string[] | null;
  /** Largest request body, in bytes. @default 8 MiB */
  maxBodyBytes?: number;
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

/** A bearer token shorter than this is refused: it could be guessed. */
export const MIN_TOKEN_LENGTH = 16;
/** @see ApiConfig.maxBodyBytes */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

const invalid = (message: string) => new DiplographError('CONFIG_INVALID', message);

function intFrom(value: string | undefined, fallback: number, name: string, { allowZero = false } = {}): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || (n === 0 && !allowZero)) {
    throw invalid(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got "${value}"`);
  }
  return n;
}

/**
 * The one port parser, for flags and variables: 1-65535, and 0 ("any free port") where allowed.
 * Example: parsePort('4000', 'DIPLOGRAPH_PORT') → 4000.
 */
export function parsePort(value: string, name: string, { allowZero = false } = {}): number {
  const port = Number(value.trim());
  if (value.trim() === '' || !Number.isInteger(port) || port < (allowZero ? 0 : 1) || port > 65535) {
    throw invalid(`${name} must be a port ${allowZero ? '0-65535 (0 picks a free one)' : '1-65535'}, got "${value}"`);
  }
  return port;
}

function portFrom(value: string | undefined, fallback: number, name: string): number {
  return value === undefined || value === '' ? fallback : parsePort(value, name);
}

function tokenFrom(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (value.length < MIN_TOKEN_LENGTH || /\s/.test(value)) {
    throw invalid(
      `DIPLOGRAPH_API_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters without spaces (got ${value.length}); ` +
        'make one with `openssl rand -hex 32`',
    );
  }
  return value;
}

/** "https://a.example, http://localhost:5173" → exact origins; a malformed entry is an error. */
function originsFrom(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  return entries.map((entry) => {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      // reported below
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
      throw invalid(`DIPLOGRAPH_CORS_ORIGINS holds "${entry}", which is not an origin such as https://example.org or http://localhost:5173`);
    }
    return url.origin;
  });
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1', '[::1]'];
const ANY_ADDRESS = ['0.0.0.0', '::', '[::]'];

/**
 * Host names a request may name: DIPLOGRAPH_ALLOWED_HOSTS when set ("*" for any); otherwise the
 * loopback names for a loopback server, the host itself for a named one, and any for 0.0.0.0.
 */
function allowedHostsFrom(value: string | undefined, host: string): string[] | null {
  if (value !== undefined && value.trim() !== '') {
    const names = value.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
    return names.includes('*') ? null : names;
  }
  return defaultAllowedHosts(host);
}

/** The Host names the API answers: the configured ones, else the default for its host. */
export function allowedHostsOf(api: ApiConfig): string[] | null {
  return api.allowedHosts === undefined ? defaultAllowedHosts(api.host) : api.allowedHosts;
}

/** The Host names a server listening on `host` answers by default (see allowedHostsFrom). */
export function defaultAllowedHosts(host: string): string[] | null {
  if (LOOPBACK_HOSTS.includes(host.toLowerCase())) return LOOPBACK_HOSTS;
  if (ANY_ADDRESS.includes(host)) return null;
  return [host.toLowerCase()];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const production = env.NODE_ENV === 'production';
  const host = env.DIPLOGRAPH_HOST ?? '127.0.0.1';
  return {
    neo4j: {
      uri: env.NEO4J_URI && env.NEO4J_URI.trim() !== '' ? env.NEO4J_URI.trim() : null,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    },
    embedded: {
      home: resolve(cwd, env.DIPLOGRAPH_HOME ?? '.diplograph'),
      boltPort: portFrom(env.DIPLOGRAPH_NEO4J_PORT, 7687, 'DIPLOGRAPH_NEO4J_PORT'),
      heap: env.DIPLOGRAPH_NEO4J_HEAP ?? '1g',
      pageCache: env.DIPLOGRAPH_NEO4J_PAGECACHE ?? '512m',
    },
    api: {
      host,
      port: portFrom(env.DIPLOGRAPH_PORT, 4000, 'DIPLOGRAPH_PORT'),
      token: tokenFrom(env.DIPLOGRAPH_API_TOKEN),
      exposeSchema: env.DIPLOGRAPH_EXPOSE_SCHEMA ? env.DIPLOGRAPH_EXPOSE_SCHEMA === 'true' : !production,
      queryTimeoutMs: intFrom(env.DIPLOGRAPH_QUERY_TIMEOUT_MS, 10_000, 'DIPLOGRAPH_QUERY_TIMEOUT_MS'),
      responseCacheMs: intFrom(env.DIPLOGRAPH_RESPONSE_CACHE_MS, 300_000, 'DIPLOGRAPH_RESPONSE_CACHE_MS', { allowZero: true }),
      networkCacheMs: intFrom(env.DIPLOGRAPH_NETWORK_CACHE_MS, 300_000, 'DIPLOGRAPH_NETWORK_CACHE_MS', { allowZero: true }),
      corsOrigins: originsFrom(env.DIPLOGRAPH_CORS_ORIGINS),
      allowedHosts: allowedHostsFrom(env.DIPLOGRAPH_ALLOWED_HOSTS, host),
      maxBodyBytes: intFrom(env.DIPLOGRAPH_MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES, 'DIPLOGRAPH_MAX_BODY_BYTES'),
    },
  };
}
