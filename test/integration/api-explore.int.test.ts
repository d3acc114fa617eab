// Exploration through the API (issue 5): node(id), counterparts, relations, timelines, statements,
// neighbours, shortest paths, lists with filters and sorting; checked against independent Cypher.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiplographApi } from '../../src/api/server.js';
import type { Db } from '../../src/graph/driver.js';
import { allPages, codes, cypherValue, data, gql, seedLike, seededDb, testApi } from './api-helpers.js';

let db: Db;
let yoga: DiplographApi;
const queries: string[] = [];
const seed = seedLike();
const [s1, s2] = seed.statements;

beforeAll(async () => {
  db = await seededDb();
  yoga = testApi(db, { extra: { onQuery: (name) => queries.push(name) } });
});
afterAll(async () => {
  await db?.close();
});

describe('node(id) and the Entity interface', () => {
  it('resolves every kind of node by id, with its type', async () => {
    const ids = ['person:putin', 'JPN', 'issue:領土問題', 'agreement:行動計画', 'event:APEC首脳会合', 'organization:支援委員会',
      'location:モスクワ', seed.meetings[0]!.id, s1!.id, `${seed.document.id}:t1`, seed.document.id, 'missing'];
    const result = await data(yoga, `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Entity { type name } } }`, { ids });
    expect(result.nodes.map((n: any) => n?.__typename ?? null)).toEqual(
      ['Person', 'Country', 'Issue', 'Agreement', 'Event', 'Organization', 'Location', 'Meeting', 'Statement', 'Topic', 'Document', null],
    );
    expect(result.nodes[0]).toMatchObject({ type: 'PERSON', name: 'ウラジーミル・プーチン' });
    const single = await data(yoga, '{ node(id: "person:putin") { id ... on Person { aliases country { id } } } }');
    expect(single.node).toMatchObject({ id: 'person:putin', country: { id: 'RUS' } });
    expect(single.node.aliases).toContain('プーチン大統領');
  });
});

describe('person.counterparts', () => {
  const COUNTERPARTS = `query ($first: Int, $after: String, $filter: CounterpartFilter, $sort: CounterpartSort) {
    person(id: "person:koizumi") { counterparts(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } meetings firstMet lastMet } } } }`;

  it('gives count, first and last date per counterpart like Cypher', async () => {
    const expected = await cypherValue<Array<Record<string, unknown>>>(db, `
      MATCH (:Person {id: 'person:koizumi'})-[a:ATTENDED]->(m:Meeting)<-[b:ATTENDED]-(o:Person)
      WHERE a.country <> b.country
      WITH o.id AS id, count(DISTINCT m) AS meetings, min(m.date) AS firstMet, max(m.date) AS lastMet
      ORDER BY lastMet DESC, id RETURN collect({id: id, meetings: meetings, firstMet: firstMet, lastMet: lastMet}) AS value`);
    const result = await data(yoga, COUNTERPARTS, { first: 100, sort: 'LAST_MET_DESC' });
    const got = result.person.counterparts.edges.map((e: any) => ({ id: e.node.id, meetings: e.meetings, firstMet: e.firstMet, lastMet: e.lastMet }));
    expect(got).toEqual(expected);
  });

  it('filters by side and period, includes the own delegation only when asked', async () => {
    const russians = await data(yoga, COUNTERPARTS, { first: 100, filter: { countryId: 'RUS', to: '2003-12-31' } });
    expect(russians.person.counterparts.edges.map((e: any) => e.node.id).sort()).toEqual(
      await cypherValue(db, `MATCH (:Person {id: 'person:koizumi'})-[:ATTENDED]->(m:Meeting)<-[b:ATTENDED]-(o:Person)
        WHERE b.country = 'RUS' AND m.date <= '2003-12-31' WITH DISTINCT o.id AS id ORDER BY id RETURN collect(id) AS value`),
    );
    const withOwn = await data(yoga, COUNTERPARTS, { first: 100, filter: { includeOwnSide: true } });
    const ids = withOwn.person.counterparts.edges.map((e: any) => e.node.id);
    expect(ids).toContain('person:kawaguchi');
    expect(ids).toContain('person:putin');
  });

  it('pages with stable cursors in every sort', async () => {
    for (const sort of ['MEETINGS_DESC', 'LAST_MET_DESC', 'NAME_ASC']) {
      const whole = await allPages(yoga, COUNTERPARTS, (d) => d.person.counterparts, { first: 100, sort });
      const paged = await allPages(yoga, COUNTERPARTS, (d) => d.person.counterparts, { first: 3, sort });
      expect(paged, sort).toEqual(whole);
    }
  });
});

describe('country.relations', () => {
  it('counts meetings per counterpart country and per year like Cypher', async () => {
    const result = await data(yoga, `{ country(id: "JPN") { relations(first: 100) { totalCount edges { node {
      counterpart { id } meetings firstMet lastMet byYear { year meetings } } } } } }`);
    const expected = await cypherValue<Array<Record<string, unknown>>>(db, `
      MATCH (:Country {id: 'JPN'})<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(o:Country) WHERE o.id <> 'JPN'
      WITH o.id AS id, m
      WITH id, count(DISTINCT m) AS meetings, min(m.date) AS firstMet, max(m.date) AS lastMet,
        [y IN collect(DISTINCT m.year) WHERE y IS NOT NULL] AS years
      RETURN collect({id: id, meetings: meetings, firstMet: firstMet, lastMet: lastMet, years: years}) AS value`);
    const edges = result.country.relations.edges.map((e: any) => e.node);
    expect(edges.map((r: any) => r.meetings)).toEqual([...edges.map((r: any) => r.meetings)].sort((a, b) => b - a));
    expect(result.country.relations.totalCount).toBe(expected.length);
    for (const row of expected) {
      const relation = edges.find((r: any) => r.counterpart.id === row.id);
      expect(relation, String(row.id)).toMatchObject({ meetings: row.meetings, firstMet: row.firstMet, lastMet: row.lastMet });
      expect(relation.byYear.map((y: any) => y.year)).toEqual([...(row.years as number[])].sort());
      const perYear = await cypherValue<number[]>(db, `
        MATCH (:Country {id: 'JPN'})<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(:Country {id: $id}) WHERE m.year IS NOT NULL
        WITH m.year AS year, count(DISTINCT m) AS n ORDER BY year RETURN collect(n) AS value`, { id: row.id });
      expect(relation.byYear.map((y: any) => y.meetings)).toEqual(perYear);
    }
  });
});

describe('issue.timeline', () => {
  const TIMELINE = `query ($filter: TimelineFilter, $first: Int, $after: String) { issue(id: "issue:領土問題") {
    timeline(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor }
      edges { date act link speaker { id } side { id } node { id text } }
      bySide { year side { id } statements } } } }`;

  it('lists statements naming the issue or in a section about it, oldest first, with speaker and side', async () => {
    const result = await data(yoga, TIMELINE, { first: 100 });
    const timeline = result.issue.timeline;
    const expected = await cypherValue<string[]>(db, `
      MATCH (i:Issue {id: 'issue:領土問題'})
      CALL (i) {
        MATCH (i)<-[:MENTIONS]-(s:Statement) RETURN s
        UNION
        MATCH (i)<-[:CONCERNS]-(t:Topic) MATCH (s:Statement {document: t.document}) WHERE s.topic = t.number RETURN s
      }
      RETURN collect(s.id) AS value`);
    expect(timeline.totalCount).toBe(expected.length);
    expect(timeline.edges.map((e: any) => e.node.id).sort()).toEqual([...expected].sort());
    const dates = timeline.edges.map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort());
    const putin = timeline.edges.find((e: any) => e.speaker?.id === 'person:putin');
    expect(putin).toMatchObject({ side: { id: 'RUS' }, link: 'MENTION' });
    expect(timeline.edges.some((e: any) => e.link === 'TOPIC')).toBe(true);
    const bucketTotal = timeline.bySide.reduce((sum: number, b: any) => sum + b.statements, 0);
    expect(bucketTotal).toBe(timeline.totalCount);
  });

  it('keeps one side when filtered, and pages without gaps', async () => {
    const russian = await data(yoga, TIMELINE, { first: 100, filter: { countryId: 'RUS' } });
    expect(russian.issue.timeline.edges.length).toBeGreaterThan(0);
    for (const edge of russian.issue.timeline.edges) expect(edge.side.id).toBe('RUS');
    const whole = await allPages(yoga, TIMELINE, (d) => d.issue.timeline, { first: 100 });
    expect(await allPages(yoga, TIMELINE, (d) => d.issue.timeline, { first: 2 })).toEqual(whole);
  });

  it('sorts newest first with DATE_DESC, the same statements as oldest first, and pages without gaps', async () => {
    const DESC = `query ($first: Int, $after: String) { issue(id: "issue:領土問題") {
      timeline(first: $first, after: $after, sort: DATE_DESC) { totalCount pageInfo { hasNextPage endCursor } edges { date node { id } } } } }`;
    const newest = (await data(yoga, DESC, { first: 100 })).issue.timeline;
    const oldest = (await data(yoga, TIMELINE, { first: 100 })).issue.timeline;
    expect(newest.totalCount).toBe(oldest.totalCount);
    const dates = newest.edges.map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(newest.edges.map((e: any) => e.node.id).sort()).toEqual(oldest.edges.map((e: any) => e.node.id).sort());
    const whole = await allPages(yoga, DESC, (d) => d.issue.timeline, { first: 100 });
    expect(await allPages(yoga, DESC, (d) => d.issue.timeline, { first: 3 })).toEqual(whole);
  });
});

describe('statements', () => {
  it('has mentions with their text, the statement it answers and its answers', async () => {
    const result = await data(yoga, `query ($id: ID!) { statement(id: $id) {
      text act date speakers { id } side { id } topic { number heading } meeting { id } document { id }
      mentions { entity { id type } start end text } responses { id } respondsTo { id } } }`, { id: s1!.id });
    const statement = result.statement;
    expect(statement).toMatchObject({ act: 'CONDOLENCE', date: '2002-10-27', side: { id: 'JPN' }, topic: { number: 1 }, respondsTo: null });
    expect(statement.responses).toEqual([{ id: s2!.id }]);
    expect(statement.mentions).toHaveLength(
      await cypherValue(db, 'MATCH (:Statement {id: $id})-[r:MENTIONS]->() RETURN count(r) AS value', { id: s1!.id }),
    );
    for (const mention of statement.mentions.filter((m: any) => m.start !== null)) {
      expect(mention.text).toBe(seed.document.text.slice(mention.start, mention.end));
    }
    const answer = await data(yoga, 'query ($id: ID!) { statement(id: $id) { respondsTo { id } } }', { id: s2!.id });
    expect(answer.statement.respondsTo).toEqual({ id: s1!.id });
  });

  it('filters statements by speech act and side like Cypher', async () => {
    const result = await data(yoga, `{ statements(first: 100, filter: { acts: [AGREEMENT], countryId: "JPN" }) { totalCount edges { node { act } } } }`);
    const expected = await cypherValue<number>(db, `
      MATCH (s:Statement {act: 'agreement'})-[:IN_MEETING]->(m:Meeting)
      WHERE EXISTS { (s)-[:SPOKEN_BY]->(:Person)-[a:ATTENDED]->(m) WHERE a.country = 'JPN' }
      RETURN count(DISTINCT s) AS value`);
    expect(result.statements.totalCount).toBe(expected);
    expect(new Set(result.statements.edges.map((e: any) => e.node.act))).toEqual(new Set(['AGREEMENT']));
  });
});

describe('neighbours', () => {
  it('steps to adjacent nodes grouped by relationship, filtered by type, paged', async () => {
    const QUERY = `query ($types: [NodeType!], $first: Int, $after: String) { node(id: "person:putin") {
      neighbours(types: $types, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { relationship direction count node { id __typename } } } } }`;
    const all = await data(yoga, QUERY, { first: 100 });
    const expected = await cypherValue<number>(db, `MATCH (:Person {id: 'person:putin'})-[r]-(o)
      RETURN count(DISTINCT [type(r), o.id, startNode(r) = o]) AS value`);
    expect(all.node.neighbours.totalCount).toBe(expected);
    const meetings = await data(yoga, QUERY, { first: 100, types: ['MEETING'] });
    expect(meetings.node.neighbours.edges.every((e: any) => e.node.__typename === 'Meeting' && e.relationship === 'ATTENDED' && e.direction === 'OUT')).toBe(true);
    expect(meetings.node.neighbours.totalCount).toBe(await cypherValue(db, "MATCH (:Person {id: 'person:putin'})-[:ATTENDED]->(m) RETURN count(m) AS value"));
    const whole = await allPages(yoga, QUERY, (d) => d.node.neighbours, { first: 100 });
    expect(await allPages(yoga, QUERY, (d) => d.node.neighbours, { first: 4 })).toEqual(whole);
  });
});

describe('shortestPath', () => {
  const PATH = `query ($from: ID!, $to: ID!, $maxHops: Int) { shortestPath(from: $from, to: $to, maxHops: $maxHops) {
    length nodes { id __typename } steps { from { id } to { id } relationship direction } meetings { id date } statements { id } } }`;

  it('connects two leaders who never met through the officials and meetings between them', async () => {
    const result = await data(yoga, PATH, { from: 'person:hu', to: 'person:ban', maxHops: 6 });
    const path = result.shortestPath;
    expect(path.nodes[0].id).toBe('person:hu');
    expect(path.nodes.at(-1).id).toBe('person:ban');
    expect(path.length).toBe(path.steps.length);
    expect(path.length).toBeLessThanOrEqual(6);
    expect(path.meetings.length + path.statements.length).toBeGreaterThan(0);
    for (const step of path.steps) {
      const [start, end] = step.direction === 'OUT' ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
      const exists = await cypherValue<number>(db, 'MATCH (a {id: $start})-[r]->(b {id: $end}) WHERE type(r) = $type RETURN count(r) AS value', {
        start, end, type: step.relationship,
      });
      expect(exists, JSON.stringify(step)).toBeGreaterThan(0);
    }
    expect(path.nodes.slice(1, -1).some((n: any) => n.__typename === 'Country' || n.__typename === 'Document')).toBe(false);
  });

  it('is null when no path fits in maxHops, and rejects a maxHops above the cap', async () => {
    expect((await data(yoga, PATH, { from: 'person:hu', to: 'person:ban', maxHops: 1 })).shortestPath).toBeNull();
    const tooFar = await gql(yoga, PATH, { from: 'person:hu', to: 'person:ban', maxHops: 50 });
    expect(codes(tooFar)).toEqual(['MAX_HOPS_EXCEEDED']);
    const same = await data(yoga, PATH, { from: 'JPN', to: 'jpn' });
    expect(same.shortestPath).toMatchObject({ length: 0, nodes: [{ id: 'JPN' }] });
  });
});

describe('lists, filters and sorting', () => {
  it('finds Japan\'s prime ministers and sorts people, countries and entities', async () => {
    const pms = await data(yoga, '{ people(filter: { countryId: "JPN", title: "総理大臣" }) { edges { node { id } meetings } } }');
    expect(pms.people.edges.map((e: any) => e.node.id)).toEqual(['person:koizumi']);
    const countries = await data(yoga, '{ countries(first: 3) { edges { node { id } meetings } } }');
    expect(countries.countries.edges[0].node.id).toBe('JPN');
    expect(countries.countries.edges[0].meetings).toBe(await cypherValue(db, "MATCH (:Country {id: 'JPN'})<-[:BETWEEN]-(m) RETURN count(m) AS value"));
    const mentioned = await data(yoga, '{ entities(first: 10, sort: MENTIONS_DESC, filter: { types: [ISSUE, AGREEMENT] }) { edges { mentions node { type } } } }');
    const counts = mentioned.entities.edges.map((e: any) => e.mentions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(new Set(mentioned.entities.edges.map((e: any) => e.node.type))).toEqual(new Set(['ISSUE', 'AGREEMENT']));
  });

  it('filters meetings by kind and subject, and sorts them oldest first', async () => {
    const result = await data(yoga, `{ meetings(first: 100, sort: DATE_ASC, filter: { kinds: [SUMMIT], issueId: "issue:北朝鮮問題" }) {
      totalCount edges { node { date kind } } } }`);
    const expected = await cypherValue<number>(db, `MATCH (m:Meeting {kind: 'summit'}) WHERE
      EXISTS { (m)-[:HAS_TOPIC]->(:Topic)-[:CONCERNS]->(:Issue {id: 'issue:北朝鮮問題'}) }
      OR EXISTS { (m)<-[:IN_MEETING]-(:Statement)-[:MENTIONS]->(:Issue {id: 'issue:北朝鮮問題'}) } RETURN count(m) AS value`);
    expect(result.meetings.totalCount).toBe(expected);
    const dates = result.meetings.edges.map((e: any) => e.node.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('reads topics, documents and events with their links', async () => {
    const result = await data(yoga, `{ event(id: "event:APEC首脳会合") {
        meetingsOnOccasion { totalCount } topics { totalCount } }
      issue(id: "issue:北朝鮮問題") { topics(first: 2) { totalCount edges { node { heading meeting { date } concerns { id } statements { id } } } } }
      documents(first: 2) { totalCount edges { node { id title meetings { id } mentions { entity { id } count } } } } }`);
    expect(result.event.meetingsOnOccasion.totalCount).toBe(
      await cypherValue(db, "MATCH (:Event {id: 'event:APEC首脳会合'})<-[:ON_OCCASION_OF]-(m) RETURN count(m) AS value"),
    );
    const topic = result.issue.topics.edges[0].node;
    expect(topic.concerns.map((c: any) => c.id)).toContain('issue:北朝鮮問題');
    expect(topic.statements.length).toBeGreaterThan(0);
    expect(result.documents.totalCount).toBe(await cypherValue(db, 'MATCH (d:Document) RETURN count(d) AS value'));
    expect(result.documents.edges[0].node.meetings.length).toBeGreaterThan(0);
  });
});

describe('search paging', () => {
  it('pages through the ranking without gaps or repeats, with and without a type filter', async () => {
    const SEARCH = `query ($types: [NodeType!], $first: Int, $after: String) { search(query: "北朝鮮問題", types: $types, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { score node { id } } } }`;
    for (const types of [null, ['STATEMENT']]) {
      const whole = await data(yoga, SEARCH, { types, first: 100 });
      const ids = whole.search.edges.map((e: any) => e.node.id);
      expect(ids.length).toBe(whole.search.totalCount);
      const paged = await allPages(yoga, SEARCH, (d) => d.search, { types, first: 2 });
      expect(paged).toEqual(ids);
      const scores = whole.search.edges.map((e: any) => e.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe('no N+1', () => {
  it('runs one Cypher statement per field level, however many parents', async () => {
    queries.length = 0;
    await data(yoga, `{ meetings(first: 20) { edges { node { id participants { person { name
      counterparts(first: 3) { edges { node { name } } } } country { name } } topics { heading } } } } }`);
    // The corpus has fewer than 20 dated meetings, so the undated tail is read too (list-meetings-undated).
    expect(queries.sort()).toEqual(['find-meeting-details', 'list-counterparts', 'list-meetings-all', 'list-meetings-undated']);
  });
});
