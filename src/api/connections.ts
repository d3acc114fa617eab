// Loading one connection page for one parent through the per-request page loaders, and the small
// conversions every filter goes through before it reaches Cypher.
import type { ApiContext } from './context.js';
import { pageParams, pageRequest, toConnection, type PageArgs } from './pagination.js';
import type { Row } from './read.js';

export interface ConnectionSpec<Edge> {
  /** cypher/read/<query> */
  query: string;
  /** This parent's filter map ($keys[i] in the statement). */
  key: Record<string, unknown>;
  args: PageArgs;
  /** Sort name, passed as $sort and bound into cursors. @default 'DEFAULT' */
  sort?: string;
  /** Passed as $desc. @default false */
  desc?: boolean;
  /** Item → edge fields. @default the item's `node` */
  edge?: (item: Row & { key: unknown; id: string }) => Edge;
}

export async function loadConnection<Edge extends object = { node: unknown }>(ctx: ApiContext, spec: ConnectionSpec<Edge>) {
  const sort = spec.sort ?? 'DEFAULT';
  const request = pageRequest(spec.args, `${spec.query}:${sort}`);
  const shared = { ...pageParams(request), sort, desc: spec.desc ?? false };
  const rows = await ctx.loaders.pages<Row>(spec.query, shared).load(spec.key);
  const edge = spec.edge ?? ((item: Row) => ({ node: item.node }) as unknown as Edge);
  return toConnection(rows, request, edge);
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
