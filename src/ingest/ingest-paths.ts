// The first, sequential `diplograph ingest`: resolve paths (folders: their .txt and .html files), then
// for each input read → decode → extract → write its subgraph in one transaction, reporting one line per
// input. One bad input is reported and skipped; only an unreachable Neo4j stops the run.
import { isDiplographError } from '../errors.js';
import type { Db } from '../graph/driver.js';
import { type WriteStatus, writeDocument } from '../graph/writer.js';
import { extractDocument } from '../pipeline.js';
import { readInput } from '../read/read-input.js';
import { resolveInputs } from '../read/resolve-inputs.js';
import type { InputRef } from '../read/types.js';
import { checkMeetingSummary, prepareSource } from './prepare.js';
import { type IngestSummary, IngestTally } from './summary.js';
import type { ItemOutcome } from './types.js';

export interface IngestPathsOptions {
  /** Report what would happen, write nothing. @default false */
  dryRun?: boolean;
  /** Rows per UNWIND statement. @default 500 */
  batchSize?: number;
  /** Files taken from folders. @default .txt, .html and .htm files, recursively */
  include?: string[];
  /** Told one line per input as it is done. @default no output */
  onLine?: (line: string) => void;
}

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.html', '**/*.htm'];

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

async function ingestOne(db: Db, ref: InputRef, options: IngestPathsOptions): Promise<ItemOutcome> {
  if (ref.kind === 'rejected') {
    return { source: ref.source, status: 'rejected', code: ref.error.code, reason: ref.error.message, statements: 0 };
  }
  try {
    const source = prepareSource(await readInput(ref));
    const result = await extractDocument(source);
    checkMeetingSummary(result);
    const { dryRun, batchSize } = options;
    const outcome = await writeDocument(db, result, { dryRun, batchSize });
    return { source: ref.source, status: outcome.status, statements: outcome.counts.statements };
  } catch (error) {
    // Neo4j gone: nothing else can be written, so the run stops (exit code 1).
    if (isDiplographError(error) && error.code === 'NEO4J_UNAVAILABLE') throw error;
    const code = isDiplographError(error) ? error.code : 'EXTRACTION_FAILED';
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { source: ref.source, status: 'rejected', code, reason, statements: 0 };
  }
}

/** Ingests every input of `paths` in order; the schema must already be applied. */
export async function ingestPaths(db: Db, paths: string[], options: IngestPathsOptions = {}): Promise<IngestSummary> {
  const refs = await resolveInputs(paths, { include: options.include ?? DEFAULT_INCLUDE });
  const tally = new IngestTally(options.dryRun ?? false);
  for (const ref of refs) {
    const outcome = await ingestOne(db, ref, options);
    tally.add(outcome);
    options.onLine?.(formatOutcomeLine(outcome));
  }
  return tally.summary();
}
