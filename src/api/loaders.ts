// Per-request DataLoaders: every field level costs one Cypher statement however many parents it has.
// By-id statements take `$ids` and return one row per found id (column `id`); connection statements
// take `$keys` (one filter map per parent) plus shared paging parameters and return `idx, total, items`.
import DataLoader from 'dataloader';
import type { GraphNode } from './graph-nodes.js';
import type { PageRows } from './pagination.js';
import type { ReadFn, Row } from './read.js';
import { stableJson } from './stable-json.js';

export interface Loaders {
  /** Any node by id (cypher/read/find-nodes). */
  nodes: DataLoader<string, GraphNode | null>;
  /** The row of cypher/read/<name> for each parent id, null where there is none. */
  byParent<T extends Row = Row>(name: string): DataLoader<string, T | null>;
  /** The row of cypher/read/<name> for each key (a filter map), all keys sharing `shared` parameters. */
  byKey<T extends Row = Row>(name: string, shared: Record<string, unknown>): DataLoader<Record<string, unknown>, T | null>;
  /** One page per key (a filter map) from cypher/read/<name>, all keys sharing `shared` parameters. */
  pages<Item = Row>(name: string, shared: Record<string, unknown>): { load(key: Record<string, unknown>): Promise<PageRows<Item>> };
}

function byIdLoader<T extends Row>(read: ReadFn, name: string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await read<T>(name, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.id as string, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

function byKeyLoader<T extends Row>(read: ReadFn, name: string, shared: Record<string, unknown>) {
  return new DataLoader<Record<string, unknown>, T | null, string>(
    async (keys) => {
      const rows = await read<T & { idx: number }>(name, { ...shared, keys: [...keys] });
      const byIndex = new Map(rows.map((row) => [row.idx, row]));
      return keys.map((_, index) => byIndex.get(index) ?? null);
    },
    { cacheKeyFn: stableJson },
  );
}

function toPage<Item>(row: Row | null): PageRows<Item> {
  return {
    total: (row?.total as number | undefined) ?? 0,
    items: (row?.items as PageRows<Item>['items'] | undefined) ?? [],
    parent: (row?.parent as GraphNode | null | undefined) ?? null,
  };
}

export function createLoaders(read: ReadFn): Loaders {
  const cache = new Map<string, unknown>();
  function memo<T>(key: string, make: () => T): T {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  }
  return {
    nodes: new DataLoader<string, GraphNode | null>(async (ids) => {
      const rows = await read<{ id: string; node: GraphNode | null }>('find-nodes', { ids: [...ids] });
      const byId = new Map(rows.map((row) => [row.id, row.node]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    byParent: <T extends Row>(name: string) => memo(`id:${name}`, () => byIdLoader<T>(read, name)),
    byKey: <T extends Row>(name: string, shared: Record<string, unknown>) =>
      memo(`key:${name}:${stableJson(shared)}`, () => byKeyLoader<T>(read, name, shared)),
    pages: <Item>(name: string, shared: Record<string, unknown>) => {
      const rows = memo(`key:${name}:${stableJson(shared)}`, () => byKeyLoader(read, name, shared));
      return { load: async (key: Record<string, unknown>) => toPage<Item>(await rows.load(key)) };
    },
  };
}
