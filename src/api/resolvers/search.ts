// Full-text search over entity names, aliases and statement text: keyset pages over (score, id).
// Cursors also carry the hit's rank, which tells the next page how many hits to ask Lucene for.
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';
import { selectedFields } from '../lookahead.js';
import { pageRequest, toConnection, type PageArgs } from '../pagination.js';
import type { Row } from '../read.js';
import { toLuceneQuery } from '../search-query.js';

type SearchArgs = PageArgs & { query: string; types?: string[] | null };
type SearchRow = { complete: boolean; total: number; items: Array<Row & { key: unknown; id: string }> };

/** Hits fetched beyond the page, so that ties at the page's end are usually already there. */
const SCAN_SLACK = 50;
/** Deepest hit a search pages to; past it, narrow the query (types, more words). */
export const MAX_SEARCH_DEPTH = 10_000;
/** Largest `limit` Lucene takes: "every hit". */
const EVERY_HIT = 2_147_483_647;

function parseAfter(after: { key: unknown; id: string } | null): { score: number; id: string; rank: number } | null {
  if (after === null) return null;
  const [score, rank] = Array.isArray(after.key) ? after.key : [];
  // A forged rank would make one request scan every hit; pages stop at MAX_SEARCH_DEPTH (see search below).
  if (typeof score !== 'number' || !Number.isFinite(score) || typeof rank !== 'number' || !Number.isInteger(rank) || rank < 0 || rank >= MAX_SEARCH_DEPTH) {
    throw apiError('INVALID_CURSOR', 'The `after` cursor is not one this API issued for search.');
  }
  return { score, id: after.id, rank };
}

async function search(_: unknown, args: SearchArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
  const key = { lucene: toLuceneQuery(args.query), types: args.types?.length ? args.types : null };
  const request = pageRequest(args, 'search:SCORE');
  const after = parseAfter(request.after);
  const shared = { after: after && { score: after.score, id: after.id }, limit: request.limit, withTotal: false };
  // Counting every hit of a frequent word costs more than the page: only when asked for, in the same query.
  const withTotal = selectedFields(info).has('totalCount');
  // Ties at the end of the page may reach past the hits fetched: fetch ten times more, then all.
  let scan = (after ? after.rank + 1 : 0) + request.limit + SCAN_SLACK;
  let row = await ctx.loaders.byKey<SearchRow>('search-text', { ...shared, scan, withTotal }).load(key);
  const totalCount = row?.total ?? 0;
  while (row && !row.complete && scan < EVERY_HIT) {
    scan = scan * 10 > 100_000 ? EVERY_HIT : scan * 10;
    row = await ctx.loaders.byKey<SearchRow>('search-text', { ...shared, scan }).load(key);
  }
  // Pages end at the MAX_SEARCH_DEPTH-th hit, so that every cursor issued is one parseAfter accepts.
  const items = (row?.items ?? []).filter((item) => Array.isArray(item.key) && Number(item.key[1]) < MAX_SEARCH_DEPTH);
  const connection = toConnection({ total: 0, items }, request, (item) => ({ node: item.node, score: item.score }));
  return { ...connection, totalCount };
}

export const searchResolvers = { Query: { search } };
