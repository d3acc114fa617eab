// vitest globalSetup of the integration project: a real Neo4j for the tests, and a fresh dist/ for the
// tests that spawn the CLI. With NEO4J_URI set that server is used; otherwise an embedded Neo4j starts
// on a free port with a throw-away data folder, and is stopped and deleted at teardown.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { displayUri } from '../src/graph/driver.js';
import { findFreePort, startEmbedded } from '../src/graph/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the Neo4j every integration test uses (inject('neo4jUri')). */
    neo4jUri: string;
    /** Its password: the embedded server's generated one, or NEO4J_PASSWORD for NEO4J_URI. */
    neo4jPassword: string;
    /** Data folder of the throw-away embedded server; '' for NEO4J_URI. */
    embeddedHome: string;
    /** The tests may empty the database: always for the throw-away server, by opt-in for NEO4J_URI. */
    allowWipe: boolean;
  }
}

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const say = (message: string) => process.stderr.write(`[global-setup] ${message}\n`);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Rebuilds dist/ when a source file is newer than dist/cli/main.js (tsc, a few seconds). */
function buildDistIfStale(): void {
  const builtAt = newestMtime(join(root, 'dist', 'cli', 'main.js'));
  const sourcesAt = Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'tsconfig.build.json')));
  if (builtAt >= sourcesAt) return;
  say('dist/ is older than src/: npm run build');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    // tsc still emits on type errors; tests that depend on the broken part will say so.
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(0, 8).join('\n');
    const how = result.error?.message ?? (result.signal ? `killed by ${result.signal}` : `exit ${result.status}`);
    say(`npm run build failed (${how}):\n${output}`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildDistIfStale();
  const external = process.env.NEO4J_URI?.trim();
  if (external) {
    const allowWipe = process.env.DIPLOGRAPH_TEST_ALLOW_WIPE === '1';
    say(`using NEO4J_URI=${displayUri(external)}${allowWipe ? ' (DIPLOGRAPH_TEST_ALLOW_WIPE=1: tests empty it)' : ''}`);
    if (!allowWipe) {
      say('tests that empty the database are refused on it: set DIPLOGRAPH_TEST_ALLOW_WIPE=1 only for a server you can lose');
    }
    project.provide('neo4jUri', external);
    project.provide('neo4jPassword', process.env.NEO4J_PASSWORD ?? '');
    project.provide('allowWipe', allowWipe);
    project.provide('embeddedHome', '');
    return async () => {};
  }
  const home = mkdtempSync(join(tmpdir(), 'diplograph-test-neo4j-'));
  const started = Date.now();
  const server = await startEmbedded({ home, boltPort: await findFreePort(), heap: '1g', pageCache: '256m', onProgress: say });
  say(`embedded Neo4j ready on ${server.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s (data ${home})`);
  project.provide('neo4jUri', server.uri);
  project.provide('neo4jPassword', server.credentials.password);
  project.provide('allowWipe', true);
  project.provide('embeddedHome', home);
  return async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
