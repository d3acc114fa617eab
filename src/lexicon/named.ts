// The NamedEntry tables (organisations, locations, issues, events, agreements) and a surface lookup
// over each. Surfaces are matched exactly, after NFKC (full-width Latin / digits: Ｇ７ = G7).
import { AGREEMENTS } from './data/agreements.js';
import { EVENTS } from './data/events.js';
import { ISSUES } from './data/issues.js';
import { LOCATIONS } from './data/locations.js';
import { ORGANIZATIONS } from './data/organizations.js';
import type { NamedEntry } from './types.js';

export const organizations: readonly NamedEntry[] = ORGANIZATIONS;
export const locations: readonly NamedEntry[] = LOCATIONS;
export const issues: readonly NamedEntry[] = ISSUES;
export const events: readonly NamedEntry[] = EVENTS;
export const agreements: readonly NamedEntry[] = AGREEMENTS;

export type NamedTable = 'organization' | 'location' | 'issue' | 'event' | 'agreement';

const TABLES: Record<NamedTable, readonly NamedEntry[]> = {
  organization: organizations,
  location: locations,
  issue: issues,
  event: events,
  agreement: agreements,
};

function indexBySurface(entries: readonly NamedEntry[]): Map<string, NamedEntry> {
  const index = new Map<string, NamedEntry>();
  for (const entry of entries) {
    for (const surface of [entry.name, ...entry.aliases]) {
      const key = surface.normalize('NFKC');
      if (!index.has(key)) index.set(key, entry);
    }
  }
  return index;
}

const INDEXES = Object.fromEntries(
  Object.entries(TABLES).map(([table, entries]) => [table, indexBySurface(entries)]),
) as Record<NamedTable, Map<string, NamedEntry>>;

/** The entry of `table` whose name or alias is `surface`; without `table`, the first table that has it. */
export function findNamed(surface: string, table?: NamedTable): NamedEntry | undefined {
  const key = surface.normalize('NFKC');
  if (table) return INDEXES[table].get(key);
  for (const name of Object.keys(INDEXES) as NamedTable[]) {
    const entry = INDEXES[name].get(key);
    if (entry) return entry;
  }
  return undefined;
}

/** Every surface form (name and aliases) of every entry in the tables, e.g. for a longest-match scanner. */
export function namedSurfaces(table: NamedTable): string[] {
  return TABLES[table].flatMap((entry) => [entry.name, ...entry.aliases]);
}
