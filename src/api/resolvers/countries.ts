// Countries: meetings, people, relations with other countries over time; the country root fields.
import type { ApiContext } from '../context.js';
import { countryId, loadConnection, normaliseFilter } from '../connections.js';
import type { GraphNode } from '../graph-nodes.js';
import type { PageArgs } from '../pagination.js';
import { undatedLeftOut } from '../undated.js';
import { entityConnection, entityFields } from './entities.js';
import { meetingConnection } from './meetings.js';

type Args = PageArgs & { filter?: Record<string, unknown> | null; sort?: string | null };

async function relations(country: GraphNode, args: Args, ctx: ApiContext) {
  const key = { ...normaliseFilter(args.filter), countryId: country.id };
  const connection = await loadConnection(ctx, {
    query: 'list-country-relations',
    key,
    args,
    edge: (item) => ({
      node: {
        counterpart: item.counterpart, meetings: item.meetings, undated: item.undated ?? 0,
        firstMet: item.firstMet, lastMet: item.lastMet, byYear: item.byYear,
      },
    }),
  });
  return { ...connection, undatedLeftOut: () => undatedLeftOut(ctx, 'relations', key) };
}

export const countryResolvers = {
  Country: {
    ...entityFields,
    meetings: (country: GraphNode, args: Args, ctx: ApiContext) =>
      meetingConnection(ctx, { ...normaliseFilter(args.filter), countryId: country.id }, args),
    people: (country: GraphNode, args: Args, ctx: ApiContext) =>
      entityConnection(ctx, { types: ['Person'], countryId: country.id }, args, 'MEETINGS_DESC'),
    relations,
  },
  Query: {
    country: async (_: unknown, { id }: { id: string }, ctx: ApiContext) => {
      const node = await ctx.loaders.nodes.load(countryId(id) ?? id);
      return node?.__typename === 'Country' ? node : null;
    },
    countries: (_: unknown, args: Args, ctx: ApiContext) =>
      entityConnection(ctx, { types: ['Country'] }, args, 'MEETINGS_DESC'),
  },
};
