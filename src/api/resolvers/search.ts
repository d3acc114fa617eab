// Full-text search over entity names, aliases and statement text.
import type { ApiContext } from '../context.js';
import { loadConnection } from '../connections.js';
import type { PageArgs } from '../pagination.js';
import { toLuceneQuery } from '../search-query.js';

type SearchArgs = PageArgs & { query: string; types?: string[] | null };

export const searchResolvers = {
  Query: {
    search: (_: unknown, args: SearchArgs, ctx: ApiContext) =>
      loadConnection(ctx, {
        query: 'search-text',
        key: { lucene: toLuceneQuery(args.query), types: args.types?.length ? args.types : null },
        args,
        edge: (item) => ({ node: item.node, score: item.score }),
      }),
  },
};
