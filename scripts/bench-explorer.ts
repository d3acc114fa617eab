// `npm run bench:explorer`: the explorer page in headless chromium (the system's, as in the tests) on a
// network of more than 500 people (scripts/explorer-network-corpus.ts, written by the real writer),
// served by `diplograph serve` as a user runs it. Prints, against the budgets of issue 12:
//   first render: navigation start → first frame of the network (page, overview, network query, graph),
//     cold (the API computes the network) and warm (the API's network cache answers);
//   expand: click on "Expand"/"More" → the next frame with the new neighbours (API request included);
//   bundle: gzip -9 size of explorer.js + explorer.css + index.html.
//   node bench-out/build/scripts/bench-explorer.js [--count 1500] [--runs 5] [--fresh]
// The embedded Neo4j keeps its data in bench-out/explorer-neo4j, so later runs skip the ingest.
/// <reference lib="dom" />
// (the DOM types are for the functions this script runs inside the page)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type Dist, clearDatabase, connectTo, loadDist, packageRoot } from './bench-dist.js';
import { startServe } from './bench-api-server.js';
import { explorerNetworkCorpus } from './explorer-network-corpus.js';

const argv = process.argv.slice(2);
const num = (name: string, fallback: number) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : fallback);
const opts = { count: num('count', 1500), runs: num('runs', 5), fresh: argv.includes('--fresh') };
const root = packageRoot();
const out = join(root, 'bench-out');
const say = (line: string) => process.stdout.write(`${line}\n`);
const BUDGET = { firstRenderMs: 1000, expandMs: 200, bundleGzipBytes: 150 * 1024 };

/** The benchmark's own graph (explorer-network-corpus.ts), written by the real writer unless already there. */
async function ensureGraph(d: Dist, db: Awaited<ReturnType<typeof connectTo>>): Promise<number> {
  const count = async () =>
    (await d.driver.readQuery<{ n: number }>(db, "MATCH (d:Document {extractorVersion: 'bench-explorer-1'}) RETURN count(d) AS n"))[0]?.n ?? 0;
  if ((await count()) >= opts.count) return count();
  await clearDatabase(d, db);
  say(`writing ${opts.count} one-meeting documents between 532 officials…`);
  await d.writer.writeDocuments(db, explorerNetworkCorpus(opts.count));
  return count();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Timings {
  networkFetchMs: number | null;
  networkRenderMs: number | null;
  networkRenderAt: number | null;
  networkNodes: number | null;
}

async function firstRender(browser: Browser, origin: string): Promise<Timings> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => (window as any).diplographExplorer?.timings?.networkRenderAt !== null, null, { timeout: 60_000 });
    return (await page.evaluate(() => ({ ...(window as any).diplographExplorer.timings }))) as Timings;
  } finally {
    await page.close();
  }
}

/** Clicks a control and resolves with the ms until the next frame after the node count changed. */
function timedClick(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (target) =>
      new Promise<number>((resolve, reject) => {
        const status = document.querySelector<HTMLElement>('#graph-status')!;
        const before = status.dataset.nodes;
        const started = performance.now();
        const timer = setTimeout(() => reject(new Error(`${target}: the graph did not grow in 30 s`)), 30_000);
        new MutationObserver((_records, observer) => {
          if (status.dataset.nodes === before) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
        }).observe(status, { attributes: true });
        document.querySelector<HTMLButtonElement>(target)!.click();
      }),
    selector,
  );
}

/** Expand 日本 (a supernode), then "More" until runs clicks are measured or all neighbours are shown. */
async function expandTimes(browser: Browser, origin: string): Promise<Array<{ total: number; api: number }>> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(`${origin}/?view=explore&node=JPN`);
    await page.waitForSelector('#panel-content[data-node="JPN"] #expand', { timeout: 60_000 });
    const apiMs = () => page.evaluate(() => (window as any).diplographExplorer.timings.lastExpandApiMs as number);
    const times = [{ total: await timedClick(page, '#expand'), api: await apiMs() }];
    while (times.length < opts.runs) {
      const more = await page.waitForSelector('#more', { timeout: 10_000 }).catch(() => null);
      if (!more) break;
      times.push({ total: await timedClick(page, '#more'), api: await apiMs() });
    }
    return times;
  } finally {
    await page.close();
  }
}

function bundleBytes(): { raw: number; gzip: number } {
  const files = ['explorer.js', 'explorer.css', 'index.html'].map((name) => readFileSync(join(root, 'dist', 'explorer', name)));
  return { raw: files.reduce((sum, file) => sum + file.length, 0), gzip: files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0) };
}

async function main(): Promise<void> {
  const d = await loadDist();
  const home = join(out, 'explorer-neo4j');
  if (opts.fresh) rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const neo4j = await d.embedded.startEmbedded({ home, boltPort: await d.embedded.findFreePort(), heap: '1g', pageCache: '512m', onProgress: say });
  const db = await connectTo(d, neo4j.uri);
  let browser: Browser | null = null;
  try {
    await d.schema.applySchema(db);
    const documents = await ensureGraph(d, db);
    const serve = await startServe(root, neo4j.uri, {});
    try {
      const origin = new URL(serve.url).origin;
      browser = await chromium.launch({ executablePath: process.env.DIPLOGRAPH_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
      const cold = await firstRender(browser, origin);
      const warm: Timings[] = [];
      for (let run = 0; run < opts.runs; run++) warm.push(await firstRender(browser, origin));
      const expands = await expandTimes(browser, origin);
      const bundle = bundleBytes();
      const figures = {
        documents,
        networkNodes: cold.networkNodes,
        firstRenderColdMs: cold.networkRenderAt,
        firstRenderWarmMs: median(warm.map((t) => t.networkRenderAt!)),
        networkQueryToFrameWarmMs: median(warm.map((t) => t.networkRenderMs!)),
        networkQueryWarmMs: median(warm.map((t) => t.networkFetchMs!)),
        expandMedianMs: median(expands.map((e) => e.total)),
        expandMaxMs: Math.max(...expands.map((e) => e.total)),
        expandApiMedianMs: median(expands.map((e) => e.api)),
        expands: expands.length,
        bundleBytes: bundle.raw,
        bundleGzipBytes: bundle.gzip,
        chromium: browser.version(),
        node: process.version,
      };
      const ms = (value: number | null) => (value === null ? '-' : `${value.toFixed(0)} ms`);
      say(`\nexplorer on ${documents} documents, a network of ${figures.networkNodes} people, headless chromium ${figures.chromium}, ${opts.runs} runs, load average ${loadavg()[0]!.toFixed(1)}\n`);
      say(`first render, cold API      ${ms(figures.firstRenderColdMs)}  (budget < ${BUDGET.firstRenderMs} ms) ${figures.firstRenderColdMs! < BUDGET.firstRenderMs ? 'PASS' : 'OVER'}`);
      say(`first render, warm API      ${ms(figures.firstRenderWarmMs)}  median (network query sent → frame ${ms(figures.networkQueryToFrameWarmMs)}, of which the query ${ms(figures.networkQueryWarmMs)})`);
      say(`expand / more (日本)         ${ms(figures.expandMedianMs)} median, ${ms(figures.expandMaxMs)} max of ${figures.expands}, of which the API ${ms(figures.expandApiMedianMs)} median  (budget < ${BUDGET.expandMs} ms) ${figures.expandMedianMs < BUDGET.expandMs ? 'PASS' : 'OVER'}`);
      say(`bundle                      ${(figures.bundleGzipBytes / 1024).toFixed(1)} KB gzip (${(figures.bundleBytes / 1024).toFixed(0)} KB raw)  (budget < 150 KB) ${figures.bundleGzipBytes < BUDGET.bundleGzipBytes ? 'PASS' : 'OVER'}`);
      writeFileSync(join(out, 'bench-explorer.json'), `${JSON.stringify({ options: opts, figures }, null, 2)}\n`);
    } finally {
      await browser?.close();
      await serve.stop();
    }
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

await main();
