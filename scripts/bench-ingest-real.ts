// Section [5] of `npm run bench:ingest`: the built CLI on a folder of real pages (by default
// ../shared/corpus/docs), each measurement a `node bin/diplograph.js ...` process of its own, timed from
// its start to its exit (wall) and by its own summary line (the ingest loop: from the first input read
// to the last written, worker start and dictionary load included; node start, imports, Neo4j connect
// and the schema check excluded). In this order, in one run: the first ingest the server sees (into an
// empty graph; a cold JVM when the server has just started) and two warm-up ingests;
//   dry run on an empty graph (every page extracted, nothing written) and `extract` of the same pages
//   in one process, three of each in turn (their medians compared); fresh ingest into the empty graph; three
//   re-runs that find every page unchanged (their median);
//   changed copies of every page (a line added, other paths) into the warm graph; then STEADY_INGESTS more
//   fresh ingests, the median of the last ones reported as a long-running server's.
// The copies live in a temporary folder outside the project and are removed at the end.
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RealRun {
  /** From process start to exit. */
  wallSeconds: number;
  /** The summary's own figure (the ingest loop); null for `extract`. */
  loopSeconds: number | null;
  counts: string;
}

export interface RealFigures {
  corpus: string;
  pages: number;
  loadBefore: number[];
  loadAfter: number[];
  /** Fresh graph, the first real-page ingest the server sees (just started with --real-only: a cold JVM). */
  firstIngest: RealRun;
  dryRun: RealRun;
  extract: RealRun;
  /** Fresh graph, after WARM_UP_INGESTS more ingests of the same pages. */
  fresh: RealRun;
  /** Fresh graph on a server that has run many ingests: the median of the last STEADY_MEDIAN_OF of them. */
  steady: RealRun;
  /** Wall seconds of every fresh-graph ingest of the run, in order: how the server warms up. */
  curve: number[];
  unchanged: RealRun;
  changedCopies: RealRun;
  /** Targets missed. */
  missed: string[];
}

interface RealOptions {
  root: string;
  corpus: string;
  uri: string;
  workers: number;
  /** Empties the database between runs. */
  clear: () => Promise<void>;
  say: (line: string) => void;
}

function pagesOf(dir: string): string[] {
  return readdirSync(dir).map((name) => join(dir, name)).filter((path) => statSync(path).isFile()).sort();
}

function runCli(root: string, uri: string, args: string[]): RealRun {
  const started = performance.now();
  const output = execFileSync(process.execPath, [join(root, 'bin', 'diplograph.js'), ...args], {
    encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NEO4J_URI: uri }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const loop = /(\d+) inputs in ([\d.]+) s/.exec(output);
  const counts = /(?:would be )?ingested \d+, unchanged \d+, replaced \d+, duplicate \d+, rejected \d+/.exec(output)?.[0] ?? '';
  return { wallSeconds, loopSeconds: loop ? Number(loop[2]) : null, counts };
}

/** Ingests of the corpus after the first, before the measured ones. */
const WARM_UP_INGESTS = 2;
/**
 * Fresh ingests run after the others, into an emptied graph each, as a server in use for a while: its
 * JVM keeps compiling the write path over several ingests (2026-12-07: the same 238 pages took 5.7 s as
 * the server's fourth ingest and 2.5–3.1 s after a dozen), so one figure after two warm-ups is not what a
 * long-running server does. The median of the last STEADY_MEDIAN_OF is reported beside it.
 */
const STEADY_INGESTS = 8;
const STEADY_MEDIAN_OF = 3;
/** Dry runs and extracts, taken in turn, whose medians are compared. */
const PAIRED_RUNS = 3;

/** The run of median wall time. */
function median(runs: RealRun[]): RealRun {
  return [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds)[Math.floor(runs.length / 2)]!;
}

const rate = (pages: number, seconds: number | null) => (seconds ? (pages / seconds).toFixed(1) : '-');

export async function benchRealPages(options: RealOptions): Promise<RealFigures> {
  const { root, corpus, uri, workers, clear, say } = options;
  const pages = pagesOf(corpus);
  const ingest = (dir: string, ...flags: string[]) => runCli(root, uri, ['ingest', '--progress', 'none', '--workers', String(workers), ...flags, dir]);
  const loadBefore = loadavg();
  // The first ingest a server sees is measured apart: a JVM that has just started runs it several times
  // slower (2026-12-07: 21-36 s against 4-7 s for the same pages later; compiling the write queries
  // beforehand with EXPLAIN or empty runs did not shorten it: it is the JVM warming up, not planning).
  // Then two more warm-up ingests, as a server that has been used for a while; each into an empty graph.
  await clear();
  const firstIngest = ingest(corpus);
  const curve = [firstIngest.wallSeconds];
  for (let i = 0; i < WARM_UP_INGESTS; i++) {
    await clear();
    curve.push(ingest(corpus).wallSeconds);
  }
  await clear();
  // The dry run and extract alone are compared as the medians of three runs each, taken in turn: right after the
  // warm-up ingests the JVM still compiles in the background, and a single pair moved by ±0.5 s between runs.
  const dryRuns: RealRun[] = [];
  const extracts: RealRun[] = [];
  for (let i = 0; i < PAIRED_RUNS; i++) {
    dryRuns.push(ingest(corpus, '--dry-run'));
    extracts.push(runCli(root, uri, ['extract', ...pages]));
  }
  const dryRun = median(dryRuns);
  const extract = median(extracts);
  const fresh = ingest(corpus);
  curve.push(fresh.wallSeconds);
  // Three re-runs that find every page unchanged (each changes nothing), their median measured: half a second
  // of wall time moves by a tenth between runs.
  const unchangedRuns = Array.from({ length: PAIRED_RUNS }, () => ingest(corpus));
  const unchanged = median(unchangedRuns);
  const copies = mkdtempSync(join(tmpdir(), 'diplograph-bench-copies-'));
  let changedCopies: RealRun;
  try {
    for (const page of pages) {
      const copy = join(copies, page.slice(corpus.length + 1).replaceAll('/', '_'));
      copyFileSync(page, copy);
      appendFileSync(copy, '\n（以上）\n');
    }
    changedCopies = ingest(copies);
  } finally {
    rmSync(copies, { recursive: true, force: true });
  }
  const steadyRuns: RealRun[] = [];
  for (let i = 0; i < STEADY_INGESTS; i++) {
    await clear();
    steadyRuns.push(ingest(corpus));
    curve.push(steadyRuns[steadyRuns.length - 1]!.wallSeconds);
  }
  const steadyTail = steadyRuns.slice(-STEADY_MEDIAN_OF);
  const steady = median(steadyTail);
  const loadAfter = loadavg();
  const n = pages.length;
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  say(`\n[5] real pages: ${n} files of ${corpus}, built CLI, ${workers} workers, one process per measurement`);
  say(`    load average before ${load(loadBefore)}, after ${load(loadAfter)} (1, 5, 15 min; 2 cores shared)`);
  say('    wall = process start to exit; loop = the summary\'s figure (first read to last write, worker start and');
  say('    dictionary included; node start, imports, Neo4j connect and schema check not)');
  const line = (what: string, run: RealRun, extra = '') =>
    say(`    ${what.padEnd(26)} wall ${run.wallSeconds.toFixed(2)} s (${rate(n, run.wallSeconds)} pages/s)` +
      `${run.loopSeconds === null ? '' : `, loop ${run.loopSeconds.toFixed(2)} s (${rate(n, run.loopSeconds)} pages/s)`}${extra}`);
  const missed: string[] = [];
  const verdict = (ok: boolean, what = 'real pages') => {
    if (!ok) missed.push(what);
    return ok ? 'PASS' : 'FAIL';
  };
  const target = (run: RealRun, perSecond: number) =>
    ` — target >= ${perSecond} pages/s: loop ${verdict(n / (run.loopSeconds ?? Infinity) >= perSecond, `real loop ${perSecond}/s`)}, wall ${verdict(n / run.wallSeconds >= perSecond, `real wall ${perSecond}/s`)}`;
  const all = (runs: RealRun[]) => ` (median of ${runs.map((r) => r.wallSeconds.toFixed(2)).join(', ')} s)`;
  line('first ingest of the server', firstIngest);
  line('fresh graph', fresh, target(fresh, 100));
  line('fresh, long-running server', steady, target(steady, 100) + all(steadyTail));
  say(`    fresh-graph ingests in the order the server ran them (wall s): ${curve.map((x) => x.toFixed(2)).join(', ')}`);
  line('unchanged re-run', unchanged, target(unchanged, 500) + all(unchangedRuns));
  line('changed copies, warm graph', changedCopies);
  line('dry run, empty graph', dryRun, all(dryRuns));
  line('extract, one process', extract, all(extracts));
  const ratio = dryRun.wallSeconds / extract.wallSeconds;
  say(`    dry run / extract (wall) ${ratio.toFixed(2)}x (target <= 1.5x) ${verdict(ratio <= 1.5, 'real dry run / extract')}`);
  say(`    outcomes: fresh ${fresh.counts}; re-run ${unchanged.counts}; copies ${changedCopies.counts}`);
  return { corpus, pages: n, loadBefore, loadAfter, firstIngest, dryRun, extract, fresh, steady, curve, unchanged, changedCopies, missed };
}
