// The Entity interface, the fields all entity types share, and the entity types without an area of
// their own (Organization, Location).
import type { ApiContext } from '../context.js';
import { countryId, loadConnection, normaliseFilter } from '../connections.js';
import type { GraphNode } from '../graph-nodes.js';
import type { PageArgs } from '../pagination.js';
import { neighbours, nodeOfType } from './base.js';
import { meetingConnection } from './meetings.js';
import { statementConnection } from './statements.js';

type Args = PageArgs & { filter?: Record<string, unknown> | null; sort?: string | null };

async function countryOf(entity: GraphNode, _: unknown, ctx: ApiContext) {
  if (typeof entity.country !== 'string') return null;
  const node = await ctx.loaders.nodes.load(entity.country);
  return node?.__typename === 'Country' ? node : null;
}

/** Fields every entity type has. */
export const entityFields = {
  type: (entity: GraphNode) => entity.__typename,
  name: (entity: GraphNode) => (typeof entity.name === 'string' ? entity.name : entity.id),
  aliases: (entity: GraphNode) => (Array.isArray(entity.aliases) ? entity.aliases : []),
  mentionedIn: (entity: GraphNode, args: Args, ctx: ApiContext) =>
    statementConnection(ctx, { ...normaliseFilter(args.filter), mentionsId: entity.id }, args),
  neighbours,
};

const ENTITY_SORT_DESC: Record<string, boolean> = { NAME_ASC: false, MEETINGS_DESC: true, MENTIONS_DESC: true };

/** Entities page (people, countries, any entity) with meeting and mention counts on each edge. */
export function entityConnection(ctx: ApiContext, filter: Record<string, unknown>, args: Args, defaultSort = 'NAME_ASC') {
  const sort = args.sort ?? defaultSort;
  return loadConnection(ctx, {
    query: 'list-entities',
    key: filter,
    args,
    sort,
    desc: ENTITY_SORT_DESC[sort] ?? false,
    edge: (item) => ({ node: item.node, meetings: item.meetings, mentions: item.mentions }),
  });
}

export function entityFilter(filter: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const out = normaliseFilter(filter);
  if (Array.isArray(out.types) && out.types.length === 0) delete out.types;
  return out;
}

export const entityResolvers = {
  Entity: { __resolveType: (node: GraphNode) => node.__typename },
  Organization: {
    ...entityFields,
    country: countryOf,
    meetings: (organization: GraphNode, args: Args, ctx: ApiContext) =>
      meetingConnection(ctx, { ...normaliseFilter(args.filter), issueId: organization.id }, args),
  },
  Location: {
    ...entityFields,
    country: countryOf,
    meetings: (place: GraphNode, args: Args, ctx: ApiContext) =>
      meetingConnection(ctx, { ...normaliseFilter(args.filter), locationId: place.id }, args),
  },
  Query: {
    entity: async (_: unknown, { id }: { id: string }, ctx: ApiContext) => {
      const node = await ctx.loaders.nodes.load(countryId(id) ?? id);
      return node && !['Meeting', 'Statement', 'Topic', 'Document'].includes(node.__typename) ? node : null;
    },
    entities: (_: unknown, args: Args, ctx: ApiContext) => entityConnection(ctx, entityFilter(args.filter), args),
    organization: nodeOfType('Organization'),
    location: nodeOfType('Location'),
  },
};

export { countryOf };
