// The writer on what the real pipeline extracts from samples/: the seed meeting with its eight
// participants, and identical counts when the same sample is ingested twice.
import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/graph/driver.js';
import { readQuery } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';
import { writeDocument } from '../../src/graph/writer.js';
import { extractDocument } from '../../src/pipeline.js';
import type { ExtractionResult } from '../../src/types.js';
import { testDb } from './helpers.js';
import { countScoped, deleteScoped, namespaced } from './writer-namespace.js';

const samples = new URL('../../samples/', import.meta.url);
const prefix = `wp-${randomUUID().slice(0, 8)}:`;
let db: Db;
let results: ExtractionResult[];

beforeAll(async () => {
  db = await testDb();
  await applySchema(db);
  const names = (await readdir(samples)).filter((name) => name.endsWith('.txt') && name !== 'README.md').sort();
  results = [];
  for (const name of names) {
    const text = await readFile(new URL(name, samples), 'utf8');
    results.push(namespaced(await extractDocument({ source: `samples/${name}`, text, encoding: 'UTF-8' }), prefix));
  }
});
afterAll(async () => {
  if (db) await deleteScoped(db, prefix);
  await db?.close();
});

describe('ingesting the extracted samples', () => {
  it('writes the seed meeting with 8 participants, 2 of them principals', async () => {
    for (const result of results) expect((await writeDocument(db, result)).status).toBe('created');
    const [meeting] = await readQuery<{ date: string; principals: number; participants: number; statements: number }>(
      db,
      `MATCH (m:Meeting {date: '2002-10-27'})-[:REPORTED_IN]->(d:Document) WHERE d.id STARTS WITH $prefix
       RETURN m.date AS date,
              COUNT { (m)<-[:ATTENDED {role: 'principal'}]-(:Person) } AS principals,
              COUNT { (m)<-[:ATTENDED]-(:Person) } AS participants,
              COUNT { (m)<-[:IN_MEETING]-(:Statement) } AS statements`,
      { prefix },
    );
    expect(meeting).toMatchObject({ date: '2002-10-27', principals: 2, participants: 8 });
    expect(meeting?.statements).toBeGreaterThan(10);
  });

  it('links every statement in a numbered section to that topic (IN_TOPIC), and no other', async () => {
    const [links] = await readQuery<{ inSections: number; linked: number; wrong: number }>(
      db,
      `MATCH (s:Statement) WHERE s.id STARTS WITH $prefix
       OPTIONAL MATCH (s)-[:IN_TOPIC]->(t:Topic)
       RETURN count(DISTINCT CASE WHEN EXISTS { MATCH (:Topic {document: s.document, number: s.topic}) } THEN s END) AS inSections,
              count(t) AS linked,
              sum(CASE WHEN t IS NOT NULL AND (t.document <> s.document OR t.number <> s.topic) THEN 1 ELSE 0 END) AS wrong`,
      { prefix },
    );
    expect(links?.inSections).toBeGreaterThan(10);
    expect(links?.linked).toBe(links?.inSections);
    expect(links?.wrong).toBe(0);
  });

  it('leaves identical counts when the samples are ingested again', async () => {
    const before = await countScoped(db, prefix);
    for (const result of results) expect((await writeDocument(db, result)).status).toBe('unchanged');
    expect(await countScoped(db, prefix)).toEqual(before);
  });
});
