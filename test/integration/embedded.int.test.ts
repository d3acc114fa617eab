// The embedded Neo4j for real: the shared test server answers, data survives a SIGTERM restart, and a
// taken port gives an error that says so.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, readQuery, writeTransaction, type Db } from '../../src/graph/driver.js';
import {
  embeddedCredentials,
  embeddedStatus,
  ensureNeo4j,
  findFreePort,
  startEmbedded,
  stopEmbedded,
} from '../../src/graph/embedded.js';
import { DEFAULT_LAUNCHER_DIR } from '../../src/graph/embedded-launcher.js';
import { consoleLogPath, pidFilePath } from '../../src/graph/embedded-process.js';
import { spawnLauncher } from '../../src/graph/embedded-spawn.js';
import { testDb } from './helpers.js';

/** The embedded server of `home`, with the password it generated there. */
const local = (uri: string, home: string) => ({ uri, ...embeddedCredentials(home), database: undefined });

describe('the test Neo4j of the global setup', () => {
  let db: Db;
  beforeAll(async () => {
    db = await testDb();
  });
  afterAll(() => db.close());

  it('answers a Cypher query', async () => {
    const rows = await readQuery<{ answer: number }>(db, 'RETURN 6 * 7 AS answer');
    expect(rows).toEqual([{ answer: 42 }]);
    expect(inject('neo4jUri')).toMatch(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//);
  });
});

describe('startEmbedded and stopEmbedded', () => {
  const home = mkdtempSync(join(tmpdir(), 'diplograph-embedded-test-'));
  afterAll(async () => {
    await stopEmbedded(home);
    rmSync(home, { recursive: true, force: true });
  });

  async function writeMarker(uri: string): Promise<void> {
    const db = await connect(local(uri, home));
    try {
      await writeTransaction(db, (tx) => tx.run('CREATE (:SurvivesRestart {name: $name})', { name: 'kept' }));
    } finally {
      await db.close();
    }
  }

  async function readMarkers(uri: string): Promise<string[]> {
    const db = await connect(local(uri, home));
    try {
      const rows = await readQuery<{ name: string }>(db, 'MATCH (n:SurvivesRestart) RETURN n.name AS name');
      return rows.map((row) => row.name);
    } finally {
      await db.close();
    }
  }

  it('keeps committed data across a SIGTERM stop and a restart on the same folder', async () => {
    const port = await findFreePort();
    const first = await startEmbedded({ home, boltPort: port, pageCache: '64m' });
    expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);
    expect(await embeddedStatus(home)).toMatchObject({ running: true, answering: true, pid: first.pid, port });

    const reused = await ensureNeo4j({ neo4j: { uri: null, username: 'neo4j', password: '', database: undefined }, embedded: { home, boltPort: 1, heap: '1g', pageCache: '64m' } });
    expect(reused).toMatchObject({ uri: first.uri, started: false });

    await writeMarker(first.uri);
    expect(await stopEmbedded(home)).toEqual({ stopped: true, pid: first.pid, forced: false });
    expect(existsSync(pidFilePath(home))).toBe(false);
    expect(await embeddedStatus(home)).toMatchObject({ running: false, pid: null });

    const second = await startEmbedded({ home, boltPort: port, pageCache: '64m' });
    try {
      expect(await readMarkers(second.uri)).toEqual(['kept']);
    } finally {
      await second.stop();
    }
    expect(await stopEmbedded(home)).toMatchObject({ stopped: false });
    // Two full Neo4j starts and a clean stop: tens of seconds on a busy 2-core machine.
  }, 240_000);
});

describe('a Bolt port that is already taken', () => {
  let blocker: Server;
  let port: number;
  const home = mkdtempSync(join(tmpdir(), 'diplograph-embedded-busy-'));
  beforeAll(async () => {
    port = await findFreePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen({ host: '127.0.0.1', port }, resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => blocker.close(resolve));
    rmSync(home, { recursive: true, force: true });
  });

  it('is refused before Java starts, with an error naming the port', async () => {
    await expect(startEmbedded({ home, boltPort: port })).rejects.toMatchObject({
      code: 'NEO4J_START_FAILED',
      message: expect.stringContaining(`port ${port} on 127.0.0.1 is already in use`),
    });
  });

  it('is reported by the launcher itself too (when it is taken after the check)', async () => {
    const logFile = consoleLogPath(home);
    const options = { home, passwordFile: join(home, 'unused-password'), boltPort: port, heap: '256m', pageCache: '64m', detached: false };
    const launch = spawnLauncher({ ...options, launcherDir: DEFAULT_LAUNCHER_DIR, java: 'java', logFile, readyTimeoutMs: 60_000 });
    await expect(launch).rejects.toMatchObject({ code: 'NEO4J_START_FAILED' });
    await expect(launch).rejects.toThrow(/port \d+ on 127\.0\.0\.1 is already in use[\s\S]*Java 17\+ and Maven[\s\S]*neo4j-console\.log/);
  });
});
