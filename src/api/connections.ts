// Loading one connection page for one parent through the per-request page loaders, and the small
// conversions every filter goes through before it reaches Cypher.
import type { ApiContext } from './context.js';
import type { GraphNode } from './graph-nodes.js';
import { pageParams, pageRequest, toConnection, type After, type PageArgs, type PageRows } from './pagination.js';
import type { Row } from './read.js';

export interface ConnectionSpec<Edge> {
  /** cypher/read/<query> */
  query: string;
  /** Name bound into cursors, for statements that share them. @default query */
  cursorScope?: string;
  /** This parent's filter map ($keys[i] in the statement). */
  key: Record<string, unknown>;
  args: PageArgs;
  /** Sort name, passed as $sort and bound into cursors. @default 'DEFAULT' */
  sort?: string;
  /** Passed as $desc. @default false */
  desc?: boolean;
  /** Item → edge fields. @default the item's `node` */
  edge?: (item: Row & { key: unknown; id: string }) => Edge;
  /**
   * cypher/read/<count>, returning `total` per key: the total is counted apart from the page, and
   * only when a client asks for totalCount (the list statement then returns no total). @default none
   */
  count?: string;
  /** Rows that sort after every row of `query`, from another statement (see ConnectionTail). */
  tail?: ConnectionTail;
}

/**
 * A second statement for the end of the order, such as the undated meetings after the dated ones
 * (which an index on the date cannot reach): it is read only when `query` did not fill the page.
 */
export interface ConnectionTail {
  /** cypher/read/<query>, taking the same parameters. */
  query: string;
  /** Whether this filter lets tail rows in at all. */
  applies: (key: Record<string, unknown>) => boolean;
  /** Whether a cursor points at a tail row (then `query` has nothing after it). */
  owns: (after: After) => boolean;
}

/** The total of `key` from a count statement (one round trip per field level, cached per request). */
export async function countOf(ctx: ApiContext, count: string, key: Record<string, unknown>): Promise<number> {
  const row = await ctx.loaders.byKey<{ total: number }>(count, {}).load(key);
  return row?.total ?? 0;
}

function firstStatement<Edge>(ctx: ApiContext, spec: ConnectionSpec<Edge>) {
  const sort = spec.sort ?? 'DEFAULT';
  const request = pageRequest(spec.args, `${spec.cursorScope ?? spec.query}:${sort}`);
  const shared = { ...pageParams(request), sort, desc: spec.desc ?? false };
  return { request, shared, rows: ctx.loaders.pages<Row>(spec.query, shared).load(spec.key) };
}

/**
 * Starts the page a child field will ask for and resolves to the parent node its statement returns
 * (column `parent`), so that a root field and its connection cost one round trip: the field's own
 * loadConnection then finds the page in the request's loader. Null when the statement returns no
 * parent or the page cannot be asked for as given (the field itself then reports why).
 */
export async function prefetchParent<Edge>(ctx: ApiContext, spec: ConnectionSpec<Edge>): Promise<GraphNode | null> {
  try {
    return (await firstStatement(ctx, spec).rows).parent ?? null;
  } catch {
    return null;
  }
}

export async function loadConnection<Edge extends object = { node: unknown }>(ctx: ApiContext, spec: ConnectionSpec<Edge>) {
  const { request, shared, rows: first } = firstStatement(ctx, spec);
  let rows = await first;
  const { tail } = spec;
  if (tail && rows.items.length < request.limit && tail.applies(spec.key)) {
    const after = request.after && tail.owns(request.after) ? request.after : null;
    const rest: PageRows<Row> = await ctx.loaders.pages<Row>(tail.query, { ...shared, after, limit: request.limit - rows.items.length }).load(spec.key);
    rows = { total: rows.total, items: [...rows.items, ...rest.items] };
  }
  const edge = spec.edge ?? ((item: Row) => ({ node: item.node }) as unknown as Edge);
  const connection = toConnection(rows, request, edge);
  const { count } = spec;
  return count === undefined ? connection : { ...connection, totalCount: () => countOf(ctx, count, spec.key) };
}

/** Drops null/undefined fields so that a filter map only holds what the client asked for. */
export function compact(input: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input ?? {})) {
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out;
}

/** Country ids are ISO alpha-3, stored upper case; accept any case from clients. */
export function countryId(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  return /^[a-z]{3}$/i.test(id) ? id.toUpperCase() : id;
}

/** A filter map with its country fields normalised. */
export function normaliseFilter(filter: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const out = compact(filter);
  if (out.countryId !== undefined) out.countryId = countryId(out.countryId);
  if (Array.isArray(out.countries)) out.countries = out.countries.map((id) => countryId(id));
  return out;
}
