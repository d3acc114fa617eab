// Loads the Cypher statements kept in the package's cypher/ folder by name ('write/merge-meetings'),
// once each. The folder is found from this module's own location, which is two levels below the
// package root both as src/graph/*.ts (vitest) and as dist/graph/*.js (built CLI).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');

const cache = new Map<string, string>();

function assertSafeName(name: string): void {
  // Names come from our own code, but a path outside cypher/ would be a bug worth failing loudly on.
  if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(name)) {
    throw new Error(`invalid Cypher file name "${name}": use lower-case path segments like "write/merge-meetings"`);
  }
}

/** The text of cypher/<name>.cypher, read once and cached. */
export function cypherFile(name: string, { dir = CYPHER_DIR }: { dir?: string } = {}): string {
  assertSafeName(name);
  const path = join(dir, `${name}.cypher`);
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(`Cypher file ${path} cannot be read; is the package's cypher/ folder installed next to dist/?`, {
      cause,
    });
  }
  cache.set(path, text);
  return text;
}

/**
 * Splits a file of several statements (cypher/schema.cypher) on semicolons that end a line; `//`
 * comment lines are dropped so that a comment alone never becomes a statement.
 */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

/**
 * The text of cypher/write/<name>.cypher as the writer runs it: with `CYPHER replan=skip`, so that
 * Neo4j keeps the plan it has instead of planning the statement again whenever the graph's counts have
 * moved by 75% (at most every 10 s per statement), which is all the time while a young graph fills:
 * replanning took about a third of a fresh ingest's writing. Skipping is safe only because the plans
 * of these statements do not depend on the counts: every node they start from is found by an index
 * seek (hints where the planner would otherwise scan an index on a small graph), so a plan made on an
 * empty graph is the plan of a large one. test/integration/write-plans.int.test.ts checks that on an empty
 * and a filled graph.
 */
export function writeStatement(name: string): string {
  return `CYPHER replan=skip\n${cypherFile(`write/${name}`)}`;
}
