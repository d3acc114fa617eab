// The dyad-year CSV read back with csv-parse (as pandas or R would read it) and compared with
// independent Cypher: every pair of countries that met in a year has one row (two when directed)
// whose meeting and statement counts equal what Cypher counts.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DYAD_COLUMNS } from '../../src/export/dyads.js';
import type { Db } from '../../src/graph/driver.js';
import { readQuery } from '../../src/graph/driver.js';
import { exportGraph, exportText } from './export-helpers.js';

let db: Db;
beforeAll(async () => {
  db = await exportGraph();
});
afterAll(async () => {
  await db?.close();
});

type Row = Record<string, string>;
const readCsv = (text: string): Row[] => parse(text, { columns: true, skip_empty_lines: true, bom: false });

/** Meetings and statements per ordered pair of sides and year, counted by Cypher alone. */
const PAIR_YEARS = `
  MATCH (a:Country)<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(b:Country)
  WHERE a.id <> b.id AND m.date >= coalesce($from, '') AND m.date <= coalesce($to, '~')
  WITH a.id AS a, b.id AS b, m.year AS year, collect(DISTINCT m) AS meetings
  RETURN a, b, year, size(meetings) AS meetings,
         size([(s:Statement)-[:IN_MEETING]->(m) WHERE m IN meetings | s]) AS statements,
         reduce(d = '9999', m IN meetings | CASE WHEN m.date < d THEN m.date ELSE d END) AS first`;

async function pairYears(from: string | null = null, to: string | null = null) {
  return readQuery<{ a: string; b: string; year: number; meetings: number; statements: number; first: string }>(db, PAIR_YEARS, { from, to });
}

describe('export dyads', () => {
  it('writes a directed dyad-year row per ordered pair and year, with the meeting counts Cypher finds', async () => {
    const { text } = await exportText(db, 'dyads');
    expect(text.split('\r\n')[0]).toBe(DYAD_COLUMNS.join(','));
    const rows = readCsv(text);
    const expected = await pairYears();
    expect(expected.length).toBeGreaterThan(4);
    expect(rows).toHaveLength(expected.length);
    const byKey = new Map(rows.map((row) => [`${row.iso1} ${row.iso2} ${row.year}`, row]));
    for (const pair of expected) {
      const row = byKey.get(`${pair.a} ${pair.b} ${pair.year}`);
      expect(row, `${pair.a} ${pair.b} ${pair.year}`).toBeDefined();
      expect(Number(row!.meetings)).toBe(pair.meetings);
      expect(row!.first_date).toBe(pair.first);
      const kinds = DYAD_COLUMNS.filter((c) => c.startsWith('meetings_')).reduce((sum, c) => sum + Number(row![c]), 0);
      expect(kinds).toBe(pair.meetings);
      expect(Number(row!.hosted_by_1) + Number(row!.hosted_by_2) + Number(row!.host_unknown)).toBe(pair.meetings);
      // The mirror row holds the same meetings, its hosts swapped.
      const mirror = byKey.get(`${pair.b} ${pair.a} ${pair.year}`)!;
      expect(mirror.hosted_by_1).toBe(row!.hosted_by_2);
    }
  });

  it('carries CoW and ISO codes and says who hosted: Japan visited Moscow in 2003', async () => {
    const rows = readCsv((await exportText(db, 'dyads')).text);
    const row = rows.find((r) => r.iso1 === 'RUS' && r.iso2 === 'JPN' && r.year === '2003')!;
    expect(row).toMatchObject({ ccode1: '365', ccode2: '740', cowabb1: 'RUS', cowabb2: 'JPN' });
    expect(Number(row.hosted_by_1)).toBeGreaterThanOrEqual(2);
    // Statements of the directed row are those of country 1's side (the joint ones count for both).
    expect(Number(row.statements_invitation)).toBeGreaterThanOrEqual(1);
    const reverse = rows.find((r) => r.iso1 === 'JPN' && r.iso2 === 'RUS' && r.year === '2003')!;
    expect(Number(reverse.statements_invitation)).toBe(0);
    expect(Number(reverse.statements_emphasis)).toBeGreaterThanOrEqual(1);
  });

  it('writes one undirected row per pair, lower CoW code first, counting every statement', async () => {
    const rows = readCsv((await exportText(db, 'dyads', { undirected: true })).text);
    const expected = (await pairYears()).filter((p) => rows.some((r) => r.iso1 === p.a && r.iso2 === p.b && Number(r.year) === p.year));
    expect(rows).toHaveLength(expected.length);
    expect(rows.length * 2).toBe((await pairYears()).length);
    for (const row of rows) {
      expect(Number(row.ccode1)).toBeLessThan(Number(row.ccode2));
      const pair = expected.find((p) => p.a === row.iso1 && p.b === row.iso2 && p.year === Number(row.year))!;
      expect(Number(row.meetings)).toBe(pair.meetings);
      expect(Number(row.statements)).toBe(pair.statements);
    }
  });

  it('keeps to --from/--to', async () => {
    const range = { from: '2004-01-01', to: '2005-12-31' };
    const rows = readCsv((await exportText(db, 'dyads', { range })).text);
    const expected = await pairYears(range.from, range.to);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => `${r.iso1} ${r.iso2} ${r.year} ${r.meetings}`).sort()).toEqual(
      expected.map((p) => `${p.a} ${p.b} ${p.year} ${p.meetings}`).sort());
  });

  it('writes Parquet that hyparquet reads back as the CSV\'s rows, counts as integers and empty ccodes as null', async () => {
    const csv = readCsv((await exportText(db, 'dyads', { undirected: true })).text);
    const { path } = await exportText(db, 'dyads', { undirected: true, format: 'parquet' });
    const bytes = readFileSync(path);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const schema = parquetSchema(parquetMetadata(file));
    expect(schema.children.map((c) => c.element.name)).toEqual(DYAD_COLUMNS);
    const rows = await parquetReadObjects({ file });
    expect(rows).toHaveLength(csv.length);
    rows.forEach((row, i) => {
      for (const column of DYAD_COLUMNS) {
        const value = row[column];
        expect(value === null ? '' : String(value), `${i} ${column}`).toBe(csv[i]![column]);
      }
      expect(typeof row.meetings).toBe('number');
    });
  });

  it('reads in pages: a page of one meeting gives the same file', async () => {
    const whole = (await exportText(db, 'dyads')).text;
    expect((await exportText(db, 'dyads', { pageSize: 1 })).text).toBe(whole);
  });
});
