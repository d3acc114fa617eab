// The meeting a lead sentence reports: date, time, place, occasion, kind, principals, attendees.
import { completeDate, findFirstDate, type PartialDate } from '../parse/dates.js';
import { classifyKind, findOccasion, findPlace, type PhraseMatch } from '../parse/lead.js';
import { maskJapanTime, parseMeetingTime, type MeetingTime } from '../parse/times.js';
import { findAttendancePassages, splitSides, type SideSegment } from '../parse/attendees.js';
import type { MeetingKind, Span } from '../types.js';
import type { PersonMention } from './persons.js';
import { inside } from './mention.js';
import { countryByAbbreviation, findCountry } from '../lexicon/index.js';

export interface MeetingFrame extends MeetingTime {
  date: string | null;
  kind: MeetingKind;
  place: PhraseMatch | null;
  occasion: PhraseMatch | null;
  /** Person mentions naming the heads of the talks, in order. */
  principals: PersonMention[];
  /** The lead sentence the frame was read from. */
  leadSpan: Span;
  /** Person mentions of attendees with their side (ISO3, SELF, OTHER or UNKNOWN). */
  attendees: Array<{ mention: PersonMention; side: string }>;
}

function englishParens(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const region = text.slice(span.start, span.end);
  for (const m of region.matchAll(/[(（][^()（）]*[A-Za-z]{3,}[^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）]/gu)) {
    out.push({ start: span.start + (m.index ?? 0), end: span.start + (m.index ?? 0) + m[0].length });
  }
  return out;
}

function isPrincipalCandidate(text: string, m: PersonMention, excluded: Span[]): boolean {
  if (excluded.some((e) => inside(m, e))) return false;
  if (text[m.start - 1] === '故') return false;
  // A bare title (総理 in 総理の訪露) in the lead is not a principal unless nothing else is.
  return m.name !== '' || m.anaphoric === false;
}

function attendeesIn(text: string, persons: PersonMention[], segments: SideSegment[]) {
  const out: Array<{ mention: PersonMention; side: string }> = [];
  for (const segment of segments) {
    for (const mention of persons) if (inside(mention, segment) && mention.name !== '') out.push({ mention, side: segment.side });
  }
  void text;
  return out;
}

/** The lead, plus the line after it when that line is the attendee list: (当方:…、先方:…同席。). */
function withAttendeeLine(text: string, lead: Span): Span {
  let nextStart = text.indexOf('\n', lead.end - 1) + 1;
  if (nextStart <= 0) return lead;
  while (text[nextStart] === '\n') nextStart++;
  const nextEnd = text.indexOf('\n', nextStart);
  const next = text.slice(nextStart, nextEnd < 0 ? text.length : nextEnd);
  return /^\s*[(（].*(同席|当方|先方|側)/u.test(next) ? { start: lead.start, end: nextStart + next.length } : lead;
}

/** Countries a meeting name puts at the table: 日露首脳会談 → JPN, RUS; 日・ケニア首脳会談 → JPN, KEN. */
export function countriesInMeetingName(name: string): string[] {
  const m = /([日米露ロ中韓朝英仏独伊加豪印墨越比泰星尼伯蘭西葡土・]{2,}|日・?[\u30A1-\u30FA\u30FC]+)(?:首脳|外相|電話|首相)/u.exec(name);
  if (!m) return [];
  const run = m[1] ?? '';
  const katakana = /^日・?([\u30A1-\u30FA\u30FC]+)$/u.exec(run);
  if (katakana) return ['JPN', findCountry(katakana[1] ?? '')?.iso3].filter((x): x is string => !!x);
  return [...run].filter((c) => c !== '・').map((c) => countryByAbbreviation(c)?.iso3).filter((x): x is string => !!x);
}

export function frameMeeting(
  text: string,
  title: string,
  lead: Span,
  headerDate: PartialDate | null,
  persons: PersonMention[],
): MeetingFrame {
  const leadText = maskJapanTime(text.slice(lead.start, lead.end));
  const firstDate = findFirstDate(leadText);
  const date = firstDate ? completeDate(firstDate, headerDate as { year: number; month: number; day: number } | null) : null;
  const time = parseMeetingTime(leadText);
  const occasionEarly = findOccasion(leadText, lead.start);
  const kind = classifyKind(title, leadText, occasionEarly?.text ?? null);
  const passages = findAttendancePassages(text, withAttendeeLine(text, lead));
  const segments = passages.flatMap((p) => splitSides(text, p));
  const attendees = attendeesIn(text, persons, segments);
  const excluded = [...passages, ...englishParens(text, lead)];
  const place = kind === 'telephone' ? null : findPlace(leadText, lead.start);
  const occasion = findOccasion(leadText, lead.start);
  if (occasion) excluded.push(occasion);
  const inLead = persons.filter((m) => inside(m, lead) && isPrincipalCandidate(text, m, excluded));
  const named = inLead.filter((m) => m.name !== '');
  return { ...time, date, kind, place, occasion, principals: named.length > 0 ? named : inLead, attendees, leadSpan: lead };
}
