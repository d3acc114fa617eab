// Reports of a visit that met several people give each talk a numbered section of its own, headed by
// whom it was with: 「1 アルファ首相表敬」「2 ベータ外務大臣との会談」「3 ガンマ大統領主催夕食会」. Each such
// section is a meeting: the visitors of the lead and the people its heading names, on the heading's date
// (「(24日)」) or the lead's, and the section's statements belong to it.
import type { Meeting, Participant, Span } from '../types.js';
import type { Section } from '../parse/sections.js';
import { completeDate, findFirstDate, type PartialDate } from '../parse/dates.js';
import { isDatedLeadLine, kindOf, SHORT_TALK } from '../parse/lead.js';
import type { PersonMention } from '../extract/persons.js';
import type { PersonCluster } from '../resolve/people.js';
import { isInternationalHead } from './meeting-gaps.js';
import { kindFromWhoMet } from './lead-frame.js';

/** A heading that names a talk: the words of a meeting at its end (表敬, との会談, 主催夕食会). */
export const TALK_HEADING = /(?:表敬|会談|電話会談|会食|夕食会|昼食会|晩餐会|朝食会|懇談|ワーキング・ランチ|ワーキング・ディナー)(?:[(（][^()（）]{0,20}[)）])?$/u;

export interface SectionMeeting {
  section: Section;
  meeting: Meeting;
}

/** The Japanese principals of the lead's meeting, who sit at every talk a report lists, and their ids. */
export function visitorsOf(first: Meeting): { visitors: Participant[]; visitorIds: Set<string> } {
  const visitors = first.participants.filter((p) => p.role === 'principal' && p.country === 'JPN');
  return { visitors, visitorIds: new Set(visitors.map((p) => p.entity)) };
}

/**
 * A talk framed from its own lead line, with the page's visitors for Japan: the line may name the visitor
 * by a title alone (河野大臣は), which framed him apart.
 */
export function seatVisitors(framed: Meeting, visitors: Participant[], visitorIds: Set<string>): Participant[] {
  return [...visitors, ...framed.participants.filter((p) => !visitorIds.has(p.entity) && !(p.role === 'principal' && p.country === 'JPN'))];
}

/** The day a section's heading gives (「1 アルファ大統領表敬(2日)」), completed from the page's header date. */
function headingDate(heading: string, header: PartialDate | null): string | null {
  const day = findFirstDate(heading);
  return day ? completeDate(day, header as { year: number; month: number; day: number } | null) : null;
}

export function headingSpan(text: string, section: Section): Span | null {
  const at = text.indexOf(section.heading, section.start);
  return at < 0 ? null : { start: at, end: at + section.heading.length };
}

/**
 * One meeting per section whose heading names a talk with someone not among the visitors; none unless at
 * least two sections do (a single one is the lead's meeting, told under a heading). `first` is the lead's
 * meeting: a section with its counterpart keeps it, with the lead's time and place.
 */
/** The first line of a section below its heading that reads like a lead (「5日、午前11時から、X大臣は、…を表敬」). */
function sectionLead(text: string, section: Section, heading: Span): Span | null {
  let at = text.indexOf('\n', heading.end) + 1;
  while (at > 0 && at < section.end) {
    const end = text.indexOf('\n', at);
    const lineEnd = end < 0 || end > section.end ? section.end : end;
    const line = text.slice(at, lineEnd);
    if (line.trim() !== '') return isDatedLeadLine(line, SHORT_TALK) ? { start: at + (line.length - line.trimStart().length), end: at + line.trimEnd().length } : null;
    at = lineEnd + 1;
  }
  return null;
}

/** What a section's own lead line says of a talk the page's lead reports too (its people stay the lead's). */
function toldAgain(framed: Meeting): Partial<Meeting> {
  const told: Partial<Meeting> = { kind: framed.kind };
  for (const key of ['date', 'start', 'end', 'durationMinutes', 'timeNote', 'location'] as const) {
    if (framed[key] !== null) Object.assign(told, { [key]: framed[key] });
  }
  return told;
}

export function sectionMeetings(
  docId: string, text: string, sections: Section[], first: Meeting,
  persons: PersonMention[], clusterOf: Map<PersonMention, PersonCluster>, header: PartialDate | null,
  /** The meeting a section's own lead line reports, framed like the page's lead. */
  frameLead: (lead: Span, heading: string) => Meeting,
  /** Where the lead's trip went (チリを訪問中の): the side of counterparts nothing else places. */
  tripCountries: string[] = [],
): SectionMeeting[] {
  const { visitors, visitorIds } = visitorsOf(first);
  if (visitors.length === 0) return [];
  const leadMetNoOne = first.participants.every((p) => visitorIds.has(p.entity));
  const found: Array<{ section: Section; counterparts: PersonCluster[]; mentions: PersonMention[]; heading: string; span: Span; framed: Meeting | null }> = [];
  for (const section of sections) {
    const heading = section.heading.trim();
    const span = headingSpan(text, section);
    if (!span) continue;
    const mentions = persons.filter((m) => m.start >= span.start && m.end <= span.end && clusterOf.has(m) && !visitorIds.has(clusterOf.get(m)!.id));
    // A lead that talked with several people without naming them (「各国首脳と懇談を行った」) may head each
    // talk's section with the person alone (「1 ジャン・デュポン・フランス首相」).
    const personOnly = leadMetNoOne && mentions.length > 0 && mentions.some((m) => text.slice(m.start, m.end) === heading);
    if (!TALK_HEADING.test(heading) && !personOnly) continue;
    const lead = sectionLead(text, section, span);
    const framed = lead ? frameLead(lead, heading) : null;
    const counterparts = [...new Map(mentions.map((m) => clusterOf.get(m)!).map((c) => [c.id, c])).values()];
    const framedCounterparts = framed?.participants.filter((p) => p.role === 'principal' && !visitorIds.has(p.entity)) ?? [];
    if (counterparts.length > 0 || framedCounterparts.length > 0) found.push({ section, counterparts, mentions, heading, span, framed });
  }
  const counterpartKey = (f: (typeof found)[number]) =>
    (f.framed ? f.framed.participants.filter((p) => p.role === 'principal' && !visitorIds.has(p.entity)).map((p) => p.entity) : f.counterparts.map((c) => c.id)).join('+');
  const leadCounterparts = new Set(first.participants.filter((p) => !visitorIds.has(p.entity)).map((p) => p.entity));
  // One talk under a heading is the lead's meeting, told there; unless the lead (「…を訪問したところ」)
  // met no one, when the section's talk is the page's meeting.
  if (new Set(found.map(counterpartKey)).size < (leadCounterparts.size === 0 ? 1 : 2)) return [];
  // Who met whom types a talk: the visitor's title counts as much as the counterpart's (政務官 and 大統領).
  const visitorTitled = persons.find((m) => m.title && clusterOf.has(m) && visitorIds.has(clusterOf.get(m)!.id));
  let leadUsed = false;
  const meetings = found.map(({ section, counterparts, mentions, heading, span, framed }, i) => {
    const id = `${docId}:m${i + 1}`;
    const ids = counterpartKey(found[i]!).split('+');
    if (!leadUsed && ids.every((c) => leadCounterparts.has(c))) {
      leadUsed = true;
      // A lead that named several counterparts (「…大統領への表敬、…国務大臣との会談等を行った」) sat each at the
      // talk whose section names him: the others of the lead are not at this one.
      const participants = first.participants.filter((p) => p.role !== 'principal' || visitorIds.has(p.entity) || ids.includes(p.entity));
      // The day the heading gives (「1 アルファ大統領表敬(2日)」) is this talk's; the lead's may be the trip's first.
      const date = headingDate(heading, header) ?? first.date;
      // The lead's talk, told again in the section's own lead line (「5日午前9時から、X大臣は、Y外相と外相会談を
      // 行いました」): that line's day, time and kind are this talk's, where the lead's may be the trip's.
      return { section, meeting: { ...first, id, date, participants, ...(framed ? toldAgain(framed) : {}) } };
    }
    if (framed) {
      return { section, meeting: { ...framed, id, participants: seatVisitors(framed, visitors, visitorIds) } };
    }
    const date = headingDate(heading, header) ?? first.date;
    const participants: Participant[] = [
      ...visitors,
      ...counterparts.map((c) => ({ entity: c.id, role: 'principal' as const, title: c.titles[0] ?? null, country: isInternationalHead(c.titles[0] ?? null) ? null : c.country })),
    ];
    const meeting: Meeting = {
      id, kind: kindFromWhoMet(kindOf(heading) ?? 'other', visitorTitled ? [visitorTitled, ...mentions] : mentions, heading), date,
      start: null, end: null, durationMinutes: null, timeNote: null, location: null, occasion: null, participants,
    };
    return { section, meeting };
  });
  // A lead that reports talks with someone no section heads is its own meeting: leave the page as one.
  if (!leadUsed && leadCounterparts.size > 0) return [];
  return onTheTripsCountry(meetings, tripCountries);
}

/**
 * A trip to one country (フィジー共和国を訪問: its prime minister, then its foreign minister, then its
 * attorney general): a counterpart a section names without a country sits for the one foreign country
 * every other talk of the trip was with, or, when no talk names one, the one the lead says the trip went
 * to. A trip to several countries leaves him without one.
 */
function onTheTripsCountry(meetings: SectionMeeting[], tripCountries: string[]): SectionMeeting[] {
  const named = new Set(meetings.flatMap(({ meeting }) => meeting.participants)
    .filter((p) => p.role === 'principal' && p.country && p.country !== 'JPN').map((p) => p.country!));
  const foreign = named.size > 0 ? named : new Set(tripCountries);
  if (foreign.size !== 1) return meetings;
  const [country] = [...foreign];
  return meetings.map(({ section, meeting }) => ({
    section,
    meeting: {
      ...meeting,
      participants: meeting.participants.map((p) =>
        p.role === 'principal' && p.country === null && !isInternationalHead(p.title) ? { ...p, country: country! } : p),
    },
  }));
}
