// The meetings of one document: the one its lead sentence reports (participants, place, occasion,
// implied principals), or, for a trip report, one per talk it lists.
import type { Meeting, Participant, Span } from '../types.js';
import { completeDate, type PartialDate } from '../parse/dates.js';
import { findAgenda } from '../parse/agenda.js';
import { kindOf } from '../parse/lead.js';
import type { PersonMention } from '../extract/persons.js';
import { inside } from '../extract/mention.js';
import type { MeetingFrame } from './lead-frame.js';
import { isInternationalHead } from './meeting-gaps.js';
import { countriesInMeetingName, countryInEnglishParen, dominantPair, englishParens, foreignSideClues, parenAfter } from './side-clues.js';
import { impliedPrincipals, impliedRank } from '../resolve/principals.js';
import { holdsForeignOffice, type PersonCluster } from '../resolve/people.js';
import { idName, type EntityTable } from '../resolve/entities.js';


function sideOf(cluster: PersonCluster, title: string | null): string | null {
  return isInternationalHead(title) ? null : cluster.country;
}

/** A name written in katakana or Latin letters: never a Japanese one. */
const FOREIGN_SCRIPT = /[\u30A1-\u30FA]|[A-Za-z]/u;

/** A person the page shows is not Japan's: a name in katakana or Latin letters, or an office Japan does not have. */
export function readsForeign(cluster: PersonCluster): boolean {
  return [...cluster.names].some((n) => FOREIGN_SCRIPT.test(n)) || cluster.mentions.some((m) => holdsForeignOffice(m.title));
}

/**
 * A principal written without a country: the English parenthesis after the name says it; else a name
 * in katakana or Latin letters (never Japanese), or one in kanji holding an office Japan does not have
 * (金大統領, 李国務院総理), takes the one foreign country the page points to.
 */
function clueCountry(text: string, m: PersonMention, parens: Span[], clues: string[]): string | null {
  const paren = parenAfter(text, m.end, parens);
  const english = paren ? countryInEnglishParen(text.slice(paren.start, paren.end)) : null;
  if (english) return english;
  if (!FOREIGN_SCRIPT.test(m.name) && !holdsForeignOffice(m.title)) return null;
  return clues.length === 1 ? clues[0]! : null;
}

/**
 * Japan's ministry reports Japan's talks: of two principals, one foreign and one with no country whose
 * name is in kanji and whose office Japan has (真鍋大臣 with the British foreign secretary), the second is
 * Japan's.
 */
function japanAsTheOtherSide(participants: Participant[], clusterOf: Map<PersonMention, PersonCluster>, table: EntityTable): void {
  if (participants.length !== 2 || participants.some((p) => p.country === 'JPN')) return;
  const open = participants.find((p) => p.country === null);
  if (!open || !participants.some((p) => p.country !== null)) return;
  const cluster = [...clusterOf.values()].find((c) => c.id === open.entity);
  if (!cluster || readsForeign(cluster)) return;
  seat(open, cluster, table, 'JPN');
}

/**
 * The mirror of japanAsTheOtherSide: of two principals, one Japan's and one with no country (a kanji name with an
 * office Japan has too, 金委員長), the second is of the one foreign country the page points to (日朝首脳会談). Not
 * the head of an international body, who sits for none.
 */
function foreignAsTheOtherSide(participants: Participant[], clusterOf: Map<PersonMention, PersonCluster>, table: EntityTable, clues: string[]): void {
  if (participants.length !== 2 || clues.length !== 1 || !participants.some((p) => p.country === 'JPN')) return;
  const open = participants.find((p) => p.country === null);
  const cluster = open && [...clusterOf.values()].find((c) => c.id === open.entity);
  if (!open || !cluster || sitsForNoCountry(open.title, cluster)) return;
  seat(open, cluster, table, clues[0]!);
}

/** Principals the page gives no country, placed by the other principal's side (the two rules above). */
export function otherSides(participants: Participant[], clusterOf: Map<PersonMention, PersonCluster>, table: EntityTable, clues: string[]): void {
  japanAsTheOtherSide(participants, clusterOf, table);
  foreignAsTheOtherSide(participants, clusterOf, table, clues);
}

/** The head of an international body (a secretary-general, a director general) sits for no country. */
export function sitsForNoCountry(title: string | null, cluster: PersonCluster): boolean {
  return isInternationalHead(title) || cluster.mentions.some((m) => m.ofInternationalBody);
}

/** Gives a participant, his person and its entity the country of the side he sits on. */
export function seat(participant: Participant, cluster: PersonCluster, table: EntityTable, iso3: string): void {
  participant.country = iso3;
  cluster.country = iso3;
  const entity = table.get(cluster.id);
  if (entity) entity.country ??= iso3;
}

/** The separate talks a trip report lists after its lead (see parse/agenda.ts). */
export function agendaMeetings(
  docId: string, text: string, frame: MeetingFrame, first: Meeting,
  persons: PersonMention[], clusterOf: Map<PersonMention, PersonCluster>, header: PartialDate | null,
): Meeting[] {
  let end = frame.leadSpan.end;
  for (let i = 0; i < 3 && end < text.length; i++) end = (text.indexOf('\n', end + 1) + 1 || text.length + 1) - 1;
  const items = findAgenda(text, { start: frame.leadSpan.start, end });
  const travellers = first.participants.filter((p) => p.role === 'principal' && p.country === 'JPN');
  return items.map((item, i) => {
    const named = persons.filter((m) => inside(m, item.people) && clusterOf.has(m)).map((m) => clusterOf.get(m)!);
    const counterparts = [...new Map(named.map((c) => [c.id, c])).values()];
    // 「日伊首脳会談(ロッシ首相)」: the one foreign country the talk's name pairs with Japan is the side of a
    // counterpart the page gives no other (a name in katakana or Latin, or an office Japan does not have).
    const paired = countriesInMeetingName(item.name).filter((iso3) => iso3 !== 'JPN');
    const sideIn = (c: PersonCluster): string | null => {
      const title = c.titles[0] ?? null;
      const own = sideOf(c, title);
      if (own || isInternationalHead(title) || paired.length !== 1 || !readsForeign(c)) return own;
      c.country = paired[0]!;
      return c.country;
    };
    return {
      id: `${docId}:m${i + 1}`, kind: kindOf(item.name) ?? 'summit',
      date: completeDate({ year: null, month: item.month, day: item.day, start: item.start, end: item.end }, header as { year: number; month: number; day: number } | null),
      start: null, end: null, durationMinutes: null, timeNote: null, location: null, occasion: null,
      participants: [
        ...travellers,
        ...counterparts.map((c) => ({ entity: c.id, role: 'principal' as const, title: c.titles[0] ?? null, country: sideIn(c) })),
      ],
    };
  });
}

/**
 * @param tripCountries where the page's trip went (its lead's visit): the side of a counterpart when the
 *   page and the section give no other clue
 */
export function buildMeeting(
  docId: string, frame: MeetingFrame, clusterOf: Map<PersonMention, PersonCluster>, table: EntityTable, text: string, title: string,
  headerIso: string | null, backLinks: string[] = [], tripCountries: string[] = [],
): Meeting {
  const participants: Participant[] = [];
  const seen = new Set<string>();
  const parens = englishParens(text, frame.leadSpan);
  const found = foreignSideClues(text, title, frame.leadSpan, backLinks);
  // Last, the country the page pairs with Japan most (日中関係, 日中間): a bilateral report's other side.
  const clues = found.length > 0 ? found : tripCountries.length > 0 ? tripCountries : dominantPair(text).filter((c) => c !== 'JPN');
  for (const m of frame.principals) {
    const c = clusterOf.get(m);
    if (!c || seen.has(c.id)) continue;
    seen.add(c.id);
    const written = m.title?.text ?? null;
    let country = sideOf(c, written);
    if (!country && !isInternationalHead(written) && !m.ofInternationalBody) {
      country = clueCountry(text, m, parens, clues);
      if (country) {
        c.country = country;
        const entity = table.get(c.id);
        if (entity) entity.country ??= country;
      }
    }
    participants.push({ entity: c.id, role: 'principal', title: written, country });
  }
  otherSides(participants, clusterOf, table, clues);
  if (participants.length < 2) {
    const named = countriesInMeetingName(`${title}\n${text.slice(frame.leadSpan.start, frame.leadSpan.end)}`);
    const countries = named.length > 0 ? named : dominantPair(text);
    // The named principals' offices, as their mentions read them (アジア大洋州局長: official).
    const rank = impliedRank(frame.principals.filter((m) => clusterOf.has(m)).map((m) => m.title?.role), frame.kind);
    for (const p of impliedPrincipals(countries, participants.map((x) => x.country), rank, frame.date ?? headerIso)) {
      table.add(p.id, 'Person', p.name, p.country, null);
      participants.push({ entity: p.id, role: 'principal', title: p.title, country: p.country });
      seen.add(p.id);
    }
  }
  const foreign = participants.find((p) => p.country && p.country !== 'JPN')?.country ?? null;
  for (const { mention, side } of frame.attendees) {
    const c = clusterOf.get(mention);
    if (!c || seen.has(c.id)) continue;
    seen.add(c.id);
    const country = side === 'SELF' ? 'JPN' : side === 'OTHER' ? foreign : side === 'UNKNOWN' ? (c.country ?? foreign)
      : side === 'WITH' ? (c.country ?? participants[0]?.country ?? null) : side;
    c.country ??= country;
    const entity = table.get(c.id);
    if (entity) entity.country ??= country;
    participants.push({ entity: c.id, role: 'delegation', title: mention.title?.text ?? null, country });
  }
  const ref = (span: { start: number; end: number; text: string } | null, type: 'Location' | 'Event') => {
    if (!span) return null;
    // 「…大統領の就任式典に参加するため同国を訪問」: 同国 is the country the lead named last; 同地 and 当地 (the place
    // just named, the place the writer is at) the place or country it named last, or none: they are no names.
    if (type === 'Location' && /^(?:同国|同地|当地|現地)$/u.test(span.text)) {
      const named = table.lastInside(frame.leadSpan.start, span.start, span.text === '同国' ? ['Country'] : ['Location', 'Country']);
      return named ? { id: named.id, name: named.text } : null;
    }
    const exact = table.idAt(span.start, span.end);
    if (exact) return { id: exact, name: span.text };
    // 「安倍元総理の国葬儀に参列するため」: the phrase stops at の, but the page names the event whole (whose funeral;
    // 「…大統領(H.E. Mr. …)の就任式典」 with the owner's English name, which the event's name leaves out).
    const whole = type === 'Event' ? table.longestEndingAt(span.end, span.start, 'Event') : null;
    if (whole) return whole;
    // ベトナム・ハノイ, 中国・成都: the named place inside the phrase is the meeting's place; in
    // 大統領公邸 the words before 公邸 are part of the place's name, not another place.
    const inner = type === 'Location' ? table.lastInside(span.start, span.end, ['Location', 'Country']) : null;
    const before = inner ? text.slice(span.start, inner.start) : '';
    // 日本大使公邸 is the ambassador's residence, not the prime minister's (公邸) in Tokyo: after an envoy's office the
    // known place's name is a word of another building's.
    const ofEnvoy = /(?:大使|総領事|領事)$/u.test(before);
    if (inner && !ofEnvoy && (before === '' || before.endsWith('・') || table.lastInside(span.start, inner.start, ['Location', 'Country']))) return { id: inner.id, name: inner.text };
    // Written the same elsewhere on the page (ニュー・ヨーク on its venue line, the gazetteer's ニューヨーク): that one.
    const same = table.list().find((e) => e.type === type && e.mentions.some((m) => m.text === span.text));
    const id = same?.id ?? `${type.toLowerCase()}:${idName(type, span.text)}`;
    if (type === 'Location') table.dropPlaceTail(span.start, span.end);
    else table.dropEventTail(span.start, span.end);
    table.add(id, type, span.text, null, { text: text.slice(span.start, span.end), start: span.start, end: span.end });
    // The name as written in this document (APEC首脳会合), even when the lexicon's canonical differs.
    return { id, name: span.text };
  };
  return {
    id: `${docId}:m1`, kind: frame.kind, date: frame.date, start: frame.start, end: frame.end,
    durationMinutes: frame.durationMinutes, timeNote: frame.timeNote,
    location: ref(frame.place, 'Location'), occasion: ref(frame.occasion, 'Event'), participants,
  };
}
