// A re-run finds unchanged pages before extracting them: one read per chunk asks the graph which it holds
// from the same bytes (source, digest, extractor version); the others are decoded and hashed in the calling
// thread and a second read asks by content id; only the rest go to the worker threads (started for the
// first of them) to be tokenised and written.
// Real worker threads (the built dist/), real Neo4j.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Db, readQuery, writeTransaction } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';
import { findUnchangedDocuments, findUnchangedInputs, writeDocuments } from '../../src/graph/writer.js';
import { type ExtractionPool, createExtractionPool } from '../../src/ingest/pool.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { EXTRACTOR_VERSION } from '../../src/pipeline.js';
import { inputDigestOf } from '../../src/read/input-digest.js';
import { resolveInputs } from '../../src/read/resolve-inputs.js';
import { clearDatabase, testDb } from './helpers.js';
import { folderWith, graphTotals } from './ingest-cli.js';

let db: Db;
let pool: ExtractionPool;
beforeAll(async () => {
  db = await testDb();
  await applySchema(db);
  pool = createExtractionPool({ workers: 1 });
});
afterAll(async () => {
  await pool?.close();
  await db?.close();
});
beforeEach(async () => {
  await clearDatabase(db);
});

const FILES = ['mofa-old-sjis.html', 'mofa-eucjp.html', 'mofa-new-utf8.html', 'summary-iso2022jp.txt'];

/** One ingest of `dir` through the real pool, counting the pages sent to extraction. */
async function ingest(dir: string, through: ExtractionPool = pool) {
  const extracted: string[] = [];
  const identified: string[] = [];
  const counting: ExtractionPool = {
    ...through,
    identify: (task) => (identified.push(task.source), through.identify!(task)),
    extract: (task) => (extracted.push('prepared' in task ? task.prepared.source : task.source), through.extract(task)),
  };
  const outcomes: string[] = [];
  const summary = await runIngest(await resolveInputs([dir], { include: ['**/*'] }), {
    pool: counting,
    write: (results) => writeDocuments(db, results),
    findUnchanged: (keys) => findUnchangedDocuments(db, keys),
    findUnchangedInputs: (inputs) => findUnchangedInputs(db, inputs, EXTRACTOR_VERSION),
    onOutcome: (o) => outcomes.push(`${o.status} ${o.source.slice(dir.length + 1)}`),
  });
  const local = (sources: string[]) => sources.map((source) => source.slice(dir.length + 1)).sort();
  return { summary, extracted: local(extracted), identified: local(identified), outcomes };
}

describe('unchanged pages', () => {
  it('are reported unchanged without being extracted, and the graph stays as it was', async () => {
    const dir = folderWith(FILES);
    const first = await ingest(dir);
    expect(first.summary).toMatchObject({ created: 4, rejected: [] });
    expect(first.extracted).toEqual([...FILES].sort());
    const before = await graphTotals(db);
    const again = await ingest(dir);
    expect(again.extracted).toEqual([]);
    // Found from their bytes: none is even decoded.
    expect(again.identified).toEqual([]);
    expect(again.outcomes).toEqual(FILES.map((f) => `unchanged ${f}`).sort());
    expect(again.summary).toMatchObject({ created: 0, unchanged: 4, replaced: 0, rejected: [] });
    expect(await graphTotals(db)).toEqual(before);
  });

  it('are extracted again when an older extractor wrote them, and only those', async () => {
    const dir = folderWith(FILES);
    await ingest(dir);
    const before = await graphTotals(db);
    await writeTransaction(db, (tx) => tx.run('MATCH (d:Document {source: $source}) SET d.extractorVersion = "0.0.1"', { source: join(dir, 'mofa-eucjp.html') }));
    const again = await ingest(dir);
    expect(again.extracted).toEqual(['mofa-eucjp.html']);
    expect(again.summary).toMatchObject({ unchanged: 3, replaced: 1, rejected: [] });
    expect(await graphTotals(db)).toEqual(before);
  });

  it('are told apart by content id, source and extractor version in one read', async () => {
    const dir = folderWith(['mofa-new-utf8.html']);
    await ingest(dir);
    const [stored] = await readQuery<{ id: string; source: string }>(db, 'MATCH (d:Document) RETURN d.id AS id, d.source AS source');
    const { id, source } = stored!;
    expect(await findUnchangedDocuments(db, [
      { id, source, extractorVersion: EXTRACTOR_VERSION },
      { id, source: `${source}.copy`, extractorVersion: EXTRACTOR_VERSION },
      { id, source, extractorVersion: '0.0.1' },
      { id: 'f'.repeat(64), source, extractorVersion: EXTRACTOR_VERSION },
    ])).toEqual([true, false, false, false]);
  });

  it('are told apart by source, bytes and extractor version before decoding', async () => {
    const dir = folderWith(['mofa-eucjp.html']);
    await ingest(dir);
    const source = join(dir, 'mofa-eucjp.html');
    const bytes = readFileSync(source);
    const digest = inputDigestOf({ source, bytes });
    expect(await findUnchangedInputs(db, [
      { source, digest },
      { source: `${source}.copy`, digest },
      { source, digest: inputDigestOf({ source, bytes: Buffer.concat([bytes, Buffer.from('\n')]) }) },
      { source, digest: inputDigestOf({ source, bytes, contentType: 'text/plain' }) },
    ], EXTRACTOR_VERSION)).toEqual([true, false, false, false]);
    expect(await findUnchangedInputs(db, [{ source, digest }], '0.0.1')).toEqual([false]);
  });

  it('written before digests were kept, or known as a second source, are found by content id instead', async () => {
    const dir = folderWith(FILES);
    await ingest(dir);
    copyFileSync(join(dir, 'mofa-new-utf8.html'), join(dir, 'mofa-new-utf8-copy.html'));
    const copied = await ingest(dir);
    expect(copied.outcomes).toContain('duplicate mofa-new-utf8-copy.html');
    const [shared] = await readQuery<{ digests: string[] }>(db,
      'MATCH (d:Document {source: $source}) RETURN d.inputDigests AS digests', { source: join(dir, 'mofa-new-utf8.html') });
    expect(shared!.digests).toHaveLength(2);
    await writeTransaction(db, (tx) => tx.run('MATCH (d:Document {source: $source}) REMOVE d.inputDigests', { source: join(dir, 'mofa-eucjp.html') }));
    const before = await graphSnapshot(db);
    const again = await ingest(dir);
    expect(again.identified).toEqual(['mofa-eucjp.html', 'mofa-new-utf8-copy.html']);
    expect(again.extracted).toEqual([]);
    expect(again.summary).toMatchObject({ unchanged: 5, created: 0, replaced: 0, duplicate: 0, rejected: [] });
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it('start no worker thread when every page is unchanged, and leave every node and relationship as it was', async () => {
    const dir = folderWith(FILES);
    const first = createExtractionPool({ workers: 1 });
    try {
      await ingest(dir, first);
      expect(first.started!()).toBe(true);
    } finally {
      await first.close();
    }
    const before = await graphSnapshot(db);
    const rerun = createExtractionPool({ workers: 1 });
    try {
      const again = await ingest(dir, rerun);
      expect(again.outcomes).toEqual(FILES.map((f) => `unchanged ${f}`).sort());
      expect(rerun.started!()).toBe(false);
    } finally {
      await rerun.close();
    }
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it('let a changed page among unchanged ones be extracted and replaced, alone', async () => {
    const dir = folderWith(FILES);
    await ingest(dir);
    const changed = join(dir, 'mofa-new-utf8.html');
    const html = readFileSync(changed, 'utf8');
    expect(html).toContain('</body>');
    writeFileSync(changed, html.replace('</body>', '<p>両者は，次回会談を東京で行うことで一致した。</p></body>'));
    const again = await ingest(dir);
    expect(again.extracted).toEqual(['mofa-new-utf8.html']);
    expect(again.outcomes).toEqual([...FILES].sort().map((f) => `${f === 'mofa-new-utf8.html' ? 'replaced' : 'unchanged'} ${f}`));
    const [stored] = await readQuery<{ text: string; count: number }>(db,
      'MATCH (d:Document {source: $source}) RETURN d.text AS text, count { (:Document {source: $source}) } AS count', { source: changed });
    expect(stored!.count).toBe(1);
    expect(stored!.text).toContain('次回会談を東京で行うことで一致した');
  });
});

/** Every node (labels, properties) and relationship (ends, type, properties), sorted: equal means the same graph. */
async function graphSnapshot(db: Db): Promise<string[]> {
  const sorted = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
  const nodes = await readQuery<{ labels: string[]; props: Record<string, unknown> }>(db,
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const relationships = await readQuery<{ from: string; type: string; to: string; props: Record<string, unknown> }>(db,
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props');
  return [
    ...nodes.map((n) => JSON.stringify([[...n.labels].sort(), sorted(n.props)])),
    ...relationships.map((r) => JSON.stringify([r.from, r.type, r.to, sorted(r.props)])),
  ].sort();
}
