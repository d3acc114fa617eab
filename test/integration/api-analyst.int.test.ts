// The analyst's questions of issue 11, asked through the API and checked against independent Cypher
// or the pages: who connects two people, principals only, sides of joint statements, undated meetings,
// what an entity's meeting count means, search for TICAD and 露, meeting titles, source filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiplographApi } from '../../src/api/server.js';
import type { Db } from '../../src/graph/driver.js';
import { writeDocuments } from '../../src/graph/writer.js';
import { ANALYST_DOCS, ANALYST_ENTITIES } from './api-analyst-docs.js';
import { buildResult } from './api-corpus.js';
import { codes, cypherValue, data, gql, seededDb, testApi } from './api-helpers.js';

let db: Db;
let yoga: DiplographApi;
const analyst = ANALYST_DOCS.map((spec) => buildResult(spec, ANALYST_ENTITIES));
const [ticad, washington, undated] = analyst;

beforeAll(async () => {
  db = await seededDb();
  await writeDocuments(db, analyst);
  yoga = testApi(db, { extra: { responseCacheMs: 0 } });
});
afterAll(async () => {
  await db?.close();
});

const PATH = `query ($from: ID!, $to: ID!, $maxHops: Int, $via: PathVia) {
  shortestPath(from: $from, to: $to, maxHops: $maxHops, via: $via) {
    length nodes { id __typename } steps { relationship } } }`;

/** Length of the shortest path that walks only these relationship types, by independent Cypher. */
async function shortestLength(types: string, from: string, to: string): Promise<number | null> {
  return cypherValue<number | null>(db, `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    OPTIONAL MATCH p = shortestPath((a)-[:${types}*..8]-(b)) RETURN length(p) AS value`, { from, to });
}

describe('who connects A and B (shortestPath via)', () => {
  it('walks meetings attended between two people by default, not the issues they both named', async () => {
    const byDefault = (await data(yoga, PATH, { from: 'person:moon', to: 'person:biden', maxHops: 8 })).shortestPath;
    expect(byDefault.length).toBe(await shortestLength('ATTENDED', 'person:moon', 'person:biden'));
    expect(new Set(byDefault.nodes.map((n: any) => n.__typename))).toEqual(new Set(['Person', 'Meeting']));
    expect(new Set(byDefault.steps.map((s: any) => s.relationship))).toEqual(new Set(['ATTENDED']));
    // Through everything, the hub テロ (both asked for cooperation against terrorism) is shorter.
    const all = (await data(yoga, PATH, { from: 'person:moon', to: 'person:biden', maxHops: 8, via: 'ALL' })).shortestPath;
    expect(all.length).toBeLessThan(byDefault.length);
    expect(all.nodes.map((n: any) => n.id)).toContain('issue:テロ');
  });

  it('walks statements and their speakers only when asked', async () => {
    const joint = (await data(yoga, PATH, { from: 'person:abe', to: 'person:kenyatta', via: 'STATEMENTS' })).shortestPath;
    expect(joint.length).toBe(2);
    expect(joint.nodes[1].__typename).toBe('Statement');
    const none = (await data(yoga, PATH, { from: 'person:moon', to: 'person:biden', maxHops: 8, via: 'STATEMENTS' })).shortestPath;
    expect(none).toBeNull();
  });
});

describe('roles: principal only', () => {
  const COUNTERPARTS = `query ($filter: CounterpartFilter) { person(id: "person:suga") {
    counterparts(first: 50, filter: $filter) { edges { node { id } meetings } }
    principal: meetings(filter: { role: PRINCIPAL }) { totalCount edges { node { id } } } } }`;

  it('keeps a chief cabinet secretary\'s delegation seats out of his own talks', async () => {
    const result = await data(yoga, COUNTERPARTS, { filter: { role: 'PRINCIPAL' } });
    const expected = await cypherValue<string[]>(db, `MATCH (:Person {id: 'person:suga'})-[a:ATTENDED {role: 'principal'}]->(m)<-[b:ATTENDED]-(o)
      WHERE a.country <> b.country WITH DISTINCT o.id AS id ORDER BY id RETURN collect(id) AS value`);
    expect(result.person.counterparts.edges.map((e: any) => e.node.id).sort()).toEqual(expected);
    expect(expected).toEqual(['person:biden']);
    const every = await data(yoga, COUNTERPARTS, {});
    expect(every.person.counterparts.edges.map((e: any) => e.node.id).sort()).toEqual(['person:biden', 'person:kenyatta']);
    expect(result.person.principal.edges.map((e: any) => e.node.id)).toEqual([washington!.meetings[0]!.id]);
  });

  it('limits the network to principals, and refuses a role without a person on meetings', async () => {
    const network = await data(yoga, `{ network(filter: { from: "2019-01-01", to: "2021-12-31", role: PRINCIPAL }) {
      nodes { id } edges { source target } } }`);
    const ids = network.network.nodes.map((n: any) => n.id).sort();
    expect(ids).toEqual(await cypherValue(db, `MATCH (p:Person)-[a:ATTENDED {role: 'principal'}]->(m:Meeting)<-[b:ATTENDED {role: 'principal'}]-(:Person)
      WHERE m.date >= '2019-01-01' AND m.date <= '2021-12-31' AND a.country <> b.country
      WITH DISTINCT p.id AS id ORDER BY id RETURN collect(id) AS value`));
    expect(ids).toContain('person:suga');
    const delegation = await data(yoga, `{ network(filter: { from: "2019-08-01", to: "2019-08-31", role: PRINCIPAL }) { nodes { id } } }`);
    expect(delegation.network.nodes.map((n: any) => n.id)).not.toContain('person:suga');
    expect(codes(await gql(yoga, '{ meetings(filter: { role: PRINCIPAL }) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('sides of statements with several speakers', () => {
  it('gives a joint statement to each side, in the statement, the timeline, its filter and its buckets', async () => {
    const jointId = ticad!.statements[0]!.id;
    const statement = await data(yoga, `{ statement(id: "${jointId}") { sides { id } } }`);
    expect(statement.statement.sides.map((c: any) => c.id)).toEqual(['JPN', 'KEN']);
    const timeline = await data(yoga, `{ event(id: "event:TICAD") { timeline(first: 50, filter: { countryId: "KEN" }) {
      edges { node { id } sides { id } speakers { id } } } all: timeline(first: 50) { bySide { year side { id } statements } } } }`);
    const edges = timeline.event.timeline.edges;
    expect(edges.map((e: any) => e.node.id)).toContain(jointId);
    const joint = edges.find((e: any) => e.node.id === jointId);
    expect(joint.sides.map((c: any) => c.id)).toEqual(['JPN', 'KEN']);
    expect(joint.speakers.map((p: any) => p.id)).toEqual(['person:abe', 'person:kenyatta']);
    const expected = await cypherValue<Array<{ year: number; side: string; statements: number }>>(db, `
      CALL () {
        MATCH (:Event {id: 'event:TICAD'})<-[:MENTIONS]-(s:Statement) RETURN s
        UNION MATCH (:Event {id: 'event:TICAD'})<-[:CONCERNS]-(:Topic)<-[:IN_TOPIC]-(s:Statement) RETURN s
      }
      MATCH (s)-[:IN_MEETING]->(m)<-[a:ATTENDED]-(p)<-[:SPOKEN_BY]-(s)
      WITH m.year AS year, a.country AS side, count(DISTINCT s) AS statements ORDER BY year, side
      RETURN collect({year: year, side: side, statements: statements}) AS value`);
    const buckets = timeline.event.all.bySide.map((b: any) => ({ year: b.year, side: b.side?.id ?? null, statements: b.statements }));
    expect(buckets).toEqual(expected);
    // The joint statement counts for Japan and for Kenya.
    expect(expected.slice(0, 2)).toEqual([{ year: 2019, side: 'JPN', statements: 1 }, { year: 2019, side: 'KEN', statements: 2 }]);
  });
});

describe('statement sides read only when asked for', () => {
  // Sides are read by one statement of their own (find-statement-sides), for every statement of the request,
  // only when the query asks for them (directly, in a fragment or deeper down), and match Cypher.
  it('gives the sides Cypher gives wherever they are asked for, in one extra statement, and none when not asked', async () => {
    const ran: string[] = [];
    const observed = testApi(db, { extra: { responseCacheMs: 0, onQuery: (name: string) => ran.push(name) } });
    const meetingId = ticad!.meetings[0]!.id;
    const expected = await cypherValue<Array<{ id: string; sides: string[] }>>(db, `
      MATCH (s:Statement)-[:IN_MEETING]->(m:Meeting {id: $meetingId})
      CALL (s, m) {
        OPTIONAL MATCH (s)-[:SPOKEN_BY]->(:Person)-[a:ATTENDED]->(m)
        WITH DISTINCT a.country AS side WHERE side IS NOT NULL ORDER BY side RETURN collect(side) AS sides
      }
      WITH s, sides ORDER BY s.order RETURN collect({id: s.id, sides: sides}) AS value`, { meetingId });
    expect(expected.some((row) => row.sides.length === 2)).toBe(true);
    const sidesOf = (statements: any[]) => statements.map((s: any) => ({ id: s.id, sides: s.sides.map((c: any) => c.id) }));

    const withSides = await data(observed, `{ meeting(id: "${meetingId}") { statements { id sides { id } } } }`);
    expect(sidesOf(withSides.meeting.statements)).toEqual(expected);
    expect(ran).toEqual(['find-meeting-full', 'find-statement-sides']);

    ran.length = 0;
    const viaFragment = await data(observed, `{ meeting(id: "${meetingId}") { statements { text ...S } } }
      fragment S on Statement { id sides { id } }`);
    expect(sidesOf(viaFragment.meeting.statements)).toEqual(expected);
    expect(ran).toEqual(['find-meeting-full', 'find-statement-sides']);

    ran.length = 0;
    const without = await data(observed, `{ meeting(id: "${meetingId}") { statements { id speakers { id } } } }`);
    expect(without.meeting.statements.map((s: any) => s.id)).toEqual(expected.map((row) => row.id));
    expect(ran).toEqual(['find-meeting-full']);

    // Asked for deeper only (the statements of each statement's meeting): still one statement for all.
    ran.length = 0;
    const deeper = await data(observed, `{ meeting(id: "${meetingId}") { statements { id meeting { statements { id sides { id } } } } } }`);
    for (const statement of deeper.meeting.statements) expect(sidesOf(statement.meeting.statements)).toEqual(expected);
    expect(ran).toEqual(['find-meeting-full', 'find-statement-sides']);
  });
});

describe('statement speakers read with their meeting', () => {
  // find-meeting-full names a speaker who attended by id and puts the participant's node back; one who
  // did not attend (a leader quoted by his envoy) comes whole. Both must give SPOKEN_BY, for every meeting.
  it('gives every statement of every meeting the speakers and sides Cypher gives', async () => {
    type Expected = { id: string; speakers: string[]; sides: string[]; absent: number };
    const expected = await cypherValue<Array<{ meeting: string; statements: Expected[] }>>(db, `
      MATCH (m:Meeting)
      CALL (m) {
        MATCH (s:Statement)-[:IN_MEETING]->(m)
        CALL (s, m) {
          OPTIONAL MATCH (s)-[:SPOKEN_BY]->(p:Person)
          WITH p ORDER BY p.id
          RETURN collect(p.id) AS speakers, count(CASE WHEN p IS NOT NULL AND NOT EXISTS { (p)-[:ATTENDED]->(m) } THEN 1 END) AS absent
        }
        CALL (s, m) {
          OPTIONAL MATCH (s)-[:SPOKEN_BY]->(:Person)-[a:ATTENDED]->(m) OPTIONAL MATCH (c:Country {id: a.country})
          WITH DISTINCT c WHERE c IS NOT NULL ORDER BY c.id RETURN collect(c.id) AS sides
        }
        WITH s, speakers, sides, absent ORDER BY s.order
        RETURN collect({id: s.id, speakers: speakers, sides: sides, absent: absent}) AS statements
      }
      WITH m, statements ORDER BY m.id RETURN collect({meeting: m.id, statements: statements}) AS value`);
    expect(expected.flatMap((m) => m.statements).some((s) => s.absent > 0)).toBe(true);
    for (const { meeting, statements } of expected) {
      const answer = await data(yoga, `{ meeting(id: "${meeting}") { statements { id speakers { id name } sides { id name } } } }`);
      const got = answer.meeting.statements.map((s: any) => ({ id: s.id, speakers: s.speakers.map((p: any) => p.id), sides: s.sides.map((c: any) => c.id) }));
      expect(got).toEqual(statements.map(({ id, speakers, sides }) => ({ id, speakers, sides })));
      for (const statement of answer.meeting.statements) {
        for (const person of statement.speakers) expect(typeof person.name).toBe('string');
        for (const country of statement.sides) expect(typeof country.name).toBe('string');
      }
    }
  });
});

describe('undated meetings', () => {
  it('says how many date bounds left out and takes them in when asked', async () => {
    const QUERY = `query ($filter: RelationFilter) { country(id: "KEN") { relations(filter: $filter) { undatedLeftOut
      edges { node { counterpart { id } meetings undated byYear { year meetings } firstMet lastMet } } } } }`;
    const bounded = (await data(yoga, QUERY, { filter: { from: '2019-01-01' } })).country.relations;
    expect(bounded.undatedLeftOut).toBe(1);
    expect(bounded.edges[0].node).toMatchObject({ counterpart: { id: 'JPN' }, meetings: 1, undated: 0 });
    const taken = (await data(yoga, QUERY, { filter: { from: '2019-01-01', includeUndated: true } })).country.relations;
    expect(taken.undatedLeftOut).toBe(0);
    expect(taken.edges[0].node).toMatchObject({ meetings: 2, undated: 1, byYear: [{ year: 2019, meetings: 1 }], firstMet: '2019-08-28' });
  });

  it('counts the undated meetings left out of meetings, counterparts and networks like Cypher', async () => {
    const undatedTotal = await cypherValue<number>(db, 'MATCH (m:Meeting) WHERE m.date IS NULL RETURN count(m) AS value');
    expect(undatedTotal).toBe(2);
    const result = await data(yoga, `{
      meetings(filter: { from: "2000-01-01" }) { totalCount undatedLeftOut }
      every: meetings(first: 0) { totalCount undatedLeftOut }
      taken: meetings(first: 0, filter: { from: "2000-01-01", includeUndated: true }) { totalCount }
      person(id: "person:abe") { counterparts(filter: { from: "2019-01-01" }) { undatedLeftOut edges { node { id } undated } } }
      network(filter: { from: "2000-01-01" }) { meetings undatedMeetings undatedLeftOut }
      whole: network { meetings undatedMeetings undatedLeftOut } }`);
    expect(result.meetings.undatedLeftOut).toBe(undatedTotal);
    expect(result.every.undatedLeftOut).toBe(0);
    expect(result.taken.totalCount).toBe(result.meetings.totalCount + undatedTotal);
    expect(result.person.counterparts.undatedLeftOut).toBe(1);
    expect(result.network).toMatchObject({ undatedMeetings: 0, undatedLeftOut: undatedTotal });
    expect(result.whole).toMatchObject({ meetings: result.network.meetings + undatedTotal, undatedMeetings: undatedTotal, undatedLeftOut: 0 });
    const undatedMeeting = undated!.meetings[0]!.id;
    const kept = await data(yoga, `{ meetings(first: 100, filter: { from: "2019-01-01", includeUndated: true, countryId: "KEN" }) { edges { node { id date } } } }`);
    expect(kept.meetings.edges.map((e: any) => e.node.id)).toContain(undatedMeeting);
  });
});

describe('EntityEdge.meetings', () => {
  it('is the count of the entity\'s meetings field, for every type', async () => {
    const result = await data(yoga, `{ entities(first: 100) { edges { meetings node { id type meetings(first: 0) { totalCount } } } } }`);
    const edges = result.entities.edges;
    expect(new Set(edges.map((e: any) => e.node.type)).size).toBe(7);
    for (const edge of edges) expect(edge.meetings, edge.node.id).toBe(edge.node.meetings.totalCount);
    const terror = edges.find((e: any) => e.node.id === 'issue:テロ');
    expect(terror.meetings).toBe(await cypherValue(db, `CALL () {
        MATCH (:Issue {id: 'issue:テロ'})<-[:CONCERNS]-(:Topic)<-[:HAS_TOPIC]-(m:Meeting) RETURN m
        UNION MATCH (:Issue {id: 'issue:テロ'})<-[:MENTIONS]-(:Statement)-[:IN_MEETING]->(m:Meeting) RETURN m
      } RETURN count(m) AS value`));
    expect(terror.meetings).toBe(4);
  });
});

describe('search', () => {
  const SEARCH = `query ($q: String!, $types: [NodeType!]) { search(query: $q, types: $types, first: 100) { totalCount edges { node { id } } } }`;

  it('finds TICAD inside TICAD7 and TICADV', async () => {
    const expected = await cypherValue<string[]>(db, `MATCH (s:Statement) WHERE s.text CONTAINS 'TICAD'
      WITH s.id AS id ORDER BY id RETURN collect(id) AS value`);
    expect(expected).toHaveLength(3);
    const result = await data(yoga, SEARCH, { q: 'TICAD', types: ['STATEMENT'] });
    expect(result.search.edges.map((e: any) => e.node.id).sort()).toEqual(expected);
    expect(result.search.totalCount).toBe(expected.length);
    const event = await data(yoga, SEARCH, { q: 'ticad', types: ['EVENT'] });
    expect(event.search.edges.map((e: any) => e.node.id)).toEqual(['event:TICAD']);
  });

  it('finds the country from its one-character form (露, 中, 韓)', async () => {
    for (const [word, id] of [['露', 'RUS'], ['中', 'CHN'], ['韓', 'KOR']] as const) {
      const result = await data(yoga, SEARCH, { q: word, types: ['COUNTRY'] });
      expect(result.search.edges.map((e: any) => e.node.id), word).toEqual([id]);
    }
    const statements = await data(yoga, SEARCH, { q: '露 北朝鮮', types: ['STATEMENT'] });
    expect(statements.search.totalCount).toBeGreaterThan(0);
  });
});

describe('finding things: titles and sources', () => {
  it('titles a meeting from its page, or from sides and kind when the page is titled with its site section', async () => {
    const result = await data(yoga, `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Meeting { title } } }`, {
      ids: [ticad!.meetings[0]!.id, washington!.meetings[0]!.id],
    });
    expect(result.nodes.map((n: any) => n.title)).toEqual(['日本・ケニア首脳会談', '日米首脳会談']);
  });

  it('filters meetings, statements and documents by source page', async () => {
    const source = ticad!.document.source;
    const result = await data(yoga, `query ($source: String!) {
      meetings(filter: { source: $source }) { edges { node { id } } }
      statements(first: 100, filter: { source: $source }) { totalCount edges { node { id } } }
      documents(filter: { source: $source }) { edges { node { id sources } } }
      analyst: documents(first: 100, filter: { sourceContains: "analyst-" }) { totalCount } }`, { source });
    expect(result.meetings.edges.map((e: any) => e.node.id)).toEqual(ticad!.meetings.map((m) => m.id));
    expect(result.statements.edges.map((e: any) => e.node.id).sort()).toEqual(await cypherValue(db, `MATCH (d:Document {source: $source})
      MATCH (s:Statement {document: d.id}) WITH s.id AS id ORDER BY id RETURN collect(id) AS value`, { source }));
    expect(result.documents.edges).toEqual([{ node: { id: ticad!.document.id, sources: [source] } }]);
    expect(result.analyst.totalCount).toBe(ANALYST_DOCS.length);
  });
});
