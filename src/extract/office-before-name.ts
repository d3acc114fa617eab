// Offices the title lexicon cannot read after a name: a guest's office written before the name, joined by
// の (「セネガル共和国外務大臣のアルファ・ベータ閣下」, 「ベトナム共産党上級幹部のガンマ・デルタ氏」), and an
// office the lexicon does not list after a country and its party (「アルファ・ベータ・ベトナム共産党上級幹部」).
import { findCountry } from '../lexicon/index.js';
import type { PersonMention } from './persons.js';
import { titleAt } from './titles.js';

/** A name and its honorific after の: 「のアルファ・ベータ閣下」「のガンマ・デルタ氏」「の王明氏」. */
const NAME_AFTER_NO = /の([\u30A1-\u30FA\u30FC][\u30A1-\u30FA\u30FC・=＝]{1,30}|[\u3400-\u9FFF々]{2,5})(閣下|氏|殿下)/gu;
/** What ends a written office: 上級幹部, 中央対外連絡部長, 副代表 (a run that opens with a country). */
const OFFICE_END = /(?:長|官|員|幹部|代表|書記|顧問|大使|総裁|主席|大臣|議長|理事)$/u;

/** The country a run of nouns opens with (ベトナム共産党上級幹部 → ベトナム), longest form first. */
function countryOpening(text: string, start: number, end: number): { start: number; end: number; iso3: string } | null {
  for (let length = Math.min(20, end - start - 1); length >= 2; length--) {
    const country = findCountry(text.slice(start, start + length));
    if (country) return { start, end: start + length, iso3: country.iso3 };
  }
  return null;
}

/** Start of the run of nouns that ends at `end` (kanji, katakana, Latin letters, ・), at most 30 long. */
function nounRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 30 && /[\u3400-\u9FFF々\u30A1-\u30FA\u30FCA-Za-z・]/u.test(text[start - 1] ?? '')) start--;
  return start;
}

/**
 * The office written before a name and の, when no title-only mention stands there: a run that opens with a
 * country and ends like an office (ベトナム共産党上級幹部, 中国共産党中央対外連絡部長), its title the rest.
 */
function officeRunBefore(text: string, no: number): PersonMention | null {
  const start = nounRunStart(text, no);
  const country = countryOpening(text, start, no);
  if (!country || !OFFICE_END.test(text.slice(country.end, no))) return null;
  // The party or ministry after the country (ベトナム共産党, セネガル外務省) stays a thing of its own; the
  // title is what follows it.
  const body = /^[^党省庁、,。]{0,10}?[党省庁](?=.)/u.exec(text.slice(country.end, no));
  const titleStart = country.end + (body?.[0].length ?? 0);
  const title = text.slice(titleStart, no);
  const known = titleAt(text, no - 2) ?? titleAt(text, no - 1);
  return {
    start, end: no, name: '', nameSpan: null,
    title: { start: titleStart, end: no, text: title, canonical: title, role: known?.end === no ? known.role : 'other' },
    country: country.iso3, countrySpan: { start: country.start, end: country.end }, anaphoric: false,
  };
}

/**
 * 「セネガル共和国外務大臣のアルファ・ベータ閣下」「ベトナム共産党上級幹部のガンマ・デルタ氏」: formal
 * pages write a guest's office before the name, joined by の, with an honorific after it. The office and
 * country are the named person's, not a second, unnamed person's. The honorific is required:
 * 「大統領のイニシアティブ」 names no one.
 */
export function withOfficeBeforeName(text: string, found: PersonMention[]): PersonMention[] {
  const officeEndingAt = new Map(found.filter((p) => !p.nameSpan && !p.anaphoric && p.title).map((p) => [p.end, p]));
  const named: PersonMention[] = [];
  for (const m of text.matchAll(NAME_AFTER_NO)) {
    const office = officeEndingAt.get(m.index) ?? officeRunBefore(text, m.index);
    if (!office || office.start < (named[named.length - 1]?.end ?? 0)) continue;
    const nameSpan = { start: m.index + 1, end: m.index + 1 + m[1]!.length };
    named.push({ ...office, end: nameSpan.end + m[2]!.length, name: m[1]!, nameSpan });
  }
  if (named.length === 0) return found;
  // The words of the office (中央対外連絡部長) and the name with 氏 may stand as mentions already: they are
  // this person. One sweep, both lists being in text order.
  const kept: PersonMention[] = [];
  let k = 0;
  for (const p of found) {
    while (k < named.length && named[k]!.end <= p.start) k++;
    if (k < named.length && named[k]!.start < p.end) continue;
    kept.push(p);
  }
  return [...kept, ...named].sort((a, b) => a.start - b.start);
}

/** An office the lexicon does not list, right after a party or ministry (…党上級幹部, …党中央委員). */
const OFFICE_AFTER_BODY = /(?<=[党省庁])([\u3400-\u9FFF々]{1,8}?)(?=[(（、,とはがのに\s])/gu;

/** Where a katakana name (with its ・) ends at `end` begins, or `end` when there is none. */
function katakanaRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 40 && /[\u30A1-\u30FA\u30FC・=＝]/u.test(text[start - 1] ?? '')) start--;
  while (start < end && /[・=＝]/u.test(text[start] ?? '')) start++;
  return start;
}

/**
 * 「アルファ・ベータ・ネパール・ガンマ党上級幹部」: a name, the country and party (or ministry) the person serves,
 * then an office the lexicon does not list. Where ・ opens the country (the party's own name may hold ・ too),
 * the katakana before it is the name.
 */
function nameBeforeParty(text: string, body: number, office: { start: number; end: number }): PersonMention | null {
  for (let at = body; at > Math.max(0, body - 30); at--) {
    if (!/[\u30A1-\u30FA\u30FC\u3400-\u9FFF々・]/u.test(text[at - 1] ?? '')) return null;
    if (text[at - 1] !== '・') continue;
    const country = countryOpening(text, at, body);
    if (!country) continue;
    const start = katakanaRunStart(text, at - 1);
    if (at - 1 - start < 2) return null;
    const title = text.slice(office.start, office.end);
    return {
      start, end: office.end, name: text.slice(start, at - 1), nameSpan: { start, end: at - 1 },
      title: { ...office, text: title, canonical: title, role: 'other' },
      country: country.iso3, countrySpan: { start: country.start, end: country.end }, anaphoric: false,
    };
  }
  return null;
}

/** Index of the span of `spans` (in text order, none overlapping) that overlaps `p`, or -1. */
function overlapIndex(spans: PersonMention[], p: { start: number; end: number }): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < p.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans[lo - 1]!.end > p.start ? lo - 1 : -1;
}

/** 「<name>・<country><party><office>」 where the office is none the lexicon lists (see nameBeforeParty). */
export function withOfficeAfterParty(text: string, found: PersonMention[]): PersonMention[] {
  const named: PersonMention[] = [];
  for (const m of text.matchAll(OFFICE_AFTER_BODY)) {
    if (!OFFICE_END.test(m[1]!)) continue;
    const person = nameBeforeParty(text, m.index, { start: m.index, end: m.index + m[1]!.length });
    if (person && person.start >= (named[named.length - 1]?.end ?? 0)) named.push(person);
  }
  if (named.length === 0) return found;
  // A name the lexicon's titles already read there (…・ベトナム共産党書記長) stays as it was read.
  const kept = named.map(() => true);
  for (const p of found) {
    const at = p.nameSpan ? overlapIndex(named, p) : -1;
    if (at >= 0) kept[at] = false;
  }
  const replaced = (p: PersonMention) => {
    const at = overlapIndex(named, p);
    return at >= 0 && kept[at]!;
  };
  return [...found.filter((p) => !replaced(p)), ...named.filter((_, i) => kept[i])].sort((a, b) => a.start - b.start);
}
