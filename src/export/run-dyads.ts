// `diplograph export dyads`: meeting pages → DyadYears → RFC 4180 CSV (csv-stringify: header, CRLF
// record ends, fields quoted when they need it, UTF-8 without a byte-order mark), or Parquet.
import { stringify } from 'csv-stringify';
import type { Db } from '../graph/driver.js';
import type { DateRange } from './date-range.js';
import { DYAD_COLUMNS, DyadYears } from './dyads.js';
import { dyadsParquet } from './dyads-parquet.js';
import { readMeetings } from './meetings.js';
import type { PageOptions } from './pages.js';
import { writeExport } from './sink.js';

export interface DyadExportOptions extends PageOptions {
  range: DateRange;
  out: string;
  directed: boolean;
  /** csv (RFC 4180) or parquet. @default 'csv' */
  format?: DyadFormat;
}

export const DYAD_FORMATS = ['csv', 'parquet'] as const;
export type DyadFormat = (typeof DYAD_FORMATS)[number];

export interface ExportSummary {
  rows: number;
  meetings: number;
}

export function csvStringifier(columns: string[]) {
  return stringify({ header: true, columns, record_delimiter: 'windows' });
}

export async function exportDyads(db: Db, options: DyadExportOptions): Promise<ExportSummary> {
  const dyads = new DyadYears({ directed: options.directed });
  let meetings = 0;
  for await (const meeting of readMeetings(db, options.range, options)) {
    dyads.add(meeting);
    meetings++;
  }
  if (options.format === 'parquet') await writeExport(options.out, [dyadsParquet(dyads.records())], undefined, options.signal);
  else await writeExport(options.out, dyads.records(), csvStringifier(DYAD_COLUMNS), options.signal);
  return { rows: dyads.size, meetings };
}
