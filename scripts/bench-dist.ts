// The benchmark runs the built package (dist/), like a user's ingest would: these helpers import its
// modules at run time, typed by the sources they are built from.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as DriverModule from '../src/graph/driver.js';
import type * as EmbeddedModule from '../src/graph/embedded.js';
import type * as SchemaModule from '../src/graph/schema.js';
import type * as WriterModule from '../src/graph/writer.js';
import type * as WriteRowsModule from '../src/graph/write-rows.js';
import type * as CypherFilesModule from '../src/graph/cypher-files.js';
import type * as IngestPathsModule from '../src/ingest/ingest-paths.js';
import type * as PipelineModule from '../src/pipeline.js';

/** The package root: the nearest folder above this file with a package.json. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the benchmark');
    dir = parent;
  }
  return dir;
}

async function dist<T>(path: string): Promise<T> {
  const file = join(packageRoot(), 'dist', path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return (await import(pathToFileURL(file).href)) as T;
}

export const loadDist = async () => ({
  driver: await dist<typeof DriverModule>('graph/driver.js'),
  embedded: await dist<typeof EmbeddedModule>('graph/embedded.js'),
  schema: await dist<typeof SchemaModule>('graph/schema.js'),
  writer: await dist<typeof WriterModule>('graph/writer.js'),
  writeRows: await dist<typeof WriteRowsModule>('graph/write-rows.js'),
  cypherFiles: await dist<typeof CypherFilesModule>('graph/cypher-files.js'),
  ingestPaths: await dist<typeof IngestPathsModule>('ingest/ingest-paths.js'),
  pipeline: await dist<typeof PipelineModule>('pipeline.js'),
});

export type Dist = Awaited<ReturnType<typeof loadDist>>;

export function connectTo(d: Dist, uri: string) {
  return d.driver.connect({ uri, username: process.env.NEO4J_USERNAME ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE || undefined });
}

/**
 * Empties the database: relationships first, then nodes, in batches small enough for the server's
 * transaction memory limit even around hub nodes (a Country met in every document).
 */
export async function clearDatabase(d: Dist, db: DriverModule.Db): Promise<void> {
  const deleteBatch = (cypher: string) =>
    d.driver.writeTransaction(db, async (tx) => Number((await tx.run(cypher)).records[0]?.get('deleted') ?? 0));
  while ((await deleteBatch('MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted')) === 20_000);
  while ((await deleteBatch('MATCH (n) WITH n LIMIT 10000 DELETE n RETURN count(*) AS deleted')) === 10_000);
}
