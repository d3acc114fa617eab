// Writes extraction results into Neo4j: one managed transaction per document (or per small batch of
// documents), idempotent MERGEs on ids, a changed document replacing its own subgraph. See
// write-plan.ts for what counts as created / unchanged / replaced / duplicate.
import type { ExtractionResult } from '../types.js';
import { DiplographError } from '../errors.js';
import { type Db, readQuery, readQuick, writeTransaction } from './driver.js';
import { writeStatement } from './cypher-files.js';
import { type DocumentKey, type WriteStatus, isUnchanged, planWrite } from './write-plan.js';
import { type DatabaseChanges, TransactionWriter, noChanges, planInTransaction, readStates } from './write-run.js';

export type { WriteStatus } from './write-plan.js';
export type { DatabaseChanges } from './write-run.js';

export interface WriteCounts {
  /** Rows of the result written (0 when nothing was written). */
  meetings: number;
  entities: number;
  topics: number;
  statements: number;
}

export interface WriteOutcome {
  status: WriteStatus;
  documentId: string;
  source: string;
  counts: WriteCounts;
  /** Database counters of the transaction that wrote this document (shared by a batch's documents). */
  changes: DatabaseChanges;
}

export interface WriteOptions {
  /** Only classify: report the status each document would get, write nothing. @default false */
  dryRun?: boolean;
  /** Rows per UNWIND statement. @default 500 */
  batchSize?: number;
  /** Recorded as Document.fetchedAt. @default now */
  fetchedAt?: string;
  /** Server-side timeout of one document's (or batch's) transaction. @default 120000 */
  timeoutMs?: number;
}

const zeroCounts = (): WriteCounts => ({ meetings: 0, entities: 0, topics: 0, statements: 0 });

function countsOf(result: ExtractionResult): WriteCounts {
  return {
    meetings: result.meetings.length,
    entities: result.entities.length,
    topics: result.topics.length,
    statements: result.statements.length,
  };
}

function translateError(error: unknown, what: string): unknown {
  if (error instanceof DiplographError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new DiplographError('NEO4J_UNAVAILABLE', `Neo4j became unreachable while writing ${what}: ${message}`, { cause: error });
  }
  return new Error(`writing ${what} failed, nothing of it was written: ${message}`, { cause: error });
}

/**
 * Splits results into consecutive groups in which no content id and no source repeats: such a group's
 * plans cannot depend on each other, so it can share one transaction.
 */
export function conflictFreeGroups(results: ExtractionResult[]): ExtractionResult[][] {
  const groups: ExtractionResult[][] = [];
  let current: ExtractionResult[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    const keys = [`id:${result.document.id}`, `source:${result.document.source}`];
    if (keys.some((k) => seen.has(k))) {
      groups.push(current);
      current = [];
      seen.clear();
    }
    current.push(result);
    for (const k of keys) seen.add(k);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Runs a cypher/write/*.cypher file as a read, in the shape readStates takes. */
async function readRecords(db: Db, name: string, params: Record<string, unknown>, read: typeof readQuery = readQuery) {
  const rows = await read(db, writeStatement(name), params);
  return { records: rows.map((row) => ({ get: (key: string) => row[key] })) };
}

/** The status writing each result would have now, without writing (for --dry-run). */
export async function classifyDocuments(db: Db, results: ExtractionResult[]): Promise<WriteStatus[]> {
  const states = await readStates((name, params) => readRecords(db, name, params), results.map(({ document }) => document));
  return results.map((result, i) => planWrite(result, states[i]!).status);
}

/**
 * For each document version, whether the graph already holds it exactly so (writing it would report
 * unchanged), in one read: ingest skips the extraction of those.
 */
export async function findUnchangedDocuments(db: Db, keys: DocumentKey[]): Promise<boolean[]> {
  if (keys.length === 0) return [];
  // Auto-commit (readQuick), not a managed transaction (about 4 ms less client CPU per chunk): the answer
  // only spares extractions; whatever is written, the writer plans from the state it reads again in its
  // own transaction.
  const states = await readStates((name, params) => readRecords(db, name, params, readQuick), keys);
  return keys.map((key, i) => isUnchanged(key, states[i]!));
}

/**
 * For each input as read (source and the digest of its bytes), whether the graph holds it unchanged:
 * a document of that primary source written by `extractorVersion` from those bytes. One read, before
 * any decoding; auto-commit, like findUnchangedDocuments.
 */
export async function findUnchangedInputs(db: Db, inputs: Array<{ source: string; digest: string }>, extractorVersion: string): Promise<boolean[]> {
  if (inputs.length === 0) return [];
  const rows = await readQuick<{ i: number; unchanged: boolean }>(db, writeStatement('find-unchanged-inputs'), { inputs, extractorVersion });
  const found = new Set(rows.filter((row) => row.unchanged).map((row) => row.i));
  return inputs.map((_, i) => found.has(i));
}

/** The status writing `result` would have now, without writing (for --dry-run). */
export async function classifyDocument(db: Db, result: ExtractionResult): Promise<WriteStatus> {
  const [status] = await classifyDocuments(db, [result]);
  return status!;
}

async function writeGroup(db: Db, results: ExtractionResult[], options: Required<Omit<WriteOptions, 'dryRun'>>) {
  const { batchSize, fetchedAt, timeoutMs } = options;
  const what = results.length === 1 ? results[0]!.document.source : `${results.length} documents`;
  try {
    return await writeTransaction(
      db,
      async (tx) => {
        const writer = new TransactionWriter(tx, batchSize);
        const items = await planInTransaction(writer, results);
        await writer.execute(items, fetchedAt);
        return items.map(({ result, plan }): WriteOutcome => ({
          status: plan.status,
          documentId: plan.documentId,
          source: plan.source,
          counts: plan.write ? countsOf(result) : zeroCounts(),
          changes: writer.changes,
        }));
      },
      { timeoutMs },
    );
  } catch (error) {
    throw translateError(error, what);
  }
}

/**
 * Writes several results, each group of documents without a shared id or source in one transaction.
 * A failing group throws and leaves nothing of its documents; callers that want to isolate a bad
 * document write the group's documents one by one.
 */
export async function writeDocuments(db: Db, results: ExtractionResult[], options: WriteOptions = {}): Promise<WriteOutcome[]> {
  const { dryRun = false, batchSize = 500, fetchedAt = new Date().toISOString(), timeoutMs = 120_000 } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new DiplographError('USAGE', `batch size must be a positive integer, got ${batchSize}`);
  }
  if (dryRun) {
    // Documents of one call are classified against the graph as it is, not against each other.
    const statuses = await classifyDocuments(db, results);
    return results.map((result, i) => ({
      status: statuses[i]!, documentId: result.document.id, source: result.document.source, counts: zeroCounts(), changes: noChanges(),
    }));
  }
  const outcomes: WriteOutcome[] = [];
  for (const group of conflictFreeGroups(results)) {
    outcomes.push(...(await writeGroup(db, group, { batchSize, fetchedAt, timeoutMs })));
  }
  return outcomes;
}

/** Writes one result's whole subgraph in one transaction (see writeDocuments). */
export async function writeDocument(db: Db, result: ExtractionResult, options: WriteOptions = {}): Promise<WriteOutcome> {
  const [outcome] = await writeDocuments(db, [result], options);
  return outcome!;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

/** Node and relationship totals, by label and by relationship type. */
export async function countGraph(db: Db): Promise<GraphCounts> {
  const [record] = await readQuery<GraphCounts>(db, writeStatement('count-graph'));
  return record ?? { nodes: 0, relationships: 0, byLabel: {}, byType: {} };
}
