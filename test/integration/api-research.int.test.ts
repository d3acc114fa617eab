// The research exports through the API, on the export test graph: officeHolders (the lexicon's spells
// checked against the lexicon's own personOffice(), the observed spells against independent Cypher over
// the seats) and dyadYears (meetings per country pair per year against independent Cypher).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiplographApi } from '../../src/api/server.js';
import { OFFICES } from '../../src/export/offices.js';
import { type Db, readQuery } from '../../src/graph/driver.js';
import { personOffice } from '../../src/lexicon/index.js';
import { codes, data, gql, testApi } from './api-helpers.js';
import { exportGraph } from './export-helpers.js';

let db: Db;
let yoga: DiplographApi;
beforeAll(async () => {
  db = await exportGraph();
  yoga = testApi(db);
});
afterAll(async () => {
  await db?.close();
});

const HOLDERS = `query ($country: ID!, $office: String!, $on: Date!) { officeHolders(country: $country, office: $office, on: $on) {
  personId name office title titles from to howKnown source meetings person { id } country { id } } }`;

type Spell = { personId: string; office: string; title: string; titles: string[]; from: string; to: string | null;
  howKnown: string; source: string; meetings: number | null; person: { id: string } | null; country: { id: string } | null };

async function holders(country: string, office: string, on: string): Promise<Spell[]> {
  return (await data<{ officeHolders: Spell[] }>(yoga, HOLDERS, { country, office, on })).officeHolders;
}

/** People seen in the office for that side on meetings before and after the day, by Cypher alone. */
async function observedBy(country: string, titles: readonly string[], on: string) {
  return readQuery<{ id: string; first: string; last: string; meetings: number }>(db, `
    MATCH (p:Person)-[a:ATTENDED]->(m:Meeting) WHERE a.country = $country AND a.title IN $titles AND m.date IS NOT NULL
    WITH p, min(m.date) AS first, max(m.date) AS last, count(DISTINCT m) AS meetings
    WHERE first <= $on AND $on <= last
    RETURN p.id AS id, first, last, meetings ORDER BY id`, { country, titles, on });
}

const titlesOf = (key: string) => OFFICES.find((office) => office.key === key)!.titles;

describe('officeHolders', () => {
  it('names the lexicon\'s holder of the day first, as personOffice finds it, with its source table', async () => {
    for (const [country, office, on] of [['RUS', 'foreign_minister', '2016-04-15'], ['JPN', 'head_of_government', '2003-01-10'],
      ['USA', 'foreign_minister', '2018-08-04'], ['KOR', '外交部長官', '2018-08-04']] as const) {
      const spells = await holders(country, office, on);
      const lexicon = spells.filter((s) => s.howKnown === 'LEXICON');
      const role = office === '外交部長官' ? 'foreign_minister' : office;
      const expected = personOffice(role, country, on);
      expect(expected, `${country} ${office} ${on}`).toBeDefined();
      expect(lexicon.map((s) => s.personId)).toContain(`person:${expected!.key}`);
      for (const spell of lexicon) {
        expect(spell.from <= on && (spell.to === null || on < spell.to)).toBe(true);
        expect(spell.source).toMatch(/^src\/lexicon\/data\/people\/.+\.ts$/);
        expect(spell.office).toBe(role);
      }
      expect(spells.indexOf(lexicon[0]!)).toBe(0);
    }
  });

  it('adds the people the pages show in the office around that day, as Cypher finds them', async () => {
    for (const [country, office, on] of [['RUS', 'foreign_minister', '2016-04-15'], ['JPN', 'head_of_government', '2003-01-10'],
      ['JPN', 'foreign_minister', '2018-08-04']] as const) {
      const observed = (await holders(country, office, on)).filter((s) => s.howKnown === 'OBSERVED');
      const expected = await observedBy(country, titlesOf(office), on);
      expect(expected.length, `${country} ${office} ${on}`).toBeGreaterThan(0);
      expect(observed.map((s) => [s.personId, s.from, s.to, s.meetings])).toEqual(expected.map((e) => [e.id, e.first, e.last, e.meetings]));
      for (const spell of observed) {
        expect(spell.person?.id).toBe(spell.personId);
        expect(spell.country?.id).toBe(country);
        expect(spell.titles).toContain(spell.title);
      }
    }
  });

  it('reads a title as its office: 外相 asks what foreign_minister asks', async () => {
    expect(await holders('RUS', '外相', '2016-04-15')).toEqual(await holders('RUS', 'foreign_minister', '2016-04-15'));
  });

  it('answers nobody on a day no spell covers, and refuses a bad country or date', async () => {
    expect((await holders('RUS', 'foreign_minister', '1900-01-01'))).toEqual([]);
    expect(codes(await gql(yoga, HOLDERS, { country: 'Russia', office: 'foreign_minister', on: '2016-04-15' }))).toEqual(['BAD_USER_INPUT']);
    const badDate = await gql(yoga, HOLDERS, { country: 'RUS', office: 'foreign_minister', on: '2016-02-30' });
    expect(badDate.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});

const DYADS = `query ($country: ID!, $from: Date, $to: Date, $directed: Boolean, $first: Int) {
  dyadYears(country: $country, from: $from, to: $to, directed: $directed, first: $first) { totalCount rows {
    iso1 iso2 ccode1 ccode2 year meetings hostedBy1 hostedBy2 hostUnknown statements uncodedStatements firstDate lastDate
    meetingsByKind { kind meetings } statementsByAct { act statements } country2 { id } } } }`;

type DyadYear = { iso1: string; iso2: string; ccode1: number | null; year: number; meetings: number; hostedBy1: number; hostedBy2: number;
  hostUnknown: number; statements: number; uncodedStatements: number; firstDate: string; lastDate: string;
  meetingsByKind: Array<{ kind: string; meetings: number }>; statementsByAct: Array<{ act: string; statements: number }>; country2: { id: string } | null };

describe('dyadYears', () => {
  const pairYears = (from: string | null, to: string | null) => readQuery<{ b: string; year: number; meetings: number; first: string; last: string }>(db, `
    MATCH (a:Country {id: 'JPN'})<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(b:Country)
    WHERE a <> b AND m.date >= coalesce($from, '') AND m.date <= coalesce($to, '~')
    RETURN b.id AS b, m.year AS year, count(DISTINCT m) AS meetings, min(m.date) AS first, max(m.date) AS last
    ORDER BY year, b`, { from, to });

  it('gives Japan\'s dyad-years with the meetings per pair and year Cypher counts', async () => {
    const { dyadYears } = await data<{ dyadYears: { totalCount: number; rows: DyadYear[] } }>(yoga, DYADS, { country: 'JPN' });
    const expected = await pairYears(null, null);
    expect(expected.length).toBeGreaterThan(4);
    expect(dyadYears.totalCount).toBe(expected.length);
    const got = new Map(dyadYears.rows.map((r) => [`${r.iso2} ${r.year}`, r]));
    for (const pair of expected) {
      const row = got.get(`${pair.b} ${pair.year}`)!;
      expect(row, `${pair.b} ${pair.year}`).toBeDefined();
      expect([row.iso1, row.meetings, row.firstDate, row.lastDate, row.country2?.id]).toEqual(['JPN', pair.meetings, pair.first, pair.last, pair.b]);
      expect(row.meetingsByKind.reduce((sum, k) => sum + k.meetings, 0)).toBe(pair.meetings);
      expect(row.hostedBy1 + row.hostedBy2 + row.hostUnknown).toBe(pair.meetings);
      expect(row.statementsByAct.reduce((sum, a) => sum + a.statements, 0) + row.uncodedStatements).toBe(row.statements);
    }
  });

  it('keeps to the period and to `first`, undirected rows naming the country on either side', async () => {
    const period = await data<{ dyadYears: { totalCount: number; rows: DyadYear[] } }>(yoga, DYADS,
      { country: 'JPN', from: '2003-01-01', to: '2005-12-31', directed: false });
    expect(period.dyadYears.rows.map((r) => `${r.iso1 === 'JPN' ? r.iso2 : r.iso1} ${r.year} ${r.meetings}`).sort())
      .toEqual((await pairYears('2003-01-01', '2005-12-31')).map((p) => `${p.b} ${p.year} ${p.meetings}`).sort());
    const one = await data<{ dyadYears: { totalCount: number; rows: DyadYear[] } }>(yoga, DYADS, { country: 'JPN', first: 1 });
    expect(one.dyadYears.rows).toHaveLength(1);
    expect(one.dyadYears.totalCount).toBeGreaterThan(1);
    expect(codes(await gql(yoga, DYADS, { country: 'JPN', first: 1000 }))).toEqual(['PAGE_SIZE_EXCEEDED']);
  });
});
