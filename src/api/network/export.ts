// The analysed network as files for other tools: GraphML (Gephi, yEd, networkx.read_graphml) and
// node-link JSON (networkx.node_link_graph with edges="links", d3).
import type { Network, NetworkNode } from './analysis.js';

const NODE_KEYS: Array<[key: keyof NetworkNode, type: 'string' | 'int' | 'double']> = [
  ['label', 'string'],
  ['country', 'string'],
  ['degree', 'int'],
  ['weightedDegree', 'double'],
  ['pageRank', 'double'],
  ['betweenness', 'double'],
  ['community', 'int'],
];
const EDGE_KEYS: Array<[key: 'weight' | 'firstMet' | 'lastMet', type: 'string' | 'double']> = [
  ['weight', 'double'],
  ['firstMet', 'string'],
  ['lastMet', 'string'],
];

function xml(value: unknown): string {
  return String(value)
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function dataLines(record: Record<string, unknown>, keys: Array<[string, string]>, indent: string): string[] {
  return keys
    .filter(([key]) => record[key] !== null && record[key] !== undefined)
    .map(([key]) => `${indent}<data key="${key}">${xml(record[key])}</data>`);
}

export function toGraphML(network: Network): string {
  const keyLines = [
    ...NODE_KEYS.map(([key, type]) => `  <key id="${key}" for="node" attr.name="${key}" attr.type="${type}"/>`),
    ...EDGE_KEYS.map(([key, type]) => `  <key id="${key}" for="edge" attr.name="${key}" attr.type="${type}"/>`),
  ];
  const nodeLines = network.nodes.flatMap((node) => [
    `    <node id="${xml(node.id)}">`,
    ...dataLines({ ...node }, NODE_KEYS, '      '),
    '    </node>',
  ]);
  const edgeLines = network.edges.flatMap((edge, index) => [
    `    <edge id="e${index}" source="${xml(edge.source)}" target="${xml(edge.target)}">`,
    ...dataLines({ ...edge }, EDGE_KEYS, '      '),
    '    </edge>',
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines,
    `  <graph id="diplograph-${network.level.toLowerCase()}" edgedefault="undirected">`,
    ...nodeLines,
    ...edgeLines,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
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
