// One entry for every export kind: the CLI (and tests) call runExport with a connected Db.
import { DiplographError } from '../errors.js';
import type { Db } from '../graph/driver.js';
import type { DateRange } from './date-range.js';
import { createExportProgress } from './progress.js';
import { type ExportSummary, exportDyads } from './run-dyads.js';
import { exportActors } from './run-actors.js';
import { exportEvents } from './run-events.js';
import { exportNetwork, type NetworkFormat } from './run-network.js';
import type { NetworkLevel } from './network.js';

export const EXPORT_KINDS = ['dyads', 'events', 'network', 'actors'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportOptions {
  range: DateRange;
  /** A file, or '-' for stdout. */
  out: string;
  /** dyads: one row per unordered pair instead of both orders. @default false */
  undirected?: boolean;
  /** network: countries or people. @default 'country' */
  level?: NetworkLevel;
  /** network: gephi (two CSVs), gexf or graphml. @default 'gexf' */
  format?: NetworkFormat;
  /** Told about what the export leaves out. @default nothing */
  log?: (message: string) => void;
  /** Rows per page read from Neo4j. @default 500 */
  pageSize?: number;
  /** Draw a progress line on stderr when it is a terminal. @default false */
  progress?: boolean;
  /** Stops the export (Ctrl-C): it rejects with the signal's reason and leaves no file behind. */
  signal?: AbortSignal;
}

export function parseExportKind(kind: string): ExportKind {
  if ((EXPORT_KINDS as readonly string[]).includes(kind)) return kind as ExportKind;
  throw new DiplographError('USAGE', `unknown export "${kind}": choose one of ${EXPORT_KINDS.join(', ')}`);
}

export async function runExport(db: Db, kind: ExportKind, options: ExportOptions): Promise<ExportSummary> {
  const progress = options.progress ? createExportProgress(`export ${kind}`) : null;
  const paging = { pageSize: options.pageSize ?? 500, onPage: (rows: number) => progress?.update(rows),
    ...(options.signal ? { signal: options.signal } : {}) };
  try {
    switch (kind) {
      case 'dyads':
        return await exportDyads(db, { ...paging, range: options.range, out: options.out, directed: !options.undirected });
      case 'events':
        return await exportEvents(db, { ...paging, range: options.range, out: options.out });
      case 'network':
        return await exportNetwork(db, { ...paging, range: options.range, out: options.out, level: options.level ?? 'country',
          format: options.format ?? 'gexf', ...(options.log ? { log: options.log } : {}) });
      case 'actors':
        return await exportActors(db, { ...paging, range: options.range, out: options.out });
      default:
        throw new DiplographError('USAGE', `unknown export "${String(kind)}"`);
    }
  } finally {
    progress?.done();
  }
}
