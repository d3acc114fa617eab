// People: the reviewed tables (data/people/*) with generated spelling variants, and the two lookups the
// resolver needs: who held an office on a date, and which people a surface form can name.
import { PEOPLE_TABLES } from './data/people/index.js';
import { foldKatakanaVariants } from './fold.js';
import { canonicalTitle, findTitle, isTitleRole } from './titles.js';
import type { Office, PersonEntry, TitleRole } from './types.js';

/** Roles whose holders are matched by role alone: 首相 and 国務院総理 are the same office. */
const ROLE_MATCHED: ReadonlySet<TitleRole> = new Set(['head_of_government', 'head_of_state', 'foreign_minister']);

/** Written variants of one alias: without name separators, and with ヴ written ブ. */
function spellingVariants(alias: string): string[] {
  const joined = alias.replace(/[・＝=]/g, '');
  const withBu = (s: string) => foldVuOnly(s);
  return [alias, joined, withBu(alias), withBu(joined)];
}

function foldVuOnly(s: string): string {
  return s.replace(/ヴァ/g, 'バ').replace(/ヴィ/g, 'ビ').replace(/ヴェ/g, 'ベ').replace(/ヴォ/g, 'ボ').replace(/ヴ/g, 'ブ');
}

function withVariants(entry: PersonEntry): PersonEntry {
  const all = [entry.name, ...entry.aliases].flatMap(spellingVariants);
  const aliases = [...new Set(all)].filter((alias) => alias !== entry.name);
  return { ...entry, aliases };
}

export const people: readonly PersonEntry[] = PEOPLE_TABLES.map(withVariants);

const byFoldedSurface = new Map<string, PersonEntry[]>();
for (const entry of people) {
  const keys = new Set([entry.name, ...entry.aliases].map(foldKatakanaVariants));
  for (const key of keys) {
    const list = byFoldedSurface.get(key) ?? [];
    list.push(entry);
    byFoldedSurface.set(key, list);
  }
}
const byKey = new Map(people.map((entry) => [entry.key, entry]));

export function personByKey(key: string): PersonEntry | undefined {
  return byKey.get(key.startsWith('person:') ? key.slice('person:'.length) : key);
}

function heldOn(office: Office, isoDate: string): boolean {
  return office.from <= isoDate && (office.to === null || isoDate < office.to);
}

/** Whether `office` answers a query given as a role (head_of_government) or a title (総理, 官房長官). */
function officeMatcher(roleOrTitle: string): (office: Office) => boolean {
  if (isTitleRole(roleOrTitle)) return (office) => findTitle(office.title)?.role === roleOrTitle;
  const entry = findTitle(roleOrTitle);
  if (entry && ROLE_MATCHED.has(entry.role)) return (office) => findTitle(office.title)?.role === entry.role;
  const wanted = canonicalTitle(roleOrTitle);
  return (office) => canonicalTitle(office.title) === wanted;
}

/**
 * The person who held an office in `country` on `isoDate` (YYYY-MM-DD). `roleOrTitle` is a TitleRole
 * ('head_of_government') or a title surface: 総理/首相/大統領/外相 match by role, other titles (官房長官,
 * 国防長官) by canonical title. Office ends are exclusive. When several match (acting periods), the most
 * recently appointed wins.
 */
export function personOffice(roleOrTitle: TitleRole | string, country: string, isoDate: string): PersonEntry | undefined {
  const matches = officeMatcher(roleOrTitle);
  let best: { person: PersonEntry; from: string } | undefined;
  for (const entry of people) {
    if (entry.country !== country) continue;
    for (const office of entry.offices) {
      if (!matches(office) || !heldOn(office, isoDate)) continue;
      if (!best || office.from > best.from) best = { person: entry, from: office.from };
    }
  }
  return best?.person;
}

function activeOn(entry: PersonEntry, isoDate: string): boolean {
  return entry.offices.some((office) => heldOn(office, isoDate));
}

/**
 * People a surface form can name (full name, surname, katakana variant; compared after
 * foldKatakanaVariants), optionally limited to one country. With `isoDate`, people holding an office
 * on that date come first (菅 in 2011 → 菅直人, in 2021 → 菅義偉).
 */
export function findPersonBySurface(surface: string, country?: string, isoDate?: string): PersonEntry[] {
  const found = byFoldedSurface.get(foldKatakanaVariants(surface)) ?? [];
  const inCountry = country === undefined ? [...found] : found.filter((entry) => entry.country === country);
  if (!isoDate) return inCountry;
  const rank = (entry: PersonEntry) => (activeOn(entry, isoDate) ? 0 : 1);
  return inCountry.sort((a, b) => rank(a) - rank(b));
}
