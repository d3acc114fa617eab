// Network analyses are costly (one projection read plus PageRank, betweenness and Louvain), and many
// readers ask for the same period, in different queries (network, export); results are kept and shared
// by concurrent requests. Keys hold the graph version (../graph-version.ts), so a changed graph is
// analysed again; the time to live only bounds how long an unused analysis stays.
import type { Network } from './analysis.js';

export interface NetworkCache {
  get(key: string, compute: () => Promise<Network>): Promise<Network>;
}

export interface NetworkCacheOptions {
  /** How long a result is served again; 0 disables caching. @default 300000 */
  ttlMs?: number;
  /** Most results kept; the oldest goes first. @default 32 */
  maxEntries?: number;
}

export function createNetworkCache({ ttlMs = 300_000, maxEntries = 32 }: NetworkCacheOptions = {}): NetworkCache {
  const entries = new Map<string, { at: number; value: Promise<Network> }>();
  return {
    get(key, compute) {
      if (ttlMs <= 0) return compute();
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && now - hit.at < ttlMs) return hit.value;
      const value = compute();
      entries.set(key, { at: now, value });
      // A failed computation is not kept: the next request tries again.
      value.catch(() => entries.delete(key));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
    },
  };
}
