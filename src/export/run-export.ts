// One entry for every export kind: the CLI (and tests) call runExport with a connected Db.
import { DiplographError } from '../errors.js';
import type { Db } from '../graph/driver.js';
import type { DateRange } from './date-range.js';
import { createExportProgress } from './progress.js';
import { DYAD_FORMATS, type DyadFormat, type ExportSummary, exportDyads } from './run-dyads.js';
import { exportActors } from './run-actors.js';
import { exportEvents } from './run-events.js';
import { exportNetwork, NETWORK_FORMATS, type NetworkFormat } from './run-network.js';
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
  /** network: gephi (two CSVs), gexf or graphml (@default 'gexf'); dyads: csv or parquet (@default 'csv'). */
  format?: NetworkFormat | DyadFormat;
  /** Told about what the export leaves out. @default nothing */
  log?: (message: string) => void;
  /** Rows per page read from Neo4j. @default 500 */
  pageSize?: number;
  /** Draw a progress line on stderr when it is a terminal. @default false */
  progress?: boolean;
  /** Stops the export (Ctrl-C): it rejects with the signal's reason and leaves no file behind. */
  signal?: AbortSignal;
}

/** Formats by kind: dyads csv|parquet, network gephi|gexf|graphml; events (JSON Lines) and actors (CSV) have one. */
export const FORMATS_OF: Record<ExportKind, readonly string[]> = {
  dyads: DYAD_FORMATS, network: NETWORK_FORMATS, events: ['jsonl'], actors: ['csv'],
};

/** Refuses a --format the kind does not write (before anything starts). */
export function checkExportFormat(kind: ExportKind, format: string | undefined): void {
  if (format !== undefined && !FORMATS_OF[kind].includes(format)) {
    throw new DiplographError('USAGE', `export ${kind} writes ${FORMATS_OF[kind].join(' or ')}, not "${format}"`);
  }
}

function formatOf<F extends string>(kind: ExportKind, format: string | undefined, formats: readonly F[], fallback: F): F {
  if (format === undefined) return fallback;
  if ((formats as readonly string[]).includes(format)) return format as F;
  throw new DiplographError('USAGE', `export ${kind} writes ${formats.join(' or ')}, not "${format}"`);
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
        return await exportDyads(db, { ...paging, range: options.range, out: options.out, directed: !options.undirected,
          format: formatOf(kind, options.format, DYAD_FORMATS, 'csv') });
      case 'events':
        return await exportEvents(db, { ...paging, range: options.range, out: options.out });
      case 'network':
        return await exportNetwork(db, { ...paging, range: options.range, out: options.out, level: options.level ?? 'country',
          format: formatOf(kind, options.format, NETWORK_FORMATS, 'gexf'), ...(options.log ? { log: options.log } : {}) });
      case 'actors':
        return await exportActors(db, { ...paging, range: options.range, out: options.out });
      default:
        throw new DiplographError('USAGE', `unknown export "${String(kind)}"`);
    }
  } finally {
    progress?.done();
  }
}
