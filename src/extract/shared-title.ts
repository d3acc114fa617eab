// Two people who share one office, written once after both names with 両: 「ガンマ、デルタ両大臣」,
// 「山田及び川村両議員」. 両 is no portfolio (デルタ両大臣 is not a 両-minister) and the first name, written
// without a title, is the other holder.
import { countryByAbbreviation, findCountry } from '../lexicon/index.js';
import type { PersonMention } from './persons.js';
import { titleAt } from './titles.js';

/** 「A、B両」「A及びB両」: two names before 両 (katakana with ・, or one to four kanji), each a whole word. */
const PAIR_BEFORE_BOTH = /(?:(?<![\u30A1-\u30FA\u30FC・=＝])([\u30A1-\u30FA\u30FC][\u30A1-\u30FA\u30FC・=＝]{0,30})|(?<![\u3400-\u9FFF々])([\u3400-\u9FFF々]{1,4}))(?:、|,|及び)(?:([\u30A1-\u30FA\u30FC][\u30A1-\u30FA\u30FC・=＝]{0,30})|([\u3400-\u9FFF々]{1,4}))両(?=[\u3400-\u9FFF々])/gu;

/** Words no name holds: an office (天皇皇后両陛下 are the imperial couple), a country's pair (日米, 日中韓), a country
 * or a government, a length of time (「約30分間、A両大臣」). */
const NOT_A_NAME = /大臣|長官|総理|首相|大統領|外相|議員|国王|首脳|政府|両国|各国|天皇|皇后|皇太子|王妃|^(?:分|時|日|年|週|月)間$/u;

function namesNoOne(name: string): boolean {
  return NOT_A_NAME.test(name) || [...name].every((c) => countryByAbbreviation(c) !== undefined) || findCountry(name) !== undefined;
}

function holder(text: string, start: number, name: string, title: PersonMention['title']): PersonMention {
  return { start, end: start + name.length, name, nameSpan: { start, end: start + name.length }, title, country: null, countrySpan: null, anaphoric: false };
}

/** Both holders of the office written once after 両, in place of what the title reading made of them. */
export function withSharedTitle(text: string, found: PersonMention[]): PersonMention[] {
  const pairs: PersonMention[][] = [];
  for (const m of text.matchAll(PAIR_BEFORE_BOTH)) {
    const first = m[1] ?? m[2] ?? '';
    const second = m[3] ?? m[4] ?? '';
    const both = m.index + m[0].length - 1;
    const title = titleAt(text, both + 1);
    if (!title || namesNoOne(first) || namesNoOne(second) || first.length + second.length < 3) continue;
    const secondAt = both - second.length;
    pairs.push([holder(text, m.index, first, title), { ...holder(text, secondAt, second, title), end: title.end }]);
  }
  if (pairs.length === 0) return found;
  const spans = pairs.map(([a, b]) => ({ start: a!.start, end: b!.end }));
  const inPair = (p: PersonMention) => spans.some((s) => p.start < s.end && s.start < p.end);
  return [...found.filter((p) => !inPair(p)), ...pairs.flat()].sort((a, b) => a.start - b.start);
}
