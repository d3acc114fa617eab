// Helpers of the ingest integration tests: run the built CLI as a child process (asynchronously, so
// that an HTTP server in the test process can answer it), and read graph totals to compare runs.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { type Db, readQuery, writeTransaction } from '../../src/graph/driver.js';
import { testServerEnv } from './helpers.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const inputFixtures = join(root, 'test', 'fixtures', 'inputs');

export interface CliRun {
  status: number | null;
  /** The signal that ended the process, when one did (status is then null). */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `diplograph ARGS` against the test Neo4j; `onStdout` sees output as it arrives. */
export function startCli(args: string[], options: { cwd?: string; onStdout?: (text: string, child: ChildProcess) => void; stdin?: string } = {}) {
  const child = spawn(process.execPath, [join(root, 'bin', 'diplograph.js'), ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, ...testServerEnv() },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
    options.onStdout?.(text, child);
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  child.stdin.end(options.stdin ?? '');
  const done = new Promise<CliRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<CliRun> {
  return startCli(args, options).done;
}

/** A fresh folder holding copies of the named input fixtures. */
export function folderWith(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-ingest-'));
  for (const file of files) cpSync(join(inputFixtures, file), join(dir, file.replace(/^bad\//, '')));
  return dir;
}

/** Node counts by label and relationship counts by type: equal totals mean the same graph shape. */
export async function graphTotals(db: Db): Promise<Record<string, number>> {
  const labels = await readQuery<{ label: string; count: number }>(
    db,
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
  );
  const types = await readQuery<{ type: string; count: number }>(
    db,
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
  );
  return Object.fromEntries([...labels.map((r) => [`:${r.label}`, Number(r.count)]), ...types.map((r) => [`-${r.type}`, Number(r.count)])]);
}

/** The lines of the per-input log that start with `word` ("rejected", "ingested"...). */
export function linesStarting(stdout: string, word: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith(`${word} `));
}

