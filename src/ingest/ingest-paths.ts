// The whole ingest of command-line arguments into Neo4j: resolve inputs (files, folders, `-`, URLs),
// read and extract them in the worker pool a bounded number ahead, write them in small batches of
// documents (one transaction each), report each input and the progress, return the summary. Inputs the
// graph holds unchanged are reported without being extracted (see run-ingest.ts).
// `diplograph ingest` and the benchmark call this.
import type { Db } from '../graph/driver.js';
import { EXTRACTOR_VERSION } from '../extractor-version.js';
import { type WriteStatus, findUnchangedDocuments, findUnchangedInputs, writeDocuments } from '../graph/writer.js';
import { resolveInputs } from '../read/resolve-inputs.js';
import { DEFAULT_WORKERS, createExtractionPool } from './pool.js';
import { runIngest } from './run-ingest.js';
import type { IngestSummary } from './summary.js';
import type { ItemOutcome } from './types.js';

export interface IngestPathsOptions {
  /** Report what would happen, write nothing. @default false */
  dryRun?: boolean;
  /** Rows per UNWIND statement. @default 500 */
  batchSize?: number;
  /** Globs of files taken from folders. @default every file (a stray image is reported, not ignored) */
  include?: string[];
  /** Globs of files left out of folders. @default [] */
  exclude?: string[];
  /** Size cap per input, in bytes. @default 10 MiB */
  maxBytes?: number;
  /** Timeout of one URL fetch. @default 15000 */
  timeoutMs?: number;
  /** Time one page may take to extract (see PoolOptions.budgetMs). @default 30000 */
  pageBudgetMs?: number;
  /** Extraction worker threads. @default 2 */
  workers?: number;
  /** Inputs per chunk (one unchanged check); the fewest one write transaction takes. @default 16 */
  writeBatch?: number;
  /** Inputs read and extracted ahead of the writer, and the most one write transaction takes. @default 4 × writeBatch */
  inFlight?: number;
  /** Progress display on `progressStream`. @default 'none' */
  progress?: 'auto' | 'bar' | 'plain' | 'none';
  /** @default process.stderr */
  progressStream?: NodeJS.WriteStream;
  /** Source of the document read from `-`. @default named by its content */
  stdinSource?: string;
  /** Stream read for `-`. @default process.stdin */
  stdin?: NodeJS.ReadableStream;
  /** Folder relative paths start from. @default process.cwd() */
  cwd?: string;
  /** Told one line per input as it is done ("ingested a.html", "rejected b.png binary file..."). */
  onLine?: (line: string, outcome: ItemOutcome) => void;
}

/** Every file of a folder: images, empty files and the like are reported with their reason. */
export const DEFAULT_INCLUDE = ['**/*'];

/** The word the per-input line starts with. */
const LINE_WORD: Record<WriteStatus | 'rejected', string> = {
  created: 'ingested',
  unchanged: 'unchanged',
  replaced: 'replaced',
  duplicate: 'duplicate',
  rejected: 'rejected',
};

export function formatOutcomeLine(outcome: ItemOutcome): string {
  const reason = outcome.reason ? ` ${outcome.reason}` : '';
  return `${LINE_WORD[outcome.status]} ${outcome.source}${reason}`;
}

/** An ingest whose inputs are resolved; its worker threads start with the first input to extract. */
export interface OpenedIngest {
  /** Reads, extracts and writes (or classifies, in a dry run) every input into `db`. Once. */
  run(db: Db): Promise<IngestSummary>;
  close(): Promise<void>;
}

/**
 * Resolves the inputs and prepares the extraction pool. Its threads start only when an input must be
 * extracted: a re-run that finds every page unchanged starts none (see run-ingest.ts).
 */
export async function openIngest(paths: string[], options: IngestPathsOptions = {}): Promise<OpenedIngest> {
  const { dryRun = false, workers = DEFAULT_WORKERS, progress = 'none' } = options;
  const refs = await resolveInputs(paths, compact({ include: options.include ?? DEFAULT_INCLUDE, exclude: options.exclude, cwd: options.cwd, stdinSource: options.stdinSource }));
  const readable = refs.filter((ref) => ref.kind !== 'rejected').length;
  // Each worker loads a ~380 MB dictionary: never more workers than inputs.
  const pool = createExtractionPool({ workers: readable === 0 ? 0 : Math.min(workers, readable), ...compact({ budgetMs: options.pageBudgetMs }) });
  return {
    run: async (db) => {
      const bar = progress === 'auto' ? {} : { bar: progress === 'bar' };
      // cli-progress loads only when progress is shown.
      const reporter = progress === 'none' ? null : (await import('./progress.js')).createProgress({ total: refs.length, ...compact({ stream: options.progressStream }), ...bar });
      try {
        return await runIngest(refs, {
          pool,
          write: (results) => writeDocuments(db, results, compact({ dryRun, batchSize: options.batchSize })),
          findUnchanged: (keys) => findUnchangedDocuments(db, keys),
          findUnchangedInputs: (inputs) => findUnchangedInputs(db, inputs, EXTRACTOR_VERSION),
          read: compact({ maxBytes: options.maxBytes, timeoutMs: options.timeoutMs, stdin: options.stdin }),
          ...compact({ inFlight: options.inFlight, writeBatch: options.writeBatch }),
          dryRun,
          onOutcome: (outcome) => {
            reporter?.update(outcome);
            options.onLine?.(formatOutcomeLine(outcome), outcome);
          },
        });
      } finally {
        reporter?.stop();
      }
    },
    close: () => pool.close(),
  };
}

/** Ingests every input of `paths`; the schema must already be applied (unless dry run). */
export async function ingestPaths(db: Db, paths: string[], options: IngestPathsOptions = {}): Promise<IngestSummary> {
  const ingest = await openIngest(paths, options);
  try {
    return await ingest.run(db);
  } finally {
    await ingest.close();
  }
}

/** Drops undefined values, so that the callee's defaults apply. */
function compact<T extends object>(options: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as never;
}
