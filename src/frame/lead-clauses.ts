// A lead that reports two talks in one sentence: 「林外務大臣は、A大統領を表敬し、その後、B外務大臣と会談を
// 行いました」, or in sentences that follow one another (「…を表敬しました。また、…と会談を行いました。」).
// Each clause is a meeting of its own, with its own counterpart, kind and (when it says so) day and time; the visitor named once at the start sits at both. Talks and a meal with the same people
// (「首脳会談を行い、その後、ワーキング・ランチを行いました」) stay one meeting: the clauses must name
// different people.
import type { Span } from '../types.js';
import type { PersonMention } from '../extract/persons.js';
import { inside } from '../extract/mention.js';

/** The end of a clause that held talks, and the words that open the next one (その後, 続いて, 引き続き). */
const CLAUSE_BREAK = /(?:を表敬|を表敬訪問|と会談|と会見|と懇談|と電話会談|と(?:首脳|外相)会談|との(?:首脳|外相)?会談|と意見交換)(?:を行)?(?:し|い|った後|した後)[、,](?:(?:その後|続いて|引き続き|次いで)[、,]?)?/gu;

/** A later sentence of the lead that reports more talks: 「また、同日…」「その後、…」. */
const NEXT_TALKS = /^\s*(?:また|その後|続いて|引き続き|更に|さらに)[、,]/u;

/** A clause that holds talks with someone: the words of a meeting after a person. */
const TALK_WORDS = /表敬|会談|会見|懇談|意見交換|会食|夕食会|昼食会|晩餐会|晩さん会/u;

/**
 * The clauses of the lead's first sentence (and of the sentences that go on with また…) that each report
 * talks with someone else, or [] when the sentence reports one meeting. `isVisitor` tells the mentions of the people who hold every talk (the
 * subject before は); every clause must name a counterpart outside them, and no two the same one.
 */
export function leadClauses(text: string, lead: Span, persons: PersonMention[], isVisitor: (m: PersonMention) => boolean): Span[] {
  const stop = text.indexOf('。', lead.start);
  const sentence: Span = { start: lead.start, end: stop > 0 && stop < lead.end ? stop + 1 : lead.end };
  const region = text.slice(sentence.start, sentence.end);
  const cuts = [...region.matchAll(CLAUSE_BREAK)].map((m) => sentence.start + (m.index ?? 0) + m[0].length);
  // 「…を表敬しました。また、同日午後3時から、…外務大臣と外相会談を行いました。」: a later sentence of the lead
  // that opens with また or その後 and holds talks is one more clause.
  for (let start = sentence.end; start < lead.end;) {
    const next = text.indexOf('。', start);
    const end = next > 0 && next < lead.end ? next + 1 : lead.end;
    const words = text.slice(start, end);
    if (!NEXT_TALKS.test(words) || !TALK_WORDS.test(words)) break;
    cuts.push(start);
    sentence.end = end;
    start = end;
  }
  if (cuts.length === 0) return [];
  const bounds = [sentence.start, ...cuts, sentence.end];
  const clauses: Span[] = bounds.slice(0, -1).map((start, i) => ({ start, end: bounds[i + 1]! }));
  const counterparts = clauses.map((clause) => persons.filter((m) => inside(m, clause) && m.name !== '' && !isVisitor(m)).map((m) => m.name));
  if (counterparts.some((names) => names.length === 0)) return [];
  if (!clauses.every((clause) => TALK_WORDS.test(text.slice(clause.start, clause.end)))) return [];
  const seen = new Set<string>();
  for (const names of counterparts) {
    if (names.some((name) => seen.has(name))) return [];
    names.forEach((name) => seen.add(name));
  }
  return clauses;
}

/** After a list of people: calls on each of them (A、B等への表敬, A及びBを表敬, A、Bとそれぞれ会談). */
const CALLS_ON_EACH = /^(?:[(（][^)）]{0,80}[)）])?(?:等|など)?(?:への表敬|を表敬|とそれぞれ|との個別|と個別)/u;

/** Only a list's separators between two people. */
const LIST_SEPARATOR = /^(?:[(（][^)）]{0,80}[)）])?\s*(?:[、,，・]|及び|並びに|と)\s*$/u;

/**
 * The counterparts a lead calls on one by one (「…新大統領、…前大統領、…首相、…大臣等への表敬・会談等を
 * 行いました」): a list of two or more people, nothing but separators between them, followed by a call on
 * each; `courtesy` when those calls are 表敬 (「とそれぞれ会談」 are talks). None when the lead names one
 * counterpart or meets several at one table (A及びBと会談).
 */
export function calledOneByOne(text: string, lead: Span, counterparts: PersonMention[]): { people: PersonMention[]; courtesy: boolean } {
  const none = { people: [], courtesy: false };
  const listed = counterparts.filter((m) => inside(m, lead)).sort((a, b) => a.start - b.start);
  if (listed.length < 2) return none;
  for (let i = 1; i < listed.length; i++) {
    if (!LIST_SEPARATOR.test(text.slice(listed[i - 1]!.end, listed[i]!.start))) return none;
  }
  const call = CALLS_ON_EACH.exec(text.slice(listed[listed.length - 1]!.end, lead.end));
  return call ? { people: listed, courtesy: /表敬/u.test(call[0]) } : none;
}

/** A lead whose trip spans days (4日から6日まで, 19日から20日にかけて): a talk it lists has no day of its own. */
export function spansDays(leadText: string): boolean {
  // Days have one or two digits, and a day starts where no digit stands before it: a long run of digits is
  // tried once, not from each of its positions.
  return /(?<!\d)\d{1,2}日(?:\([^)]{0,12}\)|（[^）]{0,12}）)?(?:から|より)[^。]{0,30}?(?<!\d)\d{1,2}日(?:\([^)]{0,12}\)|（[^）]{0,12}）)?(?:まで|にかけて)/u.test(leadText);
}
