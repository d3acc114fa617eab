// Title lookup: surface → entry, and the role / canonical form of a title.
import { TITLES, TITLE_SUFFIXES } from './data/titles.js';
import type { TitleEntry, TitleRole } from './types.js';

export const titles: readonly TitleEntry[] = TITLES;

/** Generic tails of compound titles (課長, 局長, 秘書官…), longest first, for longest-match gluing. */
export const titleSuffixes: readonly string[] = [...TITLE_SUFFIXES].sort((a, b) => b.length - a.length);

const byTitle = new Map<string, TitleEntry>();
for (const entry of TITLES) if (!byTitle.has(entry.title)) byTitle.set(entry.title, entry);

export const TITLE_ROLES: readonly TitleRole[] = [
  'head_of_government',
  'head_of_state',
  'foreign_minister',
  'minister',
  'official',
  'diplomat',
  'royal',
  'org_head',
  'other',
];

export function findTitle(surface: string): TitleEntry | undefined {
  return byTitle.get(surface);
}

/** The normal form of a title (外相 → 外務大臣); the surface itself when it has none or is unknown. */
export function canonicalTitle(surface: string): string {
  return byTitle.get(surface)?.canonical ?? surface;
}

export function titleRole(surface: string): TitleRole | undefined {
  return byTitle.get(surface)?.role;
}

export function isTitleRole(value: string): value is TitleRole {
  return (TITLE_ROLES as readonly string[]).includes(value);
}
