// Process and port plumbing for the embedded Neo4j: the pid file, "is it alive", "does the port answer".
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const LOOPBACK = '127.0.0.1';
/** Marks our launcher in /proc/<pid>/cmdline, so a recycled pid is never mistaken for the server. */
const LAUNCHER_CLASS = 'diplograph.neo4j.Launcher';

export interface PidFileContent {
  pid: number;
  port: number;
  /**
   * The Node process that started the server attached and must stop it, or 0 for a detached server
   * (`diplograph db start`). An owner that is gone (kill -9) left an orphan, which the next command adopts.
   */
  owner?: number;
}

export function pidFilePath(home: string): string {
  return join(home, 'neo4j.pid');
}

/** The launcher's stdout and stderr (Neo4j's own logs are in home/logs/). */
export function consoleLogPath(home: string): string {
  return join(home, 'neo4j-console.log');
}

/** The pid file holds the pid on line 1 (as usual), the Bolt port on line 2, the owner on line 3. */
export function writePidFile(home: string, content: PidFileContent): void {
  writeFileSync(pidFilePath(home), `${content.pid}\n${content.port}\n${content.owner ?? 0}\n`);
}

export function readPidFile(home: string): PidFileContent | null {
  const path = pidFilePath(home);
  if (!existsSync(path)) return null;
  const [pid, port, owner] = readFileSync(path, 'utf8').split('\n').map((line) => Number(line.trim()));
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid! <= 0) return null;
  return { pid: pid!, port: port!, owner: Number.isInteger(owner) ? owner! : 0 };
}

export function removePidFile(home: string): void {
  rmSync(pidFilePath(home), { force: true });
}

/** Alive and not a zombie; on Linux also checks that the pid still runs our launcher. */
export function isServerProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const proc = `/proc/${pid}`;
  if (!existsSync(proc)) return true;
  try {
    const state = readFileSync(`${proc}/stat`, 'utf8').replace(/^.*\)\s*/, '').charAt(0);
    if (state === 'Z' || state === 'X') return false;
    return readFileSync(`${proc}/cmdline`, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    return false; // exited between the checks
  }
}

/** Is some process with this pid alive (any program)? */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Resolves true once `pid` is gone, false on timeout. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isServerProcess(pid)) return true;
    await sleep(100);
  }
  return !isServerProcess(pid);
}

/** Does something accept TCP connections on 127.0.0.1:port? */
export function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host: LOOPBACK, port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolvePromise(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Can we bind 127.0.0.1:port right now? */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen({ host: LOOPBACK, port, exclusive: true }, () => server.close(() => resolvePromise(true)));
  });
}

/** A port the OS considers free on 127.0.0.1 (for tests and throw-away servers). */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port: 0, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}
