// The check of issue 4 on the shared corpus: every real document converted to Shift_JIS HTML, EUC-JP
// HTML or UTF-8 text, plus a PNG, an empty file, a truncated page and a duplicate. The bad files are
// named exactly, every good document is in the graph once, and a second run changes nothing.
// The corpus lives beside the repository (../shared/corpus, read-only); the test is skipped without it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/graph/driver.js';
import { clearDatabase, testDb } from './helpers.js';
import { graphTotals, inputFixtures, linesStarting, root, runCli } from './ingest-cli.js';

const corpusDocs = join(root, '..', 'shared', 'corpus', 'docs');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(text: string, charset: string): string {
  const [title = '', ...rest] = text.split('\n');
  const body = rest.map((line) => (line.trim() === '' ? '' : `<p>${escapeHtml(line)}</p>`)).join('\n');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${escapeHtml(title)}</title></head>
<body><div id="gnav"><a href="/">トップ</a> | <a href="/kaidan/">会談</a></div>
<h1>${escapeHtml(title)}</h1>
${body}
<div id="footer">Copyright(C) Ministry of Foreign Affairs of Japan</div></body></html>\n`;
}

/** Writes the converted corpus; returns the names of the good inputs (the duplicate excluded). */
function convertCorpus(dir: string): { good: string[]; duplicate: string } {
  const names = readdirSync(corpusDocs).filter((name) => name.endsWith('.txt')).sort();
  const good: string[] = [];
  names.forEach((name, i) => {
    const text = readFileSync(join(corpusDocs, name), 'utf8');
    const base = name.replace(/\.txt$/, '');
    const [file, bytes] =
      i % 3 === 0 ? [`${base}.sjis.html`, iconv.encode(page(text, 'Shift_JIS'), 'cp932')]
      : i % 3 === 1 ? [`${base}.eucjp.html`, iconv.encode(page(text, 'EUC-JP'), 'euc-jp')]
      : [`${base}.txt`, Buffer.from(text, 'utf8')];
    writeFileSync(join(dir, file), bytes);
    good.push(file);
  });
  const firstText = good.find((f) => f.endsWith('.txt'))!;
  writeFileSync(join(dir, `copy-of-${firstText}`), readFileSync(join(dir, firstText)));
  const firstPage = readFileSync(join(dir, good[0]!));
  writeFileSync(join(dir, 'truncated.sjis.html'), firstPage.subarray(0, Math.floor(firstPage.length * 0.6)));
  good.push('truncated.sjis.html');
  writeFileSync(join(dir, 'photo.png'), readFileSync(join(inputFixtures, 'bad', 'image.png')));
  writeFileSync(join(dir, 'empty.html'), '');
  return { good, duplicate: `copy-of-${firstText}` };
}

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await clearDatabase(db);
});
afterAll(async () => {
  await db?.close();
});

describe.skipIf(!existsSync(corpusDocs))('ingest of the converted shared corpus', () => {
  it('names exactly the bad files, holds every good document once, and a second run changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-corpus-'));
    const { good, duplicate } = convertCorpus(dir);
    const first = await runCli(['ingest', '--progress', 'none', '.'], { cwd: dir });
    expect(first.status, `${first.signal ?? ''} ${first.stderr}`).toBe(2);
    expect(linesStarting(first.stdout, 'rejected').sort()).toEqual([
      'rejected empty.html empty file (0 bytes)',
      'rejected photo.png binary file (PNG image), not text',
    ]);
    expect(linesStarting(first.stdout, 'duplicate')).toEqual([`duplicate ${duplicate}`]);
    expect(linesStarting(first.stdout, 'ingested')).toHaveLength(good.length);
    const totals = await graphTotals(db);
    expect(totals[':Document']).toBe(good.length);

    const second = await runCli(['ingest', '--progress', 'none', '.'], { cwd: dir });
    expect(second.status, `${second.signal ?? ''} ${second.stderr}`).toBe(2);
    expect(second.stdout).toMatch(new RegExp(`ingested 0, unchanged ${good.length + 1}, replaced 0, duplicate 0, rejected 2`));
    expect(await graphTotals(db)).toEqual(totals);
  }, 600_000);
});
