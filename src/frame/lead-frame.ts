// The meeting a lead sentence reports: date, time, place, occasion, kind, principals, attendees.
import { completeDate, findFirstDate, type PartialDate } from '../parse/dates.js';
import { classifyKind, findOccasion, findOccasionInTitle, findPlace, findPurposeOccasion, opensFactBlock, type PhraseMatch } from '../parse/lead.js';
import { maskJapanTime, parseMeetingTime, type MeetingTime } from '../parse/times.js';
import { findAttendanceBlock, findAttendancePassages, splitSides, type SideSegment } from '../parse/attendees.js';
import type { MeetingKind, Span } from '../types.js';
import type { PersonMention } from '../extract/persons.js';
import { inside } from '../extract/mention.js';
import { countryByAbbreviation, findCountry } from '../lexicon/index.js';
import { englishParens } from './side-clues.js';

export interface MeetingFrame extends MeetingTime {
  date: string | null;
  kind: MeetingKind;
  place: PhraseMatch | null;
  occasion: PhraseMatch | null;
  /** Person mentions naming the heads of the talks, in order. */
  principals: PersonMention[];
  /** The lead sentence the frame was read from. */
  leadSpan: Span;
  /** Person mentions of attendees with their side (ISO3, SELF, OTHER, UNKNOWN, or WITH: the first principal's). */
  attendees: Array<{ mention: PersonMention; side: string }>;
}


/**
 * Someone the lead names as the source of the visit, not a person at the table: the host who invited
 * (Xの招待により), the sender of a letter or an envoy (Xの親書を手交, Xの特使として), the deceased (Xの国葬).
 */
const ABSENT_AFTER = /^(?:[(（][^)）\n]{0,80}[)）])?(?:閣下)?(?:の(?:招待|招き|招請|親書|書簡|メッセージ|特使|名代|代理|国葬|葬儀|逝去|弔問)|(?:逝去|死去|葬儀|合同葬|国葬))/u;

/**
 * 「…X大統領、Y内務大臣等列席の下、式典が行われた」: the guests a ceremony was held before are witnesses,
 * not the principals of a meeting. The clause from the previous comma-free stretch up to 列席の下.
 */
function witnessPassages(text: string, lead: Span): Span[] {
  const out: Span[] = [];
  const region = text.slice(lead.start, lead.end);
  for (const m of region.matchAll(/(?:列席|参列|臨席|出席|立会い|立ち会い)の(?:下|もと)/gu)) {
    const sentence = region.lastIndexOf('。', m.index) + 1;
    const venue = region.lastIndexOf('において', m.index);
    const clauseStart = Math.max(sentence, venue < 0 ? 0 : venue + 'において'.length);
    out.push({ start: lead.start + clauseStart, end: lead.start + m.index + m[0].length });
  }
  return out;
}

/**
 * 「A長官は、B議員及びC議員とともに、D大統領を表敬した」: those the subject came with sit on his side,
 * as his delegation. The clause between the subject's は and とともに.
 */
function companionPassages(text: string, lead: Span): Span[] {
  const region = text.slice(lead.start, lead.end);
  const out: Span[] = [];
  for (const m of region.matchAll(/は[、,]([^、,。]{1,120}(?:[、,][^、,。]{1,120}){0,4}?)とともに[、,]/gu)) {
    // A clause of its own (「…と会談し、C外相とともに」) ends in a verb's kana: no list of companions.
    if ((m[1] ?? '').split(/[、,]/u).some((chunk) => /[ぁ-ゖ]$/u.test(chunk))) continue;
    const start = lead.start + (m.index ?? 0) + 2;
    out.push({ start, end: start + (m[1] ?? '').length });
  }
  return out;
}

function isPrincipalCandidate(text: string, m: PersonMention, excluded: Span[]): boolean {
  if (excluded.some((e) => inside(m, e))) return false;
  if (text[m.start - 1] === '故') return false;
  if (ABSENT_AFTER.test(text.slice(m.end, m.end + 100))) return false;
  // A bare title (総理 in 総理の訪露) in the lead is not a principal unless nothing else is.
  return m.name !== '' || m.anaphoric === false;
}

function attendeesIn(persons: PersonMention[], segments: SideSegment[]) {
  const out: Array<{ mention: PersonMention; side: string }> = [];
  for (const segment of segments) {
    for (const mention of persons) if (inside(mention, segment) && mention.name !== '') out.push({ mention, side: segment.side });
  }
  return out;
}

/** The lead, plus the line after it when that line is the attendee list: (当方:…、先方:…同席。). */
function withAttendeeLine(text: string, lead: Span): Span {
  let nextStart = text.indexOf('\n', lead.end - 1) + 1;
  if (nextStart <= 0) return lead;
  while (text[nextStart] === '\n') nextStart++;
  const nextEnd = text.indexOf('\n', nextStart);
  const next = text.slice(nextStart, nextEnd < 0 ? text.length : nextEnd);
  return /^\s*[(（].*(同席|陪席|当方|先方|側)/u.test(next) ? { start: lead.start, end: nextStart + next.length } : lead;
}


/**
 * 「会談には、日本側から…が、ケニア側から…が同席しました。」: who sat in, said in a sentence of its own, also
 * as a note (「(参考)会談には…」「※会談には…」) and without the comma.
 */
const TALKS_ATTENDED = /^[\s\u3000]*(?:[0-9０-９]{1,2}[.．]?\s*|[(（][0-9０-９]{1,2}[)）]\s*)?(?:[(（〔【]参考[)）〕】]\s*|[※＊*]\s*)?(?:なお|また)?[、,]?(?:本|今回の|この|同)?(?:会談|会合|電話会談|表敬|会食|昼食会|夕食会|ワーキング・ランチ|ワーキング・ディナー)には[、,]?[^。]*(?:同席|陪席)(?:し(?:た|まし)|。)/u;

/**
 * The talks' attendees named in a sentence below the lead: the page reports who sat in after what was
 * said. Only a sentence that opens on the talks themselves (「会談には、」) counts, so that a mention of
 * someone attending something else is not taken.
 */
function laterAttendance(text: string, lead: Span): Span[] {
  const found: Span[] = [];
  let at = lead.end;
  for (const line of text.slice(lead.end).split('\n')) {
    let offset = 0;
    for (const sentence of line.split(/(?<=。)/u)) {
      if (TALKS_ATTENDED.test(sentence)) found.push({ start: at + offset, end: at + offset + sentence.length });
      offset += sentence.length;
    }
    at += line.length + 1;
  }
  return found;
}

/**
 * In a block of facts the 出席者 lines list each side, its head first (「日本側:上川外務大臣ほか」): the first
 * of each side is a principal, the rest that side's delegation.
 */
function factBlockPrincipals(leadText: string, attendees: MeetingFrame['attendees']): { principals: PersonMention[]; attendees: MeetingFrame['attendees'] } | null {
  if (!opensFactBlock(leadText) || attendees.length === 0) return null;
  const heads = new Map<string, MeetingFrame['attendees'][number]>();
  for (const a of attendees) if (!heads.has(a.side)) heads.set(a.side, a);
  if (heads.size < 2) return null;
  const chosen = new Set(heads.values());
  // The side line names the head's country when his own words do not (「ケニア側:アルファ…首席次官」).
  for (const a of chosen) if (!a.mention.country && /^[A-Z]{3}$/u.test(a.side)) a.mention.country = a.side;
  for (const a of chosen) if (!a.mention.country && a.side === 'SELF') a.mention.country = 'JPN';
  return { principals: [...chosen].map((a) => a.mention), attendees: attendees.filter((a) => !chosen.has(a)) };
}

function occasionInTitle(text: string, title: string): PhraseMatch | null {
  const inTitle = title ? findOccasionInTitle(title) : null;
  const at = inTitle ? text.indexOf(inTitle.text) : -1;
  return inTitle && at >= 0 ? { start: at, end: at + inTitle.text.length, text: inTitle.text } : null;
}

/**
 * Meetings named after their venue: 川奈首脳会談, クラスノヤルスク日露首脳会談. The venue is a whole word: the end
 * of a longer one (国連邦 of 日・アラブ首長国連邦首脳会談) is none.
 */
function venueInTitle(title: string, text: string): PhraseMatch | null {
  const m = /((?<![\u3400-\u9FFF])[\u3400-\u9FFF]{2,3}|(?<![\u30A1-\u30FA\u30FC])[\u30A1-\u30FA\u30FC]{3,})(?:[日米露ロ中韓英仏独伊加豪印]{2,3})?(?:首脳会談|首脳会合)/u.exec(title);
  const venue = m?.[1];
  // A title of two lines run together (「…合同葬に際する会談」「日豪首脳会談」) puts a word for talks where the venue stands.
  if (!venue || findCountry(venue) || [...venue].every((c) => countryByAbbreviation(c)) || /(?:会談|会議|会合|協議|対話|懇談|訪問|表敬)$/u.test(venue)) return null;
  const at = text.indexOf(venue);
  return at < 0 ? null : { start: at, end: at + venue.length, text: venue };
}


const HEAD_ROLES = new Set(['head_of_government', 'head_of_state', 'royal']);

/**
 * Plain 会談 says talks, not whose: talks without a head of state or government (a foreign minister's,
 * a vice-minister's, talks with the head of an international body) are not a summit. Only an explicit
 * 首脳 keeps a summit whoever is named.
 */
export function kindFromWhoMet(kind: MeetingKind, principals: PersonMention[], words: string): MeetingKind {
  if (kind !== 'summit' || /首脳/u.test(words)) return kind;
  const roles = principals.map((m) => m.title?.role).filter((role): role is NonNullable<typeof role> => role !== undefined);
  if (roles.length === 0) return kind;
  // A former head (橋本前総理, メイ元首相) holds talks, not a summit: a summit is between sitting heads.
  if (principals.some((m) => /^(?:前|元)/u.test(m.title?.text ?? ''))) return 'other';
  // A head of state or government and a minister (総理 and a foreign minister, a foreign minister and a
  // president): talks between unequal ranks are the genre's courtesy call, whatever the verb.
  if (roles.some((role) => HEAD_ROLES.has(role))) {
    return roles.some((role) => role === 'foreign_minister' || role === 'minister') ? 'courtesy_call' : kind;
  }
  // A foreign minister meeting a parliament's speaker or a member is no foreign ministers' talk.
  if (principals.some((m) => /議長|議員/u.test(m.title?.text ?? ''))) return 'other';
  // A vice-minister, a parliamentary vice-minister or a vice foreign minister at the table (外務副大臣,
  // 外務大臣政務官, 外務次官) holds other talks, whoever sits opposite.
  if (principals.some((m) => BELOW_MINISTER.test(m.title?.text ?? ''))) return 'other';
  return roles.includes('foreign_minister') || principals.some((m) => /外務|外相/u.test(m.title?.text ?? '')) ? 'foreign_ministers' : 'other';
}

/**
 * A call has no venue; the place it names is where the caller was (「Xを訪問中の山田大臣は、…と電話会談」). Where
 * 訪問中の qualifies the person called (「米国訪問中のY外相との間で電話会談」), that is no place of the meeting.
 */
function callerPlace(text: string, kind: MeetingKind, place: PhraseMatch | null, people: PersonMention[]): PhraseMatch | null {
  if (!place || (kind !== 'telephone' && kind !== 'video')) return place;
  const next = people.find((m) => m.start >= place.end);
  return next && /^\s*(?:\([^()]*\))?\s*(?:と|との)/u.test(text.slice(next.end, next.end + 400)) ? null : place;
}

/**
 * A multilateral meeting is held between its chair and the head the page reports on: 「議長であるX首相に続いて」,
 * 「X大統領(共同議長)」, 「議長国インドネシアのX大統領から」 name the chair wherever the page does, when the lead named
 * only one side.
 */
function withChair(text: string, kind: MeetingKind, principals: PersonMention[], persons: PersonMention[]): PersonMention[] {
  if (kind !== 'multilateral' || principals.length !== 1) return principals;
  const chair = persons.find((m) => m.name !== '' && m.name !== principals[0]!.name &&
    (/議長(?:である|の|:|：)\s*$|議長国[^、,。\s]{1,20}の$/u.test(text.slice(Math.max(0, m.start - 26), m.start)) || /^\s*[(（](?:共同)?議長[)）]/u.test(text.slice(m.end, m.end + 8))));
  return chair ? [...principals, chair] : principals;
}

const BELOW_MINISTER = /副大臣|政務官|次官|審議官|報道官|大使/u;

export function frameMeeting(
  text: string,
  title: string,
  lead: Span,
  headerDate: PartialDate | null,
  persons: PersonMention[],
): MeetingFrame {
  const leadText = maskJapanTime(text.slice(lead.start, lead.end));
  const firstDate = findFirstDate(leadText);
  const header = headerDate as { year: number; month: number; day: number } | null;
  // 「同日、」「本日、」 with no date of its own: the day the page is dated.
  const sameDay = !firstDate && /^[\s\u3000]*(?:同日|本日)/u.test(leadText) && header?.year && header.month && header.day && !headerDate?.monthOnly
    ? `${header.year}-${String(header.month).padStart(2, '0')}-${String(header.day).padStart(2, '0')}` : null;
  const date = firstDate ? completeDate(firstDate, header) : sameDay;
  const time = parseMeetingTime(leadText);
  const occasionEarly = findOccasion(leadText, lead.start);
  const kind = classifyKind(title, leadText, occasionEarly?.text ?? null);
  const passages = [...findAttendancePassages(text, withAttendeeLine(text, lead)), ...laterAttendance(text, lead)];
  // A 「【同席者】」 block a few lines below the lead (before the body's first heading), whose first side
  // line the lead's own attendee line may already have taken.
  const lineEnd = text.indexOf('\n', lead.start);
  const blockFrom = lineEnd >= 0 && lineEnd < lead.end ? lineEnd + 1 : lead.end;
  // A line of the block holds more than a passage inside it (「(先方同席者)」 alone, in brackets): it takes its place.
  for (const line of findAttendanceBlock(text, { start: blockFrom, end: Math.min(text.length, lead.end + 1500) })) {
    const overlapping = passages.filter((p) => p.start < line.end && line.start < p.end);
    if (!overlapping.every((p) => p.start >= line.start && p.end <= line.end)) continue;
    for (const p of overlapping) passages.splice(passages.indexOf(p), 1);
    passages.push(line);
  }
  const segments = passages.flatMap((p) => splitSides(text, p));
  const companions = companionPassages(text, lead);
  const attendees = [...attendeesIn(persons, segments), ...attendeesIn(persons, companions.map((c) => ({ ...c, side: 'WITH' })))];
  const excluded = [...passages, ...companions, ...englishParens(text, lead), ...witnessPassages(text, lead)];
  // A call has no venue, but the place one side called from can be named (「Xを訪問中の…大臣は、…電話会談」).
  const place = findPlace(leadText, lead.start) ?? (kind === 'telephone' ? null : venueInTitle(title, text));
  // 「小渕前総理大臣合同葬に際する会談」: a title that names the occasion names it for the talks below it.
  const occasion = findOccasion(leadText, lead.start) ?? occasionInTitle(text, title) ?? purposeAfter(text, lead);
  if (occasion) excluded.push(occasion);
  const candidates = persons.filter((m) => inside(m, lead) && isPrincipalCandidate(text, m, excluded));
  // 「…は、X大統領と会談を行った。今回の訪問は、2月のY外相の訪日…の流れの一環であった。」: the talks are
  // the first sentence's; people of later sentences are mentioned, unless that sentence names only one side.
  const firstEnd = text.indexOf('。', lead.start);
  const first = firstEnd > 0 && firstEnd < lead.end ? { start: lead.start, end: firstEnd + 1 } : lead;
  const inFirst = candidates.filter((m) => inside(m, first) && m.name !== '');
  const inLead = inFirst.length >= 2 ? candidates.filter((m) => inside(m, first)) : candidates;
  // 「官邸において標記会談が行われた」: the talks the title names (「森総理と中南米7カ国の首脳等との会談」), with its people.
  const titled = inLead.length === 0 && /標記(?:の)?(?:会談|会合|会議|協議)/u.test(leadText)
    ? persons.filter((m) => m.end <= lead.start && lead.start - m.start < 300 && m.name !== '' && title.includes(text.slice(m.start, m.end)) && isPrincipalCandidate(text, m, excluded))
    : [];
  // 天皇陛下 is named by his title alone, and known: he is one of the named.
  const named = (titled.length > 0 ? titled : inLead).filter((m) => m.name !== '' || m.title?.canonical === '天皇');
  const stated = factBlockPrincipals(leadText, attendees);
  const principals = stated ? stated.principals : withChair(text, kind, named.length > 0 ? named : inLead, persons);
  const present = stated ? stated.attendees : attendees;
  const typed = atTheGathering(kindFromWhoMet(kind, principals, `${title}\n${leadText}`), occasion?.text ?? null, principals);
  return { ...time, date, kind: typed, place: callerPlace(text, kind, place, candidates), occasion, principals, attendees: present, leadSpan: lead };
}

/** The event the first sentence after the lead says the visit was for (see findPurposeOccasion). */
function purposeAfter(text: string, lead: Span): PhraseMatch | null {
  const stop = text.indexOf('。', lead.end);
  if (stop < 0 || stop - lead.end > 300) return null;
  return findPurposeOccasion(maskJapanTime(text.slice(lead.end, stop)), lead.end);
}

/** A recurring gathering of many states (G7外相会合, ASEAN関連首脳会議, 国連総会, TICAD): the one the page reports at. */
const GATHERING = /^(?:第\d+回)?(?:G7|G8|G20|APEC|ASEAN|ASEM|EAS|TICAD|東アジア|国連|NATO|OECD|日・?ASEAN|日本・太平洋島嶼国|太平洋・島)[^、。]*(?:会合|会議|サミット|総会|理事会|首脳会議)$/u;

/**
 * 「G7外相会合に出席した上川大臣は、…のセッションにおいて発言しました」: a page that reports Japan's part in a
 * gathering of many states, with no one met across a table, reports a multilateral meeting.
 */
function atTheGathering(kind: MeetingKind, occasion: string | null, principals: PersonMention[]): MeetingKind {
  if (kind !== 'other' || occasion === null || !GATHERING.test(occasion)) return kind;
  const only = principals.length === 1 ? principals[0]! : null;
  return only && (only.country === null || only.country === 'JPN') ? 'multilateral' : kind;
}
