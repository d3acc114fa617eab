// The API against a web page and an abusive client: no CORS for foreign origins, Host checked, bodies
// limited by the project's own limit, cost counted with variables and default page sizes, readiness
// that follows Neo4j, and inputs that used to slip through (impossible dates, forged search cursors).
import { parse as parseQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationCost } from '../../src/api/cost.js';
import { buildSchema } from '../../src/api/schema.js';
import type { DiplographApi } from '../../src/api/server.js';
import { startServer } from '../../src/api/start-server.js';
import type { Db } from '../../src/graph/driver.js';
import { codes, gql, seededDb, testApi } from './api-helpers.js';
import { testDb } from './helpers.js';

let db: Db;
let yoga: DiplographApi;
const QUERY = JSON.stringify({ query: '{ stats { meetings } }' });
const post = (api: DiplographApi, headers: Record<string, string>, body: BodyInit = QUERY, url = 'http://localhost/graphql') =>
  api.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

beforeAll(async () => {
  db = await seededDb();
  yoga = testApi(db);
});
afterAll(async () => {
  await db?.close();
});

describe('CORS', () => {
  it('gives a foreign origin no Access-Control-Allow-Origin, on the request or its preflight', async () => {
    const answer = await post(yoga, { origin: 'https://attacker.example' });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await yoga.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://attacker.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows exactly the configured origins, without credentials', async () => {
    const open = testApi(db, { extra: { config: { api: { host: '127.0.0.1', port: 0, token: null, exposeSchema: true, corsOrigins: ['https://notebook.example.org'] } } } });
    const allowed = await post(open, { origin: 'https://notebook.example.org' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://notebook.example.org');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await post(open, { origin: 'https://notebook.example.org.attacker.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the Host header', () => {
  it('is refused with 403 HOST_NOT_ALLOWED when it names another site (DNS rebinding)', async () => {
    const rebound = await post(yoga, {}, QUERY, 'http://attacker.example:4000/graphql');
    expect(rebound.status).toBe(403);
    expect((await rebound.json()).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    for (const url of ['http://127.0.0.1:4000/graphql', 'http://localhost/graphql', 'http://[::1]:4000/graphql']) {
      expect((await post(yoga, {}, QUERY, url)).status, url).toBe(200);
    }
  });
});

describe('the request body', () => {
  const small = () => testApi(db, { extra: { limits: { maxBodyBytes: 64 * 1024 } } });

  it('is refused with 413 REQUEST_TOO_LARGE past the limit, declared or streamed', async () => {
    const big = JSON.stringify({ query: '{ stats { meetings } }', variables: { pad: 'x'.repeat(100_000) } });
    const declared = await post(small(), { 'content-length': String(Buffer.byteLength(big)) }, big);
    expect(declared.status).toBe(413);
    expect((await declared.json()).errors[0].extensions).toMatchObject({ code: 'REQUEST_TOO_LARGE', maxBytes: 65_536 });
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode(big.slice(i * 5000, (i + 1) * 5000)));
        controller.enqueue(new TextEncoder().encode(big.slice(100_000)));
        controller.close();
      },
    });
    const streamed = await small().fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
  });

  it('gets 413 over real HTTP too, with the configured limit', async () => {
    const server = await startServer({
      db,
      config: { api: { host: '127.0.0.1', port: 0, token: null, exposeSchema: false, maxBodyBytes: 1024 * 1024 } },
      logging: false,
      warmUp: false,
    });
    try {
      const body = JSON.stringify({ query: '{ stats { meetings } }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } });
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(413);
      expect((await response.json()).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
      const fine = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
      expect(fine.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('refuses deeply nested variables with 400 VARIABLES_TOO_DEEP instead of a 500', async () => {
    const deep = `{"query":"query ($f: MeetingFilter) { meetings(filter: $f) { totalCount } }","variables":{"f":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    const response = await post(yoga, {}, deep);
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('VARIABLES_TOO_DEEP');
  });

  it('refuses a body that is not JSON with 415 (after CSRF prevention had its say)', async () => {
    const response = await post(yoga, { 'content-type': 'application/x-www-form-urlencoded', 'x-graphql-yoga-csrf': '1' }, 'query=%7Bstats%7Bmeetings%7D%7D');
    expect(response.status).toBe(415);
    expect((await response.json()).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('the cost limit', () => {
  // The query that crashed `serve` with first: $f = 100 (13-24 s, 8.4 MB per answer, heap exhausted by four).
  const FAN_OUT = `query ($f: Int) { meetings(first: $f) { edges { node { participants { person {
    meetings(first: $f) { edges { node { statements { speakers { name } } } } } } } } } } }`;

  it('counts variables like literals and an omitted first as its default', () => {
    const schema = buildSchema();
    const literal = operationCost(schema, parseQuery(FAN_OUT.replace(/\$f\b(?!:)/g, '100').replace('query ($f: Int) ', '')));
    expect(operationCost(schema, parseQuery(FAN_OUT), { f: 100 })).toBe(literal);
    const omitted = FAN_OUT.replace(/\(first: \$f\)/g, '').replace('query ($f: Int) ', '');
    expect(operationCost(schema, parseQuery(omitted))).toBe(operationCost(schema, parseQuery(FAN_OUT), { f: 20 }));
    expect(operationCost(schema, parseQuery('query ($n: Int = 7) { meetings(first: $n) { edges { node { id } } } }'))).toBe(1 + 7 * 2);
  });

  it('refuses the fan-out query with first: $f = 100, and with first left out, before running it', async () => {
    for (const variables of [{ f: 100 }, {}]) {
      const response = await gql(yoga, FAN_OUT, variables);
      expect(response.status, JSON.stringify(variables)).toBe(400);
      expect(codes(response)).toEqual(['COST_LIMIT_EXCEEDED']);
      expect(response.errors![0]!.extensions).toMatchObject({ maxCost: 50_000 });
    }
  });

  it('counts shortestPath like any field: a path of any `via` that fans out is refused before Cypher runs', async () => {
    const ran: string[] = [];
    const observed = testApi(db, { extra: { onQuery: (name) => ran.push(name) } });
    const path = (via: string, selection: string) =>
      `query${selection.includes('$f') ? ' ($f: Int)' : ''} { shortestPath(from: "person:koizumi", to: "person:kasyanov", via: ${via}) { length ${selection} } }`;
    const fanOut = 'meetings { participants { person { meetings(first: $f) { edges { node { statements { speakers { name } } } } } } } }';
    for (const via of ['MEETINGS', 'STATEMENTS', 'ALL']) {
      const response = await gql(observed, path(via, fanOut), { f: 100 });
      expect(codes(response), via).toEqual(['COST_LIMIT_EXCEEDED']);
    }
    expect(ran.filter((name) => name.startsWith('find-shortest-path'))).toEqual([]);
    // The same path with what a reader looks at is answered.
    const answer = await gql(observed, path('MEETINGS', 'meetings { id participants { person { name } } }'));
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    expect(answer.data!.shortestPath).toMatchObject({ length: 2 });
    expect(ran).toContain('find-shortest-path-meetings');
  });

  it('accepts what an analyst asks: one entity, three type fragments, timeline(first: 50)', async () => {
    const timeline = 'timeline(first: 50) { edges { node { text act speakers { name } meeting { date } } side { name } } }';
    const query = `{ entity(id: "issue:領土問題") { name ... on Issue { ${timeline} } ... on Event { ${timeline} } ... on Agreement { ${timeline} } } }`;
    const response = await gql(yoga, query);
    expect(codes(response)).not.toContain('COST_LIMIT_EXCEEDED');
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const page = await gql(yoga, `{ meetings(first: 100) { edges { node { date participants { person { name } country { name } }
      topics { heading } statements { text speakers { name } } } } } }`);
    expect(page.errors, JSON.stringify(page.errors)).toBeUndefined();
  });
});

describe('readiness and small checks', () => {
  it('answers /readiness 200 while Neo4j answers and 503 when it does not', async () => {
    const ready = await yoga.fetch('http://localhost/readiness');
    expect(ready.status).toBe(200);
    const closed = await testDb();
    await closed.close();
    const down = await testApi(closed).fetch('http://localhost/readiness');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ready: false, reason: 'Neo4j is not reachable' });
  });

  it('refuses impossible calendar dates such as 2003-02-31', async () => {
    for (const from of ['2003-02-31', '2003-04-31', '2001-02-29']) {
      const response = await gql(yoga, 'query ($d: Date) { meetings(filter: { from: $d }) { totalCount } }', { d: from });
      expect(codes(response), from).toEqual(['BAD_USER_INPUT']);
    }
    const leap = await gql(yoga, 'query ($d: Date) { meetings(filter: { from: $d }) { totalCount } }', { d: '2004-02-29' });
    expect(leap.errors).toBeUndefined();
  });

  it('refuses a forged search cursor that would scan every hit', async () => {
    const forged = Buffer.from(JSON.stringify(['search:SCORE', [1.5, 2_000_000_000], 'x'])).toString('base64url');
    const response = await gql(yoga, 'query ($a: String) { search(query: "領土問題", first: 5, after: $a) { totalCount } }', { a: forged });
    expect(codes(response)).toEqual(['INVALID_CURSOR']);
  });
});
