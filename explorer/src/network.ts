// The network of a period as the API computes it (people or countries, who met whom, with PageRank,
// degree and Louvain communities), turned into a graph for the view: size by the chosen measure,
// colour by community, edge thickness by meetings in common. Only the fields the view draws are asked
// for: a network of 500 people is thousands of edges, and their dates would add a third to the answer.
import { request } from './api.js';
import { communityColor } from './colors.js';
import { newGraph, type ExplorerGraph } from './graph-view.js';
import { NETWORK } from './queries.js';
import { dateBounds, type ViewState } from './url-state.js';

export interface NetworkNode {
  id: string;
  label: string;
  country: string | null;
  degree: number;
  pageRank: number;
  community: number;
}

export interface NetworkData {
  meetings: number;
  communities: number;
  nodes: NetworkNode[];
  edges: Array<{ source: string; target: string; weight: number }>;
}

export function networkFilter(state: Pick<ViewState, 'from' | 'to' | 'kinds'>) {
  return { ...dateBounds(state), ...(state.kinds.length > 0 ? { kinds: state.kinds } : {}) };
}

export async function fetchNetwork(state: ViewState): Promise<NetworkData> {
  const { network } = await request<{ network: NetworkData }>(NETWORK, { filter: networkFilter(state), level: state.level });
  return network;
}

/** A stable pseudo-random number in [0, 1) from an id: the same network always starts the same way. */
function unit(id: string, salt: number): number {
  let hash = 2166136261 ^ salt;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 16777619);
  return ((hash >>> 0) % 100000) / 100000;
}

/** Communities start in their own sector of a circle, which the layout then only refines. */
export function networkGraph(data: NetworkData, sizeBy: ViewState['size']): ExplorerGraph {
  const graph = newGraph();
  const measure = (node: NetworkNode) => (sizeBy === 'degree' ? node.degree : node.pageRank);
  const max = Math.max(1e-9, ...data.nodes.map(measure));
  const sectors = Math.max(1, data.communities);
  for (const node of data.nodes) {
    const angle = (2 * Math.PI * (node.community + unit(node.id, 1) * 0.8)) / sectors;
    const radius = 10 + 40 * unit(node.id, 2);
    graph.addNode(node.id, {
      x: radius * Math.cos(angle),
      y: radius * Math.sin(angle),
      size: 3 + 15 * Math.sqrt(measure(node) / max),
      color: communityColor(node.community),
      label: node.label,
      typename: node.id.startsWith('person:') ? 'Person' : 'Country',
    });
  }
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.mergeEdge(edge.source, edge.target, { size: Math.min(0.5 + Math.log2(1 + edge.weight), 6), color: '#c4c4c4', weight: edge.weight });
  }
  return graph;
}
