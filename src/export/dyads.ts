// The dyad-year table: one row per pair of countries on opposite sides of at least one meeting in a
// year. Directed (the default, as peacesciencer's directed dyad-years): both orders of every pair, the
// statements counted being those spoken by country 1's side. Undirected: one row per pair, country 1
// the lower CoW code, statements by anyone. Rows are aggregated from meeting pages in memory: a map
// as large as the output (pairs × years), whatever the number of pages.
import { MEETING_KINDS, SPEECH_ACTS } from './vocabulary.js';
import { compareCountries, countryCodes } from './country-codes.js';
import { type ExportMeeting, hostOf } from './meetings.js';

export interface DyadOptions {
  directed: boolean;
}

interface DyadYear {
  a: string;
  b: string;
  year: number;
  meetings: number;
  kinds: Map<string, number>;
  hostedByA: number;
  hostedByB: number;
  hostUnknown: number;
  acts: Map<string, number>;
  first: string;
  last: string;
}

const UNCODED = 'uncoded';

export const DYAD_COLUMNS: string[] = [
  'ccode1', 'ccode2', 'iso1', 'iso2', 'cowabb1', 'cowabb2', 'year', 'meetings',
  ...MEETING_KINDS.map((kind) => `meetings_${kind}`),
  'hosted_by_1', 'hosted_by_2', 'host_unknown',
  'statements', ...[...SPEECH_ACTS, UNCODED].map((act) => `statements_${act}`),
  'first_date', 'last_date',
];

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** The ordered pairs a meeting makes: both orders (directed) or the lower code first (undirected). */
function pairsOf(sides: string[], directed: boolean): Array<[string, string]> {
  const sorted = [...new Set(sides)].sort(compareCountries);
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < sorted.length; j++) {
      if (i === j || (!directed && j < i)) continue;
      pairs.push([sorted[i]!, sorted[j]!]);
    }
  }
  return pairs;
}

export class DyadYears {
  private readonly rows = new Map<string, DyadYear>();

  constructor(private readonly options: DyadOptions) {}

  add(meeting: ExportMeeting): void {
    const host = hostOf(meeting);
    for (const [a, b] of pairsOf(meeting.sides, this.options.directed)) {
      const key = `${meeting.year}\t${a}\t${b}`;
      let row = this.rows.get(key);
      if (!row) {
        row = { a, b, year: meeting.year, meetings: 0, kinds: new Map(), hostedByA: 0, hostedByB: 0, hostUnknown: 0,
          acts: new Map(), first: meeting.date, last: meeting.date };
        this.rows.set(key, row);
      }
      row.meetings++;
      bump(row.kinds, meeting.kind);
      if (host === a) row.hostedByA++;
      else if (host === b) row.hostedByB++;
      else row.hostUnknown++;
      for (const statement of meeting.statements) {
        if (this.options.directed && !statement.sides.includes(a)) continue;
        bump(row.acts, statement.act ?? UNCODED);
      }
      if (meeting.date < row.first) row.first = meeting.date;
      if (meeting.date > row.last) row.last = meeting.date;
    }
  }

  /** CSV records (objects keyed by DYAD_COLUMNS), by year, then country 1 and 2 in CoW order. */
  *records(): Generator<Record<string, string | number | null>> {
    const sorted = [...this.rows.values()].sort(
      (x, y) => x.year - y.year || compareCountries(x.a, y.a) || compareCountries(x.b, y.b));
    for (const row of sorted) yield toRecord(row);
  }

  get size(): number {
    return this.rows.size;
  }
}

function toRecord(row: DyadYear): Record<string, string | number | null> {
  const one = countryCodes(row.a);
  const two = countryCodes(row.b);
  const record: Record<string, string | number | null> = {
    ccode1: one.ccode, ccode2: two.ccode, iso1: row.a, iso2: row.b, cowabb1: one.cowAbb, cowabb2: two.cowAbb,
    year: row.year, meetings: row.meetings,
  };
  for (const kind of MEETING_KINDS) record[`meetings_${kind}`] = row.kinds.get(kind) ?? 0;
  Object.assign(record, { hosted_by_1: row.hostedByA, hosted_by_2: row.hostedByB, host_unknown: row.hostUnknown });
  let statements = 0;
  for (const act of [...SPEECH_ACTS, UNCODED]) {
    const count = row.acts.get(act) ?? 0;
    record[`statements_${act}`] = count;
    statements += count;
  }
  record.statements = statements;
  return { ...record, first_date: row.first, last_date: row.last };
}
