// Meetings as the research exports read them (cypher/read/export-meetings-page.cypher), and the one
// rule every export shares for who hosted whom.
import type { Db } from '../graph/driver.js';
import type { DateRange } from './date-range.js';
import { type PageOptions, readPages } from './pages.js';

export interface SeatRow {
  person: string;
  name: string | null;
  country: string | null;
  role: string | null;
  title: string | null;
}

export interface StatementSides {
  act: string | null;
  /** Countries of the statement's speakers (two for a joint 両首脳は… statement; none when unknown). */
  sides: string[];
}

export interface ExportMeeting extends Record<string, unknown> {
  id: string;
  date: string;
  year: number;
  kind: string;
  sides: string[];
  places: string[];
  seats: SeatRow[];
  statements: StatementSides[];
  document: string | null;
  source: string | null;
}

/** Meetings held over a line, where nobody travels. */
const REMOTE_KINDS = new Set(['telephone', 'video']);

/**
 * The host of a meeting: the one side whose country the meeting was held in. Null for calls, for a
 * venue in a third country, and when the page names no place (then nobody is known to have visited).
 * Example: sides [JPN, RUS], held in ソチ (RUS) → 'RUS'; Japan's side visited.
 */
export function hostOf(meeting: Pick<ExportMeeting, 'kind' | 'sides' | 'places'>): string | null {
  if (REMOTE_KINDS.has(meeting.kind)) return null;
  const hosts = [...new Set(meeting.places.filter((place) => place !== null && meeting.sides.includes(place)))];
  return hosts.length === 1 ? hosts[0]! : null;
}

export function readMeetings(db: Db, range: DateRange, options: PageOptions = {}): AsyncGenerator<ExportMeeting> {
  return readPages<ExportMeeting>(db, 'read/export-meetings-page', { ...range }, (row) => row.id, options);
}
