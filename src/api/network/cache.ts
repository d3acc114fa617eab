// Network analyses are costly (one projection read plus PageRank, betweenness and Louvain), and many
// readers ask for the same period, in different queries (network, export). Two layers share them:
// - Single flight, always on (even with the cache off): identical requests that arrive while an
//   analysis is running wait for that analysis instead of starting their own. Ten analysts (or ten
//   connections of a benchmark) asking for the same year at once would otherwise queue ten identical
//   projection reads and ten analyses behind each other on the one analysis thread, and the last would
//   wait ten analyses long. Sharing is safe because the key holds the normalised arguments and the graph
//   version (../graph-version.ts): a shared answer is exactly what each request would have computed
//   itself from the same graph. Nothing is kept once the flight lands, so this is no cache: a request
//   that arrives after it starts a new analysis.
// - A cache (ttlMs > 0): finished analyses are served again while the graph version is unchanged; the
//   time to live only bounds how long an unused analysis stays.
import type { Network } from './analysis.js';

export interface NetworkCache {
  get(key: string, compute: () => Promise<Network>): Promise<Network>;
}

export interface NetworkCacheOptions {
  /** How long a finished result is served again; 0 disables caching (in-flight sharing stays). @default 300000 */
  ttlMs?: number;
  /** Most results kept; the oldest goes first. @default 32 */
  maxEntries?: number;
}

/** One shared promise per key while it runs; forgotten when it settles, whether it succeeded or failed. */
function createSingleFlight<T>(): (key: string, compute: () => Promise<T>) => Promise<T> {
  const flying = new Map<string, Promise<T>>();
  return (key, compute) => {
    const running = flying.get(key);
    if (running) return running;
    const started = compute();
    flying.set(key, started);
    const land = () => flying.delete(key);
    started.then(land, land);
    return started;
  };
}

export function createNetworkCache({ ttlMs = 300_000, maxEntries = 32 }: NetworkCacheOptions = {}): NetworkCache {
  const shared = createSingleFlight<Network>();
  const entries = new Map<string, { at: number; value: Promise<Network> }>();
  return {
    get(key, compute) {
      if (ttlMs <= 0) return shared(key, compute);
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && now - hit.at < ttlMs) return hit.value;
      const value = shared(key, compute);
      entries.set(key, { at: now, value });
      // A failed computation is not kept: the next request tries again.
      value.catch(() => entries.delete(key));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
    },
  };
}
