// A trip report whose lead met no one (「…はチリ及びペルーを訪問しました」) and whose sections are the countries
// visited, each talk told by a paragraph that opens like a lead: 「(1) 14日、山田大臣は、A外務大臣と外相会談を
// 行いました。…」. Each such paragraph is a meeting of its own, holding the statements down to the next one.
// A report with no lead of its own (「1 チリ (1) 14日、山田大臣は、…と会談」 right under the title) was framed
// from its first such paragraph: that lead met someone, and is the first of the trip's talks.
import type { Meeting, Span } from '../types.js';
import type { Paragraph, Section } from '../parse/sections.js';
import { isDatedLeadLine, SHORT_TALK } from '../parse/lead.js';
import { countryByIso3 } from '../lexicon/index.js';
import { type SectionMeeting, seatVisitors, visitorsOf } from './section-meetings.js';

const MAX_TALKS = 40;

/** 「同日、…を表敬しました」: on the day of the talk before it. */
const SAME_DAY = /^\s*同日[、,]/u;

/**
 * An item that tells of other talks as an aside (「なお、両外相は、9月6日に…で会談を行うことで一致した」) or
 * between the same pair (両外相は…): no talk of its own.
 */
const ASIDE = /^\s*(?:なお[、,]|[^、。]{0,12}両(?:首脳|外相|大臣|者)は)/u;

/** Words of talks held in the paragraph's first sentence. */
const TALKS = /(?:表敬|会談|会見|懇談|会食|夕食会|昼食会|晩餐会|ワーキング・ランチ|ワーキング・ディナー)(?:を行|し|した|しました|を実施)/u;

/**
 * The meetings of the body's lead-like paragraphs, or [] unless the lead met no one and at least two such
 * paragraphs meet different people. `frameLead` frames a paragraph's first sentence as the page's lead is.
 */
export function paragraphMeetings(
  docId: string, text: string, paragraphs: Paragraph[], sections: Section[], first: Meeting,
  frameLead: (lead: Span, heading: string, where?: string[]) => Meeting,
  /** The place or country named inside a span (a section's heading), for talks held in the country it names. */
  placeIn: (span: Span) => Meeting['location'],
  /** Where the page's lead starts: a lead that met someone must be one of the paragraphs. */
  leadStart = -1,
): SectionMeeting[] {
  const { visitors, visitorIds } = visitorsOf(first);
  if (visitors.length === 0) return [];
  const talks = paragraphs.flatMap((paragraph) => {
    const stop = text.indexOf('。', paragraph.contentStart);
    const sentence = { start: paragraph.contentStart, end: stop > 0 && stop < paragraph.end ? stop + 1 : paragraph.end };
    const words = text.slice(sentence.start, sentence.end);
    const sameDay = SAME_DAY.test(words);
    return TALKS.test(words) && (isDatedLeadLine(words, SHORT_TALK) || sameDay) ? [{ paragraph, sentence, sameDay }] : [];
  });
  // Framing a paragraph may add the people its titles name to the page's entities: none is framed unless
  // the page can be such a report.
  const leadMet = first.participants.some((p) => p.role === 'principal' && p.country !== 'JPN');
  const leadIsTalk = talks.some(({ paragraph, sentence }) => paragraph.start <= leadStart && leadStart < sentence.end);
  // A lead that met someone, followed by paragraphs that open like it (「1 14日、山田大臣は、A外相と会談を行いました。」
  // 「2 同日、山田大臣は、B大統領を表敬しました。」), reports the first of the page's talks itself.
  const leadFirst = leadMet && !leadIsTalk;
  const found: Array<{ start: number; meeting: Meeting }> = leadFirst ? [{ start: leadStart, meeting: first }] : [];
  for (const { paragraph, sentence, sameDay } of talks) {
    if (leadFirst && (paragraph.start < leadStart || ASIDE.test(text.slice(sentence.start, sentence.end)))) continue;
    // Under a section named by the country visited (「1 チリ」), the talk was held there, and a counterpart the
    // paragraph gives no country is of that country, not of another stop of the trip.
    const section = sections.find((s) => s.start <= paragraph.start && paragraph.start < s.end);
    const heading = section ? text.indexOf(section.heading, section.start) : -1;
    const named = section && heading >= 0 ? placeIn({ start: heading, end: heading + section.heading.length }) : null;
    const sectionCountry = named && countryByIso3(named.id) ? [named.id] : undefined;
    const framed = frameLead(sentence, '', sectionCountry);
    const participants = seatVisitors(framed, visitors, visitorIds);
    if (!participants.some((p) => p.role === 'principal' && !visitorIds.has(p.entity))) continue;
    // Talks told after the lead's and dated before it (「19日には、B大統領とも電話で会談し」) are what led up to it.
    if (leadFirst && framed.date && first.date && framed.date < first.date) continue;
    const where = framed.location ?? named;
    const previous = found[found.length - 1]?.meeting.date ?? null;
    const date = sameDay && previous ? previous : framed.date ?? previous;
    found.push({ start: paragraph.start, meeting: { ...framed, date, location: where, participants } });
    // A trip has a handful of talks; a page of hundreds of lead-like paragraphs is something else, and framing
    // each would cost time in proportion to the page twice over.
    if (found.length > MAX_TALKS) return [];
  }
  const counterparts = new Set(found.map(({ meeting }) => meeting.participants.filter((p) => !visitorIds.has(p.entity)).map((p) => p.entity).join('+')));
  if (found.length < 2 || counterparts.size < 2) return [];
  return found.map(({ start, meeting }, i) => ({
    section: { start, end: found[i + 1]?.start ?? text.length, number: i + 1, heading: '' },
    meeting: { ...meeting, id: `${docId}:m${i + 1}`, date: meeting.date ?? first.date },
  }));
}
