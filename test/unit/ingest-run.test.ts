import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiplographError } from '../../src/errors.js';
import type { ExtractionPool } from '../../src/ingest/pool.js';
import { runIngest, type WrittenDocument } from '../../src/ingest/run-ingest.js';
import { formatSummary } from '../../src/ingest/summary.js';
import type { ExtractAnswer, ExtractTask } from '../../src/ingest/types.js';
import type { InputRef } from '../../src/read/types.js';
import type { ExtractionResult } from '../../src/types.js';

// A pool fake that answers after a delay and records how many tasks it held at once.
function poolFake(delayMs = 2): ExtractionPool & { maxConcurrent: number } {
  let running = 0;
  const fake = {
    maxConcurrent: 0,
    async extract(task: ExtractTask): Promise<ExtractAnswer> {
      running++;
      fake.maxConcurrent = Math.max(fake.maxConcurrent, running);
      await new Promise((r) => setTimeout(r, delayMs));
      running--;
      const text = Buffer.from(task.bytes).toString();
      if (text === 'bad') return { ok: false, code: 'NOT_A_MEETING_SUMMARY', reason: 'not a meeting summary' };
      const result = { document: { id: text, source: task.source }, statements: [{}, {}] } as unknown as ExtractionResult;
      return { ok: true, result };
    },
    close: async () => {},
  };
  return fake;
}

function files(contents: string[]): InputRef[] {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-run-'));
  return contents.map((content, i) => {
    const path = join(dir, `${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, content);
    return { kind: 'file', source: `doc${i}`, path };
  });
}

describe('runIngest', () => {
  it('keeps a bounded number of inputs in flight and writes them in input order', async () => {
    const pool = poolFake();
    const writtenOrder: string[] = [];
    const write = async (results: ExtractionResult[]): Promise<WrittenDocument[]> =>
      results.map((r) => (writtenOrder.push(r.document.source), { source: r.document.source, status: 'created' }));
    const refs = files(Array.from({ length: 200 }, (_, i) => `doc ${i}`));
    const summary = await runIngest(refs, { pool, write, inFlight: 6, writeBatch: 4 });
    expect(pool.maxConcurrent).toBeLessThanOrEqual(6);
    expect(writtenOrder).toEqual(refs.map((r) => r.source));
    expect(summary).toMatchObject({ created: 200, processed: 200, statements: 400, rejected: [] });
  });

  it('reports rejected inputs with their reasons and counts what the writer says', async () => {
    const refs: InputRef[] = [
      ...files(['a', 'bad', 'b']),
      { kind: 'rejected', source: 'missing.html', error: new DiplographError('INPUT_NOT_FOUND', 'no such file or directory') },
    ];
    const statuses: WrittenDocument['status'][] = ['created', 'unchanged'];
    const write = async (results: ExtractionResult[]) => results.map((r, i) => ({ source: r.document.source, status: statuses[i]! }));
    const summary = await runIngest(refs, { pool: poolFake(), write });
    expect(summary).toMatchObject({ created: 1, unchanged: 1, statements: 2 });
    expect(summary.rejected).toEqual([
      { source: 'doc1', code: 'NOT_A_MEETING_SUMMARY', reason: 'not a meeting summary' },
      { source: 'missing.html', code: 'INPUT_NOT_FOUND', reason: 'no such file or directory' },
    ]);
    expect(formatSummary(summary).slice(1)).toEqual([
      '  ingested 1, unchanged 1, replaced 0, duplicate 0, rejected 2',
      // The fake's results hold statements and no meeting: the report says so.
      'not established (the graph is thinner there):',
      '  2 pages with statements but no meeting: doc0, doc2',
      'rejected:',
      '  doc1: not a meeting summary',
      '  missing.html: no such file or directory',
    ]);
  });

  it('isolates a document the writer cannot write and stops when Neo4j is gone', async () => {
    const write = async (results: ExtractionResult[]) => {
      if (results.some((r) => r.document.id === 'poison')) throw new Error('constraint violated');
      return results.map((r) => ({ source: r.document.source, status: 'created' as const }));
    };
    const summary = await runIngest(files(['a', 'poison', 'c']), { pool: poolFake(), write });
    expect(summary.created).toBe(2);
    expect(summary.rejected).toEqual([{ source: 'doc1', code: 'WRITE_FAILED', reason: 'constraint violated' }]);
    const gone = async (): Promise<WrittenDocument[]> => {
      throw new DiplographError('NEO4J_UNAVAILABLE', 'Neo4j became unreachable');
    };
    await expect(runIngest(files(['a']), { pool: poolFake(), write: gone })).rejects.toThrow('unreachable');
  });
});
