// Test support for the export tests: a graph of the API fixture corpus (written through the real
// writer) plus the project's fixture documents ingested through the real pipeline, and a helper that
// runs one export into a temporary file and returns its text.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { expect } from 'vitest';
import { type Db, readQuery } from '../../src/graph/driver.js';
import { ingestPaths } from '../../src/ingest/ingest-paths.js';
import { type ExportKind, type ExportOptions, runExport } from '../../src/export/run-export.js';
import { seededDb } from './api-helpers.js';
import { root } from './ingest-cli.js';

export async function exportGraph(): Promise<Db> {
  const db = await seededDb();
  const summary = await ingestPaths(db, [join(root, 'test', 'fixtures', 'docs')], { workers: 0, include: ['*.txt'] });
  if (summary.rejected.length > 0) throw new Error(`fixture documents rejected: ${JSON.stringify(summary.rejected)}`);
  return db;
}

let counter = 0;
const dir = mkdtempSync(join(tmpdir(), 'diplograph-export-'));

/** Runs one export into a new file under a temp folder; returns the path and the text ('' when none). */
export async function exportText(
  db: Db,
  kind: ExportKind,
  options: Partial<ExportOptions> = {},
): Promise<{ path: string; text: string }> {
  const path = join(dir, `${kind}-${++counter}.out`);
  await runExport(db, kind, { range: { from: null, to: null }, out: path, ...options });
  // The gephi format writes PATH.nodes.csv and PATH.edges.csv instead.
  return { path, text: existsSync(path) ? readFileSync(path, 'utf8') : '' };
}

/** Observed spells by Cypher alone: seats grouped by person, side and office ($offices folds titles). */
export const OBSERVED_SPELLS = `
  MATCH (p:Person)-[a:ATTENDED]->(m:Meeting) WHERE m.date IS NOT NULL
  WITH p, a.country AS country, coalesce($offices[a.title], 'title:' + a.title, 'title:') AS office, m
  RETURN p.id AS id, country, office, min(m.date) AS first, max(m.date) AS last, count(DISTINCT m) AS meetings`;

/** A pair of nodes of an exported network and its weight (meetings), as independent Cypher counts them. */
export type Pair = { a: string; b: string; weight: number; years: number[] };

/** People of different sides who met, per pair, the person network's edges. */
export const PERSON_PAIRS = `
  MATCH (a:Person)-[ra:ATTENDED]->(m:Meeting)<-[rb:ATTENDED]-(b:Person)
  WHERE a.id < b.id AND ra.country <> rb.country AND m.date IS NOT NULL
  RETURN a.id AS a, b.id AS b, count(DISTINCT m) AS weight, [] AS years`;

export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

export async function pairsOf(db: Db, cypher: string): Promise<Map<string, Pair>> {
  return new Map((await readQuery<Pair>(db, cypher)).map((p) => [pairKey(p.a, p.b), { ...p, years: [...(p.years ?? [])].sort() }]));
}

/** A GraphML export as networkx reads it: the pairs and weights Cypher finds, and scalar data only. */
export function expectScalarGraphml(text: string, expected: Map<string, Pair>): void {
  const document = parseDocument(text, { xmlMode: true });
  const edges = DomUtils.findAll((e) => e.name === 'edge', document.children);
  expect(edges).toHaveLength(expected.size);
  for (const edge of edges) {
    const weight = DomUtils.findOne((e) => e.name === 'data' && e.attribs.key === 'weight', [edge]);
    expect(Number(DomUtils.textContent(weight!))).toBe(expected.get(pairKey(edge.attribs.source!, edge.attribs.target!))!.weight);
  }
  for (const data of DomUtils.findAll((e) => e.name === 'data', document.children)) {
    expect(DomUtils.textContent(data)).not.toMatch(/^[[{]/);
  }
}
