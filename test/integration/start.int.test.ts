// `diplograph start` as a user runs it: a child process against the test Neo4j (NEO4J_URI, so that no
// second server starts), the samples ingested, the printed query answered over HTTP, Ctrl-C a clean exit.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { findFreePort } from '../../src/graph/embedded.js';
import { clearDatabase, testDb, testServerEnv } from './helpers.js';

const bin = fileURLToPath(new URL('../../bin/diplograph.js', import.meta.url));
const EXAMPLE_QUERY = '{ meetings(first: 5) { totalCount edges { node { date participants { person { name } role } } } } }';
const children: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  exited: Promise<[number | null, NodeJS.Signals | null]>;
}

/** Runs `diplograph start ARGS` from a folder that is not the package root: samples/ must still be found. */
function startCommand(args: string[]): Started {
  const child = spawn(process.execPath, [bin, 'start', ...args], {
    cwd: tmpdir(),
    env: { ...process.env, ...testServerEnv(), DIPLOGRAPH_HOME: join(tmpdir(), 'diplograph-start-unused') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, output: () => ({ stdout, stderr }), exited };
}

/** Resolves with the API URL once printed; rejects if the command exits first. */
async function waitForUrl(started: Started, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void started.exited.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    // The banner is written line by line: read it once its last line is there, not at its first.
    const { stdout } = started.output();
    const match = /GraphQL API ready at (http:\/\/\S+)/.exec(stdout);
    if (match && stdout.includes('Press Ctrl-C to stop.')) return match[1]!;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { stdout, stderr } = started.output();
  throw new Error(`no URL printed (${exited ? 'the command exited' : 'timeout'})\nstdout:\n${stdout}\nstderr:\n${stderr}`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms))]);
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('diplograph start', () => {
  it('ingests samples/, answers the printed example query, and exits 0 on Ctrl-C', async () => {
    const db = await testDb();
    await clearDatabase(db).finally(() => db.close());
    const started = startCommand(['--port', String(await findFreePort())]);
    const url = await waitForUrl(started, 150_000);
    const { stdout } = started.output();
    expect(stdout).toContain(`Using Neo4j at ${inject('neo4jUri')} (NEO4J_URI)`);
    expect(stdout).toMatch(/^ {2}ingested samples\/mofa-2002-10-27-koizumi-kasyanov\.txt$/m);
    expect(stdout).toMatch(/ingested 1, unchanged 0, replaced 0, duplicate 0, rejected 0/);
    expect(stdout).toContain(EXAMPLE_QUERY);
    expect(stdout).toContain(`curl -s ${url} `);

    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: EXAMPLE_QUERY }) });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.meetings.totalCount).toBeGreaterThanOrEqual(1);
    const seed = body.data.meetings.edges.find((edge: any) => edge.node.date === '2002-10-27');
    expect(seed?.node.participants).toHaveLength(8);
    expect(seed.node.participants.filter((p: any) => p.role === 'PRINCIPAL')).toHaveLength(2);

    started.child.kill('SIGINT');
    const [code, signal] = await withTimeout(started.exited, 30_000, 'exit after SIGINT');
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(started.output().stdout).toMatch(/SIGINT: stopping[\s\S]*Stopped\.\n$/);
  }, 200_000);

  it('fails at once with a one-line message and exit code 1 when the API port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const started = startCommand(['--port', String(port)]);
      const [code] = await withTimeout(started.exited, 30_000, 'exit with the port taken');
      const { stdout, stderr } = started.output();
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([`diplograph: port ${port} on 127.0.0.1 is already in use; choose another with --port (or DIPLOGRAPH_PORT)`]);
      // Checked before anything slow: no Neo4j, no ingest.
      expect(stdout).not.toContain('Ingesting');
    } finally {
      blocker.close();
    }
  });
});
