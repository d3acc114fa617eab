// What every resolver receives: the reader, this request's DataLoaders, the caller's bearer token and
// the write access the server was created with.
import type { Db } from '../graph/driver.js';
import type { GraphVersion } from './graph-version.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Network } from './network/analysis.js';
import type { NetworkCache } from './network/cache.js';
import type { Projection } from './network/projection.js';
import { createReader, type QueryObserver, type ReadFn } from './read.js';

/** Outcome of writing one document, as the ingest pipeline reports it. */
export interface IngestOutcome {
  documentId: string;
  /** e.g. written, unchanged, replaced */
  status: string;
}

/** The pipeline + writer behind the `ingestDocument` mutation (wired by the caller of createApi). */
export type IngestFunction = (text: string, source: string) => Promise<IngestOutcome>;

export interface WriteAccess {
  /** Bearer token that unlocks writes; null turns writes off. */
  token: string | null;
  ingest: IngestFunction | null;
}

export interface ApiContext {
  read: ReadFn;
  loaders: Loaders;
  /** Token from the request's `Authorization: Bearer …` header, null when absent. */
  bearer: string | null;
  writes: WriteAccess;
  networks: NetworkCache;
  /** The graph's version, for cache keys; told when this server writes. */
  graph: GraphVersion;
  /** Network metrics off the event loop, within a time budget (network/off-thread.ts). */
  analyseNetwork: (projection: Projection) => Promise<Network>;
}

export interface ContextOptions {
  db: Db;
  timeoutMs: number;
  writes: WriteAccess;
  networks: NetworkCache;
  graph: GraphVersion;
  analyseNetwork: (projection: Projection) => Promise<Network>;
  onQuery?: QueryObserver;
}

function bearerFrom(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  // Another scheme (Basic …) or an empty token counts as no token at all.
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

export function createContext({ db, timeoutMs, writes, networks, graph, analyseNetwork, onQuery }: ContextOptions, request: Request): ApiContext {
  const read = createReader(db, timeoutMs, onQuery);
  return { read, loaders: createLoaders(read), bearer: bearerFrom(request), writes, networks, graph, analyseNetwork };
}
