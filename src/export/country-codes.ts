// The codes a research export carries for a country: diplograph's id (ISO 3166-1 alpha-3, the lexicon's
// country id), the Correlates of War state code and abbreviation (cow-states.ts), and an English name
// from i18n-iso-countries (the package the lexicon builds its table on) for readers outside Japan.
import isoCountries from 'i18n-iso-countries';
import { COW_STATES } from './cow-states.js';

export interface CountryCodes {
  iso3: string;
  /** CoW ccode; null for places outside the CoW state system (Hong Kong, Palestine, territories). */
  ccode: number | null;
  /** CoW stateabb, e.g. UKG for GBR; null with ccode. */
  cowAbb: string | null;
  /** English short name (i18n-iso-countries); null for an id ISO does not know. */
  nameEn: string | null;
}

const cowByIso3 = new Map(COW_STATES.map(([iso3, stateAbb, ccode]) => [iso3, { stateAbb, ccode }]));

// Kosovo's XKX is a user-assigned code the ISO package does not list.
const EXTRA_NAMES: Record<string, string> = { XKX: 'Kosovo' };

/** Codes for an ISO alpha-3 id. Example: countryCodes('GBR') → { iso3: 'GBR', ccode: 200, cowAbb: 'UKG', … }. */
export function countryCodes(iso3: string): CountryCodes {
  const cow = cowByIso3.get(iso3);
  const alpha2 = isoCountries.alpha3ToAlpha2(iso3);
  const nameEn = (alpha2 ? isoCountries.getName(alpha2, 'en') : undefined) ?? EXTRA_NAMES[iso3] ?? null;
  return { iso3, ccode: cow?.ccode ?? null, cowAbb: cow?.stateAbb ?? null, nameEn };
}

/** Order for dyads: by CoW code, countries without one after, by ISO id (stable across runs). */
export function compareCountries(a: string, b: string): number {
  const ca = cowByIso3.get(a)?.ccode ?? Number.POSITIVE_INFINITY;
  const cb = cowByIso3.get(b)?.ccode ?? Number.POSITIVE_INFINITY;
  if (ca !== cb) return ca < cb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
