// A meeting: when, where, who sat on which side with which title, the topics, and every statement with
// its speaker, speech act and what it answers.
import { request } from './api.js';
import { h } from './dom.js';
import { type PanelContext, expandControls, header, kindLabel, list, nodeLink, section } from './panel-common.js';
import { MEETING } from './queries.js';

interface Named {
  id: string;
  name: string;
}

interface MeetingData {
  meeting: {
    id: string; date: string | null; kind: string; start: string | null; end: string | null; durationMinutes: number | null;
    location: string | null; occasion: string | null;
    countries: Named[];
    participants: Array<{ role: string; title: string | null; person: Named; country: Named | null }>;
    topics: Array<{ id: string; number: number; heading: string }>;
    statements: Array<{ id: string; order: number; act: string | null; text: string; topicNumber: number | null; speakers: Named[]; side: Named | null; respondsTo: { id: string; order: number } | null }>;
    document: { id: string; title: string; source: string } | null;
  } | null;
}

type Meeting = NonNullable<MeetingData['meeting']>;

function when(meeting: Meeting): string {
  const time = meeting.start ? `${meeting.start}${meeting.end ? `–${meeting.end}` : ''}` : null;
  const duration = meeting.durationMinutes ? `${meeting.durationMinutes} min` : null;
  return [meeting.date, time, duration, meeting.location, meeting.occasion].filter(Boolean).join(' · ');
}

function participants(ctx: PanelContext, meeting: Meeting): HTMLElement {
  const sides = new Map<string, Meeting['participants']>();
  for (const participant of meeting.participants) {
    const side = participant.country?.name ?? '?';
    sides.set(side, [...(sides.get(side) ?? []), participant]);
  }
  return h(
    'div',
    { id: 'participants' },
    ...[...sides].map(([side, people]) =>
      h('div', { class: 'side' }, h('h4', {}, ctx.t.side(side)), list(people.map((p) => h('li', {}, nodeLink(ctx, p.person.id, p.person.name), h('span', { class: 'detail' }, [p.title, p.role === 'PRINCIPAL' ? ctx.t.principal : ctx.t.delegation].filter(Boolean).join(' · '))))))),
  );
}

function statements(ctx: PanelContext, meeting: Meeting): HTMLElement {
  return list(
    meeting.statements.map((statement) => {
      const who = statement.speakers.map((speaker) => speaker.name).join('、');
      const meta = [who, statement.side ? ctx.t.side(statement.side.name) : null, statement.act?.toLowerCase(), statement.respondsTo ? ctx.t.answersTo(statement.respondsTo.order) : null].filter(Boolean).join(' · ');
      return h('li', { value: statement.order }, h('span', { class: 'detail' }, meta), nodeLink(ctx, statement.id, statement.text, { class: 'node-link statement-link' }));
    }),
    true,
  );
}

export async function meetingPanel(id: string, ctx: PanelContext): Promise<HTMLElement | null> {
  const { t } = ctx;
  const { meeting } = await request<MeetingData>(MEETING, { id });
  if (!meeting) return null;
  return h(
    'div',
    {},
    header(`${meeting.date ?? '?'} ${kindLabel(t, meeting.kind)}`, when(meeting), t.meeting),
    h('p', { class: 'countries' }, ...meeting.countries.map((country) => nodeLink(ctx, country.id, country.name))),
    expandControls(ctx, meeting.id),
    section(t.participants, participants(ctx, meeting)),
    meeting.topics.length > 0 ? section(t.topics, list(meeting.topics.map((topic) => h('li', { value: topic.number }, nodeLink(ctx, topic.id, topic.heading))), true)) : null,
    meeting.statements.length > 0 ? section(`${t.statements} (${meeting.statements.length})`, statements(ctx, meeting)) : null,
    meeting.document ? section(t.document, h('p', { class: 'detail' }, meeting.document.title), h('p', { class: 'detail source-name' }, meeting.document.source)) : null,
  );
}
