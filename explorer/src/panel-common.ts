// What every side panel shares: the context it acts through, links to other nodes, the expand controls.
import { h } from './dom.js';
import type { ExpansionPage } from './explore.js';
import type { Strings } from './i18n.js';
import type { MeetingKind, ViewState } from './url-state.js';

export interface PanelContext {
  t: Strings;
  state: ViewState;
  /** Selects another node (it becomes the panel's subject and the URL's `node`). */
  select(id: string): void;
  /** Adds one page of the node's neighbours to the explore graph. */
  expand(id: string): void;
  expansion(id: string): ExpansionPage | undefined;
}

/** A button that selects a node: keyboard reachable, its id kept for tests and styling. */
export function nodeLink(ctx: PanelContext, id: string, label: string, extra: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { type: 'button', class: 'node-link', 'data-node': id, onclick: () => ctx.select(id), ...extra }, label);
}

export function kindLabel(t: Strings, kind: string | null | undefined): string {
  return t.kind[(kind ?? 'OTHER') as MeetingKind] ?? kind ?? '';
}

export function section(title: string, ...content: Array<Node | string | null | false>): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', {}, title), ...content);
}

/** "Expand neighbours", then "More neighbours (N not shown)" until all are in the graph. */
export function expandControls(ctx: PanelContext, id: string): HTMLElement {
  const page = ctx.expansion(id);
  const left = page ? page.total - page.shown : null;
  const box = h('div', { class: 'expand' });
  if (!page) box.append(h('button', { type: 'button', id: 'expand', onclick: () => ctx.expand(id) }, ctx.t.expand));
  else if (left !== null && left > 0) box.append(h('button', { type: 'button', id: 'more', onclick: () => ctx.expand(id) }, ctx.t.more(left)));
  else box.append(h('p', { class: 'note' }, ctx.t.allShown));
  return box;
}

export function header(title: string, subtitle: string | null, type: string): HTMLElement {
  return h('header', { class: 'panel-header' }, h('p', { class: 'badge' }, type), h('h2', { id: 'panel-title', tabindex: '-1' }, title), subtitle ? h('p', { class: 'subtitle' }, subtitle) : null);
}

export function list(items: HTMLElement[], ordered = false): HTMLElement {
  return ordered ? h('ol', {}, ...items) : h('ul', {}, ...items);
}
