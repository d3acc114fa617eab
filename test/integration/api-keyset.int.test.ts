// Keyset pagination in fact (issue 11): a page of meetings costs its rows, not every meeting; the
// total is counted apart and only when asked; cursors page through every sort and filter without gaps
// or repeats, undated meetings last; documents come without their text unless it is asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherFile } from '../../src/graph/cypher-files.js';
import type { DiplographApi } from '../../src/api/server.js';
import type { Db } from '../../src/graph/driver.js';
import { writeDocuments } from '../../src/graph/writer.js';
import { buildResult, type DocSpec } from './api-corpus.js';
import { allPages, cypherValue, data, seededDb, testApi } from './api-helpers.js';

let db: Db;
let yoga: DiplographApi;
const queries: string[] = [];

/** Sixty telephone talks, two a month from 2010, some on the same day, so that pages cut through ties. */
function manyTalks(): DocSpec[] {
  return Array.from({ length: 60 }, (_, index) => ({
    name: `keyset-${index}`,
    title: `日露外相電話会談(概要)その${index}`,
    meetings: [{
      kind: index % 3 === 0 ? 'telephone' : 'foreign_ministers',
      date: `${2010 + Math.floor(index / 24)}-${String((Math.floor(index / 2) % 12) + 1).padStart(2, '0')}-15`,
      participants: [['person:kawaguchi', 'principal', '外務大臣', 'JPN'], ['person:ivanov', 'principal', '外相', 'RUS']],
    }],
    sections: [{ heading: null, issues: [], statements: [{ by: ['person:kawaguchi'], act: 'statement', text: `川口外務大臣より、第${index}回の協議について述べた。` }] }],
  }));
}

beforeAll(async () => {
  db = await seededDb();
  await writeDocuments(db, manyTalks().map((spec) => buildResult(spec)));
  yoga = testApi(db, { extra: { responseCacheMs: 0, onQuery: (name) => queries.push(name) } });
});
afterAll(async () => {
  await db?.close();
});

/** Database hits of one run of cypher/read/<name> with these parameters (PROFILE). */
async function dbHits(name: string, params: Record<string, unknown>): Promise<number> {
  const result = await db.driver.executeQuery(`PROFILE ${cypherFile(`read/${name}`)}`, params, { database: db.database });
  let hits = 0;
  const visit = (plan: { dbHits: number; children: unknown[] }) => {
    hits += plan.dbHits;
    for (const child of plan.children) visit(child as typeof plan);
  };
  visit(result.summary.profile as unknown as { dbHits: number; children: unknown[] });
  return hits;
}

describe('meetings: keyset in fact', () => {
  it('reads a first page of 5 from the date index without reading every meeting', async () => {
    const page = { keys: [{}], after: null, desc: true, sort: 'DATE_DESC' };
    const small = await dbHits('list-meetings-all', { ...page, limit: 6 });
    const large = await dbHits('list-meetings-all', { ...page, limit: 61 });
    // Ten times the rows costs several times the hits: the page, not the table, is read.
    expect(small * 4).toBeLessThan(large);
  });

  it('counts the total apart, only when asked', async () => {
    queries.length = 0;
    await data(yoga, '{ meetings(first: 5) { edges { node { id } } } }');
    expect(queries).toEqual(['list-meetings-all']); // the page is full: no undated tail
    queries.length = 0;
    const counted = await data(yoga, '{ meetings(first: 5) { totalCount } }');
    expect(queries.sort()).toEqual(['count-meetings', 'list-meetings-all']);
    expect(counted.meetings.totalCount).toBe(await cypherValue(db, 'MATCH (m:Meeting) RETURN count(m) AS value'));
  });

  const MEETINGS = `query ($first: Int, $after: String, $sort: MeetingSort, $filter: MeetingFilter) {
    meetings(first: $first, after: $after, sort: $sort, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

  it('pages through every sort and filter in the order of independent Cypher, undated meetings last', async () => {
    const filters = [{}, { kinds: ['TELEPHONE'] }, { from: '2011-01-01', to: '2012-06-30' }, { from: '2011-01-01', includeUndated: true }, { personId: 'person:kawaguchi' }];
    for (const sort of ['DATE_DESC', 'DATE_ASC']) {
      for (const filter of filters) {
        const paged = await allPages(yoga, MEETINGS, (d) => d.meetings, { first: 7, sort, filter });
        const whole = await allPages(yoga, MEETINGS, (d) => d.meetings, { first: 100, sort, filter });
        expect(paged, `${sort} ${JSON.stringify(filter)}`).toEqual(whole);
        expect(new Set(paged).size).toBe(paged.length);
        const desc = sort === 'DATE_DESC';
        const expected = await cypherValue<string[]>(db, `MATCH (m:Meeting)
          WHERE ($kinds IS NULL OR m.kind IN $kinds)
            AND ($person IS NULL OR EXISTS { (:Person {id: $person})-[:ATTENDED]->(m) })
            AND (m.date IS NULL AND ($undated OR ($from IS NULL AND $to IS NULL))
              OR m.date >= coalesce($from, '') AND m.date <= coalesce($to, '~'))
          WITH m, CASE WHEN $desc THEN coalesce(m.date, '') ELSE coalesce(m.date, '~') END AS key
          ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN $desc THEN m.id END DESC, key, m.id
          RETURN collect(m.id) AS value`, {
          desc,
          kinds: 'kinds' in filter ? ['telephone'] : null,
          person: (filter as { personId?: string }).personId ?? null,
          from: (filter as { from?: string }).from ?? null,
          to: (filter as { to?: string }).to ?? null,
          undated: (filter as { includeUndated?: boolean }).includeUndated ?? false,
        });
        expect(paged, `${sort} ${JSON.stringify(filter)}`).toEqual(expected);
      }
    }
  });
});

describe('documents: only what is asked', () => {
  it('reads a document\'s text only for queries that ask for it', async () => {
    queries.length = 0;
    const [first] = (await data(yoga, '{ documents(first: 3) { edges { node { id title } } } }')).documents.edges;
    expect(queries).toEqual(['list-documents']);
    queries.length = 0;
    const withText = await data(yoga, `{ document(id: "${first.node.id}") { text } }`);
    expect(queries.sort()).toEqual(['find-document-text', 'find-nodes']);
    expect(withText.document.text).toBe(await cypherValue(db, 'MATCH (d:Document {id: $id}) RETURN d.text AS value', { id: first.node.id }));
  });
});
