// Meetings without a date cannot be placed in a period: a filter with `from`/`to` leaves them out
// unless it says `includeUndated`. Every list that does so can say how many it left out, read only
// when a client asks (`undatedLeftOut`), so that the usual query pays nothing for it.
import type { ApiContext } from './context.js';

/** True when `filter`'s date bounds leave undated meetings out. */
export function leavesUndatedOut(filter: Record<string, unknown>): boolean {
  const bounded = (filter.from !== undefined && filter.from !== null) || (filter.to !== undefined && filter.to !== null);
  return bounded && filter.includeUndated !== true;
}

/** Undated meetings of a counterparts or relations filter that its date bounds left out. */
export async function undatedLeftOut(ctx: ApiContext, scope: 'counterparts' | 'relations', filter: Record<string, unknown>): Promise<number> {
  if (!leavesUndatedOut(filter)) return 0;
  const row = await ctx.loaders.byKey<{ leftOut: number }>('count-undated-left-out', {}).load({ ...filter, scope });
  return row?.leftOut ?? 0;
}
