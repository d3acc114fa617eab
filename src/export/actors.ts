// Dated office spells per person, the way event coders keep date-bounded actor dictionaries: one row
// per office the lexicon dates (how_known 'lexicon', with the table that names its sources) and one
// per side and title the pages show the person with (how_known 'observed': first and last meeting
// seen, a lower bound of the real spell).
import { personByKey } from '../lexicon/index.js';
import { countryCodes } from './country-codes.js';
import type { DateRange } from './date-range.js';
import { lexiconTableOf } from './lexicon-tables.js';

export interface PersonRow extends Record<string, unknown> {
  id: string;
  name: string | null;
  country: string | null;
  spells: Array<{ country: string | null; title: string | null; first: string; last: string; meetings: number }>;
}

export const ACTOR_COLUMNS = ['person_id', 'name', 'iso3', 'ccode', 'title', 'from', 'to', 'how_known', 'source',
  'meetings', 'first_seen', 'last_seen'];

type Record_ = Record<string, string | number | null>;

function overlaps(from: string, to: string | null, range: DateRange): boolean {
  return (range.to === null || from <= range.to) && (range.from === null || to === null || to > range.from);
}

export function actorRecords(person: PersonRow, range: DateRange): Record_[] {
  const base = (iso3: string | null) => ({ person_id: person.id, name: person.name, iso3, ccode: iso3 ? countryCodes(iso3).ccode : null });
  const rows: Record_[] = [];
  const entry = personByKey(person.id);
  const table = lexiconTableOf(person.id);
  for (const office of entry?.offices ?? []) {
    if (!overlaps(office.from, office.to, range)) continue;
    rows.push({ ...base(entry!.country || null), title: office.title, from: office.from, to: office.to, how_known: 'lexicon',
      source: table, meetings: null, first_seen: null, last_seen: null });
  }
  for (const spell of person.spells) {
    rows.push({ ...base(spell.country ?? person.country), title: spell.title, from: spell.first, to: spell.last,
      how_known: 'observed', source: 'pages', meetings: spell.meetings, first_seen: spell.first, last_seen: spell.last });
  }
  return rows;
}
