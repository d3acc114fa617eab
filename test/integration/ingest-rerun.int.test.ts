// Re-running `diplograph ingest`: unchanged documents are skipped without touching the graph, a changed
// one replaces its own subgraph, and a run killed with SIGKILL mid-way followed by the same command
// ends with the graph one clean run makes.
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Db, readQuery } from '../../src/graph/driver.js';
import { generateCorpus } from '../../scripts/generate-corpus.js';
import { clearDatabase, testDb } from './helpers.js';
import { folderWith, graphTotals, linesStarting, runCli, startCli } from './ingest-cli.js';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await db?.close();
});
beforeEach(async () => {
  await clearDatabase(db);
});

describe('re-ingest', () => {
  it('reports every document unchanged on a second run and changes no counts', async () => {
    const dir = folderWith(['mofa-old-sjis.html', 'mofa-eucjp.html', 'mofa-new-utf8.html', 'summary-iso2022jp.txt']);
    const first = await runCli(['ingest', dir]);
    expect(first.status).toBe(0);
    const before = await graphTotals(db);
    const second = await runCli(['ingest', dir]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/ingested 0, unchanged 4, replaced 0, duplicate 0, rejected 0/);
    expect(await graphTotals(db)).toEqual(before);
  });

  it('replaces the statements of a changed document and keeps the others', async () => {
    const dir = folderWith(['summary-sjis.txt', 'mofa-new-utf8.html']);
    expect((await runCli(['ingest', dir])).status).toBe(0);
    const statementsOf = async (source: string) => {
      const [row] = await readQuery<{ count: number; documents: number }>(db, `
        MATCH (d:Document) WHERE d.source = $source OR $source IN coalesce(d.sources, [])
        OPTIONAL MATCH (s:Statement {document: d.id}) RETURN count(DISTINCT s) AS count, count(DISTINCT d) AS documents`, { source });
      return { statements: Number(row?.count ?? 0), documents: Number(row?.documents ?? 0) };
    };
    const utf8Before = await statementsOf(join(dir, 'mofa-new-utf8.html'));
    const sjis = join(dir, 'summary-sjis.txt');
    const sjisBefore = await statementsOf(sjis);
    // One more numbered section with a statement, in the file's own encoding (Shift_JIS).
    appendFileSync(sjis, Buffer.from([0x0a]));
    appendFileSync(sjis, (await import('iconv-lite')).default.encode('4.環境\n\n山田大臣より、気候変動対策で協力したい旨述べた。\n', 'cp932'));
    const rerun = await runCli(['ingest', dir]);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(/ingested 0, unchanged 1, replaced 1, duplicate 0, rejected 0/);
    expect(await statementsOf(sjis)).toEqual({ statements: sjisBefore.statements + 1, documents: 1 });
    expect(await statementsOf(join(dir, 'mofa-new-utf8.html'))).toEqual(utf8Before);
    const [orphans] = await readQuery<{ count: number }>(db, 'MATCH (s:Statement) WHERE NOT EXISTS { MATCH (d:Document {id: s.document}) } RETURN count(s) AS count');
    expect(Number(orphans?.count)).toBe(0);
  });
});

describe('interrupted ingest', () => {
  const count = Number(process.env.DIPLOGRAPH_TEST_INTERRUPT_DOCS ?? 2000);
  const corpus = mkdtempSync(join(tmpdir(), 'diplograph-interrupt-'));

  it(`kill -9 during a ${count}-document ingest, then the same command: same graph as one clean run`, async () => {
    generateCorpus({ outDir: corpus, count, seed: 7 });
    const clean = await runCli(['ingest', '--progress', 'none', corpus]);
    expect(clean.status).toBe(0);
    const expected = await graphTotals(db);
    expect(expected[':Document']).toBe(count);
    await clearDatabase(db);

    // Killed once a tenth of the documents are in: some batches committed, others in flight.
    let ingested = 0;
    const { done } = startCli(['ingest', '--progress', 'none', corpus], {
      onStdout: (text, child) => {
        ingested += linesStarting(text, 'ingested').length;
        if (ingested >= count / 10 && child.exitCode === null) child.kill('SIGKILL');
      },
    });
    const killed = await done;
    expect(killed.status).toBeNull();
    const partial = (await graphTotals(db))[':Document'] ?? 0;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(count);

    const rerun = await runCli(['ingest', '--progress', 'none', corpus]);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`ingested ${count - partial}, unchanged ${partial}, replaced 0, duplicate 0, rejected 0`));
    expect(await graphTotals(db)).toEqual(expected);
  }, 900_000);
});
