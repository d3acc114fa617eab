// Root fields with no area of their own (node, nodes, stats), the Date scalar, the Node interface
// and the enums whose GraphQL names differ from the values stored in the graph.
import { type GraphQLResolveInfo, GraphQLScalarType, Kind } from 'graphql';
import type { ApiContext } from '../context.js';
import { type ConnectionSpec, loadConnection, prefetchParent } from '../connections.js';
import { apiError } from '../errors.js';
import type { GraphNode } from '../graph-nodes.js';
import { childArguments } from '../lookahead.js';
import type { PageArgs } from '../pagination.js';

const MAX_IDS = 100;

/** A real calendar day: Date.parse rolls 2003-02-31 over to March, so the day must read back the same. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function parseDate(value: unknown): string {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  throw apiError('BAD_USER_INPUT', `Dates are written YYYY-MM-DD, got ${JSON.stringify(value)}.`);
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO 8601 YYYY-MM-DD.',
  serialize: (value) => (typeof value === 'string' ? value.slice(0, 10) : null),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** `neighbours` of any node: one page of adjacent nodes, grouped by relationship type and direction. */
export function neighbours(node: GraphNode, args: PageArgs & { types?: string[] | null }, ctx: ApiContext) {
  return loadConnection(ctx, {
    query: 'list-neighbours',
    key: { id: node.id, types: args.types ?? null },
    args,
    edge: (item) => ({ node: item.node, relationship: item.relationship, direction: item.direction, count: item.count }),
  });
}

const lowerCaseEnum = (names: string[]) => Object.fromEntries(names.map((name) => [name, name.toLowerCase()]));
const labelEnum = (names: string[]) =>
  Object.fromEntries(names.map((name) => [name, name.charAt(0) + name.slice(1).toLowerCase()]));

const ENTITY_TYPE_NAMES = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'LOCATION', 'EVENT', 'ISSUE', 'AGREEMENT'];

export const baseResolvers = {
  Date: DateScalar,
  Node: { __resolveType: (node: GraphNode) => node.__typename },
  NodeType: labelEnum([...ENTITY_TYPE_NAMES, 'MEETING', 'STATEMENT', 'TOPIC', 'DOCUMENT']),
  EntityType: labelEnum(ENTITY_TYPE_NAMES),
  MeetingKind: lowerCaseEnum(['SUMMIT', 'FOREIGN_MINISTERS', 'TELEPHONE', 'VIDEO', 'COURTESY_CALL', 'MEAL', 'MULTILATERAL', 'OTHER']),
  ParticipantRole: lowerCaseEnum(['PRINCIPAL', 'DELEGATION']),
  SpeechAct: lowerCaseEnum([
    'STATEMENT', 'CONDOLENCE', 'GRATITUDE', 'CONGRATULATION', 'EXPECTATION', 'AGREEMENT',
    'PROPOSAL', 'REQUEST', 'EXPLANATION', 'EMPHASIS', 'INVITATION',
  ]),
  Query: {
    node: (_: unknown, { id }: { id: string }, ctx: ApiContext) => ctx.loaders.nodes.load(id),
    nodes: (_: unknown, { ids }: { ids: string[] }, ctx: ApiContext) => {
      if (ids.length > MAX_IDS) throw apiError('PAGE_SIZE_EXCEEDED', `At most ${MAX_IDS} ids per request.`, { maxPageSize: MAX_IDS });
      return Promise.all(ids.map((id) => ctx.loaders.nodes.load(id)));
    },
    stats: async (_: unknown, __: unknown, ctx: ApiContext) => (await ctx.read('count-stats'))[0],
  },
};

/** Root field resolver returning the node with this id only when it has the expected type. */
export function nodeOfType(...types: string[]) {
  return async (_: unknown, { id }: { id: string }, ctx: ApiContext) => {
    const node = await ctx.loaders.nodes.load(id);
    return node && types.includes(node.__typename) ? node : null;
  };
}

/**
 * Like nodeOfType, for a root field whose query asks one connection of the node (issue(id) { timeline },
 * person(id) { counterparts }): that connection's statement also returns the node (column `parent`),
 * so node and page come in one round trip instead of two. Without the connection, or when its
 * statement found nothing, the node is read by id.
 */
export function nodeWithConnection<Args>(type: string, field: string, specFor: (id: string, args: Args) => ConnectionSpec<Record<string, unknown>>) {
  const byId = nodeOfType(type);
  return async (parent: unknown, args: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const fieldArgs = childArguments(info, field);
    const node = fieldArgs ? await prefetchParent(ctx, specFor(args.id, fieldArgs as Args)) : null;
    if (!node) return byId(parent, args, ctx);
    ctx.loaders.nodes.prime(node.id, node);
    return node.__typename === type ? node : null;
  };
}
