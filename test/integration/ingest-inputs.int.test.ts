// `diplograph ingest` on a mixed folder, URLs and stdin: every bad input is named with its reason while
// the good ones go in (exit code 2), legacy encodings and HTML come out as the same documents.
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Db, readQuery } from '../../src/graph/driver.js';
import { clearDatabase, countNodes, testDb } from './helpers.js';
import { folderWith, inputFixtures, linesStarting, runCli } from './ingest-cli.js';

let db: Db;
let server: Server;
let base = '';

beforeAll(async () => {
  db = await testDb();
  server = createServer((req, res) => {
    if (req.url === '/kaidan/old.html') {
      // No charset in the header: the page's own <meta> says Shift_JIS.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(readFileSync(join(inputFixtures, 'mofa-old-sjis.html')));
    } else {
      res.writeHead(404, 'Not Found');
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await db?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(async () => {
  await clearDatabase(db);
});

const documentsBy = (property: 'source' | 'encoding') =>
  readQuery<{ value: string }>(db, `MATCH (d:Document) RETURN d.${property} AS value ORDER BY value`).then((rows) => rows.map((r) => r.value));

describe('diplograph ingest with bad inputs among good ones', () => {
  it('names exactly the bad inputs with their reasons, ingests the rest once, exits 2', async () => {
    const dir = folderWith([
      'mofa-old-sjis.html', 'mofa-eucjp.html', 'mofa-new-utf8.html', 'truncated-sjis.html',
      'bad/empty.txt', 'bad/blank.txt', 'bad/image.png', 'bad/garbled.txt', 'bad/not-a-meeting.txt',
    ]);
    writeFileSync(join(dir, 'huge.txt'), '平成16年5月12日 会談。\n'.repeat(4000));
    const run = await runCli(['ingest', '--max-bytes', '50k', dir, join(dir, 'no-such-page.html'), `${base}/missing.html`], { cwd: dir });
    expect(run.status).toBe(2);
    const rejected = linesStarting(run.stdout, 'rejected').map((line) => line.replace(`${dir}/`, '').replace(base, 'URL'));
    expect(rejected.sort()).toEqual([
      'rejected URL/missing.html fetch failed: HTTP 404 Not Found',
      'rejected blank.txt empty file (whitespace only)',
      'rejected empty.txt empty file (0 bytes)',
      'rejected garbled.txt undecodable bytes: not valid UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP or UTF-16 text',
      'rejected huge.txt input is 121.1 KiB, over the 50.0 KiB size cap',
      'rejected image.png binary file (PNG image), not text',
      'rejected no-such-page.html no such file or directory',
      'rejected not-a-meeting.txt not a meeting summary: no meeting and no reported statement found',
    ]);
    expect(run.stdout).toMatch(/ingested 4, unchanged 0, replaced 0, duplicate 0, rejected 8/);
    expect(await documentsBy('encoding')).toEqual(['EUC-JP', 'Shift_JIS', 'Shift_JIS', 'UTF-8']);
  });

  it('ingests Shift_JIS and EUC-JP pages as the documents their text files make', async () => {
    const dir = folderWith(['mofa-old-sjis.html', 'mofa-eucjp.html', 'summary-sjis.txt', 'summary-eucjp.txt']);
    const run = await runCli(['ingest', dir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ingested \d, unchanged 0, replaced 0, duplicate \d, rejected 0/);
    const rows = await readQuery<{ encoding: string; title: string; statements: number }>(db, `
      MATCH (d:Document) OPTIONAL MATCH (s:Statement {document: d.id})
      RETURN d.encoding AS encoding, d.title AS title, count(s) AS statements ORDER BY encoding, title`);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(Number(row.statements)).toBeGreaterThanOrEqual(2);
    const sjis = rows.filter((r) => r.encoding === 'Shift_JIS').map((r) => r.title);
    expect(sjis.some((t) => t.includes('フィンランド'))).toBe(true);
    expect(rows.filter((r) => r.encoding === 'EUC-JP').some((r) => r.title.includes('チリ'))).toBe(true);
  });

  it('fetches a page from a URL, honouring its <meta charset>', async () => {
    const run = await runCli(['ingest', `${base}/kaidan/old.html`]);
    expect(run.status).toBe(0);
    expect(await documentsBy('source')).toEqual([`${base}/kaidan/old.html`]);
    expect(await documentsBy('encoding')).toEqual(['Shift_JIS']);
  });

  it('reads a summary from stdin with -', async () => {
    const text = readFileSync(join(inputFixtures, 'summary-utf8-bom.txt'));
    const run = await runCli(['ingest', '-'], { stdin: text.toString('utf8') });
    expect(run.status).toBe(0);
    const [source] = await documentsBy('source');
    expect(source).toMatch(/^stdin:[0-9a-f]{16}$/);
    // A second, different document piped in gets a source of its own: it does not replace the first.
    const other = readFileSync(join(inputFixtures, 'mofa-new-utf8.html'), 'utf8');
    const second = await runCli(['ingest', '-'], { stdin: other });
    expect(second.status).toBe(0);
    expect(second.stdout).not.toMatch(/^replaced/m);
    expect(await documentsBy('source')).toHaveLength(2);
    const named = await runCli(['ingest', '--source', 'notes/koizumi.txt', '-'], { stdin: text.toString('utf8') });
    expect(named.status).toBe(0);
    expect(await documentsBy('source')).toContain(source);
  });

  it('--dry-run reports what would be ingested and writes nothing', async () => {
    const run = await runCli(['ingest', '--dry-run', folderWith(['mofa-new-utf8.html', 'bad/image.png'])]);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/ingested 1, unchanged 0, replaced 0, duplicate 0, rejected 1/);
    expect(await countNodes(db)).toBe(0);
  });
});
