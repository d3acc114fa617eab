// The Neo4j write side against a real server: schema, exact counts of the seed-like fixture, and the
// created / unchanged / replaced / duplicate semantics of ingest, all-or-nothing transactions included.
// Every test writes under its own id prefix and counts and deletes only that, so the file also runs on
// a shared development server.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/graph/driver.js';
import { readQuery, writeTransaction } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';
import { countGraph, writeDocument } from '../../src/graph/writer.js';
import { countScoped, loadFixture, namespaced, useScopedWrites, withText } from './writer-namespace.js';

const seed = loadFixture('seed-like');
let db: Db;
/** A fresh namespace for one test; deleted after it. */
const ns = useScopedWrites('wt', (connected) => {
  db = connected;
});

describe('applySchema', () => {
  it('applies twice without error and creates the constraints and the cjk full-text index', async () => {
    await applySchema(db);
    // The second time one read finds every rule in place: nothing is run.
    expect(await applySchema(db)).toBe(0);
    const constraints = await readQuery<{ labels: string[] }>(
      db,
      "SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties, type WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labels",
    );
    const labels = constraints.flatMap((c) => c.labels);
    for (const label of ['Document', 'Meeting', 'Topic', 'Statement', 'Entity', 'Person', 'Country', 'Organization',
      'Location', 'Event', 'Issue', 'Agreement']) {
      expect(labels).toContain(label);
    }
    const [fulltext] = await readQuery<{ state: string; options: { indexConfig: Record<string, unknown> } }>(
      db,
      "SHOW INDEXES YIELD name, state, options WHERE name = 'search_text' RETURN state, options",
    );
    expect(fulltext?.state).toBe('ONLINE');
    expect(fulltext?.options.indexConfig['fulltext.analyzer']).toBe('cjk');
  });
});

describe('statement dates', () => {
  it('copies the meeting\'s date onto its statements, and backfills a graph written before they carried it', async () => {
    const prefix = ns();
    await writeDocument(db, namespaced(seed, prefix));
    const dates = () => readQuery<{ date: string | null; meetingDate: string | null }>(
      db,
      'MATCH (s:Statement)-[:IN_MEETING]->(m:Meeting) WHERE s.id STARTS WITH $prefix RETURN s.date AS date, m.date AS meetingDate',
      { prefix },
    );
    const written = await dates();
    expect(written).toHaveLength(16);
    expect(written.every((r) => r.meetingDate === '2002-10-27' && r.date === r.meetingDate)).toBe(true);
    // An older graph: statements without the copy, and no statement_date index (the backfill's marker).
    await writeTransaction(db, (tx) => tx.run('MATCH (s:Statement) WHERE s.id STARTS WITH $prefix REMOVE s.date', { prefix }));
    await writeTransaction(db, (tx) => tx.run('DROP INDEX statement_date IF EXISTS'));
    expect((await dates()).every((r) => r.date === null)).toBe(true);
    expect(await applySchema(db)).toBeGreaterThan(0);
    expect((await dates()).every((r) => r.date === '2002-10-27')).toBe(true);
  });
});

describe('statement subjects', () => {
  it('writes ABOUT with the timeline key, and backfills a graph written before it existed', async () => {
    const prefix = ns();
    await writeDocument(db, namespaced(seed, prefix));
    const about = () => readQuery<{ statement: string; subject: string; link: string; key: string; expected: string }>(
      db,
      `MATCH (s:Statement)-[r:ABOUT]->(e) WHERE s.id STARTS WITH $prefix
       RETURN s.id AS statement, e.id AS subject, r.link AS link, r.key AS key, r.subject AS recorded,
         s.date + '|' + s.document + '|' + right('000000' + toString(s.order), 6) + '|' + s.id AS expected
       ORDER BY statement, subject`,
      { prefix },
    );
    const written = await about();
    expect(written).toHaveLength(14);
    for (const row of written) expect(row).toMatchObject({ key: row.expected, recorded: row.subject });
    // The same pairs as the two paths the timeline used to walk, MENTION where the statement names it.
    const paths = await readQuery<{ statement: string; subject: string; link: string }>(
      db,
      `MATCH (s:Statement) WHERE s.id STARTS WITH $prefix
       CALL (s) {
         MATCH (s)-[:MENTIONS]->(e) WHERE e:Issue OR e:Event OR e:Agreement RETURN e, 'MENTION' AS link
         UNION
         MATCH (s)-[:IN_TOPIC]->(:Topic)-[:CONCERNS]->(e) WHERE NOT EXISTS { (s)-[:MENTIONS]->(e) } RETURN e, 'TOPIC' AS link
       }
       RETURN s.id AS statement, e.id AS subject, link ORDER BY statement, subject`,
      { prefix },
    );
    expect(written.map(({ statement, subject, link }) => ({ statement, subject, link }))).toEqual(paths);
    // An older graph: no ABOUT, and no statement_about index (the backfill's marker).
    await writeTransaction(db, (tx) => tx.run('MATCH (s:Statement)-[r:ABOUT]->() WHERE s.id STARTS WITH $prefix DELETE r', { prefix }));
    await writeTransaction(db, (tx) => tx.run('DROP INDEX statement_about IF EXISTS'));
    expect(await about()).toEqual([]);
    expect(await applySchema(db)).toBeGreaterThan(0);
    expect(await about()).toEqual(written);
  });
});

describe('writeDocument', () => {
  it('writes the seed-like fixture with exact node and relationship counts', async () => {
    const prefix = ns();
    const outcome = await writeDocument(db, namespaced(seed, prefix));
    expect(outcome.status).toBe('created');
    expect(outcome.counts).toEqual({ meetings: 1, entities: 24, topics: 6, statements: 16 });
    const { byLabel, byType } = await countScoped(db, prefix);
    expect(byLabel).toEqual({
      Document: 1, Meeting: 1, Topic: 6, Statement: 16, Entity: 24, Person: 9, Country: 5, Organization: 2,
      Location: 2, Event: 2, Issue: 3, Agreement: 1,
    });
    expect(byType).toEqual({
      REPORTED_IN: 1, ATTENDED: 8, REPRESENTS: 8, HELD_TITLE: 8, BETWEEN: 2, HELD_IN: 1, ON_OCCASION_OF: 1,
      HAS_TOPIC: 6, CONCERNS: 4, IN_MEETING: 16, IN_TOPIC: 16, SPOKEN_BY: 16, RESPONDS_TO: 7,
      // 24 document → entity links and 102 mention spans inside statements
      MENTIONS: 126,
      // 8 statements naming an issue, event or agreement, and 6 more pairs from the topic sections about one
      ABOUT: 14,
    });
  });

  it('stores the properties the readers rely on', async () => {
    const prefix = ns();
    const result = namespaced(seed, prefix);
    await writeDocument(db, result, { fetchedAt: '2024-01-02T03:04:05.000Z' });
    const [meeting] = await readQuery<Record<string, unknown>>(
      db,
      `MATCH (m:Meeting)-[:REPORTED_IN]->(d:Document {id: $id})
       MATCH (m)-[:HELD_IN]->(place) MATCH (m)-[:ON_OCCASION_OF]->(event)
       RETURN m {.*} AS m, d {.source, .sources, .sha256, .fetchedAt, .extractorVersion} AS d,
              place.name AS place, event.name AS event`,
      { id: result.document.id },
    );
    expect(meeting?.m).toMatchObject({ date: '2002-10-27', year: 2002, start: '10:00', end: '10:50', durationMinutes: 50, kind: 'summit' });
    expect(meeting?.d).toMatchObject({ sources: [result.document.source], fetchedAt: '2024-01-02T03:04:05.000Z', extractorVersion: 'fixture-1' });
    expect(meeting?.d).toHaveProperty('sha256', seed.document.id);
    expect(meeting).toMatchObject({ place: 'メキシコ', event: 'APEC首脳会合' });
    const [koizumi] = await readQuery<{ p: Record<string, unknown>; attended: Record<string, unknown> }>(
      db,
      'MATCH (p:Person:Entity {id: $id})-[a:ATTENDED]->(:Meeting) RETURN p {.*} AS p, a {.*} AS attended',
      { id: `${prefix}person:koizumi` },
    );
    // An entity's country is an attribute (ISO code), not a link, so it keeps the fixture's value.
    // Aliases are the sorted union of every linked document's (the same whatever order pages came in).
    expect(koizumi?.p).toMatchObject({ name: '小泉純一郎', country: 'JPN', aliases: ['小泉', '小泉純一郎', '小泉総理', '総理'] });
    expect(koizumi?.p.aliasText).toBe('小泉 小泉純一郎 小泉総理 総理');
    expect(koizumi?.attended).toEqual({ role: 'principal', title: '総理大臣', country: `${prefix}JPN`, document: result.document.id });
    const spans = await readQuery<{ start: number; end: number }>(
      db,
      'MATCH (:Statement {id: $id})-[r:MENTIONS]->(:Entity {id: $entity}) RETURN r.start AS start, r.end AS end ORDER BY start',
      { id: `${prefix}${seed.document.id}:s1`, entity: `${prefix}person:koizumi` },
    );
    expect(spans.length).toBeGreaterThan(0);
    for (const { start, end } of spans) expect(seed.document.text.slice(start, end)).toMatch(/総理|小泉/);
  });

  it('links every statement to the topic section of its document and number (IN_TOPIC)', async () => {
    const prefix = ns();
    const result = namespaced(seed, prefix);
    await writeDocument(db, result);
    const links = await readQuery<{ statement: string; topic: string | null; topics: number }>(
      db,
      `MATCH (s:Statement {document: $id})
       RETURN s.id AS statement, COUNT { (s)-[:IN_TOPIC]->() } AS topics,
              head(COLLECT { MATCH (s)-[:IN_TOPIC]->(t:Topic {document: $id}) WHERE t.number = s.topic RETURN t.id }) AS topic
       ORDER BY s.order`,
      { id: result.document.id },
    );
    expect(links).toEqual(result.statements.map((s) => ({
      statement: s.id, topic: `${result.document.id}:t${s.topic}`, topics: 1,
    })));
  });

  it('reports unchanged and changes no count when the same result is written again', async () => {
    const prefix = ns();
    const result = namespaced(seed, prefix);
    await writeDocument(db, result);
    const before = await countScoped(db, prefix);
    const again = await writeDocument(db, result);
    expect(again.status).toBe('unchanged');
    expect(again.changes.nodesCreated + again.changes.relationshipsCreated + again.changes.propertiesSet).toBe(0);
    expect(await countScoped(db, prefix)).toEqual(before);
  });

  it('gives the same graph whatever the UNWIND batch size', async () => {
    const small = ns();
    const large = ns();
    await writeDocument(db, namespaced(seed, small), { batchSize: 3 });
    await writeDocument(db, namespaced(seed, large));
    expect(await countScoped(db, small)).toEqual(await countScoped(db, large));
  });

  it('counts the whole graph by label and relationship type', async () => {
    const prefix = ns();
    await writeDocument(db, namespaced(seed, prefix));
    const counts = await countGraph(db);
    // The server may hold other work's data too: the totals include at least what this test wrote.
    expect(counts.byLabel.Statement).toBeGreaterThanOrEqual(16);
    expect(counts.byType.ATTENDED).toBeGreaterThanOrEqual(8);
    expect(counts.nodes).toBeGreaterThanOrEqual(48);
    expect(counts.relationships).toBeGreaterThanOrEqual(204);
    expect(Object.keys(counts.byLabel)).toHaveLength(12);
  });
});
