// `npm run bench:ingest`: measures ingest on this machine in one run and compares with the targets of
// issue 4. Baseline 1: raw kuromoji tokenization of the same texts (the extractor's floor). Baseline 2:
// a naive one-MERGE-per-row writer. End-to-end runs and the memory check run the built ingest in child
// processes (bench-ingest-child.js) so that each peak RSS is that run's alone.
//   node bench-out/build/scripts/bench-ingest.js [--count 5000] [--small 2000] [--large 10000]
//        [--sample 1000] [--naive 200] [--workers 2] [--skip-memory] [--strict]
//        [--corpus DIR] [--real-only] [--no-real]
// Section [5] runs the built CLI on real pages (bench-ingest-real.ts): --corpus DIR, by default
// ../shared/corpus/docs when that folder exists; --real-only skips the generated-page sections [1]–[4].
// With NEO4J_URI set that server is used and EMPTIED (pass --allow-clear); otherwise an embedded Neo4j
// is started in bench-out/ and stopped at the end.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import kuromoji from 'kuromoji';
import type { Db } from '../src/graph/driver.js';
import type { ExtractionResult } from '../src/types.js';
import { clearDatabase, connectTo, loadDist, packageRoot, type Dist } from './bench-dist.js';
import { benchRealPages } from './bench-ingest-real.js';
import { writeNaively } from './bench-naive-writer.js';
import { generateCorpus, type GeneratedDocument } from './generate-corpus.js';

const argv = process.argv.slice(2);
const num = (name: string, fallback: number) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : fallback);
const text = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const root = packageRoot();
const defaultCorpus = resolve(root, '..', 'shared', 'corpus', 'docs');
const opts = {
  count: num('count', 5000), small: num('small', 2000), large: num('large', 10_000), sample: num('sample', 1000),
  naive: num('naive', 200), workers: num('workers', 2), skipMemory: argv.includes('--skip-memory'), strict: argv.includes('--strict'),
  corpus: argv.includes('--no-real') ? null : (text('corpus') ?? (existsSync(defaultCorpus) ? defaultCorpus : null)),
  realOnly: argv.includes('--real-only'),
};
if (opts.realOnly && !opts.corpus) throw new Error(`--real-only needs real pages: --corpus DIR (${defaultCorpus} does not exist)`);
const out = join(root, 'bench-out');
const say = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (start: number) => (performance.now() - start) / 1000;

function corpus(count: number): { dir: string; documents: GeneratedDocument[] } {
  const dir = join(out, `corpus-${count}`);
  rmSync(dir, { recursive: true, force: true });
  return { dir, documents: generateCorpus({ outDir: dir, count, seed: 42 }) };
}

async function startNeo4j(d: Dist): Promise<{ uri: string; stop: () => Promise<void> }> {
  const external = process.env.NEO4J_URI?.trim();
  if (external) {
    if (!argv.includes('--allow-clear')) throw new Error(`NEO4J_URI=${external}: the benchmark empties that database; pass --allow-clear`);
    return { uri: external, stop: async () => {} };
  }
  const home = mkdtempSync(join(out, 'neo4j-'));
  const server = await d.embedded.startEmbedded({ home, boltPort: await d.embedded.findFreePort(), heap: '1g', pageCache: '512m', onProgress: say });
  // Its generated password, for this process's driver and the child processes it starts.
  process.env.NEO4J_PASSWORD = server.credentials.password;
  return { uri: server.uri, stop: async () => { await server.stop(); rmSync(home, { recursive: true, force: true }); } };
}

/**
 * Baseline 1 and the extractor on the same prepared texts, one thread each. Both are measured in three
 * alternating rounds after a warm-up and the best round of each is compared, so that a garbage
 * collection or a noisy neighbour during one pass does not decide the ratio.
 */
async function tokenizeVersusExtract(d: Dist, documents: GeneratedDocument[]) {
  const inputs = documents.map((doc) => d.pipeline.prepareSource({ source: doc.file, bytes: readFileSync(doc.file) }));
  const dicPath = join(root, 'node_modules', 'kuromoji', 'dict');
  const tokenizer = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built))));
  for (const input of inputs.slice(0, 20)) tokenizer.tokenize(input.text);
  for (const input of inputs.slice(0, 20)) await d.pipeline.extractDocument(input);
  let tokenizeSeconds = Infinity;
  let extractSeconds = Infinity;
  let tokens = 0;
  let results: ExtractionResult[] = [];
  for (let round = 0; round < 3; round++) {
    let start = performance.now();
    tokens = 0;
    for (const input of inputs) tokens += tokenizer.tokenize(input.text).length;
    tokenizeSeconds = Math.min(tokenizeSeconds, seconds(start));
    results = [];
    start = performance.now();
    for (const input of inputs) results.push(await d.pipeline.extractDocument(input));
    extractSeconds = Math.min(extractSeconds, seconds(start));
  }
  return { tokenizeSeconds, extractSeconds, tokens, results };
}

async function writeBatched(d: Dist, db: Db, results: ExtractionResult[]): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < results.length; i += 16) await d.writer.writeDocuments(db, results.slice(i, i + 16), { batchSize: 500 });
  return seconds(start);
}

/** Both writers on the same documents into an empty database, after a warm-up of the server's planner and JIT. */
async function batchedVersusNaive(d: Dist, db: Db, measured: ExtractionResult[], warmUp: ExtractionResult[]) {
  await clearDatabase(d, db);
  await writeBatched(d, db, warmUp);
  await clearDatabase(d, db);
  await writeNaively(d, db, warmUp.slice(0, 20));
  await clearDatabase(d, db);
  const batchedSeconds = await writeBatched(d, db, measured);
  await clearDatabase(d, db);
  const start = performance.now();
  const transactions = await writeNaively(d, db, measured);
  return { batchedSeconds, naiveSeconds: seconds(start), transactions };
}

interface ChildRun { processed: number; created: number; statements: number; seconds: number; writeSeconds: number; waitSeconds: number; rejected: number; maxRssKb: number }

async function ingestInChild(d: Dist, db: Db, uri: string, dir: string): Promise<ChildRun> {
  await clearDatabase(d, db);
  const child = fileURLToPath(new URL('./bench-ingest-child.js', import.meta.url));
  const output = execFileSync(process.execPath, [child, '--uri', uri, '--workers', String(opts.workers), dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(output.trim().split('\n').pop()!) as ChildRun;
}

const failures: string[] = [];
function verdict(ok: boolean, what = 'target'): string {
  if (!ok) failures.push(what);
  return ok ? 'PASS' : 'FAIL';
}

async function main(): Promise<void> {
  const d = await loadDist();
  say(`bench:ingest on ${process.platform} ${process.arch}, node ${process.version}, ${opts.workers} workers`);
  const neo4j = await startNeo4j(d);
  const db = await connectTo(d, neo4j.uri);
  const figures: Record<string, unknown> = { options: opts, node: process.version };
  try {
    await d.schema.applySchema(db);
    if (!opts.realOnly) await generatedPages(d, db, neo4j.uri, figures);
    if (opts.corpus) {
      const real = await benchRealPages({ root, corpus: resolve(opts.corpus), uri: neo4j.uri, workers: opts.workers, clear: () => clearDatabase(d, db), say });
      failures.push(...real.missed);
      figures.realPages = real;
    }
  } finally {
    await db.close();
    await neo4j.stop();
  }
  writeFileSync(join(out, 'bench-ingest.json'), `${JSON.stringify(figures, null, 2)}\n`);
  say(`\nfigures written to bench-out/bench-ingest.json${failures.length ? `; ${failures.length} target(s) missed` : '; all targets met'}`);
  if (opts.strict && failures.length > 0) process.exitCode = 1;
}

/** Sections [1]–[4], on generated pages. */
async function generatedPages(d: Dist, db: Db, uri: string, figures: Record<string, unknown>): Promise<void> {
  const main5k = corpus(opts.count);
  say(`corpus: ${main5k.documents.length} distinct generated documents (txt, Shift_JIS HTML, EUC-JP HTML) in ${main5k.dir}`);
  const ratio = await tokenizeVersusExtract(d, main5k.documents.slice(0, opts.sample));
  const extractionRatio = ratio.extractSeconds / ratio.tokenizeSeconds;
  say(`\n[1] extraction vs raw kuromoji tokenization, ${opts.sample} documents, one thread, best of 3 alternating rounds`);
  say(`    raw tokenization ${(1000 * ratio.tokenizeSeconds / opts.sample).toFixed(2)} ms/doc, extraction ${(1000 * ratio.extractSeconds / opts.sample).toFixed(2)} ms/doc`);
  say(`    ratio ${extractionRatio.toFixed(2)}x (target <= 1.5x) ${verdict(extractionRatio <= 1.5)}`);
  const writers = await batchedVersusNaive(d, db, ratio.results.slice(0, opts.naive), ratio.results.slice(opts.naive));
  const writerRatio = writers.naiveSeconds / writers.batchedSeconds;
  say(`\n[2] batched writer vs naive one-MERGE-per-row writer, ${opts.naive} documents`);
  say(`    batched ${(opts.naive / writers.batchedSeconds).toFixed(1)} docs/s, naive ${(opts.naive / writers.naiveSeconds).toFixed(1)} docs/s (${writers.transactions} row transactions)`);
  say(`    ratio ${writerRatio.toFixed(1)}x (target >= 10x) ${verdict(writerRatio >= 10)}`);
  const e2e = await ingestInChild(d, db, uri, main5k.dir);
  const docsPerSecond = e2e.processed / e2e.seconds;
  say(`\n[3] end-to-end ingest of ${e2e.processed} documents (read, decode, clean, extract in ${opts.workers} workers, write)`);
  say(`    ${e2e.seconds.toFixed(1)} s, ${docsPerSecond.toFixed(1)} docs/s (target >= 100) ${verdict(docsPerSecond >= 100)}, ${(e2e.statements / e2e.seconds).toFixed(0)} statements/s, ${e2e.rejected} rejected`);
  say(`    of which ${e2e.writeSeconds.toFixed(1)} s writing, ${e2e.waitSeconds.toFixed(1)} s waiting for extraction`);
  say(`    peak RSS ${(e2e.maxRssKb / 1024).toFixed(0)} MiB (target < 1536 MiB) ${verdict(e2e.maxRssKb / 1024 < 1536)}`);
  Object.assign(figures, { extraction: { ...ratio, results: undefined, ratio: extractionRatio }, writers: { ...writers, ratio: writerRatio }, endToEnd: e2e });
  if (!opts.skipMemory) {
    const small = await ingestInChild(d, db, uri, corpus(opts.small).dir);
    const large = await ingestInChild(d, db, uri, corpus(opts.large).dir);
    const growth = large.maxRssKb / small.maxRssKb - 1;
    say(`\n[4] memory in corpus size: peak RSS ${(small.maxRssKb / 1024).toFixed(0)} MiB for ${small.processed} docs, ${(large.maxRssKb / 1024).toFixed(0)} MiB for ${large.processed} docs`);
    say(`    growth ${(growth * 100).toFixed(1)}% (target within 10%) ${verdict(Math.abs(growth) <= 0.1)}; ${(large.processed / large.seconds).toFixed(1)} docs/s on the large run`);
    Object.assign(figures, { memory: { small, large, growth } });
  }
}

await main();
