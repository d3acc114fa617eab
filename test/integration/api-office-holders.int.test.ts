// officeHolders through the API on the export test graph: the lexicon's spells checked against the
// lexicon's own personOffice(), the observed spells against independent Cypher over the seats.
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
