// The dyad-year table as Apache Parquet (hyparquet-writer, pure JavaScript): the same columns as the
// CSV, typed — codes, years and counts INT32 (ccode null outside the CoW system), ids and dates
// STRING ('YYYY-MM-DD', as in the CSV). The table is already whole in memory (DyadYears), so it is
// written as one columnar buffer; pandas.read_parquet and R's arrow::read_parquet read it as is.
import { parquetWriteBuffer } from 'hyparquet-writer';
import { DYAD_COLUMNS } from './dyads.js';

type DyadRecord = Record<string, string | number | null>;

const STRING_COLUMNS = new Set(['iso1', 'iso2', 'cowabb1', 'cowabb2', 'first_date', 'last_date']);

/** One Parquet file (bytes) holding `records` under DYAD_COLUMNS. */
export function dyadsParquet(records: Iterable<DyadRecord>): Buffer {
  const rows = [...records];
  const columnData = DYAD_COLUMNS.map((name) => ({
    name,
    data: rows.map((row) => row[name] ?? null),
    type: STRING_COLUMNS.has(name) ? ('STRING' as const) : ('INT32' as const),
  }));
  return Buffer.from(parquetWriteBuffer({ columnData, createdBy: 'diplograph export dyads' }));
}
