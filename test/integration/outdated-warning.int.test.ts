// `serve` and `start` warn about documents written by another extractor version, naming the versions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outdatedGraphWarning } from '../../src/cli/outdated-warning.js';
import { type Db, writeTransaction } from '../../src/graph/driver.js';
import { EXTRACTOR_VERSION } from '../../src/pipeline.js';
import { clearDatabase, testDb } from './helpers.js';

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await clearDatabase(db);
});
afterAll(async () => {
  await db?.close();
});

describe('outdatedGraphWarning', () => {
  it('says nothing about an empty graph or one of the current version only', async () => {
    expect(await outdatedGraphWarning(db)).toBeNull();
    await writeTransaction(db, (tx) => tx.run('CREATE (:Document {id: "current", extractorVersion: $version})', { version: EXTRACTOR_VERSION }));
    expect(await outdatedGraphWarning(db)).toBeNull();
  });

  it('counts the other documents, names their versions and says how to rewrite them', async () => {
    await writeTransaction(db, (tx) => tx.run('CREATE (:Document {id: "old", extractorVersion: "0.1.0"}), (:Document {id: "unversioned"})'));
    const warning = await outdatedGraphWarning(db);
    expect(warning).toMatch(/^2 documents were written by extractor (0\.1\.0, unknown|unknown, 0\.1\.0), not \d+\.\d+\.\d+:/);
    expect(warning).toContain('diplograph ingest');
  });
});
