// The embedded Neo4j is closed to everyone but diplograph: no login without the generated password,
// over Bolt or over a WebSocket a web page would open; LOAD CSV cannot read the machine's files.
import { statSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Db, readQuery } from '../../src/graph/driver.js';
import { passwordFilePath } from '../../src/graph/embedded-auth.js';
import { probeBoltWebSocket } from './bolt-websocket.js';
import { testDb } from './helpers.js';

const home = inject('embeddedHome');
const port = Number(new URL(inject('neo4jUri').replace(/^bolt/, 'http')).port);

// Only the server the tests started is ours to probe; NEO4J_URI names the user's own.
describe.skipIf(home === '')('the embedded Neo4j', () => {
  let db: Db;
  beforeAll(async () => {
    db = await testDb();
  });
  afterAll(() => db?.close());

  it('keeps its generated password in a file only this user can read', () => {
    const mode = statSync(passwordFilePath(home)).mode & 0o777;
    expect(mode.toString(8)).toBe('600');
    expect(inject('neo4jPassword')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  // Neo4j locks a user out for 5 s after 3 failed logins (auth_max_failed_attempts): this file makes 2,
  // so that the other test files can log in at once.
  it('refuses a Bolt login without credentials or with the old blank password', async () => {
    for (const auth of [neo4j.auth.basic('neo4j', ''), { scheme: 'none' } as never]) {
      const driver = neo4j.driver(inject('neo4jUri'), auth);
      try {
        await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\.Security\./) });
      } finally {
        await driver.close();
      }
    }
  });

  it('refuses a WebSocket from a foreign page that says HELLO without the password', async () => {
    // The probe itself works: with the password the same handshake logs in.
    const owner = await probeBoltWebSocket(port, { scheme: 'basic', principal: 'neo4j', credentials: inject('neo4jPassword') });
    expect(owner.hello).toBe('SUCCESS');
    const anonymous = await probeBoltWebSocket(port, { scheme: 'none' });
    expect(anonymous.upgrade).toContain('101');
    expect(anonymous).toMatchObject({ hello: 'FAILURE', code: expect.stringMatching(/^Neo\.ClientError\.Security\./) });
    const guessed = await probeBoltWebSocket(port, { scheme: 'basic', principal: 'neo4j', credentials: 'neo4j' });
    expect(guessed).toMatchObject({ hello: 'FAILURE', code: expect.stringMatching(/^Neo\.ClientError\.Security\./) });
  });

  it('does not let LOAD CSV read a file of the machine', async () => {
    await expect(readQuery(db, "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN count(row) AS rows")).rejects.toThrow(
      /file URLs|not allowed|Couldn't load the external resource|cannot load from URL/i,
    );
    await expect(readQuery(db, "LOAD CSV FROM 'file:///../../../../../../etc/passwd' AS row RETURN count(row) AS rows")).rejects.toThrow();
  });
});
