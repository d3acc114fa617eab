// The first queries (issue 2) through the GraphQL server in process, against a real Neo4j holding the
// seed-like result of the sample and the API fixture corpus; answers checked against independent Cypher.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiplographApi } from '../../src/api/server.js';
import { startServer } from '../../src/api/start-server.js';
import type { Db } from '../../src/graph/driver.js';
import { allPages, cypherValue, data, seedLike, seededDb, testApi } from './api-helpers.js';

let db: Db;
let yoga: DiplographApi;
const seed = seedLike();
const seedMeetingId = seed.meetings[0]!.id;

beforeAll(async () => {
  db = await seededDb();
  yoga = testApi(db);
});
afterAll(async () => {
  await db?.close();
});

const MEETINGS = `query ($first: Int, $after: String, $filter: MeetingFilter) {
  meetings(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id date } }
  }
}`;

describe('meetings', () => {
  it('answers the check query of the issue: the 2002-10-27 meeting with 8 participants, 2 principals', async () => {
    // Other tests may have left meetings in this database: look at the seed's day only.
    const result = await data(yoga, `{ meetings(first: 100, filter: { from: "2002-10-27", to: "2002-10-27" }) {
      totalCount edges { node { id date participants { person { name } role } } } } }`);
    const seedMeeting = result.meetings.edges.find((edge: any) => edge.node.id === seedMeetingId);
    expect(seedMeeting.node.participants).toHaveLength(8);
    expect(seedMeeting.node.participants.filter((p: any) => p.role === 'PRINCIPAL')).toHaveLength(2);
    const all = await data(yoga, '{ meetings(first: 5) { totalCount edges { node { date } } } }');
    expect(all.meetings.totalCount).toBe(await cypherValue(db, 'MATCH (m:Meeting) RETURN count(m) AS value'));
  });

  it('lists newest first, undated meetings last, and oldest first when asked', async () => {
    for (const sort of ['DATE_DESC', 'DATE_ASC']) {
      const result = await data(yoga, `query ($sort: MeetingSort) { meetings(first: 100, sort: $sort, filter: { personId: "person:koizumi" }) {
        edges { node { date } } } }`, { sort });
      const dates: Array<string | null> = result.meetings.edges.map((edge: any) => edge.node.date);
      const dated = dates.filter((d): d is string => d !== null);
      expect(dated, sort).toEqual(sort === 'DATE_DESC' ? [...dated].sort().reverse() : [...dated].sort());
      expect(dates.slice(dated.length).every((d) => d === null), sort).toBe(true);
      expect(dates).toContain(null);
    }
  });

  it('pages through every meeting exactly once with first/after, whatever the page size', async () => {
    const filter = { personId: 'person:koizumi' };
    const total = await cypherValue<number>(db, "MATCH (:Person {id: 'person:koizumi'})-[:ATTENDED]->(m:Meeting) RETURN count(DISTINCT m) AS value");
    const expected = await allPages(yoga, MEETINGS, (d) => d.meetings, { first: 100, filter });
    for (const first of [1, 3, 4]) {
      expect(await allPages(yoga, MEETINGS, (d) => d.meetings, { first, filter })).toEqual(expected);
    }
    expect(new Set(expected).size).toBe(total);
    // Unfiltered, over whatever the database holds: the first 60 meetings, by pages of 100 and of 7.
    const big = (await data(yoga, MEETINGS, { first: 60 })).meetings.edges.map((e: any) => e.node.id);
    const small: string[] = [];
    let after: string | null = null;
    while (small.length < big.length) {
      const page: any = (await data(yoga, MEETINGS, { first: 7, after })).meetings;
      small.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(small.slice(0, big.length)).toEqual(big);
  });

  it('gives the same cursor to the same meeting on every page size and reports paging state', async () => {
    const whole = await data(yoga, MEETINGS, { first: 5 });
    const firstTwo = await data(yoga, MEETINGS, { first: 2 });
    const next = await data(yoga, MEETINGS, { first: 3, after: firstTwo.meetings.pageInfo.endCursor });
    expect(firstTwo.meetings.edges.map((e: any) => e.cursor)).toEqual(whole.meetings.edges.slice(0, 2).map((e: any) => e.cursor));
    expect(next.meetings.edges.map((e: any) => e.cursor)).toEqual(whole.meetings.edges.slice(2, 5).map((e: any) => e.cursor));
    expect(firstTwo.meetings.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(next.meetings.pageInfo.hasPreviousPage).toBe(true);
    expect(next.meetings.totalCount).toBe(whole.meetings.totalCount);
  });

  it('filters by date range, country and person, with counts equal to Cypher', async () => {
    const cases: Array<[Record<string, unknown>, string, Record<string, unknown>]> = [
      [{ from: '2003-01-01', to: '2004-12-31' }, 'MATCH (m:Meeting) WHERE m.date >= $from AND m.date <= $to RETURN count(m) AS value', { from: '2003-01-01', to: '2004-12-31' }],
      [{ countryId: 'USA' }, 'MATCH (m:Meeting)-[:BETWEEN]->(:Country {id: $c}) RETURN count(DISTINCT m) AS value', { c: 'USA' }],
      [{ personId: 'person:putin' }, 'MATCH (:Person {id: $p})-[:ATTENDED]->(m:Meeting) RETURN count(DISTINCT m) AS value', { p: 'person:putin' }],
      [
        { countryId: 'rus', personId: 'person:koizumi', from: '2003-01-01' },
        `MATCH (:Person {id: $p})-[:ATTENDED]->(m:Meeting)-[:BETWEEN]->(:Country {id: 'RUS'})
         WHERE m.date >= $from RETURN count(DISTINCT m) AS value`,
        { p: 'person:koizumi', from: '2003-01-01' },
      ],
    ];
    for (const [filter, cypher, params] of cases) {
      const result = await data(yoga, MEETINGS, { first: 100, filter });
      const expected = await cypherValue<number>(db, cypher, params);
      expect(expected).toBeGreaterThan(0);
      expect(result.meetings.totalCount, JSON.stringify(filter)).toBe(expected);
      expect(result.meetings.edges).toHaveLength(Math.min(expected, 100));
    }
  });
});

describe('meeting(id)', () => {
  it('returns the seed meeting with its fields, participants, topics and statements', async () => {
    const result = await data(yoga, `query ($id: ID!) { meeting(id: $id) {
      date start end kind location occasion
      participants { person { id name } role title country { id name } }
      topics { number heading }
      statements { text speakers { name } respondsTo { text } }
    } }`, { id: seedMeetingId });
    const meeting = result.meeting;
    expect(meeting).toMatchObject({ date: '2002-10-27', start: '10:00', end: '10:50', kind: 'SUMMIT', location: 'メキシコ', occasion: 'APEC首脳会合' });
    expect(meeting.participants).toHaveLength(8);
    expect(meeting.participants[0]).toMatchObject({ role: 'PRINCIPAL', country: { id: expect.any(String) } });
    expect(meeting.participants.map((p: any) => p.person.id).sort()).toEqual(seed.meetings[0]!.participants.map((p) => p.entity).sort());
    expect(meeting.topics.map((t: any) => t.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(meeting.topics[2].heading).toBe('領土問題');
    expect(meeting.statements).toHaveLength(seed.statements.length);
    expect(meeting.statements[1]).toMatchObject({ speakers: [{ name: 'ミハイル・カシヤノフ' }], respondsTo: { text: seed.statements[0]!.text } });
  });

  it('is null for an unknown id and for an id of another type', async () => {
    const result = await data(yoga, '{ a: meeting(id: "nope") { id } b: meeting(id: "JPN") { id } }');
    expect(result).toEqual({ a: null, b: null });
  });
});

describe('person(id)', () => {
  it('has name, meetings, statements and counterparts with counts equal to Cypher', async () => {
    const result = await data(yoga, `{ person(id: "person:koizumi") {
      name
      meetings(first: 100) { totalCount edges { node { id } } }
      statements(first: 100) { totalCount edges { node { id text } } }
      counterparts(first: 100) { totalCount edges { node { id name } meetings firstMet lastMet } }
    } }`);
    const person = result.person;
    expect(person.name).toBe('小泉純一郎');
    expect(person.meetings.totalCount).toBe(await cypherValue(db, "MATCH (:Person {id: 'person:koizumi'})-[:ATTENDED]->(m) RETURN count(DISTINCT m) AS value"));
    expect(person.statements.totalCount).toBe(await cypherValue(db, "MATCH (s:Statement)-[:SPOKEN_BY]->(:Person {id: 'person:koizumi'}) RETURN count(DISTINCT s) AS value"));
    const expected = await cypherValue<Array<{ id: string; n: number }>>(db, `
      MATCH (:Person {id: 'person:koizumi'})-[a:ATTENDED]->(m:Meeting)<-[b:ATTENDED]-(o:Person)
      WHERE a.country <> b.country
      WITH o.id AS id, count(DISTINCT m) AS n ORDER BY n DESC, id RETURN collect({id: id, n: n}) AS value`);
    expect(person.counterparts.edges.map((e: any) => ({ id: e.node.id, n: e.meetings }))).toEqual(expected);
    const putin = person.counterparts.edges.find((e: any) => e.node.id === 'person:putin');
    expect(putin).toMatchObject({ firstMet: '2003-01-10', lastMet: '2005-05-09' });
  });
});

describe('country(id), search, stats', () => {
  it('finds countries by ISO alpha-3 id in any case', async () => {
    const result = await data(yoga, '{ a: country(id: "JPN") { id name } b: country(id: "rus") { id name } c: country(id: "person:putin") { id } }');
    expect(result).toEqual({ a: { id: 'JPN', name: '日本' }, b: { id: 'RUS', name: 'ロシア' }, c: null });
  });

  it('searches names and statement text', async () => {
    const result = await data(yoga, '{ search(query: "領土問題") { totalCount edges { score node { id __typename } } } }');
    const hits = result.search.edges;
    expect(hits[0].node).toEqual({ id: 'issue:領土問題', __typename: 'Issue' });
    const statements = await data(yoga, '{ search(query: "領土問題", types: [STATEMENT], first: 100) { totalCount edges { node { ... on Statement { text } } } } }');
    const expected = await cypherValue<number>(db, "MATCH (s:Statement) WHERE s.text CONTAINS '領土問題' RETURN count(s) AS value");
    expect(statements.search.totalCount).toBe(expected);
    for (const edge of statements.search.edges) expect(edge.node.text).toContain('領土問題');
  });

  it('counts documents, meetings, people and statements like Cypher does', async () => {
    const result = await data(yoga, '{ stats { documents meetings people statements } }');
    expect(result.stats).toEqual({
      documents: await cypherValue(db, 'MATCH (n:Document) RETURN count(n) AS value'),
      meetings: await cypherValue(db, 'MATCH (n:Meeting) RETURN count(n) AS value'),
      people: await cypherValue(db, 'MATCH (n:Person) RETURN count(n) AS value'),
      statements: await cypherValue(db, 'MATCH (n:Statement) RETURN count(n) AS value'),
    });
  });
});

describe('startServer', () => {
  it('plans the queries, serves GraphQL over HTTP on the asked port and closes', async () => {
    const server = await startServer({ db, config: { api: { host: '127.0.0.1', port: 0, token: null, exposeSchema: true } }, logging: false });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ meetings(first: 1) { totalCount } }' }),
      });
      expect(response.status).toBe(200);
      expect((await response.json()).data.meetings.totalCount).toBe(await cypherValue(db, 'MATCH (m:Meeting) RETURN count(m) AS value'));
    } finally {
      await server.close();
    }
    await expect(fetch(server.url)).rejects.toThrow();
  });
});
