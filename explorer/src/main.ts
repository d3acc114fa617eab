// The explorer's composition root: the state (from the URL), the graph view, the side panel and the
// controls, wired so that every user action is a navigation: the URL changes, then `apply` makes the
// page match it. Back/forward are navigations too.
import { request } from './api.js';
import { nodeTypeOf, type Brief } from './brief.js';
import { bindYearInputs, type ControlActions, reflectState, renderKinds, renderTypes, translateChrome } from './controls.js';
import { byId, h } from './dom.js';
import { ExploreModel } from './explore.js';
import { GraphView, newGraph, type ExplorerGraph, type NodeAttributes } from './graph-view.js';
import { strings } from './i18n.js';
import { clearMessage, reportError, showMessage } from './messages.js';
import { fetchNetwork, networkGraph, type NetworkData } from './network.js';
import { showPanel, type PanelContext } from './panel.js';
import { OVERVIEW, SEARCH } from './queries.js';
import { NODE_TYPES, formatState, parseState, type ViewState } from './url-state.js';

interface Overview {
  stats: { meetings: number; entities: number; documents: number };
  oldest: { edges: Array<{ node: { year: number | null } }> };
  newest: { edges: Array<{ node: { year: number | null } }> };
}

/** Measured by the page itself, read by the benchmark (scripts/bench-explorer.ts) and the tests. */
const timings = {
  /** From the network request to the first frame drawn with its nodes. */
  networkRenderMs: null as number | null,
  /** The same frame, in ms since the navigation started (includes loading the page and the overview). */
  networkRenderAt: null as number | null,
  networkNodes: null as number | null,
  /** The network query alone: request sent → answer parsed. */
  networkFetchMs: null as number | null,
  lastExpandMs: null as number | null,
  /** The neighbours query of the last expansion alone. */
  lastExpandApiMs: null as number | null,
};
(window as unknown as { diplographExplorer: unknown }).diplographExplorer = { timings };

let state: ViewState = parseState(location.search);
let years: { min: number; max: number } | null = null;
const t = () => strings(state.lang);
const explore = new ExploreModel(newGraph());
explore.onRequestTimed = (ms) => (timings.lastExpandApiMs = ms);
let network: { key: string; graph: ExplorerGraph; data: NetworkData } | null = null;
const view = new GraphView(byId('graph'), explore.graph);
let applying = 0;

function navigate(patch: Partial<ViewState>, replace = false): void {
  state = { ...state, ...patch };
  const url = formatState(state) || location.pathname;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void apply();
}

const actions: ControlActions = {
  setYears: (from, to) => navigate({ from, to }),
  setKinds: (kinds) => navigate({ kinds }),
  setHidden: (hidden) => navigate({ hidden }),
};

const panelContext = (): PanelContext => ({
  t: t(),
  state,
  select: (id) => navigate({ node: id }),
  expand: (id) => void expand(id),
  expansion: (id) => explore.pages.get(id),
});

function visibleTypes() {
  return NODE_TYPES.filter((type) => !state.hidden.includes(type));
}

/** In the explore view, filters hide meetings outside the years or kinds and the unchecked node types. */
function exploreFilter(attributes: NodeAttributes): boolean {
  if (state.hidden.includes(nodeTypeOf(attributes.typename))) return false;
  if (attributes.typename !== 'Meeting') return true;
  const year = attributes.year ?? null;
  if (year !== null && ((state.from !== null && year < state.from) || (state.to !== null && year > state.to))) return false;
  return state.kinds.length === 0 || state.kinds.includes((attributes.kind ?? 'OTHER') as ViewState['kinds'][number]);
}

async function showNetwork(): Promise<void> {
  const key = JSON.stringify([state.from, state.to, state.kinds, state.level, state.size]);
  if (network?.key !== key) {
    const started = performance.now();
    const data = await fetchNetwork(state);
    timings.networkFetchMs = performance.now() - started;
    if (state.view !== 'network') return;
    network = { key, data, graph: networkGraph(data, state.size) };
    view.setGraph(network.graph);
    view.renderer.once('afterRender', () => {
      const now = performance.now();
      Object.assign(timings, { networkRenderMs: now - started, networkRenderAt: now, networkNodes: data.nodes.length });
    });
    view.renderer.refresh();
    view.runLayout(2000);
    if (data.nodes.length === 0) showMessage('no-match', t().emptyNetwork, t());
    else if (byId('message').dataset.kind === 'no-match') clearMessage();
  } else {
    view.setGraph(network.graph);
  }
  view.setFilter(() => true);
}

async function showExplore(): Promise<void> {
  view.setGraph(explore.graph);
  // Back to a state with fewer expansions: rebuild from the URL rather than guess what to remove.
  if ([...explore.pages.keys()].some((id) => !state.expanded.includes(id))) explore.clear();
  const before = explore.graph.order;
  for (const id of state.expanded) if (!explore.pages.has(id)) await explore.expand(id, visibleTypes(), t());
  if (state.node && !explore.graph.hasNode(state.node)) await explore.addById(state.node, t(), state.expanded.at(-1) ?? null);
  if (explore.graph.order !== before) view.runLayout(1200);
  view.setFilter(exploreFilter);
}

async function expand(id: string): Promise<void> {
  if (!state.expanded.includes(id)) {
    navigate({ view: 'explore', node: id, expanded: [...state.expanded, id] });
    return;
  }
  // "More": the next page of a node already expanded (kept out of the URL, which holds the first page).
  const started = performance.now();
  try {
    await explore.expand(id, visibleTypes(), t());
    view.runLayout(800);
    view.refreshSelection();
    timings.lastExpandMs = performance.now() - started;
    renderGraphInfo();
    await renderPanel(false);
  } catch (error) {
    reportError(error, t(), () => void apply());
  }
}

function renderGraphInfo(): void {
  const status = byId('graph-status');
  const { nodes, edges } = view.visibleCounts();
  status.dataset.nodes = String(nodes);
  status.dataset.edges = String(edges);
  status.textContent = state.view === 'network' && network ? t().networkStatus(nodes, edges, network.data.meetings, network.data.communities) : t().status(nodes, edges);
  renderTypes(state, t(), explore.countsByType(), actions);
  const items = view.visibleNodes().slice(0, 500).sort((a, b) => a.attributes.label.localeCompare(b.attributes.label, 'ja'));
  byId('node-list-items').replaceChildren(
    ...items.map(({ id, attributes }) => h('li', {}, h('button', { type: 'button', class: 'node-link', 'data-node': id, 'aria-current': id === state.node ? 'true' : null, onclick: () => navigate({ node: id }) }, attributes.label))),
  );
}

async function renderPanel(focus: boolean): Promise<void> {
  const typename = state.node ? (explore.typenameOf(state.node) ?? (view.current.hasNode(state.node) ? view.current.getNodeAttribute(state.node, 'typename') : null)) : null;
  await showPanel(byId('panel-content'), state.node, typename, panelContext(), focus);
}

/** Makes the page match `state`. */
async function apply(focusPanel = true): Promise<void> {
  const mine = ++applying;
  translateChrome(t(), state.lang);
  explore.relabel(t());
  reflectState(state, years);
  renderKinds(state, t(), actions);
  const started = performance.now();
  try {
    if (state.view === 'network') await showNetwork();
    else await showExplore();
    if (mine !== applying) return;
    view.select(state.node, true);
    if (state.view === 'explore' && state.expanded.length > 0) timings.lastExpandMs = performance.now() - started;
    renderGraphInfo();
    await renderPanel(focusPanel);
  } catch (error) {
    if (mine === applying) reportError(error, t(), () => void apply());
  }
}

async function search(query: string): Promise<void> {
  const box = byId('search-results');
  clearMessage();
  try {
    const { search: found } = await request<{ search: { totalCount: number; edges: Array<{ node: Brief }> } }>(SEARCH, { query, first: 20 });
    const items = found.edges.map(({ node }) => {
      const type = nodeTypeOf(node.__typename);
      const label = node.name ?? node.text ?? node.heading ?? node.title ?? `${node.date ?? ''} ${node.kind ?? ''}`;
      return h('li', {}, h('button', { type: 'button', class: 'result', 'data-node': node.id, onclick: () => pick(node) }, h('span', { class: 'badge' }, t().type[type]), ` ${label}`));
    });
    box.replaceChildren(h('p', { class: 'results-title', role: 'status' }, `${t().results}: ${found.totalCount}`), items.length > 0 ? h('ul', {}, ...items) : h('p', { class: 'note' }, t().noResults));
    box.hidden = false;
    box.querySelector<HTMLButtonElement>('button.result')?.focus();
  } catch (error) {
    box.hidden = true;
    reportError(error, t(), () => void search(query));
  }
}

function pick(node: Brief): void {
  byId('search-results').hidden = true;
  explore.add(node, t(), state.node && explore.graph.hasNode(state.node) ? state.node : null);
  navigate({ view: 'explore', node: node.id });
}

function exportPng(): void {
  const link = h('a', { href: view.toPng(), download: `diplograph-${state.view}.png` });
  document.body.append(link);
  link.click();
  link.remove();
}

function bindGraphKeys(container: HTMLElement): void {
  const camera = view.renderer.getCamera();
  container.addEventListener('keydown', (event) => {
    const step = 0.1 * camera.ratio;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = moves[event.key];
    if (move) camera.setState({ x: camera.x + move[0], y: camera.y + move[1] });
    else if (event.key === '+' || event.key === '=') void camera.animatedZoom();
    else if (event.key === '-') void camera.animatedUnzoom();
    else if (event.key === 'Escape') navigate({ node: null });
    else if (event.key === 'Enter' && state.node) void expand(state.node);
    else return;
    event.preventDefault();
  });
}

function bind(): void {
  byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const query = byId<HTMLInputElement>('search-input').value.trim();
    if (query) void search(query);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-view]')) button.addEventListener('click', () => navigate({ view: button.dataset.view as ViewState['view'] }));
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=level]')) input.addEventListener('change', () => navigate({ level: input.value as ViewState['level'] }));
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=size]')) input.addEventListener('change', () => navigate({ size: input.value as ViewState['size'] }));
  byId('lang-switch').addEventListener('click', () => navigate({ lang: state.lang === 'en' ? 'ja' : 'en' }, true));
  byId('export-png').addEventListener('click', exportPng);
  byId('clear-graph').addEventListener('click', () => {
    explore.clear();
    navigate({ view: 'explore', node: null, expanded: [] });
  });
  bindYearInputs(actions, () => years);
  bindGraphKeys(byId('graph'));
  view.renderer.on('clickNode', ({ node }) => navigate({ node }));
  view.renderer.on('doubleClickNode', (event) => {
    event.preventSigmaDefault();
    void expand(event.node);
  });
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    void apply();
  });
}

/** The overview (years, emptiness) and the first view load side by side: neither waits for the other. */
async function start(): Promise<void> {
  translateChrome(t(), state.lang);
  const overview = request<Overview>(OVERVIEW);
  await apply(false);
  try {
    const { stats, oldest, newest } = await overview;
    const min = oldest.edges[0]?.node.year;
    const max = newest.edges[0]?.node.year;
    if (typeof min === 'number' && typeof max === 'number') years = { min, max };
    reflectState(state, years);
    if (stats.meetings === 0 && stats.entities === 0) showMessage('empty', t().emptyGraph, t());
  } catch (error) {
    reportError(error, t(), () => void start());
  }
}

bind();
void start();
