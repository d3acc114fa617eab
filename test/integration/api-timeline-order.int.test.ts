// The timeline's order, page by page, against a plain sort of every statement of the subject (the
// definition in the SDL: meeting date, then document, then document order, undated last, ties by id),
// and its statements per request: issue(id) { timeline } and person(id) { counterparts } are one Cypher
// statement each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiplographApi } from '../../src/api/server.js';
import { type Db, readQuery } from '../../src/graph/driver.js';
import { allPages, data, seededDb, testApi } from './api-helpers.js';

let db: Db;
let yoga: DiplographApi;
const queries: string[] = [];

beforeAll(async () => {
  db = await seededDb();
  yoga = testApi(db, { extra: { onQuery: (name) => queries.push(name) } });
});
afterAll(async () => {
  await db?.close();
});

interface Row {
  id: string;
  date: string | null;
  document: string | null;
  order: number;
  act: string | null;
  sides: string[];
}

/** Every timeline statement of the subject with what its order is made of, read without paging. */
async function timelineRows(id: string): Promise<Row[]> {
  return readQuery<Row>(db, `
    MATCH (subject:Entity {id: $id})
    CALL (subject) {
      MATCH (subject)<-[:MENTIONS]-(s:Statement) RETURN s
      UNION
      MATCH (subject)<-[:CONCERNS]-(:Topic)<-[:IN_TOPIC]-(s:Statement) RETURN s
    }
    OPTIONAL MATCH (s)-[:IN_MEETING]->(m:Meeting)
    RETURN s.id AS id, m.date AS date, s.document AS document, s.order AS order, s.act AS act,
      COLLECT { MATCH (s)-[:SPOKEN_BY]->(:Person)-[a:ATTENDED]->(m) RETURN a.country } AS sides`, { id });
}

function sorted(rows: Row[], desc: boolean): string[] {
  const key = (row: Row) => [row.date ?? (desc ? '' : '~'), row.document ?? '', String(row.order).padStart(6, '0'), row.id];
  const compare = (a: Row, b: Row) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  };
  const ordered = [...rows].sort(compare);
  return (desc ? ordered.reverse() : ordered).map((row) => row.id);
}

const TIMELINE = `query ($id: ID!, $first: Int, $after: String, $sort: StatementSort, $filter: TimelineFilter) {
  entity(id: $id) { ... on Issue { timeline(first: $first, after: $after, sort: $sort, filter: $filter) { ...page } }
    ... on Event { timeline(first: $first, after: $after, sort: $sort, filter: $filter) { ...page } }
    ... on Agreement { timeline(first: $first, after: $after, sort: $sort, filter: $filter) { ...page } } } }
  fragment page on TimelineConnection { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }`;

/** Subjects with the most timeline statements, of each type that has a timeline (or of one label). */
async function busySubjects(label?: string): Promise<string[]> {
  const rows = await readQuery<{ id: string }>(db, `
    MATCH (e:Entity) WHERE $label IS NULL AND (e:Issue OR e:Event OR e:Agreement) OR $label IN labels(e)
    WITH e, COUNT { (e)<-[:MENTIONS]-(:Statement) } + COUNT { (e)<-[:CONCERNS]-(:Topic)<-[:IN_TOPIC]-(:Statement) } AS n
    WHERE n > 3
    RETURN e.id AS id ORDER BY n DESC, e.id LIMIT 4`, { label: label ?? null });
  return rows.map((row) => row.id);
}

describe('timeline order', () => {
  it('pages through the same order as a sort of every statement, both ways and at every page size', async () => {
    const subjects = await busySubjects();
    expect(subjects.length).toBeGreaterThan(1);
    for (const id of subjects) {
      const rows = await timelineRows(id);
      for (const sort of ['DATE_ASC', 'DATE_DESC']) {
        const expected = sorted(rows, sort === 'DATE_DESC');
        const first = await data(yoga, TIMELINE, { id, first: 100, sort });
        expect(first.entity.timeline.totalCount).toBe(rows.length);
        for (const size of [1, 2, 3, 100]) {
          expect(await allPages(yoga, TIMELINE, (d) => d.entity.timeline, { id, first: size, sort }), `${id} ${sort} first ${size}`).toEqual(expected);
        }
      }
    }
  });

  it('keeps that order under date bounds, a side and an act', async () => {
    const [id] = await busySubjects();
    const rows = await timelineRows(id!);
    const dates = rows.map((row) => row.date).filter((date): date is string => date !== null).sort();
    const from = dates[Math.floor(dates.length / 2)]!;
    const side = rows.flatMap((row) => row.sides).sort()[0]!;
    const to = dates[Math.floor(dates.length * 3 / 4)]!;
    const act = rows.map((row) => row.act).filter((a): a is string => a !== null).sort()[0]!;
    const cases: Array<[Record<string, unknown>, Row[]]> = [
      [{ from }, rows.filter((row) => row.date !== null && row.date >= from)],
      [{ to: from }, rows.filter((row) => row.date !== null && row.date <= from)],
      [{ from, to }, rows.filter((row) => row.date !== null && row.date >= from && row.date <= to)],
      [{ countryId: side }, rows.filter((row) => row.sides.includes(side))],
      [{ acts: [act.toUpperCase()] }, rows.filter((row) => row.act === act)],
    ];
    for (const [filter, kept] of cases) {
      expect(kept.length).toBeGreaterThan(0);
      for (const sort of ['DATE_ASC', 'DATE_DESC']) {
        const pages = await allPages(yoga, TIMELINE, (d) => d.entity.timeline, { id, first: 2, sort, filter });
        expect(pages, `${JSON.stringify(filter)} ${sort}`).toEqual(sorted(kept, sort === 'DATE_DESC'));
      }
    }
  });

  it('answers issue(id) { timeline } with sides in one Cypher statement, as the same timeline reached through node(id)', async () => {
    const [id] = await busySubjects('Issue');
    const fields = `timeline(first: 5) { totalCount edges { node { id } link speaker { id } side { id name } sides { id } } }`;
    queries.length = 0;
    const root = await data(yoga, `query ($id: ID!) { issue(id: $id) { name ${fields} } }`, { id });
    expect(queries).toEqual(['list-timeline']);
    const viaNode = await data(yoga, `query ($id: ID!) { node(id: $id) { ... on Issue { name ${fields} } } }`, { id });
    expect(root.issue).toEqual(viaNode.node);
    expect(root.issue.timeline.edges.some((edge: any) => edge.side !== null)).toBe(true);
  });
});

describe('person(id) { counterparts }', () => {
  it('is one Cypher statement, the same answer as through node(id), and null for an id of another type', async () => {
    const [row] = await readQuery<{ id: string }>(db, `MATCH (p:Person) RETURN p.id AS id ORDER BY COUNT { (p)-[:ATTENDED]->() } DESC, p.id LIMIT 1`);
    const fields = `name counterparts(first: 3, sort: LAST_MET_DESC) { totalCount edges { node { id name } meetings firstMet lastMet } }`;
    queries.length = 0;
    const root = await data(yoga, `query ($id: ID!) { person(id: $id) { ${fields} } }`, { id: row!.id });
    expect(queries).toEqual(['list-counterparts']);
    const viaNode = await data(yoga, `query ($id: ID!) { node(id: $id) { ... on Person { ${fields} } } }`, { id: row!.id });
    expect(root.person).toEqual(viaNode.node);
    expect(root.person.counterparts.edges.length).toBeGreaterThan(0);
    expect((await data(yoga, `{ person(id: "JPN") { ${fields} } }`)).person).toBeNull();
  });
});
