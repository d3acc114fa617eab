// `npm run bench:api`: load test of the GraphQL API on a graph of at least 5,000 documents (the ingest
// benchmark's synthetic corpus, ingested by the built `ingest`), with autocannon, 10 connections:
// meeting by id, person with counterparts, search, issue timeline, network for one year. The API runs
// as `diplograph serve` in processes of their own, twice: as configured by default (response and
// network caches on, keyed by graph version) and with both caches off, where every request reaches
// Neo4j. Each scenario is warmed up on the uncached server (Neo4j plans, page cache, JIT); the cached
// server starts each scenario cold, so its figures include the first answer to every request.
// Prints requests/s, p50/p99 latency, errors, CPU milliseconds per request of the API process and of
// Neo4j and the machine's load average (the machine is shared: latency under load is not the API's
// alone), compares with the targets of issue 5 and writes bench-out/bench-api.json.
//   node bench-out/build/scripts/bench-api.js [--count 5000] [--duration 10] [--connections 10] [--only network] [--fresh] [--strict]
// --only runs the scenarios whose name contains the word (e.g. while working on one of them).
// The embedded Neo4j keeps its data in bench-out/api-neo4j, so later runs skip the ingest. With
// NEO4J_URI set that server is used as it is when it holds enough documents; ingesting into it (when
// it does not) needs --allow-write.
import autocannon from 'autocannon';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { type Dist, clearDatabase, connectTo, loadDist, packageRoot } from './bench-dist.js';
import { type Scenario, findScenarios } from './bench-api-scenarios.js';
import { type ServeProcess, cpuSeconds, startServe } from './bench-api-server.js';
import { generateCorpus } from './generate-corpus.js';

const argv = process.argv.slice(2);
const num = (name: string, fallback: number) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : fallback);
const opts = {
  count: num('count', 5000),
  duration: num('duration', 10),
  connections: num('connections', 10),
  fresh: argv.includes('--fresh'),
  strict: argv.includes('--strict'),
  allowWrite: argv.includes('--allow-write'),
  only: argv.includes('--only') ? String(argv[argv.indexOf('--only') + 1]) : null,
};
const root = packageRoot();
const out = join(root, 'bench-out');
const say = (line: string) => process.stdout.write(`${line}\n`);

async function startNeo4j(d: Dist): Promise<{ uri: string; external: boolean; pid: number | null; stop: () => Promise<void> }> {
  const external = process.env.NEO4J_URI?.trim();
  if (external) return { uri: external, external: true, pid: null, stop: async () => {} };
  const home = join(out, 'api-neo4j');
  if (opts.fresh) rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const server = await d.embedded.startEmbedded({ home, boltPort: await d.embedded.findFreePort(), heap: '1g', pageCache: '512m', onProgress: say });
  // Its generated password, for this process's driver and the child processes it starts.
  process.env.NEO4J_PASSWORD = server.credentials.password;
  return { uri: server.uri, external: false, pid: server.pid, stop: () => server.stop() };
}

/** Makes sure the graph holds at least opts.count documents, ingesting the generated corpus if not. */
async function ensureGraph(d: Dist, db: Awaited<ReturnType<typeof connectTo>>, external: boolean): Promise<number> {
  const count = async () => (await d.driver.readQuery<{ n: number }>(db, 'MATCH (d:Document) RETURN count(d) AS n'))[0]?.n ?? 0;
  const present = await count();
  if (present >= opts.count) {
    say(`graph: ${present} documents already there, no ingest`);
    return present;
  }
  if (external && !opts.allowWrite) throw new Error(`NEO4J_URI holds ${present} documents (< ${opts.count}); pass --allow-write to ingest into it`);
  if (!external) await clearDatabase(d, db);
  const dir = join(out, `api-corpus-${opts.count}`);
  if (!existsSync(dir)) {
    say(`generating ${opts.count} documents in ${dir}`);
    generateCorpus({ outDir: dir, count: opts.count, seed: 42 });
  }
  say(`ingesting ${dir} (2 workers); this takes a few minutes the first time`);
  const started = performance.now();
  const summary = await d.ingestPaths.ingestPaths(db, [dir], { workers: 2, progress: 'plain' });
  say(`ingested ${summary.processed} inputs in ${((performance.now() - started) / 1000).toFixed(0)} s (${summary.rejected.length} rejected)`);
  return count();
}

interface Figures {
  name: string;
  server: 'cached' | 'uncached';
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  requests: number;
  targetP99: number;
  met: boolean;
  /** CPU milliseconds per request, of the API process and of Neo4j (null where unknown). */
  apiCpuMs: number | null;
  neo4jCpuMs: number | null;
  /** The machine's 1-minute load average at the end of the run (others' work shows here). */
  load: number;
}

async function run(url: string, scenario: Scenario, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: opts.connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: scenario.bodies.map((body) => ({ method: 'POST', body })),
    // A 200 carrying GraphQL errors is an error too.
    verifyBody: (body) => !String(body ?? '').includes('"errors"'),
  });
}

/** Each distinct request once, one at a time: Neo4j plans each statement once, not ten times at once. */
async function warmSequentially(url: string, scenario: Scenario): Promise<void> {
  for (const body of scenario.bodies) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) throw new Error(`${scenario.name}: ${response.status} ${text.slice(0, 300)}`);
  }
}

interface Processes {
  api: number;
  neo4j: number | null;
}

async function measure(url: string, scenario: Scenario, server: Figures['server'], pids: Processes): Promise<Figures> {
  const before = { api: cpuSeconds(pids.api), neo4j: cpuSeconds(pids.neo4j) };
  const result = await run(url, scenario, opts.duration);
  const perRequest = (start: number | null, pid: number | null) => {
    const end = cpuSeconds(pid);
    return start === null || end === null || result.requests.total === 0 ? null : ((end - start) * 1000) / result.requests.total;
  };
  const errors = result.errors + result.timeouts + result.non2xx + result.mismatches;
  return {
    name: scenario.name,
    server,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors,
    requests: result.requests.total,
    targetP99: scenario.targetP99,
    met: result.latency.p99 < scenario.targetP99 && errors === 0,
    apiCpuMs: perRequest(before.api, pids.api),
    neo4jCpuMs: perRequest(before.neo4j, pids.neo4j),
    load: loadavg()[0] ?? 0,
  };
}

function table(rows: Figures[]): string {
  const header = ['scenario', 'server', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'target p99', 'met', 'API cpu ms/req', 'Neo4j cpu ms/req', 'load'];
  const ms = (value: number | null) => (value === null ? '-' : value.toFixed(2));
  const lines = rows.map((r) => [
    r.name, r.server, r.requestsPerSecond.toFixed(0), String(r.p50), String(r.p99), String(r.max), String(r.errors), `< ${r.targetP99}`, r.met ? 'yes' : 'NO', ms(r.apiCpuMs), ms(r.neo4jCpuMs), r.load.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [header, ...lines].map((l) => l.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n');
}

const jitWarmUp: Scenario = {
  name: 'JIT warm-up',
  bodies: [5, 10, 15, 20].map((first) =>
    JSON.stringify({ query: `{ meetings(first: ${first}) { totalCount edges { node { id date kind participants { person { id name } role } } } } stats { documents } }` }),
  ),
  targetP99: Infinity,
};

/** The default server (caches on) and one with every cache off. */
async function startServers(uri: string): Promise<{ cached: ServeProcess; uncached: ServeProcess }> {
  const cached = await startServe(root, uri, {});
  try {
    const uncached = await startServe(root, uri, { DIPLOGRAPH_RESPONSE_CACHE_MS: '0', DIPLOGRAPH_NETWORK_CACHE_MS: '0' });
    return { cached, uncached };
  } catch (error) {
    await cached.stop();
    throw error;
  }
}

async function main(): Promise<number> {
  const d = await loadDist();
  const neo4j = await startNeo4j(d);
  const db = await connectTo(d, neo4j.uri);
  try {
    await d.schema.applySchema(db);
    const documents = await ensureGraph(d, db, neo4j.external);
    const scenarios = (await findScenarios(d, db)).filter((s) => opts.only === null || s.name.includes(opts.only));
    say('starting `diplograph serve` twice: default caches, and every cache off');
    const { cached, uncached } = await startServers(neo4j.uri);
    try {
      // JIT of both fresh processes, on requests outside the scenarios (the cached server's cache stays
      // cold for them).
      for (const server of [uncached, cached]) await run(server.url, jitWarmUp, 3);
      const figures: Figures[] = [];
      for (const scenario of scenarios) {
        say(`running ${scenario.name} (${scenario.bodies.length} distinct requests, ${opts.connections} connections, ${opts.duration} s per server)`);
        await warmSequentially(uncached.url, scenario);
        await run(uncached.url, scenario, 2); // warm-up under load: page cache, JIT
        figures.push(await measure(uncached.url, scenario, 'uncached', { api: uncached.pid, neo4j: neo4j.pid }));
        figures.push(await measure(cached.url, scenario, 'cached', { api: cached.pid, neo4j: neo4j.pid }));
      }
      say(`\nGraphQL API on ${documents} documents, ${opts.connections} connections, ${opts.duration} s per scenario and server, node ${process.version}\n`);
      say(table(figures));
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'bench-api.json'), `${JSON.stringify({ options: opts, documents, figures }, null, 2)}\n`);
      return opts.strict && figures.some((f) => f.server === 'cached' && !f.met) ? 1 : 0;
    } finally {
      await cached.stop();
      await uncached.stop();
    }
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

process.exitCode = await main();
