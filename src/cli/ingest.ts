// `diplograph ingest INPUT...`: files, folders (recursive, --include/--exclude globs), `-` for stdin and
// http(s) URLs, extracted in a pool of worker threads and written into Neo4j (NEO4J_URI, or the embedded
// server, started for the run when none runs). One line per input when stdout is not a terminal (or
// with --verbose), a progress bar or periodic lines on stderr, then a summary.
// Exit code: 0 all went in, 2 some inputs were rejected, 1 nothing could run.
import { type Command, InvalidArgumentError } from 'commander';
import { DiplographError } from '../errors.js';
import { openIngest } from '../ingest/ingest-paths.js';
import { formatSummary } from '../ingest/summary.js';
import { withGraph } from './lifecycle.js';
import type { ExitHolder } from './main.js';

interface IngestFlags {
  dryRun?: boolean;
  batchSize: number;
  include?: string[];
  exclude?: string[];
  maxBytes: number;
  timeout: number;
  pageBudget: number;
  source?: string;
  workers: number;
  writeBatch: number;
  progress: 'auto' | 'bar' | 'plain' | 'none';
  verbose?: boolean;
}

const positiveInteger = (what: string, allowZero = false) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new InvalidArgumentError(`the ${what} is a ${allowZero ? 'non-negative' : 'positive'} integer`);
  return n;
};

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "10m", "512k", "2097152" → bytes. */
function parseSize(value: string): number {
  const match = /^(\d+)\s*([kmg]?)(i?b)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('a size such as 10m, 512k or 2097152 (bytes)');
  return Number(match[1]) * SIZE_UNITS[(match[2] ?? '').toLowerCase()]!;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function parseProgress(value: string): IngestFlags['progress'] {
  if (value === 'auto' || value === 'bar' || value === 'plain' || value === 'none') return value;
  throw new InvalidArgumentError('one of auto, bar, plain, none');
}

async function runIngestCommand(inputs: string[], flags: IngestFlags, exit: ExitHolder): Promise<void> {
  const log = (message: string) => console.error(`diplograph: ${message}`);
  // On a terminal the bar shows progress and the summary lists rejections; logs get every line.
  const printLines = flags.verbose === true || !process.stdout.isTTY;
  // Opened first: bad inputs and a missing build are reported before Neo4j is reached.
  const ingest = await openIngest(inputs, {
    dryRun: flags.dryRun ?? false,
    batchSize: flags.batchSize,
    ...(flags.include ? { include: flags.include } : {}),
    ...(flags.exclude ? { exclude: flags.exclude } : {}),
    maxBytes: flags.maxBytes,
    timeoutMs: flags.timeout,
    pageBudgetMs: flags.pageBudget,
    ...(flags.source ? { stdinSource: flags.source } : {}),
    workers: flags.workers,
    writeBatch: flags.writeBatch,
    progress: flags.progress,
    onLine: (line) => printLines && console.log(line),
  });
  try {
    // A dry run writes nothing, not even the schema.
    await withGraph({ log, schema: !flags.dryRun }, async ({ db }) => {
      const summary = await ingest.run(db);
      for (const line of formatSummary(summary, { timings: flags.verbose === true })) console.log(line);
      if (summary.processed === 0) throw new DiplographError('USAGE', `no input found in ${inputs.join(' ')}`);
      exit.code = summary.rejected.length > 0 ? 2 : 0;
    });
  } finally {
    await ingest.close();
  }
}

export function registerIngest(program: Command, exit: ExitHolder): void {
  program
    .command('ingest')
    .description('extract meeting summaries and write them into Neo4j: files, folders (recursive), - for stdin, http(s) URLs')
    .argument('<inputs...>', 'files, folders, - (stdin) or http(s) URLs')
    .option('--dry-run', 'report what would happen (ingested, unchanged, replaced, duplicate, rejected) without writing')
    .option('--include <glob>', 'files to take from folders (repeatable; default: every file)', collect)
    .option('--exclude <glob>', 'files to leave out of folders (repeatable)', collect)
    .option('--max-bytes <size>', 'size cap per input, e.g. 10m', parseSize, 10 * 1024 * 1024)
    .option('--timeout <ms>', 'time allowed for one URL fetch', positiveInteger('timeout'), 15_000)
    .option('--source <name>', 'source of the document read from - (default: stdin: and a digest of its content, so two documents never replace each other)')
    .option('--page-budget <ms>', 'time one page may take to extract; a slower page is rejected and the run goes on', positiveInteger('page budget'), 30_000)
    .option('--workers <n>', 'extraction worker threads (0: in the main thread)', positiveInteger('number of workers', true), 2)
    .option('--batch-size <n>', 'rows per UNWIND statement', positiveInteger('batch size'), 500)
    .option('--write-batch <n>', 'documents per chunk; a write transaction takes every chunk already extracted, up to 4 chunks', positiveInteger('write batch'), 16)
    .option('--progress <mode>', 'auto (bar on a terminal), bar, plain or none', parseProgress, 'auto')
    .option('--verbose', 'one line per input even on a terminal')
    .action((inputs: string[], flags: IngestFlags) => runIngestCommand(inputs, flags, exit));
}
