// Test support for the writer tests: gives a fixture result ids of its own, so tests can count and
// clean up exactly what they wrote, even on a Neo4j shared with other work.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { ExtractionResult } from '../../src/types.js';
import { type Db, readQuery, writeTransaction } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';
import { testDb } from './helpers.js';

export function loadFixture(name: string): ExtractionResult {
  return JSON.parse(readFileSync(new URL(`../fixtures/results/${name}.json`, import.meta.url), 'utf8')) as ExtractionResult;
}

/** A deep copy whose every id (document, meetings, statements, entities, countries) and source start with `ns`. */
export function namespaced(result: ExtractionResult, ns: string): ExtractionResult {
  const id = (value: string) => `${ns}${value}`;
  const ref = <T extends { id: string } | null>(r: T): T => (r ? { ...r, id: id(r.id) } : r);
  return {
    ...result,
    document: { ...result.document, id: id(result.document.id), source: id(result.document.source) },
    meetings: result.meetings.map((m) => ({
      ...m,
      id: id(m.id),
      location: ref(m.location),
      occasion: ref(m.occasion),
      participants: m.participants.map((p) => ({ ...p, entity: id(p.entity), country: p.country && id(p.country) })),
    })),
    entities: result.entities.map((e) => ({ ...e, id: id(e.id), mentions: e.mentions.map((m) => ({ ...m })) })),
    topics: result.topics.map((t) => ({ ...t, issues: t.issues.map(id) })),
    statements: result.statements.map((s) => ({
      ...s,
      id: id(s.id),
      meeting: s.meeting && id(s.meeting),
      respondsTo: s.respondsTo && id(s.respondsTo),
      speakers: s.speakers.map(id),
      mentions: s.mentions.map(id),
    })),
  };
}

/** The same result with its text edited: a new content id, and every document-scoped id following it. */
export function withText(result: ExtractionResult, text: string): ExtractionResult {
  const oldId = result.document.id;
  const newId = createHash('sha256').update(text).digest('hex');
  const json = JSON.stringify({ ...result, document: { ...result.document, text } });
  return JSON.parse(json.split(oldId).join(newId)) as ExtractionResult;
}

export interface ScopedCounts {
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

/** Nodes by label and relationships by type, counting only nodes whose id starts with `ns`. */
export async function countScoped(db: Db, ns: string): Promise<ScopedCounts> {
  const labels = await readQuery<{ label: string; count: number }>(
    db,
    'MATCH (n) WHERE n.id STARTS WITH $ns UNWIND labels(n) AS label RETURN label, count(*) AS count',
    { ns },
  );
  const types = await readQuery<{ type: string; count: number }>(
    db,
    'MATCH (a)-[r]->() WHERE a.id STARTS WITH $ns RETURN type(r) AS type, count(*) AS count',
    { ns },
  );
  return {
    byLabel: Object.fromEntries(labels.map((r) => [r.label, r.count])),
    byType: Object.fromEntries(types.map((r) => [r.type, r.count])),
  };
}

/** Removes every node this namespace wrote. */
export async function deleteScoped(db: Db, ns: string): Promise<void> {
  await writeTransaction(db, (tx) => tx.run('MATCH (n) WHERE n.id STARTS WITH $ns DETACH DELETE n', { ns }));
}

/**
 * The hooks of a writer test file: a Db with the schema applied (handed to `onConnect`), every namespace
 * a test asked for deleted after it, the Db closed at the end. Returns the maker of fresh namespaces
 * (`<tag>-<random>:`).
 */
export function useScopedWrites(tag: string, onConnect: (db: Db) => void): () => string {
  let db: Db | undefined;
  const written: string[] = [];
  beforeAll(async () => {
    db = await testDb();
    await applySchema(db);
    onConnect(db);
  });
  afterEach(async () => {
    for (const prefix of written.splice(0)) if (db) await deleteScoped(db, prefix);
  });
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    const prefix = `${tag}-${randomUUID().slice(0, 8)}:`;
    written.push(prefix);
    return prefix;
  };
}
