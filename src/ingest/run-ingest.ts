// The ingest loop with back-pressure: inputs are read and extracted (in the worker pool) a bounded
// number ahead of the writer, and written in input order, a few documents per transaction. Memory
// holds at most `inFlight + writeBatch` documents, however many files there are.
import { isDiplographError } from '../errors.js';
import { readInput, type ReadOptions } from '../read/read-input.js';
import type { InputRef } from '../read/types.js';
import type { ExtractionResult } from '../types.js';
import type { ExtractionPool } from './pool.js';
import { findingsOf } from './findings.js';
import { IngestTally, type IngestSummary } from './summary.js';
import type { ExtractAnswer, ItemOutcome } from './types.js';

/** What the graph writer reports for one document (the writer's WriteOutcome has these fields). */
export interface WrittenDocument {
  source: string;
  status: 'created' | 'unchanged' | 'replaced' | 'duplicate';
}

export interface IngestRunOptions {
  pool: ExtractionPool;
  /** Writes (or, in a dry run, classifies) documents; outcomes in the order given. */
  write: (results: ExtractionResult[]) => Promise<WrittenDocument[]>;
  read?: ReadOptions;
  /** Inputs read and extracted ahead of the writer; enough to keep the workers busy during a write. @default 2 × writeBatch */
  inFlight?: number;
  /** Documents handed to one write call (one transaction when their ids and sources differ). @default 16 */
  writeBatch?: number;
  dryRun?: boolean;
  onOutcome?: (outcome: ItemOutcome) => void;
}

type Prepared = { source: string; answer: ExtractAnswer };

export async function runIngest(refs: Iterable<InputRef>, options: IngestRunOptions): Promise<IngestSummary> {
  const { writeBatch = 16 } = options;
  const inFlight = options.inFlight ?? 2 * writeBatch;
  const tally = new IngestTally(options.dryRun ?? false);
  const report = (outcome: ItemOutcome) => {
    tally.add(outcome);
    options.onOutcome?.(outcome);
  };
  const window: Array<Promise<Prepared>> = [];
  // Rejections wait in the batch with the documents before them, so outcomes come in input order.
  let batch: Prepared[] = [];
  const flush = async () => {
    const full = batch;
    batch = [];
    const started = performance.now();
    await writeBatchReporting(full, options.write, report);
    tally.writeSeconds += (performance.now() - started) / 1000;
  };
  // Time the writer spends waiting for the next extracted input: where the pipeline is extraction-bound.
  const next = async () => {
    const started = performance.now();
    const prepared = await window.shift()!;
    tally.waitSeconds += (performance.now() - started) / 1000;
    return prepared;
  };
  const consume = async (prepared: Prepared) => {
    batch.push(prepared);
    if (batch.length >= writeBatch) await flush();
  };
  for (const ref of refs) {
    window.push(prepare(ref, options));
    if (window.length >= inFlight) await consume(await next());
  }
  while (window.length > 0) await consume(await next());
  if (batch.length > 0) await flush();
  return tally.summary();
}

/** Read + extract one input; never rejects (a rejected promise waiting in the window would crash Node). */
async function prepare(ref: InputRef, options: IngestRunOptions): Promise<Prepared> {
  try {
    const raw = await readInput(ref, options.read);
    const task = raw.contentType === undefined
      ? { source: raw.source, bytes: raw.bytes }
      : { source: raw.source, bytes: raw.bytes, contentType: raw.contentType };
    return { source: ref.source, answer: await options.pool.extract(task) };
  } catch (error) {
    if (isDiplographError(error)) return { source: ref.source, answer: { ok: false, code: error.code, reason: error.message } };
    return { source: ref.source, answer: { ok: false, code: 'EXTRACTION_FAILED', reason: String(error) } };
  }
}

/** Writes the batch's documents in one call and reports every entry, rejections included, in order. */
async function writeBatchReporting(batch: Prepared[], write: IngestRunOptions['write'], report: (outcome: ItemOutcome) => void): Promise<void> {
  const results = batch.flatMap(({ answer }) => (answer.ok ? [answer.result] : []));
  const written = results.length > 0 ? await writeIsolating(results, write) : [];
  let next = 0;
  for (const { source, answer } of batch) {
    if (!answer.ok) report({ source, status: 'rejected', code: answer.code, reason: answer.reason, statements: 0 });
    else report(written[next++]!);
  }
}

/** Writes results; when the group fails, writes them one by one so that only the failing one is lost. */
async function writeIsolating(results: ExtractionResult[], write: IngestRunOptions['write']): Promise<ItemOutcome[]> {
  try {
    const written = await write(results);
    return written.map((outcome, i) => {
      const wrote = outcome.status === 'created' || outcome.status === 'replaced';
      const result = results[i]!;
      return { source: outcome.source, status: outcome.status, statements: wrote ? (result.statements?.length ?? 0) : 0, findings: findingsOf(result) };
    });
  } catch (error) {
    // Neo4j gone: nothing else can be written, stop the run (exit code 1).
    if (isDiplographError(error) && error.code === 'NEO4J_UNAVAILABLE') throw error;
    if (results.length > 1) {
      const outcomes: ItemOutcome[] = [];
      for (const result of results) outcomes.push(...(await writeIsolating([result], write)));
      return outcomes;
    }
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return [{ source: results[0]!.document.source, status: 'rejected', code: 'WRITE_FAILED', reason, statements: 0 }];
  }
}
