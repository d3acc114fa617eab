// A graph that converges: re-ingesting pages after a change of extractor gives, node for node and
// relationship for relationship, the graph a fresh ingest of the same pages gives, in whatever order
// they came. Shared entities take their name, country and aliases from the documents still linked to
// them, and a person's REPRESENTS / HELD_TITLE from the meetings he still attends.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/graph/driver.js';
import { readQuery } from '../../src/graph/driver.js';
import { writeDocument } from '../../src/graph/writer.js';
import type { ExtractionResult } from '../../src/types.js';
import { loadFixture, namespaced, useScopedWrites, withText } from './writer-namespace.js';

const seed = loadFixture('seed-like');
const fetchedAt = '2026-12-06T00:00:00.000Z';
let db: Db;
const ns = useScopedWrites('cv', (connected) => {
  db = connected;
});

/** Another page about the same people: other text, other source, without the delegation's last member. */
function otherPage(): ExtractionResult {
  const other = withText(seed, `${seed.document.text}別の報道\n`);
  return {
    ...other,
    document: { ...other.document, source: 'other-page.txt' },
    entities: other.entities.filter((e) => e.id !== 'person:kozuki'),
    meetings: other.meetings.map((m) => ({ ...m, participants: m.participants.filter((p) => p.entity !== 'person:kozuki') })),
  };
}

/** The seed page as a newer extractor reads it: another form of a name, other aliases, a member no longer seated. */
function reread(): ExtractionResult {
  return {
    ...seed,
    extractorVersion: `${seed.extractorVersion}-next`,
    entities: seed.entities.map((e) => (e.id === 'person:kasyanov' ? { ...e, name: 'M・カシヤノフ', aliases: ['M・カシヤノフ'] } : e)),
    meetings: seed.meetings.map((m) => ({ ...m, participants: m.participants.filter((p) => p.entity !== 'person:kozuki') })),
  };
}

/** Every node and relationship of a namespace, with the namespace taken out of every value. */
async function snapshot(prefix: string): Promise<string[]> {
  const strip = (value: unknown) => JSON.stringify(value).split(prefix).join('NS:');
  const sorted = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
  const nodes = await readQuery<{ labels: string[]; props: Record<string, unknown> }>(db,
    'MATCH (n) WHERE n.id STARTS WITH $ns RETURN labels(n) AS labels, properties(n) AS props', { ns: prefix });
  const relationships = await readQuery<{ from: string; type: string; to: string; props: Record<string, unknown> }>(db,
    'MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $ns RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props', { ns: prefix });
  return [
    ...nodes.map((n) => strip([[...n.labels].sort(), sorted(n.props)])),
    ...relationships.map((r) => strip([r.from, r.type, r.to, sorted(r.props)])),
  ].sort();
}

describe('re-ingest after a new extractor', () => {
  it('gives the graph of a fresh ingest, node for node, whatever the order of the pages', async () => {
    const again = ns();
    for (const result of [seed, otherPage(), reread()]) await writeDocument(db, namespaced(result, again), { fetchedAt });
    const fresh = ns();
    for (const result of [otherPage(), reread()]) await writeDocument(db, namespaced(result, fresh), { fetchedAt });
    const freshOtherOrder = ns();
    for (const result of [reread(), otherPage()]) await writeDocument(db, namespaced(result, freshOtherOrder), { fetchedAt });

    const expected = await snapshot(fresh);
    expect(await snapshot(again)).toEqual(expected);
    expect(await snapshot(freshOtherOrder)).toEqual(expected);
    // What converged: the name two documents disagree on, and a seat nobody reports any more.
    const [kasyanov] = await readQuery<{ name: string; aliases: string[] }>(db,
      'MATCH (p:Person {id: $id}) RETURN p.name AS name, p.aliases AS aliases', { id: `${again}person:kasyanov` });
    expect(kasyanov?.name).toBe('M・カシヤノフ');
    expect(kasyanov?.aliases).toContain('M・カシヤノフ');
    const [kozuki] = await readQuery<{ links: number }>(db,
      'MATCH (p:Person {id: $id}) RETURN COUNT { (p)-[:REPRESENTS|HELD_TITLE]->() } AS links', { id: `${again}person:kozuki` });
    expect(kozuki?.links).toBe(0);
  });
});
