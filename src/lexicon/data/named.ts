// Row helper for the NamedEntry tables: ids follow the contract ('<type-lowercase>:<canonical>').
import type { NamedEntry } from '../types.js';

export type NamedKind = 'organization' | 'location' | 'issue' | 'event' | 'agreement';

/** [canonical name, aliases, country ISO3 (null = international), note, partner ISO3 (NamedEntry.partner)] */
export type NamedRow = [name: string, aliases?: string[], country?: string | null, note?: string, partner?: string];

export function namedEntries(kind: NamedKind, rows: NamedRow[]): NamedEntry[] {
  return rows.map(([name, aliases = [], country = null, note, partner]) => {
    const entry: NamedEntry = { id: `${kind}:${name}`, name, aliases, country };
    if (note) entry.note = note;
    if (partner) entry.partner = partner;
    return entry;
  });
}
