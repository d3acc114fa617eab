// The explore graph: nodes the user reached by search, selection and expansion. Expanding asks the API
// for one page of neighbours (CAP) of the visible types; "more" asks for the next page, so a supernode
// such as 日本 never floods the view.
import { request } from './api.js';
import { labelOf, nodeTypeOf, sizeOf, yearOf, type Brief } from './brief.js';
import { TYPE_COLORS } from './colors.js';
import type { ExplorerGraph, NodeAttributes } from './graph-view.js';
import type { Strings } from './i18n.js';
import { NEIGHBOURS, NODE_BRIEF } from './queries.js';
import type { NodeType } from './url-state.js';

export const CAP = 15;

export interface ExpansionPage {
  total: number;
  shown: number;
  nextCursor: string | null;
}

interface NeighboursData {
  node: (Brief & {
    neighbours: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ relationship: string; count: number; node: Brief }>;
    };
  }) | null;
}

function attributesOf(brief: Brief, t: Strings, x: number, y: number): NodeAttributes {
  const type = nodeTypeOf(brief.__typename);
  return { x, y, size: sizeOf(type), color: TYPE_COLORS[type], label: labelOf(brief, t), typename: brief.__typename, year: yearOf(brief), kind: brief.kind ?? null };
}

/** A small deterministic offset, so that nodes added without a layout do not sit on each other. */
function around(graph: ExplorerGraph, near: string | null, index: number, count: number): { x: number; y: number } {
  const centre = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
  const angle = (2 * Math.PI * index) / Math.max(count, 1) + graph.order * 0.37;
  const radius = near ? 1 + 0.15 * (graph.order % 5) : graph.order;
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

export class ExploreModel {
  /** Per expanded node: how many neighbours it has, how many are in the graph, where the next page starts. */
  readonly pages = new Map<string, ExpansionPage>();
  /** The Brief each node was made from, to relabel them when the language changes. */
  private briefs = new Map<string, Brief>();

  /** Told how long each neighbours query took (the page's timings, read by the benchmark). */
  onRequestTimed: (ms: number) => void = () => {};

  constructor(readonly graph: ExplorerGraph) {}

  add(brief: Brief, t: Strings, near: string | null = null, index = 0, count = 1): void {
    this.briefs.set(brief.id, brief);
    if (this.graph.hasNode(brief.id)) return;
    const { x, y } = around(this.graph, near, index, count);
    this.graph.addNode(brief.id, attributesOf(brief, t, x, y));
  }

  /** Adds a node by id (fetching its Brief); false when the API does not know the id. */
  async addById(id: string, t: Strings, near: string | null = null): Promise<boolean> {
    if (this.graph.hasNode(id)) return true;
    const { node } = await request<{ node: Brief | null }>(NODE_BRIEF, { id });
    if (!node) return false;
    this.add(node, t, near);
    return true;
  }

  typenameOf(id: string): string | null {
    return this.briefs.get(id)?.__typename ?? null;
  }

  /** One more page of the node's neighbours of the given types; the first call starts at the top. */
  async expand(id: string, types: NodeType[], t: Strings): Promise<ExpansionPage | null> {
    const previous = this.pages.get(id);
    if (previous && previous.nextCursor === null && previous.shown > 0) return previous;
    const asked = performance.now();
    const data = await request<NeighboursData>(NEIGHBOURS, { id, types, first: CAP, after: previous?.nextCursor ?? null });
    this.onRequestTimed(performance.now() - asked);
    if (!data.node) return null;
    this.add(data.node, t);
    const { edges, totalCount, pageInfo } = data.node.neighbours;
    edges.forEach((edge, index) => {
      this.add(edge.node, t, id, index, edges.length);
      const weight = (this.graph.hasEdge(id, edge.node.id) ? (this.graph.getEdgeAttribute(id, edge.node.id, 'weight') ?? 0) : 0) + edge.count;
      this.graph.mergeEdge(id, edge.node.id, { size: Math.min(1 + Math.log2(weight), 5), color: '#b8b8b8', weight });
    });
    const page = { total: totalCount, shown: (previous?.shown ?? 0) + edges.length, nextCursor: pageInfo.hasNextPage ? pageInfo.endCursor : null };
    this.pages.set(id, page);
    return page;
  }

  relabel(t: Strings): void {
    for (const [id, brief] of this.briefs) if (this.graph.hasNode(id)) this.graph.setNodeAttribute(id, 'label', labelOf(brief, t));
  }

  clear(): void {
    this.graph.clear();
    this.pages.clear();
    this.briefs.clear();
  }

  /** Node counts per type, for the legend. */
  countsByType(): Map<NodeType, number> {
    const counts = new Map<NodeType, number>();
    this.graph.forEachNode((_id, attributes) => {
      const type = nodeTypeOf(attributes.typename);
      counts.set(type, (counts.get(type) ?? 0) + 1);
    });
    return counts;
  }
}
