// Longest-match lookup of the lexicon's names in the text: countries, organisations, places, events,
// issues, agreements and known people. Built once per thread.
import {
  agreements, countries, events, issues, locations, organizations, people,
} from '../lexicon/index.js';
import type { NamedEntry } from '../lexicon/types.js';
import type { EntityType } from '../types.js';
import type { RawMention } from './mention.js';
import { SurfaceIndex } from './surface-index.js';

interface GazetteerEntry {
  type: EntityType;
  id: string;
  name: string;
  country: string | null;
}

/** Names too ambiguous to match on their own in running text (they still match inside patterns). */
const TOO_AMBIGUOUS = new Set(['中', '日', '米', '英', '仏', '独', '伊', '加', '豪', '印', '韓', '朝', '露', 'ロ', '国', '西', '南', '北']);

function addNamed(map: Map<string, GazetteerEntry>, type: EntityType, entries: readonly NamedEntry[]): void {
  for (const e of entries) {
    for (const surface of [e.name, ...e.aliases]) {
      if (surface.length < 2 && !/^[A-Z]+$/.test(surface)) continue;
      // 「X政府」 is the country acting, not an organisation of its own: let the country match.
      if (type === 'Organization' && /政府$/u.test(surface)) continue;
      if (!map.has(surface)) map.set(surface, { type, id: e.id, name: e.name, country: e.country ?? null });
    }
  }
}

function build(): SurfaceIndex<GazetteerEntry> {
  const map = new Map<string, GazetteerEntry>();
  for (const p of people) {
    // Without a title only full names identify a person: コロナ alone is the virus, not Ms Colonna.
    for (const surface of [p.name, ...p.aliases].filter((a) => a === p.name || /[・=＝]/u.test(a) || /^[\u3400-\u9FFF]{3,}$/u.test(a) || /^[A-Za-z.'-]+ [A-Za-z]/u.test(a))) {
      if (surface.length >= 2 && !map.has(surface)) {
        map.set(surface, { type: 'Person', id: `person:${p.key}`, name: p.name, country: p.country || null });
      }
    }
  }
  for (const c of countries) {
    for (const surface of [c.name, ...c.aliases]) {
      if (surface.length >= 2 && !TOO_AMBIGUOUS.has(surface) && !map.has(surface)) {
        map.set(surface, { type: 'Country', id: c.iso3, name: c.name, country: c.iso3 });
      }
    }
  }
  addNamed(map, 'Organization', organizations);
  addNamed(map, 'Agreement', agreements);
  addNamed(map, 'Event', events);
  addNamed(map, 'Issue', issues);
  addNamed(map, 'Location', locations);
  for (const [surface, entry] of [...map]) {
    for (const variant of spellingVariants(surface)) if (!map.has(variant)) map.set(variant, entry);
  }
  return new SurfaceIndex(map);
}

const SMALL_VOWEL_PAIRS: ReadonlyArray<[string, string]> = [['ウイ', 'ウィ'], ['ウエ', 'ウェ'], ['ウオ', 'ウォ'], ['ツイ', 'ツィ']];

/**
 * Other spellings of a katakana name that writers use for the same word: a small vowel after ウ or ツ
 * written full size or not (ウイルス and ウィルス, エリツィン and エリツイン), and ヴ written as the
 * plain voiced syllable (ヴァ → バ). A name listed one way is found when a page writes it the other.
 */
function spellingVariants(surface: string): string[] {
  if (!/[ウツヴ]/u.test(surface)) return [];
  const variants = new Set<string>();
  for (const [full, small] of SMALL_VOWEL_PAIRS) {
    if (surface.includes(full)) variants.add(surface.replaceAll(full, small));
    if (surface.includes(small)) variants.add(surface.replaceAll(small, full));
  }
  if (surface.includes('ヴ')) {
    variants.add(surface.replace(/ヴァ/gu, 'バ').replace(/ヴィ/gu, 'ビ').replace(/ヴェ/gu, 'ベ').replace(/ヴォ/gu, 'ボ').replace(/ヴ/gu, 'ブ'));
  }
  variants.delete(surface);
  return [...variants];
}

let built: ReturnType<typeof build> | null = null;

function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

function isKatakana(ch: string | undefined): boolean {
  return ch !== undefined && /[\u30A1-\u30FA\u30FC]/u.test(ch);
}

/** A name must not be cut out of a longer word: EU in EUR, ラム in プログラム, コロナ in コロナ禍? (kept: 禍 is kanji). */
function standsAlone(text: string, start: number, end: number, entry: GazetteerEntry): boolean {
  // An acronym may carry an edition number (TICAD7, PALM8), also in Roman numerals written onto it
  // (TICADV, TICADVI: an event's acronym, the numeral ending at a non-letter); other letters cut a word.
  const acronym = /^[A-Z]{2,}$/u.test(text.slice(start, end));
  const editionAfter = acronym && (/[0-9]/u.test(text[end] ?? '') ||
    (entry.type === 'Event' && /^[IVX]{1,5}(?![A-Za-z0-9])/u.test(text.slice(end, end + 6))));
  if (isLatin(text[start]) && (isLatin(text[start - 1]) || (isLatin(text[end]) && !editionAfter))) return false;
  if (isKatakana(text[start]) && isKatakana(text[start - 1])) return false;
  if (isKatakana(text[end - 1]) && isKatakana(text[end])) return false;
  // A two-kanji issue after another kanji or katakana ends a compound that names something else: 投資環境
  // and ビジネス環境 are the climate for investment, 国連防災世界会議 a conference. After a country's one-character form (日米安保)
  // or 対/反 (対テロ) the compound is still about the issue.
  if (entry.type === 'Issue' && /^[\u3400-\u9FFF]{2}$/u.test(text.slice(start, end))
    && /[\u3400-\u9FFF々\u30A1-\u30FA\u30FC]/u.test(text[start - 1] ?? '') && !/[日米露中韓朝英仏独伊加豪印対反]/u.test(text[start - 1] ?? '')) return false;
  // 環境整備, 環境づくり: the conditions for something, prepared, not the environment.
  if (entry.type === 'Issue' && text.slice(start, end) === '環境' && /^(?:整備|づくり|作り)/u.test(text.slice(end, end + 3))) return false;
  // 「途上国会議」「参加国会合」 are countries' 会議 and 会合: 国会 there is no Diet (国会議員 and 国会議長 are); in
  // 国会議事堂 it is part of the building's name, a place.
  if (text.slice(start, end) === '国会' && (text.startsWith('議事堂', end) ||
    (/[\u3400-\u9FFF]/u.test(text[start - 1] ?? '') && /^(?:議(?!員|長)|合)/u.test(text.slice(end, end + 3))))) return false;
  // 「…諸国連合」 (a union of states) holds 国連 across its words: no United Nations.
  if (text.slice(start, end) === '国連' && text[start - 1] === '諸' && text[end] === '合') return false;
  // Katakana people names (ラム, リー) are matched only as whole words next to non-katakana.
  return entry.type !== 'Person' || !/^[\u30A1-\u30FA\u30FC]{1,3}$/u.test(text.slice(start, end)) || !isKatakana(text[end]);
}

function toMention(text: string, start: number, length: number, entry: GazetteerEntry): RawMention {
  return {
    start, end: start + length, text: text.slice(start, start + length),
    type: entry.type, id: entry.id, name: entry.name, country: entry.country,
  };
}

/** The lexicon entry named exactly `surface`, as a mention at `start` (for pattern-made names). */
export function lexiconMentionFor(surface: string, start: number): RawMention | null {
  built ??= build();
  const entry = built.get(surface);
  return entry ? { ...toMention(surface, 0, surface.length, entry), start, end: start + surface.length } : null;
}

/**
 * Every lexicon name in `text`, longest match first, left to right, without overlaps at the top
 * level; inside a matched event, issue or agreement the names it contains are found too
 * (APEC in APEC首脳会合, 北方四島 in 北方四島周辺水域における操業枠組み協定).
 */
export function findLexiconMentions(written: string): RawMention[] {
  const text = cornerQuotes(written);
  const top = scan(text, 0, text.length).map((m) => withWrittenText(m, written));
  const nested: RawMention[] = [];
  for (const m of top) {
    if (!['Event', 'Issue', 'Agreement'].includes(m.type)) continue;
    for (const inner of scan(text, m.start, m.end, m.type).map((x) => withWrittenText(x, written))) {
      if (inner.end - inner.start >= m.end - m.start) continue;
      // A place inside a name counts where the name says where (北方四島周辺水域…), not in 東京宣言.
      if (inner.type === 'Location' && !/^(?:の|周辺|における|沖|近海|地域)/u.test(text.slice(inner.end, m.end))) continue;
      nested.push(inner);
    }
  }
  return [...top, ...nested].sort((a, b) => a.start - b.start);
}

/**
 * 『』 quote a name as 「」 do (『自由で開かれたインド太平洋』): the lexicon, which lists quoted names with
 * 「」, is asked with the one pair in place of the other. Same length, so offsets hold.
 */
function cornerQuotes(text: string): string {
  return /[『』]/u.test(text) ? text.replace(/『/gu, '「').replace(/』/gu, '」') : text;
}

/** A mention found in the quote-folded text, with its text as the page writes it. */
function withWrittenText(m: RawMention, written: string): RawMention {
  return { ...m, text: written.slice(m.start, m.end) };
}

/** Longest matches in text[from, to); names of type `skipType` are passed over (inside an issue, other things). */
function scan(text: string, from: number, to: number, skipType?: EntityType): RawMention[] {
  const index = (built ??= build());
  const found: RawMention[] = [];
  let i = from;
  // Inside a span, the span itself is not a candidate (APEC首脳会合 yields APEC, not itself).
  const longest = from === 0 && to === text.length ? Infinity : to - from - 1;
  while (i < to) {
    const hit = index.longestAt(text, i, Math.min(longest, to - i), (entry, length) =>
      entry.type !== skipType && standsAlone(text, i, i + length, entry));
    if (!hit) {
      i++;
      continue;
    }
    found.push(toMention(text, i, hit.length, hit.entry));
    i += hit.length;
  }
  return found;
}
