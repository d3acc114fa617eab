// The ingest loop with back-pressure: inputs are taken in chunks of `writeBatch`, read and extracted
// (in the worker pool) a bounded number ahead of the writer, and written in input order. Each write
// call (one transaction when ids and sources differ) takes every chunk already extracted, up to
// `inFlight` documents: a transaction's round trips and commit cost about the same for 16 documents as
// for 200, so when extraction runs ahead, transactions grow. Memory holds at most `2 × inFlight`
// documents, however many files there are.
//
// An input the graph already holds unchanged is not extracted. One read per chunk first asks which of
// its inputs the graph holds from these very bytes (the digest recorded on the document, same source and
// extractor version: nothing to decode); the others are decoded and their content id computed
// (pool.identify, in this thread: cheap), a second read asks which of those ids the graph holds with this
// source and version (the same text from other bytes, or a document written before digests were kept),
// and only the rest go to the workers to be tokenised and written. The workers start as soon as the first
// check by bytes finds an input the graph lacks, so a run that finds every page unchanged starts none.
import { isDiplographError } from '../errors.js';
import type { DocumentKey } from '../graph/write-plan.js';
import { inputDigestOf } from '../read/input-digest.js';
import { readInput, type ReadOptions } from '../read/read-input.js';
import type { InputRef } from '../read/types.js';
import type { ExtractionResult } from '../types.js';
import type { ExtractionPool } from './pool.js';
import { findingsOf } from './findings.js';
import { IngestTally, type IngestSummary } from './summary.js';
import type { ExtractAnswer, ExtractTask, IdentifyAnswer, ItemOutcome } from './types.js';

/** What the graph writer reports for one document (the writer's WriteOutcome has these fields). */
export interface WrittenDocument {
  source: string;
  status: 'created' | 'unchanged' | 'replaced' | 'duplicate';
}

export interface IngestRunOptions {
  pool: ExtractionPool;
  /** Writes (or, in a dry run, classifies) documents; outcomes in the order given. */
  write: (results: ExtractionResult[]) => Promise<WrittenDocument[]>;
  /**
   * For each document, whether the graph already holds it exactly so (same content id, source known,
   * same extractor version); those are reported unchanged without being extracted. Needs
   * `pool.identify`. @default every input is extracted and the writer decides
   */
  findUnchanged?: (documents: DocumentKey[]) => Promise<boolean[]>;
  /**
   * For each input, whether the graph holds it as read: a document of this source and extractor version
   * recorded with the digest of these bytes (inputDigestOf). Asked before decoding; used only with
   * `findUnchanged`. @default every input is decoded and asked by content id
   */
  findUnchangedInputs?: (inputs: InputKey[]) => Promise<boolean[]>;
  read?: ReadOptions;
  /** Inputs read and extracted ahead of the writer, and the most one write call takes. @default 4 × writeBatch */
  inFlight?: number;
  /** Inputs per chunk (one unchanged check); the fewest a write call takes unless the inputs end. @default 16 */
  writeBatch?: number;
  dryRun?: boolean;
  onOutcome?: (outcome: ItemOutcome) => void;
}

/** An input as read, before decoding: its source and the digest of its bytes. */
export interface InputKey {
  source: string;
  digest: string;
}

/** One input after reading and extraction: an answer of the pool, or found unchanged before extraction. */
type Prepared = { source: string; answer: ExtractAnswer } | { source: string; unchanged: true };

export async function runIngest(refs: Iterable<InputRef>, options: IngestRunOptions): Promise<IngestSummary> {
  const { writeBatch = 16 } = options;
  const inFlight = options.inFlight ?? 4 * writeBatch;
  const chunkSize = Math.max(1, Math.min(writeBatch, inFlight));
  const chunksAhead = Math.max(1, Math.floor(inFlight / chunkSize));
  const tally = new IngestTally(options.dryRun ?? false);
  const report = (outcome: ItemOutcome) => {
    tally.add(outcome);
    options.onOutcome?.(outcome);
  };
  const chunks = chunksOf(refs, chunkSize);
  // A source met twice in one run is never skipped: its first occurrence may change the graph first.
  const seenSources = new Set<string>();
  const window: Array<{ prepared: Promise<Prepared[]>; ready: Prepared[] | null }> = [];
  // Chunks hand their pages to the pool in input order, whichever chunk's unchanged check answers
  // first: the writer waits for the oldest chunk, which must not queue behind the pages of later ones.
  let turn: Promise<void> = Promise.resolve();
  const fill = () => {
    while (window.length < chunksAhead) {
      const next = chunks.next();
      if (next.done) return;
      const firstSeen = next.value.map((ref) => !seenSources.has(ref.source) && (seenSources.add(ref.source), true));
      const order = { after: turn, handedOver: () => {} };
      turn = new Promise((resolve) => (order.handedOver = resolve));
      const slot = { prepared: prepareChunk(next.value, firstSeen, options, order), ready: null as Prepared[] | null };
      void slot.prepared.then((prepared) => (slot.ready = prepared));
      window.push(slot);
    }
  };
  fill();
  while (window.length > 0) {
    // Time the writer spends waiting for the next chunk: where the pipeline is extraction-bound.
    let started = performance.now();
    const taken = [...(await window.shift()!.prepared)];
    tally.waitSeconds += (performance.now() - started) / 1000;
    while (window[0]?.ready && taken.length + window[0].ready.length <= inFlight) taken.push(...window.shift()!.ready!);
    fill();
    started = performance.now();
    await writeChunkReporting(taken, options.write, report);
    tally.writeSeconds += (performance.now() - started) / 1000;
  }
  return tally.summary();
}

function* chunksOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Reads, checks and extracts one chunk; never rejects (a rejected promise waiting in the window would
 * crash Node). Its pages go to the pool once the previous chunk's have (`order`).
 */
async function prepareChunk(refs: InputRef[], firstSeen: boolean[], options: IngestRunOptions, order: ChunkOrder): Promise<Prepared[]> {
  try {
    return await checkAndExtract(refs, firstSeen, options, order);
  } finally {
    order.handedOver();
  }
}

interface ChunkOrder {
  /** Resolved once the previous chunk has handed its pages to the pool. */
  after: Promise<void>;
  /** Called once this chunk has (calling it again changes nothing). */
  handedOver: () => void;
}

async function checkAndExtract(refs: InputRef[], firstSeen: boolean[], options: IngestRunOptions, order: ChunkOrder): Promise<Prepared[]> {
  const { pool, findUnchanged } = options;
  if (!pool.identify || !findUnchanged) return Promise.all(refs.map((ref) => prepare(ref, options)));
  const read = await Promise.all(refs.map((ref) => readSafely(ref, options.read)));
  const unchanged = await unchangedAsRead(read, firstSeen, options);
  // An input the graph does not hold as read is nearly always extracted (unless the same text came
  // from other bytes): the threads start loading while it is decoded and asked about by content id.
  if (read.some((item, i) => 'task' in item && !unchanged.has(i))) pool.warmUp?.();
  const identified = await Promise.all(read.map(async (item, i) =>
    !('task' in item) ? item : unchanged.has(i) ? null : { source: item.source, answer: await identifySafely(item.task, pool) }));
  const candidates = identified.flatMap((item, i) =>
    item?.answer.ok && firstSeen[i] ? [{ i, key: { id: item.answer.id, source: item.source, extractorVersion: item.answer.extractorVersion } }] : []);
  if (candidates.length > 0) {
    // When the graph cannot answer, every input is extracted and the writer meets the error itself.
    const found = await findUnchanged(candidates.map(({ key }) => key)).catch(() => []);
    candidates.forEach(({ i }, j) => found[j] === true && unchanged.add(i));
  }
  await order.after;
  // pool.extract queues each page as it is called: all of this chunk's are queued before handedOver.
  const prepared = identified.map(async (item, i): Promise<Prepared> => {
    const source = refs[i]!.source;
    if (item === null || unchanged.has(i)) return { source, unchanged: true };
    if (!item.answer.ok) return { source, answer: item.answer };
    return { source, answer: await extractSafely(pool, { prepared: item.answer.prepared }) };
  });
  order.handedOver();
  return Promise.all(prepared);
}

/** The inputs of a chunk (by index) that the graph holds from these very bytes. */
async function unchangedAsRead(read: Read[], firstSeen: boolean[], options: IngestRunOptions): Promise<Set<number>> {
  const unchanged = new Set<number>();
  if (!options.findUnchangedInputs) return unchanged;
  const candidates = read.flatMap((item, i) => ('task' in item && firstSeen[i] ? [{ i, key: { source: item.source, digest: inputDigestOf(item.task) } }] : []));
  if (candidates.length === 0) return unchanged;
  const found = await options.findUnchangedInputs(candidates.map(({ key }) => key)).catch(() => []);
  candidates.forEach(({ i }, j) => found[j] === true && unchanged.add(i));
  return unchanged;
}

/** Read + extract one input. */
async function prepare(ref: InputRef, options: IngestRunOptions): Promise<Prepared> {
  try {
    return { source: ref.source, answer: await options.pool.extract(await readTask(ref, options.read)) };
  } catch (error) {
    return { source: ref.source, answer: failure(error) };
  }
}

/** One input's bytes, or why they could not be read. */
type Read = { source: string; task: ExtractTask } | { source: string; answer: Failure };

async function readSafely(ref: InputRef, read: ReadOptions | undefined): Promise<Read> {
  try {
    return { source: ref.source, task: await readTask(ref, read) };
  } catch (error) {
    return { source: ref.source, answer: failure(error) };
  }
}

/** Decode one input and compute its content id. */
async function identifySafely(task: ExtractTask, pool: ExtractionPool): Promise<IdentifyAnswer> {
  try {
    return await pool.identify!(task);
  } catch (error) {
    return failure(error);
  }
}

async function extractSafely(pool: ExtractionPool, task: Parameters<ExtractionPool['extract']>[0]): Promise<ExtractAnswer> {
  try {
    return await pool.extract(task);
  } catch (error) {
    return failure(error);
  }
}

async function readTask(ref: InputRef, read: ReadOptions | undefined): Promise<ExtractTask> {
  const raw = await readInput(ref, read);
  return raw.contentType === undefined
    ? { source: raw.source, bytes: raw.bytes }
    : { source: raw.source, bytes: raw.bytes, contentType: raw.contentType };
}

type Failure = Extract<ExtractAnswer, { ok: false }> & Extract<IdentifyAnswer, { ok: false }>;

/** A reading or pool failure as the input's rejection. */
function failure(error: unknown): Failure {
  if (isDiplographError(error)) return { ok: false, code: error.code, reason: error.message };
  return { ok: false, code: 'EXTRACTION_FAILED', reason: String(error) };
}

/** Writes the chunk's documents in one call and reports every entry, rejected and unchanged ones included, in order. */
async function writeChunkReporting(chunk: Prepared[], write: IngestRunOptions['write'], report: (outcome: ItemOutcome) => void): Promise<void> {
  const results = chunk.flatMap((item) => ('answer' in item && item.answer.ok ? [item.answer.result] : []));
  const written = results.length > 0 ? await writeIsolating(results, write) : [];
  let next = 0;
  for (const item of chunk) {
    if (!('answer' in item)) report({ source: item.source, status: 'unchanged', statements: 0 });
    else if (!item.answer.ok) report({ source: item.source, status: 'rejected', code: item.answer.code, reason: item.answer.reason, statements: 0 });
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
