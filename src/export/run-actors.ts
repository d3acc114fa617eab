// `diplograph export actors`: people pages → office spells → CSV.
import type { Db } from '../graph/driver.js';
import { ACTOR_COLUMNS, actorRecords, type PersonRow } from './actors.js';
import type { DateRange } from './date-range.js';
import { type PageOptions, readPages } from './pages.js';
import { csvStringifier, type ExportSummary } from './run-dyads.js';
import { writeExport } from './sink.js';

export interface ActorExportOptions extends PageOptions {
  range: DateRange;
  out: string;
}

export async function exportActors(db: Db, options: ActorExportOptions): Promise<ExportSummary> {
  const summary = { rows: 0, meetings: 0 };
  async function* records() {
    for await (const person of readPages<PersonRow>(db, 'read/export-people-page', { ...options.range }, (row) => row.id, options)) {
      for (const record of actorRecords(person, options.range)) {
        summary.rows++;
        yield record;
      }
    }
  }
  await writeExport(options.out, records(), csvStringifier(ACTOR_COLUMNS), options.signal);
  return summary;
}
