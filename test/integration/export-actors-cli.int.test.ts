// The actors export (office spells) against Cypher and the lexicon, and the `diplograph export`
// command end to end: stdout, a file written whole, and clear refusals of bad arguments.
import { parse } from 'csv-parse/sync';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_COLUMNS } from '../../src/export/actors.js';
import { OFFICE_OF_TITLE } from '../../src/export/offices.js';
import { type Db, readQuery } from '../../src/graph/driver.js';
import { exportGraph, exportText, OBSERVED_SPELLS } from './export-helpers.js';
import { runCli, startCli } from './ingest-cli.js';

let db: Db;
beforeAll(async () => {
  db = await exportGraph();
});
afterAll(async () => {
  await db?.close();
});

type Row = Record<string, string>;


describe('export actors', () => {
  it('gives one observed spell per person, side and office (titles folded), first and last meeting as Cypher finds them', async () => {
    const { text } = await exportText(db, 'actors', { pageSize: 3 });
    expect(text.split('\r\n')[0]).toBe(ACTOR_COLUMNS.join(','));
    const observed = (parse(text, { columns: true }) as Row[]).filter((r) => r.how_known === 'observed');
    const expected = await readQuery<{ id: string; country: string | null; office: string | null; first: string; last: string; meetings: number }>(db, OBSERVED_SPELLS,
      { offices: OFFICE_OF_TITLE });
    expect(observed).toHaveLength(expected.length);
    for (const spell of expected) {
      const row = observed.find((r) => r.person_id === spell.id && r.iso3 === (spell.country ?? '')
        && (r.office ? r.office === spell.office : `title:${r.title}` === spell.office));
      expect(row, `${spell.id} ${spell.office}`).toMatchObject({ from: spell.first, to: spell.last, meetings: String(spell.meetings) });
    }
  });

  it('never gives one person two observed spells of one office and side', async () => {
    const rows = (parse((await exportText(db, 'actors')).text, { columns: true }) as Row[]).filter((r) => r.how_known === 'observed' && r.office);
    const keys = rows.map((r) => `${r.person_id} ${r.iso3} ${r.office}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of rows) expect(row.titles!.split('|')).toContain(row.title);
  });

  it('adds the lexicon\'s dated offices, citing the table that names their sources', async () => {
    const rows = parse((await exportText(db, 'actors')).text, { columns: true }) as Row[];
    const koizumi = rows.filter((r) => r.person_id === 'person:koizumi-junichiro');
    const office = koizumi.find((r) => r.how_known === 'lexicon')!;
    expect(office).toMatchObject({ iso3: 'JPN', ccode: '740', source: 'src/lexicon/data/people/japan-leaders.ts' });
    const seen = koizumi.find((r) => r.how_known === 'observed')!;
    expect(office.from! <= seen.from! && (office.to === '' || seen.to! < office.to!)).toBe(true);
  });
});

describe('diplograph export (CLI)', () => {
  it('writes to stdout by default and says what it wrote on stderr', async () => {
    const run = await runCli(['export', 'dyads', '--undirected', '--from', '2003', '--to', '2003']);
    expect(run.stderr).toMatch(/export dyads: \d+ rows from \d+ meetings to stdout/);
    expect(run.status).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Row[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.year === '2003')).toBe(true);
  });

  it('writes a file whole under its name', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'diplograph-cli-export-')), 'events.jsonl');
    const run = await runCli(['export', 'events', '--out', out]);
    expect(run.status).toBe(0);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toMatch(/^\{"event_id":/);
  });

  it('ends quietly when the reader closes the pipe early, as `| head` does', async () => {
    // One meeting per page: the export is still writing when the reader has gone.
    const { done } = startCli(['export', 'events', '--page-size', '1'], { onStdout: (_text, child) => child.stdout?.destroy() });
    const run = await done;
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.status).toBe(0);
  });

  it('on Ctrl-C (SIGINT) stops, removes FILE.partial and writes no FILE', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'diplograph-cli-sigint-'));
    const out = join(folder, 'events.jsonl');
    // One row per page: the export is still writing when the signal comes.
    const { child, done } = startCli(['export', 'events', '--page-size', '1', '--out', out]);
    const sent = new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (!existsSync(`${out}.partial`)) return;
        clearInterval(poll);
        child.kill('SIGINT');
        resolve();
      }, 5);
      void done.then(() => clearInterval(poll));
    });
    const run = await done;
    await sent;
    expect(run.stderr).toMatch(/SIGINT: stopping/);
    expect(run.status).toBe(130);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses an unknown kind and a bad date before starting anything', async () => {
    const kind = await runCli(['export', 'wars']);
    expect(kind.status).toBe(1);
    expect(kind.stderr).toMatch(/unknown export "wars": choose one of dyads, events, network, actors/);
    const date = await runCli(['export', 'dyads', '--from', '2003-02-30']);
    expect(date.status).toBe(1);
    expect(date.stderr).toMatch(/--from 2003-02-30: no such day/);
    const format = await runCli(['export', 'events', '--format', 'parquet']);
    expect(format.status).toBe(1);
    expect(format.stderr).toMatch(/export events writes jsonl, not "parquet"/);
  });
});
