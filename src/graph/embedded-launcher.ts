// Builds the Java launcher of the embedded Neo4j (scripts/neo4j, Maven) when it is missing or stale,
// and says how to run it. Maven's first run downloads Neo4j (~120 MB) into ~/.m2; later runs take seconds.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiplographError } from '../errors.js';

/** scripts/neo4j of this package; the same from src/graph (tsx, vitest) and dist/graph (built). */
export const DEFAULT_LAUNCHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'neo4j');

export const TOOLS_HINT = 'Java 17+ and Maven are needed (check `java -version` and `mvn -version`)';

export interface LauncherBuildOptions {
  /** Folder with pom.xml and src/. @default DEFAULT_LAUNCHER_DIR */
  launcherDir?: string;
  /** Maven executable. @default 'mvn' */
  mvn?: string;
  /** Told once before a (slow) build starts; silent when nothing needs building. @default no output */
  onProgress?: (message: string) => void;
}

export interface LauncherPaths {
  jar: string;
  lib: string;
  /** Written after every successful build; Maven leaves an unchanged jar's time alone. */
  stamp: string;
}

export function launcherPaths(launcherDir: string = DEFAULT_LAUNCHER_DIR): LauncherPaths {
  const target = join(launcherDir, 'target');
  return { jar: join(target, 'diplograph-neo4j.jar'), lib: join(target, 'lib'), stamp: join(target, '.diplograph-built') };
}

/** The class path for `java -cp`: the launcher jar and every dependency jar. */
export function launcherClassPath(launcherDir: string = DEFAULT_LAUNCHER_DIR): string {
  const { jar, lib } = launcherPaths(launcherDir);
  return [jar, join(lib, '*')].join(process.platform === 'win32' ? ';' : ':');
}

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when the jar, its lib/ or the build stamp is missing or older than pom.xml or a Java source. */
export function launcherIsStale(launcherDir: string = DEFAULT_LAUNCHER_DIR): boolean {
  const { jar, lib, stamp } = launcherPaths(launcherDir);
  if (!existsSync(jar) || !existsSync(stamp) || !existsSync(lib) || readdirSync(lib).length === 0) return true;
  const sources = Math.max(statSync(join(launcherDir, 'pom.xml')).mtimeMs, newestSourceTime(join(launcherDir, 'src')));
  return statSync(stamp).mtimeMs < sources;
}

/** Runs `mvn -q -B package -DskipTests` when needed. Output is kept and shown only if the build fails. */
export async function ensureLauncherBuilt(options: LauncherBuildOptions = {}): Promise<LauncherPaths> {
  const { launcherDir = DEFAULT_LAUNCHER_DIR, mvn = 'mvn', onProgress } = options;
  const paths = launcherPaths(launcherDir);
  if (!launcherIsStale(launcherDir)) return paths;
  if (!existsSync(join(launcherDir, 'pom.xml'))) {
    throw new DiplographError('NEO4J_START_FAILED', `the Neo4j launcher project is missing: no pom.xml in ${launcherDir}`);
  }
  onProgress?.(`building the Neo4j launcher with Maven in ${launcherDir} (the first build downloads Neo4j, ~120 MB)`);
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', join(launcherDir, 'pom.xml'), 'package', '-DskipTests'];
  const { code, output, spawnError } = await run(mvn, args);
  if (spawnError) {
    throw new DiplographError('NEO4J_START_FAILED', `cannot run Maven (${spawnError.message}): ${TOOLS_HINT}`, { cause: spawnError });
  }
  if (code !== 0 || !existsSync(paths.jar)) {
    throw new DiplographError(
      'NEO4J_START_FAILED',
      `building the Neo4j launcher failed (mvn exit ${code}); ${TOOLS_HINT}, and Maven Central must be reachable ` +
        `for the first build. Maven said:\n${output.trim().split('\n').slice(-30).join('\n')}`,
    );
  }
  writeFileSync(paths.stamp, `${new Date().toISOString()}\n`);
  return paths;
}

interface RunResult {
  code: number | null;
  output: string;
  spawnError?: Error;
}

function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise((resolvePromise) => {
    const chunks: Buffer[] = [];
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (spawnError) => resolvePromise({ code: null, output: '', spawnError }));
    child.on('close', (code) => resolvePromise({ code, output: Buffer.concat(chunks).toString('utf8') }));
  });
}
