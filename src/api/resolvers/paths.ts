// Shortest connection between two nodes, with the meetings and statements along it. What a path may
// walk is the caller's choice (`via`): meetings attended, statements and their speakers, or everything;
// between two people it defaults to meetings attended, what "who connects A and B" means to an analyst.
import type { ApiContext } from '../context.js';
import { countryId } from '../connections.js';
import { apiError } from '../errors.js';
import type { GraphNode } from '../graph-nodes.js';

/** Matches the literal bound in cypher/read/find-shortest-path.cypher. */
export const MAX_HOPS = 8;

interface PathRow {
  nodes: Array<GraphNode | null>;
  relationships: Array<{ type: string; startId: string; endId: string }>;
}

function toPath(row: PathRow) {
  const nodes = row.nodes.filter((node): node is GraphNode => node !== null);
  const steps = row.relationships.flatMap((relationship, index) => {
    const from = nodes[index];
    const to = nodes[index + 1];
    if (!from || !to) return [];
    return [{ from, to, relationship: relationship.type, direction: relationship.startId === from.id ? 'OUT' : 'IN' }];
  });
  return {
    length: steps.length,
    nodes,
    steps,
    meetings: nodes.filter((node) => node.__typename === 'Meeting'),
    statements: nodes.filter((node) => node.__typename === 'Statement'),
  };
}

export type PathVia = 'MEETINGS' | 'STATEMENTS' | 'ALL';

const QUERY: Record<PathVia, string> = {
  MEETINGS: 'find-shortest-path-meetings',
  STATEMENTS: 'find-shortest-path-statements',
  ALL: 'find-shortest-path',
};

/** The asked `via`, else MEETINGS between two people and ALL otherwise. */
async function pathVia(ctx: ApiContext, via: PathVia | null | undefined, from: string, to: string): Promise<PathVia> {
  if (via) return via;
  const [a, b] = await Promise.all([ctx.loaders.nodes.load(from), ctx.loaders.nodes.load(to)]);
  return a?.__typename === 'Person' && b?.__typename === 'Person' ? 'MEETINGS' : 'ALL';
}

interface PathArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  via?: PathVia | null;
}

async function shortestPath(_: unknown, args: PathArgs, ctx: ApiContext) {
  const maxHops = args.maxHops ?? 4;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw apiError('MAX_HOPS_EXCEEDED', `maxHops must be between 1 and ${MAX_HOPS}, got ${maxHops}.`, { maxHops: MAX_HOPS });
  }
  const from = countryId(args.from) ?? args.from;
  const to = countryId(args.to) ?? args.to;
  if (from === to) {
    const node = await ctx.loaders.nodes.load(from);
    return node ? { length: 0, nodes: [node], steps: [], meetings: [], statements: [] } : null;
  }
  const via = await pathVia(ctx, args.via, from, to);
  const [row] = await ctx.read<PathRow & Record<string, unknown>>(QUERY[via], { from, to, maxHops });
  return row ? toPath(row) : null;
}

export const pathResolvers = { Query: { shortestPath } };
