// Every command's lifecycle as a supervisor sees it, with real child processes and a real embedded
// Neo4j: SIGTERM/SIGHUP stop the JVM the command started and remove its pid file; a Neo4j orphaned by
// `kill -9` is found, adopted and stopped by the next command; a bad variable is one line, no stack.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedStatus, findFreePort, stopEmbedded } from '../../src/graph/embedded.js';
import { isServerProcess, pidFilePath, portAnswers, readPidFile } from '../../src/graph/embedded-process.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'diplograph-lifecycle-'));
const children: ChildProcess[] = [];

interface Run {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  exited: Promise<[number | null, NodeJS.Signals | null]>;
}

/** `diplograph ARGS` with the embedded Neo4j of `home` (NEO4J_URI removed), small memory. */
function cli(args: string[], env: Record<string, string> = {}): Run {
  const { NEO4J_URI: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [join(root, 'bin', 'diplograph.js'), ...args], {
    cwd: root,
    env: { ...inherited, DIPLOGRAPH_HOME: home, DIPLOGRAPH_NEO4J_HEAP: '512m', DIPLOGRAPH_NEO4J_PAGECACHE: '64m', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  return { child, output: () => ({ stdout, stderr }), exited: once(child, 'exit') as Run['exited'] };
}

async function waitFor(what: string, run: Run, ready: () => boolean | Promise<boolean>, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ready()) return;
    if (run.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { stdout, stderr } = run.output();
  throw new Error(`${what}: not reached\nstdout:\n${stdout}\nstderr:\n${stderr}`);
}

/** The JVM of the pid file, once it answers on its port. */
async function jvmOf(run: Run): Promise<number> {
  let pid = 0;
  await waitFor('the embedded Neo4j answers', run, async () => {
    const recorded = readPidFile(home);
    if (!recorded || !(await portAnswers(recorded.port))) return false;
    pid = recorded.pid;
    return true;
  });
  return pid;
}

async function expectGone(jvm: number): Promise<void> {
  expect(isServerProcess(jvm)).toBe(false);
  expect(existsSync(pidFilePath(home))).toBe(false);
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await stopEmbedded(home);
  rmSync(home, { recursive: true, force: true });
});

describe('signals', () => {
  it('SIGTERM of an ingest that started its own Neo4j stops that JVM and exits 143', async () => {
    const env = { DIPLOGRAPH_NEO4J_PORT: String(await findFreePort()) };
    // `ingest -` waits on stdin, which stays open: the command is mid-run when the signal comes.
    const ingest = cli(['ingest', '-'], env);
    const jvm = await jvmOf(ingest);
    ingest.child.kill('SIGTERM');
    const [code] = await ingest.exited;
    expect(code).toBe(143);
    expect(ingest.output().stderr).toContain('stopped by SIGTERM');
    await expectGone(jvm);
  }, 240_000);

  it('after kill -9 of an ingest, serve adopts the orphaned Neo4j, says so, and stops it on SIGTERM', async () => {
    const env = { DIPLOGRAPH_NEO4J_PORT: String(await findFreePort()) };
    const ingest = cli(['ingest', '-'], env);
    const jvm = await jvmOf(ingest);
    ingest.child.kill('SIGKILL');
    await ingest.exited;
    expect(isServerProcess(jvm)).toBe(true);
    expect(await embeddedStatus(home)).toMatchObject({ running: true, orphaned: true });

    const serve = cli(['serve', '--port', '0'], env);
    await waitFor('serve listens', serve, () => /GraphQL API on/.test(serve.output().stderr));
    expect(serve.output().stderr).toContain(`found the embedded Neo4j (pid ${jvm}) left running by a command that was killed`);
    const url = /GraphQL API on (\S+)/.exec(serve.output().stderr)![1]!;
    expect((await fetch(url.replace(/\/graphql$/, '/readiness'))).status).toBe(200);
    serve.child.kill('SIGTERM');
    const [code] = await serve.exited;
    expect(code).toBe(0);
    await expectGone(jvm);
  }, 300_000);

  it('SIGHUP of start stops the API, the driver and its Neo4j', async () => {
    const start = cli(['start', '--port', '0'], { DIPLOGRAPH_NEO4J_PORT: String(await findFreePort()) });
    await waitFor('start prints its banner', start, () => /GraphQL API ready at/.test(start.output().stdout), 240_000);
    const jvm = readPidFile(home)!.pid;
    start.child.kill('SIGHUP');
    const [code] = await start.exited;
    expect(code).toBe(0);
    expect(start.output().stdout).toMatch(/SIGHUP: stopping[\s\S]*Stopped\.\n$/);
    await expectGone(jvm);
  }, 300_000);
});

describe('configuration errors', () => {
  it('prints one line naming the variable, no stack trace, exit 1', async () => {
    const serve = cli(['serve'], { DIPLOGRAPH_PORT: 'eighty' });
    const [code] = await serve.exited;
    expect(code).toBe(1);
    expect(serve.output().stderr.trim().split('\n')).toEqual(['diplograph: DIPLOGRAPH_PORT must be a port 1-65535, got "eighty"']);
    const token = cli(['serve'], { DIPLOGRAPH_API_TOKEN: 'short' });
    expect((await token.exited)[0]).toBe(1);
    expect(token.output().stderr).toMatch(/^diplograph: DIPLOGRAPH_API_TOKEN must be at least 16 characters[^\n]*\n$/);
  });

  it('never prints the password written into NEO4J_URI', async () => {
    const port = await findFreePort();
    const ingest = cli(['ingest', 'samples'], { NEO4J_URI: `bolt://neo4j:hunter2-secret@127.0.0.1:${port}` });
    const [code] = await ingest.exited;
    expect(code).toBe(1);
    const { stdout, stderr } = ingest.output();
    expect(stderr).toContain(`bolt://neo4j:***@127.0.0.1:${port}`);
    expect(stdout + stderr).not.toContain('hunter2');
  });
});
