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
