// Issues, events and agreements: what each side said about them, year by year; and the nodes with no
// panel of their own (organisations, places, topics, documents): where they are mentioned.
import { request } from './api.js';
import { h } from './dom.js';
import { type PanelContext, expandControls, header, kindLabel, list, nodeLink, section } from './panel-common.js';
import { OTHER, subjectQuery } from './queries.js';
import { dateBounds, type NodeType } from './url-state.js';

interface Named {
  id: string;
  name: string;
}

interface SubjectData {
  subject: {
    __typename: string; id: string; name: string; aliases: string[];
    timeline: {
      totalCount: number;
      bySide: Array<{ year: number | null; side: Named | null; statements: number }>;
      edges: Array<{ date: string | null; act: string | null; node: { id: string; order: number; text: string }; speaker: Named | null; side: Named | null }>;
    };
  } | null;
}

/** Years down, sides across: how many statements each side made about the subject each year. */
function bySideTable(buckets: NonNullable<SubjectData['subject']>['timeline']['bySide']): HTMLElement {
  const sides = [...new Set(buckets.map((bucket) => bucket.side?.name ?? '?'))];
  const years = [...new Set(buckets.map((bucket) => bucket.year))];
  const count = (year: number | null, side: string) => buckets.find((bucket) => bucket.year === year && (bucket.side?.name ?? '?') === side)?.statements ?? 0;
  return h(
    'table',
    { class: 'by-side' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), ...sides.map((side) => h('th', { scope: 'col' }, side)))),
    h('tbody', {}, ...years.map((year) => h('tr', {}, h('th', { scope: 'row' }, year ?? '?'), ...sides.map((side) => h('td', {}, count(year, side) || ''))))),
  );
}

const ROOTS: Record<string, 'issue' | 'event' | 'agreement'> = { Issue: 'issue', Event: 'event', Agreement: 'agreement' };

export function isSubject(typename: string): boolean {
  return typename in ROOTS;
}

export async function subjectPanel(id: string, typename: string, ctx: PanelContext): Promise<HTMLElement | null> {
  const { t, state } = ctx;
  const { subject } = await request<SubjectData>(subjectQuery(ROOTS[typename]!), { id, filter: dateBounds(state) });
  if (!subject) return null;
  const items = subject.timeline.edges.map((edge) =>
    h('li', {}, h('span', { class: 'detail' }, [edge.date, edge.speaker?.name, edge.side ? t.side(edge.side.name) : null, edge.act?.toLowerCase()].filter(Boolean).join(' · ')), nodeLink(ctx, edge.node.id, edge.node.text, { class: 'node-link statement-link' })),
  );
  const type = typename.toUpperCase() as NodeType;
  return h(
    'div',
    {},
    header(subject.name, subject.aliases.length > 1 ? `${t.aliases}: ${subject.aliases.join('、')}` : null, t.type[type]),
    expandControls(ctx, subject.id),
    subject.timeline.bySide.length > 0 ? section(t.timelineBySide, bySideTable(subject.timeline.bySide)) : null,
    section(`${t.timeline} (${subject.timeline.totalCount})`, items.length > 0 ? list(items) : h('p', { class: 'note' }, t.noMeetings)),
  );
}

interface OtherData {
  node: {
    __typename: string; id: string;
    name?: string; aliases?: string[];
    mentionedIn?: { totalCount: number; edges: Array<{ node: { id: string; order: number; text: string; date: string | null } }> };
    number?: number; heading?: string; meeting?: { id: string; date: string | null; kind: string } | null; statements?: Array<{ id: string; order: number; text: string }>;
    title?: string; source?: string; meetings?: Array<{ id: string; date: string | null; kind: string }>;
  } | null;
}

export async function otherPanel(id: string, ctx: PanelContext): Promise<HTMLElement | null> {
  const { t } = ctx;
  const { node } = await request<OtherData>(OTHER, { id });
  if (!node) return null;
  const type = node.__typename.toUpperCase() as NodeType;
  const title = node.name ?? node.heading ?? node.title ?? node.id;
  const meeting = node.meeting ? [node.meeting] : (node.meetings ?? []);
  return h(
    'div',
    {},
    header(title, node.source ?? (node.aliases && node.aliases.length > 1 ? `${t.aliases}: ${node.aliases.join('、')}` : null), t.type[type] ?? node.__typename),
    expandControls(ctx, node.id),
    meeting.length > 0 ? section(t.meetings, list(meeting.map((m) => h('li', {}, nodeLink(ctx, m.id, `${m.date ?? '?'} ${kindLabel(t, m.kind)}`))))) : null,
    node.statements && node.statements.length > 0 ? section(t.statements, list(node.statements.map((s) => h('li', {}, nodeLink(ctx, s.id, `#${s.order} ${s.text}`, { class: 'node-link statement-link' }))))) : null,
    node.mentionedIn && node.mentionedIn.totalCount > 0
      ? section(`${t.mentions} (${node.mentionedIn.totalCount})`, list(node.mentionedIn.edges.map(({ node: s }) => h('li', {}, h('span', { class: 'detail' }, s.date ?? ''), nodeLink(ctx, s.id, s.text, { class: 'node-link statement-link' })))))
      : null,
  );
}
