// diplograph audit against a real Neo4j: invented pages extracted for real and written, then the report
// compared with what the pages hold and with independent Cypher.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditGraph } from '../../src/audit/audit-graph.js';
import { readQuery, type Db } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';
import { writeDocuments } from '../../src/graph/writer.js';
import { extractDocument } from '../../src/pipeline.js';
import { clearDatabase, testDb } from './helpers.js';
import { runCli } from './ingest-cli.js';

let db: Db;

const page = (source: string, header: string, lead: string, ...points: string[]) =>
  extractDocument({ source, text: ['外務省', '', header, '', ` ${lead}`, '', ...points.map((p, i) => `  ${i + 1}. ${p}`), ''].join('\n') });

beforeAll(async () => {
  db = await testDb();
  await clearDatabase(db);
  await applySchema(db);
  await writeDocuments(db, [
    // A clean page: dated, both sides known.
    await page('clean.txt', '令和5年3月14日', '3月14日、山田太郎内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と首脳会談を行いました。',
      '山田総理大臣から、関係の発展を歓迎する旨述べました。'),
    // No date anywhere, a leader written without a country: undated, no foreign side, a principal without one.
    await page('undated.txt', '外務省報道発表', '山田太郎内閣総理大臣は、ガンマ・デルタ大統領と首脳会談を行いました。',
      'デルタ大統領から、協力を強化したい旨述べました。'),
    // Two pages naming a foreign minister by his family name only: no proof they are one person.
    await page('partial-1.txt', '令和5年4月1日', '4月1日、鈴木一郎外務大臣は、イプシロン・ペルー共和国外務大臣と会談を行いました。',
      'イプシロン外務大臣から、謝意が述べられました。'),
    await page('partial-2.txt', '令和5年5月1日', '5月1日、鈴木一郎外務大臣は、イプシロン・ペルー共和国外務大臣と電話会談を行いました。',
      'イプシロン外務大臣から、謝意が述べられました。'),
  ]);
});
afterAll(async () => {
  await db?.close();
});

describe('diplograph audit', () => {
  it('reports what the pages lack, with the pages', async () => {
    const report = await auditGraph(db);
    expect(report.counts.documents).toBe(4);
    expect(report.undatedMeetings.map((m) => m.page)).toEqual(['undated.txt']);
    expect(report.meetingsWithoutForeignSide.map((m) => m.page)).toEqual(['undated.txt']);
    expect(report.meetingsWithPrincipalsWithoutCountry.map((m) => m.page)).toEqual(['undated.txt']);
    // The extractor keeps a name known only by its family name on its own page, so nothing is shared on a guess.
    expect(report.suspiciousPeople).toEqual([]);
  });

  it('finds two pages\' bare family name as two people, one per page', async () => {
    const rows = await readQuery<{ id: string; pages: string[] }>(db, `
      MATCH (d:Document)-[:MENTIONS]->(p:Person {name: $name}) RETURN p.id AS id, collect(d.source) AS pages ORDER BY id`, { name: 'イプシロン' });
    expect(rows).toHaveLength(2);
    expect(rows.flatMap((r) => r.pages).sort()).toEqual(['partial-1.txt', 'partial-2.txt']);
  });

  it('counts like independent Cypher', async () => {
    const report = await auditGraph(db);
    const [row] = await readQuery<{ meetings: number; undated: number; unspoken: number; people: number }>(db, `
      CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings, count(CASE WHEN m.date IS NULL THEN 1 END) AS undated }
      CALL () { MATCH (s:Statement) WHERE NOT EXISTS { (s)-[:SPOKEN_BY]->(:Person) } RETURN count(s) AS unspoken }
      CALL () { MATCH (p:Entity) WHERE 'Person' IN labels(p) RETURN count(p) AS people }
      RETURN meetings, undated, unspoken, people`);
    expect(report.counts).toMatchObject({ meetings: row!.meetings, undatedMeetings: row!.undated, statementsWithoutSpeaker: row!.unspoken, people: row!.people });
  });

  it('prints counts first and JSON on request through the CLI', async () => {
    const text = await runCli(['audit', '--limit', '2']);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe(`audit: 4 documents, ${(await auditGraph(db)).counts.meetings} meetings, ${(await auditGraph(db)).counts.people} people`);
    expect(text.stdout).toMatch(/^\s+1\s+meetings without a date$/mu);
    const json = await runCli(['audit', '--json']);
    expect(JSON.parse(json.stdout).counts.undatedMeetings).toBe(1);
    const bad = await runCli(['audit', '--limit', 'many']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/integer from 0 to 10000/u);
  });
});
