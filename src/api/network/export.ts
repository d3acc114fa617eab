// The analysed network as files for other tools: GraphML (Gephi, yEd, networkx.read_graphml) and
// node-link JSON (networkx.node_link_graph with edges="links", d3).
import { type GraphMLType, toGraphMLDocument } from '../../export/graphml.js';
import type { Network, NetworkNode } from './analysis.js';

const NODE_KEYS: Array<[key: keyof NetworkNode, type: GraphMLType]> = [
  ['label', 'string'],
  ['country', 'string'],
  ['degree', 'int'],
  ['weightedDegree', 'double'],
  ['pageRank', 'double'],
  ['betweenness', 'double'],
  ['community', 'int'],
];
const EDGE_KEYS: Array<[key: 'weight' | 'firstMet' | 'lastMet', type: GraphMLType]> = [
  ['weight', 'double'],
  ['firstMet', 'string'],
  ['lastMet', 'string'],
];

export function toGraphML(network: Network): string {
  return toGraphMLDocument({
    id: `diplograph-${network.level.toLowerCase()}`,
    nodeKeys: NODE_KEYS,
    edgeKeys: EDGE_KEYS,
    nodes: network.nodes.map((node) => ({ ...node })),
    edges: network.edges.map((edge) => ({ ...edge })),
  });
}

export function toNodeLinkJson(network: Network): string {
  return JSON.stringify({
    directed: false,
    multigraph: false,
    graph: { level: network.level, meetings: network.meetings, communities: network.communities, modularity: network.modularity },
    nodes: network.nodes,
    links: network.edges,
  });
}
