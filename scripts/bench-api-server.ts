// The API under test runs as a user runs it: `diplograph serve` in a process of its own, so that the
// load generator does not share its event loop. CPU time per process comes from /proc (Linux).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServeProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `diplograph serve` on a free port against `neo4jUri` with extra environment; resolves on its URL. */
export async function startServe(root: string, neo4jUri: string, env: Record<string, string>, timeoutMs = 180_000): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin', 'diplograph.js'), 'serve', '--port', '0'], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: neo4jUri, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`diplograph serve printed no URL in ${timeoutMs} ms:\n${log}`)), timeoutMs);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      const match = /GraphQL API on (\S+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`diplograph serve exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** CPU seconds (user + system) a process has used so far, or null where /proc is not available. */
export function cpuSeconds(pid: number | null): number | null {
  const file = `/proc/${pid}/stat`;
  if (pid === null || !existsSync(file)) return null;
  const stat = readFileSync(file, 'utf8');
  // Fields after the command name (which may hold spaces, hence the last ')'): utime is the 12th,
  // stime the 13th, in clock ticks (USER_HZ, 100 per second on Linux).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
