import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiplographError } from '../../src/errors.js';
import type { ExtractionPool } from '../../src/ingest/pool.js';
import { runIngest, type WrittenDocument } from '../../src/ingest/run-ingest.js';
import { formatSummary } from '../../src/ingest/summary.js';
import type { ExtractAnswer, ExtractTask, IdentifyAnswer, PreparedTask } from '../../src/ingest/types.js';
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

/** A pool that identifies a page by its text ('bad' is a binary file) and records what it identifies and extracts. */
function identifyingPool(identified: string[], extracted: string[]): ExtractionPool {
  return {
    identify: async (task: ExtractTask): Promise<IdentifyAnswer> => {
      identified.push(task.source);
      const text = Buffer.from(task.bytes).toString();
      if (text === 'bad') return { ok: false, code: 'INPUT_BINARY', reason: 'binary file' };
      return { ok: true, id: `id:${text}`, extractorVersion: 'v1', prepared: { source: task.source, text } };
    },
    extract: async (task: ExtractTask | PreparedTask): Promise<ExtractAnswer> => {
      const { source, text } = (task as PreparedTask).prepared;
      extracted.push(source);
      return { ok: true, result: { document: { id: `id:${text}`, source }, meetings: [], statements: [{}] } as unknown as ExtractionResult };
    },
    close: async () => {},
  };
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
    // With --verbose, where the loop's time went (the writer's own time and its wait for extraction).
    const timed = formatSummary({ ...summary, writeSeconds: 1.25, waitSeconds: 2.5 }, { timings: true });
    expect(timed[2]).toBe('  of which 1.3 s writing, 2.5 s waiting for reading and extraction');
    expect(formatSummary(summary)).not.toContain(timed[2]);
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

  it('reports pages the graph holds unchanged without extracting them, in input order', async () => {
    // A pool that identifies a page by its text and counts the pages it extracts.
    const extracted: string[] = [];
    const pool = identifyingPool([], extracted);
    const inGraph = new Set(['id:a', 'id:c']);
    const asked: string[] = [];
    const findUnchanged = async (keys: { id: string; source: string; extractorVersion: string }[]) =>
      keys.map((key) => (asked.push(key.source), inGraph.has(key.id) && key.extractorVersion === 'v1'));
    const lines: string[] = [];
    const write = async (results: ExtractionResult[]) => results.map((r) => ({ source: r.document.source, status: 'created' as const }));
    const refs = files(['a', 'b', 'c', 'bad', 'd']);
    // The last input repeats the first one's source: it is extracted, since the first may change the graph.
    const again = { ...refs[0]! };
    const summary = await runIngest([...refs, again], {
      pool, write, findUnchanged, writeBatch: 2, onOutcome: (o) => lines.push(`${o.status} ${o.source}`),
    });
    // Chunks are read and checked concurrently: which is asked or extracted first varies.
    expect(extracted.sort()).toEqual(['doc0', 'doc1', 'doc4']);
    expect(asked.sort()).toEqual(['doc0', 'doc1', 'doc2', 'doc4']);
    expect(lines).toEqual(['unchanged doc0', 'created doc1', 'unchanged doc2', 'rejected doc3', 'created doc4', 'created doc0']);
    expect(summary).toMatchObject({ created: 3, unchanged: 2, processed: 6 });
  });

  it('reports inputs the graph holds as read without decoding them, and asks by content id for the others', async () => {
    const identified: string[] = [];
    const extracted: string[] = [];
    const pool = identifyingPool(identified, extracted);
    const refs = files(['a', 'b', 'c', 'd']);
    // The graph holds doc0 from these bytes and doc1's text from other bytes; doc2 and doc3 are new.
    const askedAsRead: string[] = [];
    const findUnchangedInputs = async (inputs: Array<{ source: string; digest: string }>) =>
      inputs.map(({ source, digest }) => (askedAsRead.push(source), expect(digest).toMatch(/^[0-9a-f]{64}$/), source === 'doc0'));
    const askedById: string[] = [];
    const findUnchanged = async (keys: Array<{ id: string; source: string }>) => keys.map((key) => (askedById.push(key.source), key.id === 'id:b'));
    const write = async (results: ExtractionResult[]) => results.map((r) => ({ source: r.document.source, status: 'created' as const }));
    const lines: string[] = [];
    await runIngest(refs, { pool, write, findUnchanged, findUnchangedInputs, onOutcome: (o) => lines.push(`${o.status} ${o.source}`) });
    expect(askedAsRead.sort()).toEqual(['doc0', 'doc1', 'doc2', 'doc3']);
    expect(identified.sort()).toEqual(['doc1', 'doc2', 'doc3']);
    expect(askedById.sort()).toEqual(['doc1', 'doc2', 'doc3']);
    expect(extracted.sort()).toEqual(['doc2', 'doc3']);
    expect(lines).toEqual(['unchanged doc0', 'unchanged doc1', 'created doc2', 'created doc3']);
  });

  it('warms the pool up before identifying a chunk that holds a page the graph lacks as read, and never for an unchanged one', async () => {
    const events: string[] = [];
    const base = identifyingPool([], []);
    const pool: ExtractionPool = {
      ...base,
      identify: async (task) => (events.push(`identify ${task.source}`), base.identify!(task)),
      warmUp: () => void events.push('warm up'),
    };
    const write = async (results: ExtractionResult[]) => results.map((r) => ({ source: r.document.source, status: 'created' as const }));
    const heldAsRead = (held: string[]) => async (inputs: Array<{ source: string }>) => inputs.map(({ source }) => held.includes(source));
    const findUnchanged = async (keys: Array<{ id: string }>) => keys.map(() => false);
    await runIngest(files(['a', 'b']), { pool, write, findUnchanged, findUnchangedInputs: heldAsRead(['doc0', 'doc1']) });
    expect(events).toEqual([]);
    await runIngest(files(['a', 'b']), { pool, write, findUnchanged, findUnchangedInputs: heldAsRead(['doc0']) });
    expect(events).toEqual(['warm up', 'identify doc1']);
  });

  it('falls back to the content id when the graph cannot answer the check by bytes', async () => {
    const identifying: ExtractionPool = {
      ...poolFake(),
      identify: async (task) => ({ ok: true, id: 'x', extractorVersion: 'v1', prepared: { source: task.source, text: Buffer.from(task.bytes).toString() } }),
    };
    const findUnchangedInputs = async (): Promise<boolean[]> => {
      throw new Error('Neo4j is away');
    };
    const findUnchanged = async (keys: unknown[]) => keys.map(() => true);
    const write = async (results: ExtractionResult[]) => results.map((r) => ({ source: r.document.source, status: 'created' as const }));
    const summary = await runIngest(files(['a', 'b']), { pool: identifying, write, findUnchanged, findUnchangedInputs });
    expect(summary).toMatchObject({ unchanged: 2, created: 0, rejected: [] });
  });

  it('extracts every page when the graph cannot say which are unchanged', async () => {
    const pool = poolFake();
    const identifying: ExtractionPool = {
      ...pool,
      identify: async (task) => ({ ok: true, id: 'x', extractorVersion: 'v1', prepared: { source: task.source, text: Buffer.from(task.bytes).toString() } }),
      extract: async (task) => pool.extract({ source: (task as PreparedTask).prepared.source, bytes: Buffer.from((task as PreparedTask).prepared.text) }),
    };
    const findUnchanged = async (): Promise<boolean[]> => {
      throw new Error('Neo4j is away');
    };
    const write = async (results: ExtractionResult[]) => results.map((r) => ({ source: r.document.source, status: 'created' as const }));
    const summary = await runIngest(files(['a', 'b', 'c']), { pool: identifying, write, findUnchanged });
    expect(summary).toMatchObject({ created: 3, unchanged: 0, rejected: [] });
  });

  it('lets one write take every chunk already extracted, up to inFlight documents', async () => {
    const sizes: number[] = [];
    // Extraction far faster than writing: chunks pile up while a write runs.
    const write = async (results: ExtractionResult[]) => {
      sizes.push(results.length);
      await new Promise((r) => setTimeout(r, 40));
      return results.map((r) => ({ source: r.document.source, status: 'created' as const }));
    };
    const summary = await runIngest(files(Array.from({ length: 40 }, (_, i) => `doc ${i}`)), { pool: poolFake(0), write, writeBatch: 4, inFlight: 16 });
    expect(summary.created).toBe(40);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(40);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(16);
    expect(Math.max(...sizes)).toBeGreaterThan(4);
  });

  it('hands pages to the pool in input order even when later chunks are checked first', async () => {
    const pool = poolFake(0);
    const handed: string[] = [];
    const identifying: ExtractionPool = {
      ...pool,
      identify: async (task) => ({ ok: true, id: task.source, extractorVersion: 'v1', prepared: { source: task.source, text: Buffer.from(task.bytes).toString() } }),
      extract: async (task) => {
        const { source, text } = (task as PreparedTask).prepared;
        handed.push(source);
        return pool.extract({ source, bytes: Buffer.from(text) });
      },
    };
    // The graph answers the first chunk's check last, as it did under load.
    let calls = 0;
    const findUnchanged = async (keys: unknown[]): Promise<boolean[]> => {
      const delay = calls++ === 0 ? 30 : 0;
      await new Promise((r) => setTimeout(r, delay));
      return keys.map(() => false);
    };
    const write = async (results: ExtractionResult[]) => results.map((r) => ({ source: r.document.source, status: 'created' as const }));
    const refs = files(Array.from({ length: 16 }, (_, i) => `doc ${i}`));
    const summary = await runIngest(refs, { pool: identifying, write, findUnchanged, writeBatch: 4, inFlight: 16 });
    expect(summary.created).toBe(16);
    expect(handed).toEqual(refs.map((r) => r.source));
  });
});
