// A re-run finds unchanged pages before extracting them: the workers only decode and hash each page,
// one read per chunk asks the graph which it holds with this source and extractor version, and only
// the others are tokenised and written. Real worker threads (the built dist/), real Neo4j.
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Db, readQuery, writeTransaction } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';
import { findUnchangedDocuments, writeDocuments } from '../../src/graph/writer.js';
import { type ExtractionPool, createExtractionPool } from '../../src/ingest/pool.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { EXTRACTOR_VERSION } from '../../src/pipeline.js';
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
async function ingest(dir: string) {
  const extracted: string[] = [];
  const counting: ExtractionPool = {
    ...pool,
    identify: (task) => pool.identify!(task),
    extract: (task) => (extracted.push('prepared' in task ? task.prepared.source : task.source), pool.extract(task)),
  };
  const outcomes: string[] = [];
  const summary = await runIngest(await resolveInputs([dir], { include: ['**/*'] }), {
    pool: counting,
    write: (results) => writeDocuments(db, results),
    findUnchanged: (keys) => findUnchangedDocuments(db, keys),
    onOutcome: (o) => outcomes.push(`${o.status} ${o.source.slice(dir.length + 1)}`),
  });
  return { summary, extracted: extracted.map((source) => source.slice(dir.length + 1)).sort(), outcomes };
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
});
