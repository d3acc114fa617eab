// Whole responses to read operations, kept per graph version. The graph changes only when documents are
// written, while readers ask the same things again and again (a meeting, a person's counterparts, an
// issue's timeline), and most of a request's cost is Cypher and its decoding. The key holds the graph
// version (graph-version.ts), so an answer is never served once the graph has changed; the time to
// live only bounds how long an unused answer stays. Mutations, errors and introspection are never
// cached; nothing is private, so one cache serves every caller. Turning the cache off also turns off the
// sharing of identical queries in flight: then every request does its own work.
import { type Cache, useResponseCache, hashSHA256 } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { GraphVersion } from './graph-version.js';
import { stableJson } from './stable-json.js';

export interface ResponseCacheOptions {
  /** How long an answer may be served, in ms; 0 turns the cache off. @default 300000 */
  ttlMs?: number;
  /**
   * Memory the kept answers may take (their JSON size, as UTF-16), the least recently used going first;
   * an answer larger than a sixteenth of it is not kept. @default 128 MiB
   */
  maxBytes?: number;
}

/**
 * Answers bounded by size rather than by count: a network export can weigh megabytes where a meeting
 * weighs kilobytes. Nothing is invalidated entity by entity: keys change with the graph version.
 */
function createBoundedCache(maxBytes: number): Cache {
  const answers = new LRUCache<string, ExecutionResult<Record<string, unknown>>>({
    maxSize: maxBytes,
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 16)),
    sizeCalculation: (answer) => Math.max(1, JSON.stringify(answer).length * 2),
  });
  return {
    set(key, answer, _entities, ttl) {
      answers.set(key, answer as ExecutionResult<Record<string, unknown>>, { ttl });
    },
    get: (key) => answers.get(key) ?? null,
    invalidate() {},
  };
}

/**
 * Identical queries in flight share one execution. A write changes the graph version, so every cached
 * answer goes stale at once, and without this each client waiting for a popular answer would have it
 * computed again (a stampede on Neo4j). It sits before the response cache, which calls it on a miss,
 * and uses the key the cache computed for the request (`keys`, by context); a request without one (a
 * mutation) runs on its own.
 */
function useSharedExecution(keys: WeakMap<object, string>): Plugin {
  const inflight = new Map<string, Promise<unknown>>();
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((executionArgs) => {
        const key = keys.get(executionArgs.contextValue as object);
        if (key === undefined) return executeFn(executionArgs);
        const pending = inflight.get(key);
        if (pending) return pending as ReturnType<typeof executeFn>;
        const result = Promise.resolve(executeFn(executionArgs)).finally(() => inflight.delete(key));
        inflight.set(key, result);
        return result;
      });
    },
  };
}

export function responseCachePlugins(version: GraphVersion, { ttlMs = 300_000, maxBytes = 128 * 1024 * 1024 }: ResponseCacheOptions = {}): Plugin[] {
  if (ttlMs <= 0) return [];
  const keys = new WeakMap<object, string>();
  return [
    useSharedExecution(keys),
    useResponseCache({
      session: () => null,
      ttl: ttlMs,
      cache: createBoundedCache(maxBytes),
      // Left on, as it keeps mutations out of the cache: they are always executed (the token is not part
      // of the key). What it would invalidate is nothing here: keys change with the graph version.
      invalidateViaMutation: true,
      buildResponseCacheKey: async ({ documentString, variableValues, operationName, context }) => {
        const key = await hashSHA256([await version.current(), documentString, operationName ?? '', stableJson(variableValues ?? {})].join('\u0000'));
        keys.set(context as object, key);
        return key;
      },
    }),
  ];
}
