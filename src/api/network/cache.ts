// Network analyses are costly (one projection read plus PageRank, betweenness and Louvain), and many
// readers ask for the same period; results are kept for a short time and shared by concurrent
// requests. Writes through the API clear the cache; other writers are bounded by the time to live.
import type { Network } from './analysis.js';

export interface NetworkCache {
  get(key: string, compute: () => Promise<Network>): Promise<Network>;
  clear(): void;
}

export interface NetworkCacheOptions {
  /** How long a result is served again; 0 disables caching. @default 30000 */
  ttlMs?: number;
  /** Most results kept; the oldest goes first. @default 32 */
  maxEntries?: number;
}

export function createNetworkCache({ ttlMs = 30_000, maxEntries = 32 }: NetworkCacheOptions = {}): NetworkCache {
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
    clear: () => entries.clear(),
  };
}
