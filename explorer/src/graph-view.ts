// The sigma.js renderer over a graphology graph: selection with the rest greyed out, fly-to, filters
// applied by reducers (nothing is removed from the graph to hide it), ForceAtlas2 in a worker, PNG export.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { GREYED, GREYED_EDGE } from './colors.js';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** The API's __typename, e.g. Person, Meeting. */
  typename: string;
  /** For meetings: year and kind, which the date and kind filters read. */
  year?: number | null;
  kind?: string | null;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  weight?: number;
}

/** Graphs up to this many nodes are shown whole: centring on one node would push others out of view. */
const SMALL = 60;

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

export function newGraph(): ExplorerGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ multi: false, type: 'undirected', allowSelfLoops: false });
}

/** Decides which nodes the current filters hide (by type, year, kind). */
export type NodeFilter = (attributes: NodeAttributes) => boolean;

export class GraphView {
  readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  private graph: ExplorerGraph;
  private selected: string | null = null;
  private focus = new Set<string>();
  private isVisible: NodeFilter = () => true;
  private layout: FA2Layout | null = null;
  private layoutTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(container: HTMLElement, graph: ExplorerGraph) {
    this.graph = graph;
    this.renderer = new Sigma(graph, container, {
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      labelFont: '"Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "IPAPGothic", sans-serif',
      labelSize: 13,
      labelRenderedSizeThreshold: 6,
      stagePadding: 40,
      zIndex: true,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
  }

  get current(): ExplorerGraph {
    return this.graph;
  }

  setGraph(graph: ExplorerGraph): void {
    if (graph === this.graph) return;
    this.stopLayout();
    this.graph = graph;
    this.renderer.setGraph(graph);
    this.select(this.selected && graph.hasNode(this.selected) ? this.selected : null, false);
  }

  setFilter(filter: NodeFilter): void {
    this.isVisible = filter;
    this.renderer.refresh();
  }

  /** Selects a node (null clears): it and its neighbours stay in colour, the rest is greyed out. */
  select(id: string | null, flyTo = true): void {
    this.selected = id !== null && this.graph.hasNode(id) ? id : null;
    this.focus = new Set(this.selected ? [this.selected, ...this.graph.neighbors(this.selected)] : []);
    this.renderer.refresh();
    if (this.selected && flyTo && this.graph.order > SMALL) this.flyTo(this.selected);
  }

  refreshSelection(): void {
    this.select(this.selected, false);
  }

  /** Centres the camera on a visible node, zooming in only as far as the whole view's scale. */
  flyTo(id: string): void {
    if (!this.graph.hasNode(id) || !this.isVisible(this.graph.getNodeAttributes(id))) return;
    const display = this.renderer.getNodeDisplayData(id);
    if (!display) return;
    const camera = this.renderer.getCamera();
    void camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 1) }, { duration: 400 });
  }

  /**
   * Runs ForceAtlas2 in a worker for a while, then stops it (the layout of a small graph settles fast)
   * and brings the selected node, or the whole graph, back into view.
   */
  runLayout(ms = 1500): void {
    this.stopLayout();
    if (this.graph.order < 2) return;
    this.layout = new FA2Layout(this.graph, { settings: { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 300 } });
    this.layout.start();
    this.renderer.getContainer().dataset.layout = 'running';
    this.layoutTimer = setTimeout(() => {
      this.stopLayout();
      if (this.selected && this.graph.order > SMALL) this.flyTo(this.selected);
      else void this.renderer.getCamera().animatedReset({ duration: 300 });
    }, ms);
  }

  /** True while a layout runs (tests and the benchmark wait for it to settle). */
  get layoutRunning(): boolean {
    return this.layout !== null;
  }

  stopLayout(): void {
    if (this.layoutTimer) clearTimeout(this.layoutTimer);
    this.layoutTimer = null;
    this.layout?.kill();
    this.layout = null;
    this.renderer.getContainer().dataset.layout = 'idle';
  }

  /** Visible nodes, for the node list that keyboard and screen-reader users walk instead of the canvas. */
  visibleNodes(): Array<{ id: string; attributes: NodeAttributes }> {
    return this.graph.mapNodes((id, attributes) => ({ id, attributes })).filter(({ attributes }) => this.isVisible(attributes));
  }

  visibleCounts(): { nodes: number; edges: number } {
    const visible = new Set(this.visibleNodes().map(({ id }) => id));
    const edges = this.graph.filterEdges((_edge, _attributes, source, target) => visible.has(source) && visible.has(target)).length;
    return { nodes: visible.size, edges };
  }

  /** The current view as a PNG data URL: every sigma layer drawn, in order, on a white background. */
  toPng(): string {
    // WebGL layers keep their pixels only until the frame is composited: draw right after a render.
    this.renderer.refresh();
    const { width, height } = this.renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    for (const layer of Object.values(this.renderer.getCanvases())) context.drawImage(layer, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  }

  kill(): void {
    this.stopLayout();
    this.renderer.kill();
  }

  private reduceNode(node: string, data: NodeAttributes) {
    if (!this.isVisible(data)) return { ...data, hidden: true };
    if (this.selected === null) return data;
    if (node === this.selected) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
    if (this.focus.has(node)) return { ...data, forceLabel: true, zIndex: 1 };
    return { ...data, color: GREYED, label: '', zIndex: 0 };
  }

  private reduceEdge(edge: string, data: EdgeAttributes) {
    const [source, target] = this.graph.extremities(edge);
    const hidden = !this.isVisible(this.graph.getNodeAttributes(source)) || !this.isVisible(this.graph.getNodeAttributes(target));
    if (hidden) return { ...data, hidden: true };
    if (this.selected !== null && source !== this.selected && target !== this.selected) return { ...data, color: GREYED_EDGE };
    return data;
  }
}
