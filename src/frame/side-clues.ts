// The counterpart's country from every clue a page gives besides the title written with the name:
// the English name in parentheses after it (「(H.E. Mr. …, President of the Republic of Senegal)」), the
// meeting's name (日・セネガル首脳会談), and the country line a page begins with or the 「セネガル共和国へ戻る」
// link it ends with. A bilateral meeting whose foreign side stays unknown is reported by ingest, not guessed.
import type { Span } from '../types.js';
import { countryByAbbreviation, findCountry } from '../lexicon/index.js';

/**
 * Parenthesised runs with Latin words in `span` (English names and titles), nesting one level.
 * A scanner, not a regular expression: an unclosed 「(」 followed by thousands of letters costs one pass.
 */
export function englishParens(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let open = -1;
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') {
      if (depth === 0) open = i;
      depth++;
    } else if ((ch === ')' || ch === '）') && depth > 0) {
      depth--;
      if (depth === 0 && /[A-Za-z]{3}/u.test(text.slice(open, i + 1))) out.push({ start: open, end: i + 1 });
    } else if (ch === '\n') {
      depth = 0;
    }
  }
  return out;
}

/** 「(H.E. Mr. Isaac HERZOG, President of the State of Israel)」 → ISR: the country after the last "of". */
export function countryInEnglishParen(paren: string): string | null {
  const inner = paren.replace(/^[(（]|[)）]$/gu, '');
  const parts = inner.split(/\bof\s+/iu);
  for (let i = 1; i < parts.length; i++) {
    const candidate = parts.slice(i).join('of ').replace(/[.,;]+$/u, '').trim();
    const country = findCountry(candidate);
    if (country) return country.iso3;
  }
  return null;
}

/** The English parenthesis right after a mention (at most a few characters later), if any. */
export function parenAfter(text: string, end: number, parens: Span[]): Span | null {
  return parens.find((p) => p.start >= end && p.start - end <= 2) ?? null;
}

/** Countries a page names as its subject in the first lines before its lead (「セネガル共和国」 alone on a line). */
export function pageCountries(text: string, leadStart: number): string[] {
  const found: string[] = [];
  for (const line of text.slice(0, leadStart).split('\n').slice(0, 6)) {
    const iso3 = findCountry(line.trim())?.iso3;
    if (iso3) found.push(iso3);
  }
  return [...new Set(found)];
}

/**
 * Countries of the page's 「セネガル共和国へ戻る」 links. Read on the page as it came, since the
 * navigation strip removes those lines from the text the extractor sees.
 */
export function backLinkCountries(raw: string): string[] {
  const found: string[] = [];
  for (const m of raw.matchAll(/^[ \t\u3000]*([^\s]{2,20})へ戻る[ \t\u3000]*$/gmu)) {
    const iso3 = findCountry(m[1] ?? '')?.iso3;
    if (iso3) found.push(iso3);
  }
  return [...new Set(found)];
}

/**
 * Countries a meeting name puts at the table: 日露首脳会談 → JPN, RUS; 日・ケニア首脳会談 → JPN, KEN; talks at any
 * level or under another name too (日・ケニア会談, 日・ケニア次官協議, 日印戦略対話).
 */
export function countriesInMeetingName(name: string): string[] {
  // The run of one-character forms is tried from its start only: from every position of a long run it took
  // time quadratic in the run.
  const m = /((?<![日米露ロ中韓朝英仏独伊加豪印墨越比泰星尼伯蘭西葡土・])[日米露ロ中韓朝英仏独伊加豪印墨越比泰星尼伯蘭西葡土・]{2,}|日・?[\u30A1-\u30FA\u30FC]+)(?:首脳|外相|外務|電話|首相|会談|協議|対話|戦略|次官|副大臣|政務官|閣僚|テレビ|ビデオ)/u.exec(name);
  if (!m) return [];
  const run = m[1] ?? '';
  const katakana = /^日・?([\u30A1-\u30FA\u30FC]+)$/u.exec(run);
  if (katakana) return ['JPN', findCountry(katakana[1] ?? '')?.iso3].filter((x): x is string => !!x);
  return [...run].filter((c) => c !== '・').map((c) => countryByAbbreviation(c)?.iso3).filter((x): x is string => !!x);
}

/**
 * The two countries most often paired with Japan in the text's compounds (日露, 日露関係): a bilateral report's
 * sides. A pair written with the country's full name (日・ナイジェリア関係, 日ナイジェリア間) is deliberate, not an
 * abbreviation that a passing compound (日米同盟 in talks with Australia) also makes: once is enough.
 */
export function dominantPair(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<![\u3400-\u9FFF\u30A1-\u30FA\u30FC])日・?([\u30A1-\u30FA\u30FC]{2,12})(?=関係|間|両国|首脳|外相|協力)/gu)) {
    const iso = findCountry(m[1] ?? '')?.iso3;
    if (iso && iso !== 'JPN') counts.set(iso, (counts.get(iso) ?? 0) + 2);
  }
  // 日・中南米, 日・中東, 日米州: a one-character form that begins a region's name is the region's.
  for (const m of text.matchAll(/日・?([露米中韓英仏独伊加豪印])(?=[\u3400-\u9FFF])(?<!中(?=南米|東|央|欧|米))(?<!米(?=州))/gu)) {
    const iso = countryByAbbreviation(m[1] ?? '')?.iso3;
    if (iso) counts.set(iso, (counts.get(iso) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return top && top[1] >= 2 ? ['JPN', top[0]] : [];
}

/**
 * Countries a visit in the title or lead goes to (林外務大臣のチリ訪問, チリを訪問中の, チリへ出張中の): the people a
 * traveller meets there are of that country unless the page says otherwise.
 */
export function visitDestinations(passage: string): string[] {
  const found: string[] = [];
  // A country's formal name mixes scripts (パラオ共和国, ベトナム社会主義共和国): katakana, then kanji.
  for (const m of passage.matchAll(/([\u30A1-\u30FA\u30FC・]{2,16}[\u3400-\u9FFF]{0,8}|[\u3400-\u9FFF]{2,8})(?:を公式訪問|を訪問|へ出張|に出張|訪問)/gu)) {
    const iso3 = findCountry(m[1] ?? '')?.iso3;
    if (iso3) found.push(iso3);
  }
  // 「訪韓した」「訪中の際」: 訪 and a country's one-character form is a visit there; so after an office (橋本総理訪米).
  for (const m of passage.matchAll(/(?:(?<![\u3400-\u9FFF])|(?<=総理|首相|大臣|外相|長官|大統領|議長))訪([\u3400-\u9FFF])/gu)) {
    const iso3 = countryByAbbreviation(m[1] ?? '')?.iso3;
    if (iso3) found.push(iso3);
  }
  return [...new Set(found)];
}

/**
 * Foreign countries the page's title, lead and country lines point to, most specific first (where none
 * does, callers fall back on visitDestinations).
 */
export function foreignSideClues(text: string, title: string, lead: Span, backLinks: string[]): string[] {
  const named = countriesInMeetingName(`${title}\n${text.slice(lead.start, lead.end)}`);
  return [...new Set([...named, ...pageCountries(text, lead.start), ...backLinks])].filter((iso3) => iso3 !== 'JPN');
}
