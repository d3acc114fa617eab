// Pattern data for the extractor: entity-type tails and visit words (訪日, 訪露/訪ロ, 訪中, 来日).
import { countryByAbbreviation, countryByIso3, findCountry } from './countries.js';
import { ENTITY_SUFFIXES, IRREGULAR_VISITS, LONG_HEAD_AGREEMENT_SUFFIXES } from './data/patterns.js';
import type { SuffixKind } from './data/patterns.js';
import type { CountryEntry } from './types.js';

export type { SuffixKind };

/** Tails that type a noun run (〜問題 → issue, 〜条約 → agreement), longest first per kind. */
export const entitySuffixes: Readonly<Record<SuffixKind, readonly string[]>> = Object.fromEntries(
  Object.entries(ENTITY_SUFFIXES).map(([kind, tails]) => [kind, [...tails].sort((a, b) => b.length - a.length)]),
) as Record<SuffixKind, string[]>;

export { LONG_HEAD_AGREEMENT_SUFFIXES };

const irregular = new Map(IRREGULAR_VISITS);

/**
 * The destination of a visit word: 訪日/来日 → JPN, 訪露/訪ロ → RUS, 訪中 → CHN, 訪米 → USA,
 * 訪韓 → KOR, 訪朝 → PRK, also 訪 + a full name (訪インド). undefined when `surface` is no visit word
 * (来訪 has no fixed destination and also gives undefined).
 */
export function visitDestination(surface: string): CountryEntry | undefined {
  const fixed = irregular.get(surface);
  if (fixed !== undefined) return fixed ? countryByIso3(fixed) : undefined;
  if (!surface.startsWith('訪') || surface.length < 2) return undefined;
  const rest = surface.slice(1);
  return rest.length === 1 ? countryByAbbreviation(rest) : findCountry(rest);
}
