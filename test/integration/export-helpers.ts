// Test support for the export tests: a graph of the API fixture corpus (written through the real
// writer) plus the project's fixture documents ingested through the real pipeline, and a helper that
// runs one export into a temporary file and returns its text.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src/graph/driver.js';
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
