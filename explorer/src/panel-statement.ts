// A statement: who said it, in answer to what, what it mentions, and the source page's text with the
// statement's span highlighted (and the mentions underlined) by the offsets the API gives.
import { request } from './api.js';
import { h } from './dom.js';
import { splitBySpans, type Span } from './highlight.js';
import { type PanelContext, expandControls, header, kindLabel, list, nodeLink, section } from './panel-common.js';
import { STATEMENT } from './queries.js';

interface StatementData {
  statement: {
    id: string; order: number; act: string | null; text: string; start: number | null; end: number | null; date: string | null;
    speakers: Array<{ id: string; name: string }>;
    side: { id: string; name: string } | null;
    meeting: { id: string; date: string | null; kind: string } | null;
    respondsTo: { id: string; order: number; text: string } | null;
    responses: Array<{ id: string; order: number; text: string }>;
    mentions: Array<{ start: number | null; end: number | null; text: string | null; entity: { id: string; name: string; type: string } }>;
    document: { id: string; title: string; source: string; text: string } | null;
  } | null;
}

type Statement = NonNullable<StatementData['statement']>;

/** The statement's own span: its offsets, or (for data written without them) where its text occurs. */
function statementSpan(statement: Statement, text: string): Span | null {
  if (statement.start !== null && statement.end !== null) return { start: statement.start, end: statement.end, kind: 'statement' };
  const at = text.indexOf(statement.text);
  return at >= 0 ? { start: at, end: at + statement.text.length, kind: 'statement' } : null;
}

function sourceText(statement: Statement): HTMLElement | null {
  const text = statement.document?.text;
  if (!text) return null;
  const spans: Span[] = [];
  const own = statementSpan(statement, text);
  if (own) spans.push(own);
  for (const mention of statement.mentions) {
    if (mention.start !== null && mention.end !== null) spans.push({ start: mention.start, end: mention.end, kind: 'mention' });
  }
  // Consecutive runs inside the statement share one <mark>, so the highlight reads as one passage.
  const nodes: Node[] = [];
  let mark: HTMLElement | null = null;
  for (const run of splitBySpans(text, spans)) {
    const inner = run.kinds.includes('mention') ? h('span', { class: 'mention' }, run.text) : document.createTextNode(run.text);
    if (!run.kinds.includes('statement')) {
      mark = null;
      nodes.push(inner);
      continue;
    }
    if (!mark) nodes.push((mark = h('mark', { class: 'cited' })));
    mark.append(inner);
  }
  return h('div', { class: 'source', id: 'source-text', tabindex: '0', 'aria-label': statement.document?.title ?? '' }, ...nodes);
}

export async function statementPanel(id: string, ctx: PanelContext): Promise<HTMLElement | null> {
  const { t } = ctx;
  const { statement } = await request<StatementData>(STATEMENT, { id });
  if (!statement) return null;
  const who = statement.speakers.map((speaker) => speaker.name).join('、') || '?';
  const source = sourceText(statement);
  const seen = new Set<string>();
  const mentioned = statement.mentions.filter((mention) => !seen.has(mention.entity.id) && seen.add(mention.entity.id));
  const panel = h(
    'div',
    {},
    header(`#${statement.order} ${who}`, [statement.date, statement.side ? t.side(statement.side.name) : null, statement.act?.toLowerCase()].filter(Boolean).join(' · '), t.type.STATEMENT),
    h('blockquote', { class: 'statement-text' }, statement.text),
    h('p', {}, ...statement.speakers.map((speaker) => nodeLink(ctx, speaker.id, speaker.name)), statement.meeting ? nodeLink(ctx, statement.meeting.id, `${t.meeting}: ${statement.meeting.date ?? '?'} ${kindLabel(t, statement.meeting.kind)}`) : null),
    statement.respondsTo ? h('p', {}, `${t.answersTo(statement.respondsTo.order)}: `, nodeLink(ctx, statement.respondsTo.id, statement.respondsTo.text)) : null,
    statement.responses.length > 0 ? section('↳', list(statement.responses.map((response) => h('li', {}, nodeLink(ctx, response.id, `#${response.order} ${response.text}`))))) : null,
    mentioned.length > 0 ? h('p', { class: 'mentions' }, ...mentioned.map((mention) => nodeLink(ctx, mention.entity.id, mention.entity.name))) : null,
    expandControls(ctx, statement.id),
    source ? section(`${t.source}: ${statement.document?.title ?? ''}`, h('p', { class: 'note' }, t.sourceNote), source) : null,
  );
  return panel;
}
