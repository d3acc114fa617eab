// The embedded Neo4j's plumbing without starting Java: pid files, ports, staleness of the launcher build,
// and ensureNeo4j's choice of an external server.
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedStatus, ensureNeo4j, stopEmbedded } from '../../src/graph/embedded.js';
import { launcherIsStale, launcherPaths } from '../../src/graph/embedded-launcher.js';
import {
  findFreePort,
  isServerProcess,
  pidFilePath,
  portAnswers,
  portIsFree,
  readPidFile,
  writePidFile,
} from '../../src/graph/embedded-process.js';

const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'diplograph-embedded-unit-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the pid file', () => {
  it('round-trips pid and port', () => {
    const home = tempFolder();
    writePidFile(home, { pid: 4242, port: 7688 });
    expect(readPidFile(home)).toEqual({ pid: 4242, port: 7688, owner: 0 });
  });

  it('reads as absent when missing or garbled', () => {
    const home = tempFolder();
    expect(readPidFile(home)).toBeNull();
    writeFileSync(pidFilePath(home), 'not a pid\n');
    expect(readPidFile(home)).toBeNull();
  });

  it('is removed by stopEmbedded when its process is gone, and nothing is reported stopped', async () => {
    const home = tempFolder();
    writePidFile(home, { pid: 2 ** 22 + 17, port: 7688 });
    expect(await stopEmbedded(home)).toEqual({ stopped: false, pid: 2 ** 22 + 17, forced: false });
    expect(existsSync(pidFilePath(home))).toBe(false);
  });

  it('never mistakes another live process (this test runner) for the server', async () => {
    const home = tempFolder();
    writePidFile(home, { pid: process.pid, port: 7688 });
    expect(isServerProcess(process.pid)).toBe(process.platform !== 'linux');
    if (process.platform === 'linux') expect(await embeddedStatus(home)).toMatchObject({ running: false, pid: null });
  });
});

describe('ports on 127.0.0.1', () => {
  it('finds a free port, and sees it taken while something listens there', async () => {
    const port = await findFreePort();
    expect(await portIsFree(port)).toBe(true);
    expect(await portAnswers(port)).toBe(false);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port }, resolve));
    try {
      expect(await portIsFree(port)).toBe(false);
      expect(await portAnswers(port)).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('launcherIsStale', () => {
  function fakeLauncher(): string {
    const dir = tempFolder();
    mkdirSync(join(dir, 'src', 'main', 'java'), { recursive: true });
    writeFileSync(join(dir, 'pom.xml'), '<project/>');
    writeFileSync(join(dir, 'src', 'main', 'java', 'Launcher.java'), 'class Launcher {}');
    const { jar, lib, stamp } = launcherPaths(dir);
    mkdirSync(lib, { recursive: true });
    writeFileSync(join(lib, 'neo4j.jar'), '');
    writeFileSync(jar, '');
    const past = new Date(Date.now() - 60_000);
    for (const file of [join(dir, 'pom.xml'), join(dir, 'src', 'main', 'java', 'Launcher.java')]) utimesSync(file, past, past);
    writeFileSync(stamp, 'built');
    const builtAt = new Date(Date.now() - 30_000);
    utimesSync(stamp, builtAt, builtAt);
    return dir;
  }

  it('is false right after a build and true once a source is newer', () => {
    const dir = fakeLauncher();
    expect(launcherIsStale(dir)).toBe(false);
    writeFileSync(join(dir, 'src', 'main', 'java', 'Launcher.java'), 'class Launcher { int changed; }');
    expect(launcherIsStale(dir)).toBe(true);
  });

  it('is true when the pom changed, or the jar or the build stamp is missing', () => {
    const touched = fakeLauncher();
    writeFileSync(join(touched, 'pom.xml'), '<project><!-- new dependency --></project>');
    expect(launcherIsStale(touched)).toBe(true);
    const noJar = fakeLauncher();
    rmSync(launcherPaths(noJar).jar);
    expect(launcherIsStale(noJar)).toBe(true);
    const noStamp = fakeLauncher();
    rmSync(launcherPaths(noStamp).stamp);
    expect(launcherIsStale(noStamp)).toBe(true);
  });
});

describe('ensureNeo4j', () => {
  it('uses NEO4J_URI as given and starts nothing', async () => {
    const home = tempFolder();
    const handle = await ensureNeo4j({
      neo4j: { uri: 'neo4j+s://example.databases.neo4j.io', username: 'neo4j', password: 'secret', database: undefined },
      embedded: { home, boltPort: 1, heap: '1g', pageCache: '512m' },
    });
    expect(handle).toMatchObject({ uri: 'neo4j+s://example.databases.neo4j.io', started: false });
    await handle.stop();
    expect(existsSync(pidFilePath(home))).toBe(false);
  });
});
