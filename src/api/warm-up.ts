// Planning the larger read statements takes Neo4j up to seconds on a busy machine, and concurrent first
// requests each plan them again. Running every statement once at start, with parameters that match
// nothing, leaves the plans in Neo4j's query cache before the first client arrives.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, cypherFile } from '../graph/cypher-files.js';
import type { ReadFn } from './read.js';

/** A date no meeting has: date-bounded statements (networks) find nothing. */
const NO_DATE = '9999-12-31';

function emptyParameters(cypher: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [, name] of cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (name === undefined) continue;
    if (name === 'ids' || name === 'keys') params[name] = [];
    else if (name === 'from' || name === 'to') params[name] = NO_DATE;
    else params[name] = null;
  }
  return params;
}

/** Runs every cypher/read statement once; returns how many were planned. Failures are ignored. */
export async function warmUpQueryPlans(read: ReadFn): Promise<number> {
  const names = readdirSync(join(CYPHER_DIR, 'read'))
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => file.slice(0, -'.cypher'.length));
  let planned = 0;
  for (const name of names) {
    try {
      await read(name, emptyParameters(cypherFile(`read/${name}`)));
      planned++;
    } catch {
      // A statement that cannot run empty is planned by its first real request instead.
    }
  }
  return planned;
}
