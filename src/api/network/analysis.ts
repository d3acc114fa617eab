// Network metrics on a projection: degree, weighted degree, PageRank (weighted), betweenness
// (unweighted, normalized) and Louvain communities (weighted, seeded so results are reproducible).
// Betweenness is unweighted on purpose: an edge's weight counts meetings, a strength, while weighted
// betweenness reads weights as distances, so a pair who met ten times would be ten times further apart
// than a pair who met once and brokers would be found along the weakest ties. Hops (who met whom at
// all) are what "lies on the shortest paths between others" means to an analyst here.
import { Graph, betweenness, louvain, pagerank, type UndirectedGraph } from './graphology.js';
import type { NetworkLevel, Projection } from './projection.js';

export interface NetworkNode {
  id: string;
  label: string;
  country: string | null;
  degree: number;
  weightedDegree: number;
  pageRank: number;
  betweenness: number;
  community: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  firstMet: string | null;
  lastMet: string | null;
}

export interface Network {
  level: NetworkLevel;
  meetings: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  communities: number;
  modularity: number | null;
}

/** mulberry32: a tiny seeded generator, so that Louvain gives the same communities every time. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildGraph(projection: Projection): UndirectedGraph {
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const edge of projection.edges) {
    graph.mergeNode(edge.source, { label: edge.sourceLabel ?? edge.source, country: edge.sourceCountry });
    graph.mergeNode(edge.target, { label: edge.targetLabel ?? edge.target, country: edge.targetCountry });
    graph.mergeEdge(edge.source, edge.target, { weight: edge.weight, firstMet: edge.firstMet, lastMet: edge.lastMet });
  }
  return graph;
}

/** Louvain's community ids renumbered: 0 is the largest community, ties by smallest member id. */
function renumber(raw: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(raw)) members.set(community, [...(members.get(community) ?? []), node]);
  const ordered = [...members.values()]
    .map((nodes) => nodes.sort())
    .sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
  const numbering = new Map<string, number>();
  ordered.forEach((nodes, index) => nodes.forEach((node) => numbering.set(node, index)));
  return numbering;
}

export function analyse(projection: Projection): Network {
  const graph = buildGraph(projection);
  const base = { level: projection.level, meetings: projection.meetings };
  if (graph.order === 0) return { ...base, nodes: [], edges: [], communities: 0, modularity: null };
  const ranks = pagerank(graph, { getEdgeWeight: 'weight' });
  // graphology-metrics weighs by the `weight` attribute unless told not to (null: BFS Brandes).
  const between = betweenness(graph, { normalized: true, getEdgeWeight: null });
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(20021027) });
  const community = renumber(detailed.communities);
  const nodes = graph.mapNodes((id, attributes): NetworkNode => ({
    id,
    label: String(attributes.label),
    country: (attributes.country as string | null) ?? null,
    degree: graph.degree(id),
    weightedDegree: graph.reduceEdges(id, (sum, _edge, edgeAttributes) => sum + Number(edgeAttributes.weight), 0),
    pageRank: ranks[id] ?? 0,
    betweenness: between[id] ?? 0,
    community: community.get(id) ?? 0,
  }));
  nodes.sort((a, b) => b.pageRank - a.pageRank || a.id.localeCompare(b.id));
  const edges = projection.edges.map(({ source, target, weight, firstMet, lastMet }) => ({ source, target, weight, firstMet, lastMet }));
  return { ...base, nodes, edges, communities: new Set(community.values()).size, modularity: detailed.modularity };
}
