// The country table: every ISO 3166-1 code with its Japanese names from i18n-iso-countries (a
// maintained package, CLDR-based), re-labelled and extended with MOFA's forms from
// data/countries-mofa.ts. Built once at import.
import isoCountries from 'i18n-iso-countries';
import { ENGLISH_FORMAL_NAMES } from './data/countries-english.js';
import { COUNTRY_OVERRIDES } from './data/countries-mofa.js';
import type { CountryEntry } from './types.js';

function unique(values: Iterable<string>, exclude: string): string[] {
  return [...new Set(values)].filter((value) => value !== exclude && value.length > 0);
}

function namesOf(alpha2: string, language: 'ja' | 'en'): string[] {
  const names = isoCountries.getName(alpha2, language, { select: 'all' });
  return Array.isArray(names) ? names : [];
}

function buildCountry(alpha2: string): CountryEntry | undefined {
  const iso3 = isoCountries.alpha2ToAlpha3(alpha2);
  if (!iso3) return undefined;
  const isoNames = namesOf(alpha2, 'ja');
  const override = COUNTRY_OVERRIDES[iso3] ?? {};
  const name = override.name ?? isoNames[0] ?? iso3;
  return {
    iso3,
    name,
    aliases: unique([...isoNames, ...(override.aliases ?? [])], name),
    abbreviations: [...(override.abbreviations ?? [])],
    englishNames: unique([...namesOf(alpha2, 'en'), ...(ENGLISH_FORMAL_NAMES[iso3] ?? [])], ''),
  };
}

/** ISO codes of no state: Antarctica (a place, in locations.ts). */
const NOT_STATES = new Set(['AQ']);

function buildCountries(): CountryEntry[] {
  const entries: CountryEntry[] = [];
  for (const alpha2 of Object.keys(isoCountries.getAlpha2Codes())) {
    if (NOT_STATES.has(alpha2)) continue;
    const entry = buildCountry(alpha2);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

export const countries: readonly CountryEntry[] = buildCountries();

const byIso3 = new Map(countries.map((entry) => [entry.iso3, entry]));
const bySurface = new Map<string, CountryEntry>();
for (const entry of countries) {
  for (const surface of [entry.name, ...entry.aliases]) {
    if (!bySurface.has(surface)) bySurface.set(surface, entry);
  }
}
// English names are matched case-insensitively, without a leading "the" and with ’ as '.
function foldEnglish(name: string): string {
  return name.toLowerCase().replace(/^the /, '').replace(/[’‘]\s?/g, "'");
}
const byEnglish = new Map<string, CountryEntry>();
for (const entry of countries) {
  for (const name of entry.englishNames) if (!byEnglish.has(foldEnglish(name))) byEnglish.set(foldEnglish(name), entry);
}
const byAbbreviation = new Map<string, CountryEntry>();
for (const entry of countries) {
  for (const abbreviation of entry.abbreviations) byAbbreviation.set(abbreviation, entry);
}

/**
 * The forms a formal name adds to a short one (セネガル共和国, パキスタン・イスラム共和国, オマーン国,
 * ウルグアイ東方共和国): MOFA writes a counterpart's country in its formal form before his title, and no
 * table lists every formal name. Longest first; a leading ・ is dropped with the stem's own.
 */
const FORMAL_SUFFIXES = ['連邦民主共和国', '人民民主共和国', '社会主義共和国', 'イスラム共和国', '民主社会主義共和国', '協同共和国', '東方共和国',
  '連邦共和国', '民主共和国', '人民共和国', '共和国', '連合王国', '王国', '首長国', '大公国', '公国', '連邦', '合衆国', '国'];

function byFormalName(surface: string): CountryEntry | undefined {
  for (const suffix of FORMAL_SUFFIXES) {
    if (!surface.endsWith(suffix) || surface.length <= suffix.length + 1) continue;
    const stem = surface.slice(0, -suffix.length).replace(/[・=＝]$/u, '');
    const entry = bySurface.get(stem);
    if (entry) return entry;
  }
  return undefined;
}

/** The country whose name or alias (Japanese or English) is exactly `surface`, or its formal form; abbreviations excluded. */
export function findCountry(surface: string): CountryEntry | undefined {
  const trimmed = surface.trim();
  return bySurface.get(trimmed) ?? bySurface.get(trimmed.normalize('NFKC')) ?? byEnglish.get(foldEnglish(trimmed)) ?? byFormalName(trimmed);
}

/** The country a one-character compound form stands for (露 → RUS, 墨 → MEX); for use inside 日露, 日米韓. */
export function countryByAbbreviation(abbreviation: string): CountryEntry | undefined {
  return byAbbreviation.get(abbreviation);
}

export function countryByIso3(code: string): CountryEntry | undefined {
  return byIso3.get(code.toUpperCase());
}
