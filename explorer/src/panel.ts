// The side panel for the selected node: one renderer per kind of node; a stale answer (the user has
// selected something else meanwhile) is dropped.
import { request } from './api.js';
import type { Brief } from './brief.js';
import { h } from './dom.js';
import type { PanelContext } from './panel-common.js';
import { countryPanel } from './panel-country.js';
import { meetingPanel } from './panel-meeting.js';
import { personPanel } from './panel-person.js';
import { statementPanel } from './panel-statement.js';
import { isSubject, otherPanel, subjectPanel } from './panel-subject.js';
import { NODE_BRIEF } from './queries.js';

export type { PanelContext };

let generation = 0;

async function typenameOf(id: string, known: string | null): Promise<string | null> {
  if (known) return known;
  const { node } = await request<{ node: Brief | null }>(NODE_BRIEF, { id });
  return node?.__typename ?? null;
}

function build(id: string, typename: string, ctx: PanelContext): Promise<HTMLElement | null> {
  if (typename === 'Person') return personPanel(id, ctx);
  if (typename === 'Meeting') return meetingPanel(id, ctx);
  if (typename === 'Statement') return statementPanel(id, ctx);
  if (typename === 'Country') return countryPanel(id, ctx);
  if (isSubject(typename)) return subjectPanel(id, typename, ctx);
  return otherPanel(id, ctx);
}

/**
 * Shows the node `id` in `container`. Errors propagate to the caller (which words them); a result that
 * arrives after a newer call is ignored.
 */
export async function showPanel(container: HTMLElement, id: string | null, knownTypename: string | null, ctx: PanelContext, focus: boolean): Promise<void> {
  const mine = ++generation;
  if (id === null) {
    container.replaceChildren(h('p', { class: 'note' }, ctx.t.panelEmpty));
    container.removeAttribute('aria-busy');
    return;
  }
  container.setAttribute('aria-busy', 'true');
  try {
    const typename = await typenameOf(id, knownTypename);
    const content = typename ? await build(id, typename, ctx) : null;
    if (mine !== generation) return;
    container.replaceChildren(content ?? h('p', { class: 'note', role: 'status' }, ctx.t.notFound(id)));
    container.dataset.node = id;
    container.dataset.typename = typename ?? '';
    if (focus) container.querySelector<HTMLElement>('#panel-title')?.focus({ preventScroll: false });
    container.querySelector('mark.cited')?.scrollIntoView({ block: 'center' });
  } finally {
    if (mine === generation) container.removeAttribute('aria-busy');
  }
}
