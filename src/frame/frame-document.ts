// The frame of a document once its entities are resolved: its meetings (the lead's, one per talk a trip
// report lists, one per talk its lead reports in turn), its numbered topics and its reported statements
// with speakers and answers.
import type { Entity, Meeting, Statement, Topic } from '../types.js';
import type { Layout } from '../parse/layout.js';
import type { PersonMention } from '../extract/persons.js';
import type { ResolvedDocument } from '../resolve/resolve-document.js';
import type { PartialDate } from '../parse/dates.js';
import { frameMeeting, type MeetingFrame } from './lead-frame.js';
import { agendaMeetings, buildMeeting } from './build-meetings.js';
import { sectionMeetings } from './section-meetings.js';
import { paragraphMeetings } from './paragraph-meetings.js';
import { foreignSideClues, visitDestinations } from './side-clues.js';
import { clauseMeetings, meetingsBySpeaker, sectionTalks } from './lead-meetings.js';
import { withAnsweringSide } from './answering-side.js';
import { extractStatements } from './statements.js';
import { speakerResolver } from './speakers.js';
import { speakersMeeting } from './speakers-meeting.js';

export interface DocumentFrame {
  meetings: Meeting[];
  entities: Entity[];
  topics: Topic[];
  statements: Statement[];
}

export function frameDocument(
  text: string, docId: string, layout: Layout, lead: MeetingFrame | null,
  persons: PersonMention[], resolved: ResolvedDocument, headerIso: string | null, backLinks: string[] = [],
): DocumentFrame {
  const { table, clusterOf } = resolved;
  // Where the lead's trip goes (チリを訪問中の): the side of counterparts no other clue of the page places. A copy
  // cut off above its lead has its title alone to say it (橋本総理訪米).
  const leadSpan = lead?.leadSpan ?? { start: 0, end: 0 };
  const trip = visitDestinations(`${layout.title}\n${text.slice(leadSpan.start, leadSpan.end)}`).filter((iso3) => iso3 !== 'JPN');
  const pageClues = foreignSideClues(text, layout.title, leadSpan, backLinks);
  const sideClues = pageClues.length > 0 ? pageClues : trip;
  const first = lead ? buildMeeting(docId, lead, clusterOf, table, text, layout.title, headerIso, backLinks, trip) : null;
  const header = layout.headerDate as PartialDate | null;
  const meetings = first && lead ? [first, ...agendaMeetings(docId, text, lead, first, persons, clusterOf, header)] : [];
  // A trip report's summary meeting is replaced by the talks it lists.
  if (meetings.length > 1) meetings.shift();
  // A lead that reports two talks with different people in one sentence, or calls on several people one
  // by one, has a meeting per talk.
  const byClause = first && lead && meetings.length === 1 ? clauseMeetings(docId, text, layout, lead, first, persons, resolved, headerIso, backLinks, trip) : [];
  if (byClause.length > 1) meetings.splice(0, 1, ...byClause);
  // A report of several talks, a numbered section each, has a meeting per section.
  // `where` replaces the trip's countries for a talk told under a section named by one of them.
  const frameLead = (span: { start: number; end: number }, heading: string, where: string[] = trip) =>
    buildMeeting(docId, frameMeeting(text, heading, span, layout.headerDate, persons), clusterOf, table, text, heading, headerIso, backLinks, where);
  const sectioned = first && meetings.length === 1 ? sectionMeetings(docId, text, layout.sections, first, persons, clusterOf, header, frameLead, trip) : [];
  // A trip report whose talks are paragraphs that open like a lead, under sections named by country.
  const placeIn = (span: { start: number; end: number }) => {
    const place = table.lastInside(span.start, span.end, ['Location', 'Country']);
    return place ? { id: place.id, name: place.text } : null;
  };
  const bySection = sectioned.length > 0 || !first || meetings.length !== 1 ? sectioned : paragraphMeetings(docId, text, layout.paragraphs, layout.sections, first, frameLead, placeIn, lead?.leadSpan.start);
  if (bySection.length > 0) meetings.splice(0, meetings.length, ...bySection.map((x) => x.meeting));
  // A trip report's talks took place where the trip went, on its occasion, unless they say otherwise.
  if (first && (meetings.length > 1 || bySection.length > 0)) {
    for (const m of meetings) {
      if (m.kind !== 'telephone' && m.kind !== 'video') m.location ??= first.location;
      m.occasion ??= first.occasion;
    }
  }
  // A person's country is the side he sat on when nothing else on the page gave one.
  for (const p of meetings.flatMap((m) => m.participants)) {
    const entity = p.country ? table.get(p.entity) : undefined;
    if (entity && entity.type === 'Person') entity.country ??= p.country;
  }
  // Every named thing is in the table now, the meetings' occasions too: their acronyms can be read.
  table.addPageAcronyms(text);
  table.addBackReferences(text);
  // Several talks without a section each (a lead's clauses, a trip report's list): a section headed by one
  // of the talks is that talk's.
  const several = bySection.length === 0 && meetings.length > 1;
  const headed = several ? sectionTalks(meetings, layout.sections, text, persons, clusterOf) : [];
  const meetingAt = (offset: number): Meeting | undefined =>
    [...bySection, ...headed].find((x) => x.section.start <= offset && offset < x.section.end)?.meeting ?? meetings[0];
  const principalsAt = (offset: number) => (meetingAt(offset)?.participants ?? []).filter((p) => p.role === 'principal').map((p) => p.entity);
  const groupsIn = (span: { start: number; end: number }) =>
    table.list().filter((e) => (e.type === 'Organization' || e.type === 'Country') && e.mentions.some((m) => m.start >= span.start && m.end <= span.end)).map((e) => e.id);
  const resolver = speakerResolver(text, persons, clusterOf, (offset) => meetingAt(offset)?.participants ?? [], groupsIn);
  const drafts = extractStatements(text, layout.paragraphs, resolver, principalsAt, layout.sections);
  // A copy cut off above its lead: no meeting was framed, but who speaks in it met.
  if (meetings.length === 0) {
    const met = speakersMeeting(docId, drafts.map((d) => d.speakers), table, persons, clusterOf, layout.title, headerIso, sideClues);
    if (met) meetings.push(met);
  }
  const entities = table.list();
  const meetingOf = several ? meetingsBySpeaker(meetings, drafts, layout.sections, text, persons, clusterOf) : drafts.map((d) => meetingAt(d.start));
  for (const meeting of meetings) withAnsweringSide(meeting, drafts.filter((_, i) => meetingOf[i] === meeting), table, sideClues);
  const statements: Statement[] = drafts.map((d, i) => ({
    id: `${docId}:s${i + 1}`, meeting: meetingOf[i]?.id ?? null, topic: d.topic, paragraph: d.paragraph, order: i + 1,
    speakers: d.speakers, respondsTo: d.respondsTo === null ? null : `${docId}:s${d.respondsTo + 1}`, act: d.act,
    text: text.slice(d.start, d.end), start: d.start, end: d.end,
    mentions: entities.filter((e) => e.mentions.some((m) => m.start >= d.start && m.end <= d.end)).map((e) => e.id),
  }));
  const topics: Topic[] = layout.sections.map((s) => ({
    number: s.number, heading: s.heading,
    issues: entities.filter((e) => ['Issue', 'Event', 'Agreement'].includes(e.type) && e.mentions.some((m) => m.start >= s.start && m.end <= s.start + s.heading.length + 4)).map((e) => e.id),
  }));
  return { meetings, entities, topics, statements };
}
