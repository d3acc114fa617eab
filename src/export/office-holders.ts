// "Who was X's foreign minister on a date": the spells of the actors export (actors.ts) that cover a
// day, for one country and one office. The lexicon's dated offices answer first (from inclusive, to
// exclusive); the spells observed on the pages add anyone seen in the office around that day (first
// and last meeting inclusive) — a lower bound, so an observed spell can miss a day its holder held.
import { lexiconRecords, observedSpells, type PersonRow } from './actors.js';
import { OFFICES, officeKey } from './offices.js';
import { people } from '../lexicon/index.js';

export interface OfficeSpell {
  personId: string;
  name: string | null;
  country: string;
  /** Office key (offices.ts), or the title itself when the table has no office for it. */
  office: string;
  title: string;
  titles: string[];
  from: string;
  /** Lexicon: the successor's first day (exclusive), null while held. Observed: the last meeting seen. */
  to: string | null;
  howKnown: 'lexicon' | 'observed';
  /** Lexicon table (src/lexicon/data/people/*.ts) or 'pages'. */
  source: string | null;
  meetings: number | null;
}

/** The titles a query for `office` reads on the pages: every title of the office, or the one title. */
export function titlesOfOffice(officeOrTitle: string): string[] {
  const key = officeKey(officeOrTitle);
  return [...(OFFICES.find((office) => office.key === key)?.titles ?? [officeOrTitle])];
}

const folded = (title: string | null, key: string) => title !== null && officeKey(title) === key;

/** Spells from the lexicon: its people of `country` whose dated office of this kind covers `on`. */
export function lexiconHolders(country: string, officeOrTitle: string, on: string): OfficeSpell[] {
  const key = officeKey(officeOrTitle);
  const range = { from: on, to: on };
  return people.filter((person) => person.country === country).flatMap((person) =>
    lexiconRecords(`person:${person.key}`, person.name, range)
      .filter((row) => folded(row.title as string, key) && row.from! <= on && (row.to === null || on < row.to!))
      .map((row): OfficeSpell => ({ personId: row.person_id as string, name: row.name as string, country, office: key,
        title: row.title as string, titles: [row.title as string], from: row.from as string, to: row.to as string | null,
        howKnown: 'lexicon', source: row.source as string | null, meetings: null })));
}

/** Spells observed on the pages (`seated`: cypher/read/office-holder-seats rows) that cover `on`. */
export function observedHolders(seated: readonly PersonRow[], country: string, officeOrTitle: string, on: string): OfficeSpell[] {
  const key = officeKey(officeOrTitle);
  return seated.flatMap((person) => observedSpells(person.seats)
    .filter((spell) => spell.country === country && folded(spell.title, key) && spell.first <= on && on <= spell.last)
    .map((spell): OfficeSpell => ({ personId: person.id, name: person.name, country, office: key, title: spell.title!,
      titles: spell.titles, from: spell.first, to: spell.last, howKnown: 'observed', source: 'pages', meetings: spell.meetings })));
}
