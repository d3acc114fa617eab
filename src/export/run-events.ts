// `diplograph export events`: meeting events, then statement events, as JSON Lines (one object and a
// LF per line, UTF-8). Both are read in keyset pages and written as they come: memory holds a page.
import type { Db } from '../graph/driver.js';
import type { DateRange } from './date-range.js';
import { meetingEvent, type StatementRow, statementEvent } from './events.js';
import { readMeetings } from './meetings.js';
import { type PageOptions, readPages } from './pages.js';
import { EVENT_ACTS } from './plover-map.js';
import type { ExportSummary } from './run-dyads.js';
import { writeExport } from './sink.js';

export interface EventExportOptions extends PageOptions {
  range: DateRange;
  out: string;
}

export async function exportEvents(db: Db, options: EventExportOptions): Promise<ExportSummary> {
  const summary = { rows: 0, meetings: 0 };
  async function* lines(): AsyncGenerator<string> {
    for await (const meeting of readMeetings(db, options.range, options)) {
      summary.meetings++;
      summary.rows++;
      yield `${JSON.stringify(meetingEvent(meeting))}\n`;
    }
    const statements = readPages<StatementRow>(db, 'read/export-statements-page', { ...options.range, acts: EVENT_ACTS },
      (row) => row.id, options);
    for await (const row of statements) {
      const event = statementEvent(row);
      if (!event) continue;
      summary.rows++;
      yield `${JSON.stringify(event)}\n`;
    }
  }
  await writeExport(options.out, lines(), undefined, options.signal);
  return summary;
}
