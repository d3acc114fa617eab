// Network analysis of who met whom, and its export for Gephi or Python.
import type { ApiContext } from '../context.js';
import { normaliseFilter } from '../connections.js';
import type { Network, NetworkNode } from '../network/analysis.js';
import { toGraphML, toNodeLinkJson } from '../network/export.js';
import { readProjection, type NetworkFilter, type NetworkLevel } from '../network/projection.js';

interface NetworkArgs {
  filter?: Record<string, unknown> | null;
  level?: NetworkLevel | null;
}

async function loadNetwork(ctx: ApiContext, args: NetworkArgs): Promise<Network> {
  const level = args.level ?? 'PERSON';
  const filter = normaliseFilter(args.filter) as NetworkFilter;
  const key = JSON.stringify([
    await ctx.graph.current(), level, filter.from ?? null, filter.to ?? null, [...(filter.countries ?? [])].sort(),
    [...(filter.kinds ?? [])].sort(), filter.includeUndated ?? false, filter.role ?? null,
  ]);
  return ctx.networks.get(key, async () => {
    const projection = await readProjection(ctx.read, level, filter);
    // On a worker thread with a time budget: the API keeps answering meanwhile.
    const network = await ctx.analyseNetwork(projection);
    return { ...network, undatedMeetings: projection.undatedMeetings ?? 0, undatedLeftOut: projection.undatedLeftOut ?? 0 };
  });
}

const EXPORTERS = {
  GRAPHML: { contentType: 'application/graphml+xml', write: toGraphML },
  JSON: { contentType: 'application/json', write: toNodeLinkJson },
} as const;

export const networkResolvers = {
  NetworkNode: {
    entity: (node: NetworkNode, _: unknown, ctx: ApiContext) => ctx.loaders.nodes.load(node.id),
  },
  Query: {
    network: (_: unknown, args: NetworkArgs, ctx: ApiContext) => loadNetwork(ctx, args),
    export: async (_: unknown, args: NetworkArgs & { format: keyof typeof EXPORTERS }, ctx: ApiContext) => {
      const network = await loadNetwork(ctx, args);
      const exporter = EXPORTERS[args.format];
      return {
        format: args.format,
        contentType: exporter.contentType,
        content: exporter.write(network),
        nodes: network.nodes.length,
        edges: network.edges.length,
      };
    },
  },
};
