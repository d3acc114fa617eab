// The embedded Neo4j 5.26 Community server (scripts/neo4j): start, stop, status, and ensureNeo4j, which
// picks an external server (NEO4J_URI) or the embedded one. Everything arrives as parameters; nothing
// here reads the environment.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config.js';
import { DiplographError } from '../errors.js';
import { type Credentials, embeddedCredentials, ensurePasswordFile } from './embedded-auth.js';
import { DEFAULT_LAUNCHER_DIR, ensureLauncherBuilt } from './embedded-launcher.js';
import {
  LOOPBACK,
  consoleLogPath,
  isServerProcess,
  processAlive,
  portAnswers,
  portIsFree,
  readPidFile,
  removePidFile,
  waitForExit,
  writePidFile,
} from './embedded-process.js';
import { spawnLauncher } from './embedded-spawn.js';

export { type Credentials, embeddedCredentials } from './embedded-auth.js';
export { ensureLauncherBuilt } from './embedded-launcher.js';
export { findFreePort } from './embedded-process.js';

export interface StartEmbeddedOptions {
  /** Folder for data (home/data), Neo4j logs (home/logs), the pid file and the launcher log. */
  home: string;
  /** @default 7687 */
  boltPort?: number;
  /** Java heap (-Xmx). @default '1g' */
  heap?: string;
  /** Neo4j page cache. @default '512m' */
  pageCache?: string;
  /** Keep running after this Node process exits (`diplograph db start`). @default false */
  detached?: boolean;
  /** How long to wait for Bolt. @default 120000 */
  readyTimeoutMs?: number;
  /** @default scripts/neo4j of this package */
  launcherDir?: string;
  /** @default 'java' */
  java?: string;
  /** Told about slow steps (the Maven build). @default no output */
  onProgress?: (message: string) => void;
  /** Aborting stops a starting server and rejects with INTERRUPTED. @default never */
  signal?: AbortSignal;
}

export interface EmbeddedServer {
  uri: string;
  port: number;
  pid: number;
  home: string;
  logFile: string;
  /** User neo4j and the password from home/neo4j-password. */
  credentials: Credentials;
  /** SIGTERM, wait for the clean shutdown, remove the pid file. */
  stop(): Promise<void>;
}

export interface EmbeddedStatus {
  home: string;
  running: boolean;
  pid: number | null;
  port: number | null;
  uri: string | null;
  /** Bolt port accepts TCP connections. */
  answering: boolean;
  /** Started attached by a command that is gone (killed with -9): nobody will stop it. */
  orphaned: boolean;
  logFile: string;
}

export interface StopResult {
  /** A server was running and is now gone. */
  stopped: boolean;
  pid: number | null;
  /** It ignored SIGTERM until the timeout and was killed (Neo4j recovers from its log on next start). */
  forced: boolean;
}

const boltUri = (port: number) => `bolt://${LOOPBACK}:${port}`;

async function waitForPort(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await portAnswers(port)) return true;
    await sleep(250);
  }
  return false;
}

export async function startEmbedded(options: StartEmbeddedOptions): Promise<EmbeddedServer> {
  const { boltPort = 7687, heap = '1g', pageCache = '512m', detached = false, readyTimeoutMs = 120_000 } = options;
  const { launcherDir = DEFAULT_LAUNCHER_DIR, java = 'java', onProgress } = options;
  const home = resolve(options.home);
  const running = await embeddedStatus(home);
  if (running.running) {
    throw new DiplographError(
      'NEO4J_START_FAILED',
      `an embedded Neo4j already runs for ${home} (pid ${running.pid}, port ${running.port}); stop it with \`diplograph db stop\``,
    );
  }
  if (!(await portIsFree(boltPort))) {
    throw new DiplographError(
      'NEO4J_START_FAILED',
      `port ${boltPort} on ${LOOPBACK} is already in use, so the embedded Neo4j cannot listen there: stop what uses it ` +
        `or choose another port (--port / DIPLOGRAPH_NEO4J_PORT), or point NEO4J_URI at a running server`,
    );
  }
  await ensureLauncherBuilt({ launcherDir, onProgress });
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const passwordFile = ensurePasswordFile(home);
  const logFile = consoleLogPath(home);
  // An attached server must not outlive us, from the moment it exists: SIGTERM lets it shut down cleanly
  // on its own. This is the last resort; commands stop it in order (src/cli/lifecycle.ts).
  let killOnExit = () => {};
  const onSpawned = (child: ChildProcess) => {
    killOnExit = () => child.kill('SIGTERM');
    if (!detached) process.once('exit', killOnExit);
  };
  const spawnOptions = { home, passwordFile, boltPort, heap, pageCache, detached, launcherDir, java, logFile, readyTimeoutMs };
  let child: ChildProcess;
  try {
    child = await spawnLauncher({ ...spawnOptions, onSpawned, ...(options.signal ? { signal: options.signal } : {}) });
  } finally {
    // A failed start has already been stopped.
    if (!detached) process.removeListener('exit', killOnExit);
  }
  const pid = child.pid!;
  writePidFile(home, { pid, port: boltPort, owner: detached ? 0 : process.pid });
  if (detached) child.unref();
  else process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    const result = await stopEmbedded(home);
    // The pid file may be gone (its folder deleted under it): the child we started is still ours to stop.
    if (!result.stopped && !detached && child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    }
  };
  return { uri: boltUri(boltPort), port: boltPort, pid, home, logFile, credentials: embeddedCredentials(home), stop };
}

/** Sends a signal; a process that has just exited on its own (Ctrl-C reaches it too) is fine. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Stops the server recorded in home's pid file; harmless when none runs. */
export async function stopEmbedded(home: string, { timeoutMs = 60_000 }: { timeoutMs?: number } = {}): Promise<StopResult> {
  const recorded = readPidFile(resolve(home));
  if (!recorded || !isServerProcess(recorded.pid)) {
    removePidFile(resolve(home));
    return { stopped: false, pid: recorded?.pid ?? null, forced: false };
  }
  signal(recorded.pid, 'SIGTERM');
  let forced = false;
  if (!(await waitForExit(recorded.pid, timeoutMs))) {
    signal(recorded.pid, 'SIGKILL');
    await waitForExit(recorded.pid, 10_000);
    forced = true;
  }
  removePidFile(resolve(home));
  return { stopped: true, pid: recorded.pid, forced };
}

export async function embeddedStatus(home: string): Promise<EmbeddedStatus> {
  const absoluteHome = resolve(home);
  const recorded = readPidFile(absoluteHome);
  const running = recorded !== null && isServerProcess(recorded.pid);
  const answering = running && (await portAnswers(recorded.port));
  return {
    home: absoluteHome,
    running,
    pid: running ? recorded.pid : null,
    port: running ? recorded.port : null,
    uri: running ? boltUri(recorded.port) : null,
    answering,
    orphaned: running && (recorded.owner ?? 0) !== 0 && !processAlive(recorded.owner!),
    logFile: consoleLogPath(absoluteHome),
  };
}

export interface Neo4jHandle {
  uri: string;
  /** The embedded server's user and password; null means config.neo4j's (an external server). */
  credentials: Credentials | null;
  /** True when this call started (or adopted) the server: then stop() stops it, otherwise it does nothing. */
  started: boolean;
  stop(): Promise<void>;
}

/**
 * The Neo4j to use: config.neo4j.uri when set (nothing is started); else the embedded server of
 * config.embedded.home if one already runs and answers (an orphan, left by a killed command, is
 * adopted: this command stops it when it ends); else a newly started one.
 */
export async function ensureNeo4j(
  config: Pick<Config, 'neo4j' | 'embedded'>,
  options: Pick<StartEmbeddedOptions, 'detached' | 'readyTimeoutMs' | 'onProgress' | 'launcherDir' | 'java' | 'signal'> = {},
): Promise<Neo4jHandle> {
  const nothing = async () => {};
  if (config.neo4j.uri) return { uri: config.neo4j.uri, credentials: null, started: false, stop: nothing };
  const status = await embeddedStatus(config.embedded.home);
  if (status.running && status.port !== null) {
    // Possibly still starting (another process launched it a moment ago): give it time, never kill it.
    if (status.answering || (await waitForPort(status.port, options.readyTimeoutMs ?? 120_000))) {
      const uri = boltUri(status.port);
      const credentials = embeddedCredentials(status.home);
      if (!status.orphaned) return { uri, credentials, started: false, stop: nothing };
      options.onProgress?.(
        `found the embedded Neo4j (pid ${status.pid}) left running by a command that was killed; ` +
          'using it, and stopping it when this command ends',
      );
      writePidFile(status.home, { pid: status.pid!, port: status.port, owner: process.pid });
      return { uri, credentials, started: true, stop: async () => void (await stopEmbedded(status.home)) };
    }
    throw new DiplographError(
      'NEO4J_START_FAILED',
      `the embedded Neo4j for ${status.home} runs (pid ${status.pid}) but port ${status.port} does not answer; ` +
        `see ${status.logFile}, or stop it with \`diplograph db stop\``,
    );
  }
  const server = await startEmbedded({ ...config.embedded, ...options });
  return { uri: server.uri, credentials: server.credentials, started: true, stop: server.stop };
}
