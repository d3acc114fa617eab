// The whole ingest of a list of arguments into Neo4j: resolve inputs, extract them in the worker pool,
// write them in batches, report progress, return the summary. The CLI command and the benchmark call this.
import { writeDocuments } from '../graph/writer.js';
import type { Db } from '../graph/driver.js';
import { resolveInputs } from '../read/resolve-inputs.js';
import { DEFAULT_WORKERS, createExtractionPool } from './pool.js';
import { createProgress } from './progress.js';
import { runIngest } from './run-ingest.js';
import type { IngestSummary } from './summary.js';

export interface IngestFilesOptions {
  /** Globs of files taken from folders. @default ['**\/*'] */
  include?: string[];
  /** Globs of files left out of folders. @default [] */
  exclude?: string[];
  /** Size cap per input in bytes. @default 10 MiB */
  maxBytes?: number;
  /** Timeout of a URL fetch. @default 15000 */
  timeoutMs?: number;
  /** Extraction worker threads. @default 2 */
  workers?: number;
  /** Rows per UNWIND statement. @default 500 */
  batchSize?: number;
  /** Documents per write transaction. @default 8 */
  writeBatch?: number;
  /** Inputs read and extracted ahead of the writer. @default 16 */
  inFlight?: number;
  /** Classify only, write nothing. @default false */
  dryRun?: boolean;
  /** Progress display: a bar, plain lines, or nothing. @default 'auto' (bar on a TTY) */
  progress?: 'auto' | 'bar' | 'plain' | 'none';
  /** Where progress goes. @default process.stderr */
  stream?: NodeJS.WriteStream;
  /** Stream read for `-`. @default process.stdin */
  stdin?: NodeJS.ReadableStream;
  /** Directory relative paths start from. @default process.cwd() */
  cwd?: string;
}

export async function ingestFiles(db: Db, args: string[], options: IngestFilesOptions = {}): Promise<IngestSummary> {
  const { workers = DEFAULT_WORKERS, dryRun = false, batchSize, progress = 'auto', stream = process.stderr } = options;
  const refs = await resolveInputs(args, compact({ include: options.include, exclude: options.exclude, cwd: options.cwd }));
  const readable = refs.filter((ref) => ref.kind !== 'rejected').length;
  // Each worker loads a ~380 MB dictionary: never start more workers than there are inputs.
  const pool = createExtractionPool({ workers: readable === 0 ? 0 : Math.min(workers, readable) });
  const reporter = progress === 'none' ? null : createProgress({ total: refs.length, stream, ...(progress === 'auto' ? {} : { bar: progress === 'bar' }) });
  try {
    return await runIngest(refs, {
      pool,
      write: (results) => writeDocuments(db, results, compact({ dryRun, batchSize })),
      read: compact({ maxBytes: options.maxBytes, timeoutMs: options.timeoutMs, stdin: options.stdin }),
      ...compact({ inFlight: options.inFlight, writeBatch: options.writeBatch }),
      dryRun,
      onOutcome: (outcome) => reporter?.update(outcome),
    });
  } finally {
    reporter?.stop();
    await pool.close();
  }
}

/** Drops undefined values, so that callees' defaults apply. */
function compact<T extends object>(options: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as never;
}
