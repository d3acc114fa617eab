// Relay connections with keyset cursors. A cursor names the sort it belongs to and the sort key and id
// of its item, so it stays valid (and points at the same place) while the graph grows.
import { apiError } from './errors.js';
import type { GraphNode } from './graph-nodes.js';

/** Largest `first` any connection accepts. */
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Where a page starts: after the item with this sort key and id. */
export interface After {
  key: unknown;
  id: string;
}

export interface PageRequest {
  first: number;
  /** `first + 1`: one extra row tells whether there is a next page. */
  limit: number;
  after: After | null;
  sort: string;
}

/** What a connection query returns for one parent: the total and the page's items (with key and id). */
export interface PageRows<Item = Record<string, unknown>> {
  total: number;
  items: Array<Item & { key: unknown; id: string }>;
  /** The parent node, from statements that return it (see connections.ts prefetchParent). */
  parent?: GraphNode | null;
}

export const EMPTY_PAGE: PageRows = { total: 0, items: [] };

function encodeCursor(sort: string, key: unknown, id: string): string {
  return Buffer.from(JSON.stringify([sort, key, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, sort: string): After {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[2] !== 'string') {
    throw apiError('INVALID_CURSOR', 'The `after` cursor is not one this API issued; use an `endCursor` or edge `cursor` as given.');
  }
  if (parsed[0] !== sort) {
    throw apiError('INVALID_CURSOR', `The \`after\` cursor belongs to sort ${String(parsed[0])}, not ${sort}; restart paging without it.`);
  }
  return { key: parsed[1], id: parsed[2] };
}

export function pageRequest({ first, after }: PageArgs, sort = 'DEFAULT'): PageRequest {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0) {
    throw apiError('BAD_USER_INPUT', '`first` must be a non-negative integer.');
  }
  if (size > MAX_PAGE_SIZE) {
    throw apiError('PAGE_SIZE_EXCEEDED', `\`first\` may be at most ${MAX_PAGE_SIZE}, got ${size}; page with \`after\` instead.`, {
      maxPageSize: MAX_PAGE_SIZE,
    });
  }
  return { first: size, limit: size + 1, after: after ? decodeCursor(after, sort) : null, sort };
}

export interface Connection<Edge> {
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Builds the connection; `edge` turns one item into the edge's fields (at least `node`). */
export function toConnection<Item, Edge extends object>(
  rows: PageRows<Item>,
  request: PageRequest,
  edge: (item: Item & { key: unknown; id: string }) => Edge,
): Connection<Edge & { cursor: string }> {
  const items = rows.items.slice(0, request.first);
  const edges = items.map((item) => ({ ...edge(item), cursor: encodeCursor(request.sort, item.key, item.id) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.items.length > request.first,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: rows.total,
  };
}

/** Query parameters every connection statement takes. */
export function pageParams(request: PageRequest): { limit: number; after: After | null } {
  return { limit: request.limit, after: request.after };
}
