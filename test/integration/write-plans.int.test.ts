// The writer runs its statements with `CYPHER replan=skip` (cypher-files.ts, writeStatement): a plan made
// on an empty graph is kept while the graph fills. That is only safe if no write plan depends on the
// graph's counts, i.e. every node a statement starts from is found by an index seek. Checked here on an
// empty graph and on one holding many documents, where the planner once chose index scans.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR, cypherFile } from '../../src/graph/cypher-files.js';
import type { Db } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';
import { writeDocuments } from '../../src/graph/writer.js';
import { clearDatabase, testDb } from './helpers.js';
import { loadFixture, namespaced } from './writer-namespace.js';

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

const WRITE_STATEMENTS = readdirSync(join(CYPHER_DIR, 'write'))
  .filter((name) => name.endsWith('.cypher'))
  .map((name) => name.slice(0, -'.cypher'.length));

/** The operators of a plan that find or walk to nodes, without variable names (anon_12) or cached properties. */
function accessOperators(plan: PlanNode): string[] {
  const found: string[] = [];
  const walk = (node: PlanNode) => {
    const type = node.operatorType.replace(/@.*$/, '');
    if (/Scan|Seek|Expand\(All\)|VarLengthExpand|HashJoin/.test(type)) {
      const details = String(node.arguments?.Details ?? '').replace(/anon_\d+/g, 'anon').replace(/, cache\[.*$/, '');
      found.push(`${type} ${details}`);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(plan);
  return found.sort();
}

async function writePlans(db: Db): Promise<Map<string, string[]>> {
  const session = db.driver.session({ database: db.database });
  try {
    const plans = new Map<string, string[]>();
    for (const name of WRITE_STATEMENTS) {
      const result = await session.run(`EXPLAIN CYPHER replan=force ${cypherFile(`write/${name}`)}`);
      plans.set(name, accessOperators(result.summary.plan as unknown as PlanNode));
    }
    return plans;
  } finally {
    await session.close();
  }
}

describe('write statement plans', () => {
  let db: Db;
  beforeAll(async () => {
    db = await testDb();
    await clearDatabase(db);
    await applySchema(db);
  });
  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
  });

  it('start from index seeks only, and access the graph the same way on an empty and on a filled graph', async () => {
    const empty = await writePlans(db);
    const seed = loadFixture('seed-like');
    const copies = Array.from({ length: 300 }, (_, i) => namespaced(seed, `plan${i}:`));
    for (let i = 0; i < copies.length; i += 50) await writeDocuments(db, copies.slice(i, i + 50));
    const filled = await writePlans(db);
    expect(WRITE_STATEMENTS.length).toBeGreaterThan(15);
    for (const name of WRITE_STATEMENTS) {
      for (const plans of [empty, filled]) {
        const scans = plans.get(name)!.filter((operator) => /Scan/.test(operator));
        expect(scans, `${name} scans`).toEqual([]);
      }
      expect(filled.get(name), name).toEqual(empty.get(name));
    }
  });
});
