// Dated office spells per person, the way event coders keep date-bounded actor dictionaries: one row
// per office the lexicon dates (how_known 'lexicon', with the table that names its sources) and one
// per side and office the pages show the person in (how_known 'observed': first and last meeting
// seen, a lower bound of the real spell). Titles of one office (外相, 外務大臣) are folded by the
// reviewed table of offices.ts, so a tenure is one spell whatever the page called it. The API's
// officeHolders answers from the same rows (office-holders.ts).
import { personByKey } from '../lexicon/index.js';
import { countryCodes } from './country-codes.js';
import type { DateRange } from './date-range.js';
import { lexiconTableOf } from './lexicon-tables.js';
import { officeOf } from './offices.js';

/** One seat of the person at a dated meeting (cypher/read/export-people-page.cypher). */
export interface Seat {
  country: string | null;
  title: string | null;
  date: string;
  meeting: string;
}

export interface PersonRow extends Record<string, unknown> {
  id: string;
  name: string | null;
  country: string | null;
  seats: Seat[];
}

export interface ObservedSpell {
  country: string | null;
  /** Office key (offices.ts), null for a title outside the table or no title. */
  office: string | null;
  /** The title written most often for the spell (ties: the first in Japanese order). */
  title: string | null;
  /** Every title written for it, most frequent first. */
  titles: string[];
  first: string;
  last: string;
  meetings: number;
}

export const ACTOR_COLUMNS = ['person_id', 'name', 'iso3', 'ccode', 'office', 'title', 'titles', 'from', 'to', 'how_known',
  'source', 'meetings', 'first_seen', 'last_seen'];

export type ActorRecord = Record<string, string | number | null>;

/** Seats grouped by side and office. Example: 外相 on 2003-01-10 and 外務大臣 on 2004-05-01 → one spell. */
export function observedSpells(seats: readonly Seat[]): ObservedSpell[] {
  const groups = new Map<string, { country: string | null; office: string | null; titles: Map<string | null, number>; meetings: Set<string>; first: string; last: string }>();
  for (const seat of seats) {
    const office = officeOf(seat.title);
    const key = `${seat.country ?? ''}\t${office ?? `title:${seat.title ?? ''}`}`;
    let group = groups.get(key);
    if (!group) {
      group = { country: seat.country, office, titles: new Map(), meetings: new Set(), first: seat.date, last: seat.date };
      groups.set(key, group);
    }
    group.titles.set(seat.title, (group.titles.get(seat.title) ?? 0) + 1);
    group.meetings.add(seat.meeting);
    if (seat.date < group.first) group.first = seat.date;
    if (seat.date > group.last) group.last = seat.date;
  }
  return [...groups.values()].map((group) => {
    const titles = [...group.titles].sort(([ta, na], [tb, nb]) => nb - na || (ta ?? '').localeCompare(tb ?? ''))
      .map(([title]) => title);
    return { country: group.country, office: group.office, title: titles[0] ?? null,
      titles: titles.filter((t): t is string => t !== null), first: group.first, last: group.last, meetings: group.meetings.size };
  }).sort((a, b) => a.first.localeCompare(b.first) || (a.title ?? '').localeCompare(b.title ?? ''));
}

function overlaps(from: string, to: string | null, range: DateRange): boolean {
  return (range.to === null || from <= range.to) && (range.from === null || to === null || to > range.from);
}

/** The lexicon's dated offices of a person id, as rows (an empty list for a person the lexicon lacks). */
export function lexiconRecords(personId: string, name: string | null, range: DateRange): ActorRecord[] {
  const entry = personByKey(personId.replace(/^person:/, ''));
  if (!entry) return [];
  const iso3 = entry.country || null;
  return entry.offices.filter((office) => overlaps(office.from, office.to, range)).map((office) => ({
    person_id: personId, name: name ?? entry.name, iso3, ccode: iso3 ? countryCodes(iso3).ccode : null,
    office: officeOf(office.title), title: office.title, titles: office.title, from: office.from, to: office.to,
    how_known: 'lexicon', source: lexiconTableOf(personId), meetings: null, first_seen: null, last_seen: null,
  }));
}

export function actorRecords(person: PersonRow, range: DateRange): ActorRecord[] {
  const rows = lexiconRecords(person.id, person.name, range);
  for (const spell of observedSpells(person.seats)) {
    // The side the person sat for, never their nationality: a European Commission president or a UN
    // Secretary-General seated for no country holds no office of his own country (empty iso3).
    const iso3 = spell.country;
    rows.push({ person_id: person.id, name: person.name, iso3, ccode: iso3 ? countryCodes(iso3).ccode : null,
      office: spell.office, title: spell.title, titles: spell.titles.join('|'), from: spell.first, to: spell.last,
      how_known: 'observed', source: 'pages', meetings: spell.meetings, first_seen: spell.first, last_seen: spell.last });
  }
  return rows;
}
