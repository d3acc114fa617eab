// The first `diplograph ingest`, as a command: per-input lines, the summary and exit codes. Dry runs
// only, on an emptied database.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Db } from '../../src/graph/driver.js';
import { ingestPaths } from '../../src/ingest/ingest-paths.js';
import { clearDatabase, testDb, testServerEnv } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let db: Db;

function cli(args: string[], uri: string) {
  return spawnSync(process.execPath, ['bin/diplograph.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...testServerEnv(), NEO4J_URI: uri },
    timeout: 120_000,
  });
}

beforeAll(async () => {
  db = await testDb();
  // Dry runs compare against what is stored: another file's ingest of the seed (under another path)
  // would make it a duplicate here.
  await clearDatabase(db);
});
afterAll(async () => {
  await db?.close();
});

describe('ingestPaths', () => {
  it('reports one line per input, a missing path as rejected with its reason', async () => {
    const lines: string[] = [];
    const summary = await ingestPaths(db, ['samples/mofa-2002-10-27-koizumi-kasyanov.txt', 'no/such/file.txt'], { dryRun: true, onLine: (l) => lines.push(l) });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^(ingested|unchanged) samples\/mofa-2002-10-27-koizumi-kasyanov\.txt$/);
    expect(lines[1]).toMatch(/^rejected no\/such\/file\.txt .*no such file/);
    expect(summary).toMatchObject({ processed: 2, dryRun: true });
    expect(summary.rejected).toHaveLength(1);
  });
});

describe('diplograph ingest', () => {
  it('exits 2 when some inputs are rejected, printing lines and the summary', () => {
    const run = cli(['ingest', '--dry-run', 'samples/mofa-2002-10-27-koizumi-kasyanov.txt', 'missing.txt'], inject('neo4jUri'));
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^(ingested|unchanged) samples\/mofa-2002-10-27-koizumi-kasyanov\.txt$/m);
    expect(run.stdout).toMatch(/^rejected missing\.txt /m);
    expect(`${run.stdout}${run.stderr}`).toMatch(/rejected 1/);
  });

  it('exits 1 and says where it tried when Neo4j cannot be reached', () => {
    const run = cli(['ingest', 'samples'], 'bolt://127.0.0.1:1');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bolt://127.0.0.1:1');
  });

  it('refuses a batch size that is not a positive integer', () => {
    const run = cli(['ingest', '--batch-size', '0', 'samples'], inject('neo4jUri'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/batch size/);
  });
});
