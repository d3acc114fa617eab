// The meetings of a lead that reports more than one talk (see lead-clauses.ts): one per clause that meets
// someone else, or one per person called on one by one; and each statement's meeting among them.
import type { Meeting } from '../types.js';
import type { Layout } from '../parse/layout.js';
import type { Section } from '../parse/sections.js';
import type { PersonMention } from '../extract/persons.js';
import type { PersonCluster } from '../resolve/people.js';
import type { ResolvedDocument } from '../resolve/resolve-document.js';
import { frameMeeting, type MeetingFrame } from './lead-frame.js';
import { buildMeeting } from './build-meetings.js';
import { calledOneByOne, leadClauses, spansDays } from './lead-clauses.js';
import { TALK_HEADING, headingSpan, visitorsOf } from './section-meetings.js';
import { countriesInMeetingName } from './side-clues.js';
import { classifyKind } from '../parse/lead.js';

/** The meetings of a lead that reports several talks (see lead-clauses.ts), or [] for one. */
export function clauseMeetings(
  docId: string, text: string, layout: Layout, lead: MeetingFrame, first: Meeting, persons: PersonMention[],
  resolved: ResolvedDocument, headerIso: string | null, backLinks: string[], tripCountries: string[],
): Meeting[] {
  const { table, clusterOf } = resolved;
  const { visitors, visitorIds } = visitorsOf(first);
  if (visitors.length === 0) return [];
  const isVisitor = (m: PersonMention) => visitorIds.has(clusterOf.get(m)?.id ?? '');
  const clauses = leadClauses(text, lead.leadSpan, persons, isVisitor);
  if (clauses.length === 0) return callMeetings(docId, text, lead, first, visitors, clusterOf, isVisitor);
  return clauses.map((clause, i) => {
    const framed = buildMeeting(`${docId}:c${i + 1}`, frameMeeting(text, '', clause, layout.headerDate, persons), clusterOf, table, text, layout.title, headerIso, backLinks, tripCountries);
    const own = framed.participants.filter((p) => !visitorIds.has(p.entity));
    return { ...framed, id: `${docId}:m${i + 1}`, date: framed.date ?? first.date, participants: [...visitors, ...own] };
  });
}

/** A meeting per person a lead calls on one by one (see calledOneByOne), each with the visitors, of the calls' kind. */
function callMeetings(
  docId: string, text: string, lead: MeetingFrame, first: Meeting, visitors: Meeting['participants'],
  clusterOf: Map<PersonMention, PersonCluster>, isVisitor: (m: PersonMention) => boolean,
): Meeting[] {
  const called = calledOneByOne(text, lead.leadSpan, lead.principals.filter((m) => !isVisitor(m) && clusterOf.has(m)));
  const byId = new Map(first.participants.map((p) => [p.entity, p]));
  const date = spansDays(text.slice(lead.leadSpan.start, lead.leadSpan.end)) ? null : first.date;
  const kind = called.courtesy ? 'courtesy_call' : first.kind;
  return called.people.flatMap((m, i) => {
    const own = byId.get(clusterOf.get(m)!.id);
    if (!own) return [];
    return [{ ...first, id: `${docId}:m${i + 1}`, kind, date, start: null, end: null, durationMinutes: null, timeNote: null, participants: [...visitors, own] }];
  });
}

/**
 * Each statement's meeting when a lead's clauses made several: the one of its section when the page gives
 * each talk a section headed by whom it was with (「1 トブゲー首相表敬」「2 ドルジ外務大臣との会談」: the
 * visitor's words under the second heading belong to the second talk, though the first counterpart spoke
 * last); elsewhere the one whose counterpart spoke last.
 */
export function meetingsBySpeaker(
  meetings: Meeting[], drafts: Array<{ speakers: string[]; start: number }>,
  sections: Section[], text: string, persons: PersonMention[], clusterOf: Map<PersonMention, PersonCluster>,
): Meeting[] {
  const bySection = sectionTalks(meetings, sections, text, persons, clusterOf);
  let current = meetings[0]!;
  return drafts.map((d) => {
    const headed = bySection.find(({ section }) => section.start <= d.start && d.start < section.end)?.meeting;
    if (headed) return (current = headed);
    const spoke = meetings.find((m) => m.participants.some((p) => p.role === 'principal' && p.country !== 'JPN' && d.speakers.includes(p.entity)));
    if (spoke) current = spoke;
    return current;
  });
}

/**
 * Sections whose heading names a talk with the counterpart of exactly one of the meetings, by name
 * (「2 ドルジ外務大臣との会談」) or by the pair of countries at its table (「2.日伊首脳会談(5月2日)」).
 */
export function sectionTalks(
  meetings: Meeting[], sections: Section[], text: string, persons: PersonMention[], clusterOf: Map<PersonMention, PersonCluster>,
): Array<{ section: Section; meeting: Meeting }> {
  return sections.flatMap((section) => {
    const span = headingSpan(text, section);
    if (!span || !TALK_HEADING.test(section.heading.trim())) return [];
    const named = new Set(persons.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => clusterOf.get(m)?.id));
    const foreign = (m: Meeting) => m.participants.filter((p) => p.role === 'principal' && p.country !== 'JPN');
    const with_ = meetings.filter((m) => foreign(m).some((p) => named.has(p.entity)));
    if (with_.length === 1) return [{ section, meeting: with_[0]! }];
    const paired = countriesInMeetingName(section.heading).filter((iso3) => iso3 !== 'JPN');
    const at = paired.length === 1 ? meetings.filter((m) => foreign(m).some((p) => p.country === paired[0])) : meetings;
    if (paired.length === 1 && at.length === 1) return [{ section, meeting: at[0]! }];
    // 「2 日・チリ外相会談」 after a call on the same country's president: the kind the heading names tells
    // which of its talks it is.
    const kind = classifyKind(section.heading, '');
    const ofKind = kind === 'other' ? [] : at.filter((m) => m.kind === kind);
    return ofKind.length === 1 ? [{ section, meeting: ofKind[0]! }] : [];
  });
}
