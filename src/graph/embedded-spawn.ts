// Spawns the Java launcher and waits for its one stdout line, "diplograph-neo4j: bolt ready on …".
// The launcher's output goes to a log file in every mode, so a detached server needs no open pipe.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { DiplographError } from '../errors.js';
import { TOOLS_HINT, launcherClassPath } from './embedded-launcher.js';

const READY_MARK = 'diplograph-neo4j: bolt ready on';
/** The launcher's exit code for "port already in use" (scripts/neo4j Launcher.java). */
const EXIT_PORT_IN_USE = 3;

export interface SpawnOptions {
  home: string;
  /** The file with user neo4j's password (embedded-auth.ts). */
  passwordFile: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  detached: boolean;
  launcherDir: string;
  java: string;
  logFile: string;
  readyTimeoutMs: number;
  /** Told as soon as the JVM exists, before it is ready (to stop it whatever happens next). */
  onSpawned?: (child: ChildProcess) => void;
  /** Aborting stops the starting JVM and rejects with INTERRUPTED (Ctrl-C, SIGTERM during startup). */
  signal?: AbortSignal;
}

function javaArgs(options: SpawnOptions): string[] {
  return [
    // Only a ceiling: Neo4j's advice of -Xms = -Xmx (a log warning otherwise) would add ~300 MB of RSS
    // to an idle server, and a small graph never needs it.
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    // A server out of heap is better dead (and restarted) than limping with half-applied work.
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    // As Neo4j's own neo4j.conf does on Java 17: the page cache and Netty need these for direct buffers.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dlog4j2.disable.jmx=true',
    '-cp',
    launcherClassPath(options.launcherDir),
    'diplograph.neo4j.Launcher',
    '--home',
    options.home,
    '--password-file',
    options.passwordFile,
    '--port',
    String(options.boltPort),
    '--page-cache',
    options.pageCache,
  ];
}

/** Starts the JVM with its output appended to logFile; resolves once Bolt is ready, else kills it and throws. */
export async function spawnLauncher(options: SpawnOptions): Promise<ChildProcess> {
  const logOffset = existsSync(options.logFile) ? statSync(options.logFile).size : 0;
  const logFd = openSync(options.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(options.java, javaArgs(options), { detached: options.detached, stdio: ['ignore', logFd, logFd] });
  } finally {
    closeSync(logFd);
  }
  options.onSpawned?.(child);
  const spawnError = new Promise<Error>((resolvePromise) => child.once('error', resolvePromise));
  const failure = await Promise.race([waitForReadyLine(child, options, logOffset), spawnError]);
  if (failure === null) return child;
  if (failure === INTERRUPTED) {
    await stopChild(child);
    throw new DiplographError('INTERRUPTED', 'the embedded Neo4j was stopped while it started');
  }
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  throw startError(options, failure, readLogTail(options.logFile, logOffset));
}

const INTERRUPTED = 'interrupted';

/** SIGTERM (the launcher's shutdown hook closes what has started), SIGKILL if it takes too long. */
async function stopChild(child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolvePromise) => child.once('exit', resolvePromise));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** null when ready; otherwise why it is not. */
async function waitForReadyLine(child: ChildProcess, options: SpawnOptions, logOffset: number): Promise<string | null> {
  const deadline = Date.now() + options.readyTimeoutMs;
  while (Date.now() < deadline) {
    if (options.signal?.aborted) return INTERRUPTED;
    if (readLogTail(options.logFile, logOffset).includes(READY_MARK)) return null;
    if (child.exitCode === EXIT_PORT_IN_USE) return `port ${options.boltPort} on 127.0.0.1 is already in use`;
    if (child.exitCode !== null) return `the launcher exited with code ${child.exitCode}`;
    if (child.signalCode !== null) return `the launcher was killed by ${child.signalCode}`;
    await sleep(100);
  }
  return `no "bolt ready" line within ${Math.round(options.readyTimeoutMs / 1000)}s`;
}

function readLogTail(logFile: string, offset: number): string {
  if (!existsSync(logFile)) return '';
  return readFileSync(logFile).subarray(offset).toString('utf8');
}

function startError(options: SpawnOptions, failure: string | Error, log: string): DiplographError {
  const reason = failure instanceof Error ? `cannot run ${options.java}: ${failure.message}` : failure;
  const lastLines = log.trim().split('\n').slice(-15).join('\n');
  return new DiplographError(
    'NEO4J_START_FAILED',
    `the embedded Neo4j did not start on 127.0.0.1:${options.boltPort} (${reason}). ` +
      `Check: ${TOOLS_HINT}; that port ${options.boltPort} is free (or choose another with --port / DIPLOGRAPH_NEO4J_PORT); ` +
      `the launcher log ${options.logFile} and Neo4j's logs in ${options.home}/logs.` +
      (lastLines ? `\nLast lines of the log:\n${lastLines}` : ''),
    { cause: failure instanceof Error ? failure : undefined },
  );
}
