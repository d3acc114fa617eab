// Abusive and hostile requests: each limit rejects with a clear code and no server error, user input
// in search and filters is data (never syntax), unexpected failures are masked, CSRF and introspection
// switches work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateDatabaseError } from '../../src/api/errors.js';
import type { DiplographApi } from '../../src/api/server.js';
import { type Db, readQuery } from '../../src/graph/driver.js';
import { codes, cypherValue, data, gql, seededDb, testApi } from './api-helpers.js';
import { countNodes, testDb } from './helpers.js';

let db: Db;
let yoga: DiplographApi;

beforeAll(async () => {
  db = await seededDb();
  yoga = testApi(db);
});
afterAll(async () => {
  await db?.close();
});

function nest(levels: number): string {
  let query = 'name';
  for (let i = 0; i < levels; i++) query = `counterparts(first: 2) { edges { node { ${query} } } }`;
  return `{ person(id: "person:koizumi") { ${query} } }`;
}

describe('limits', () => {
  it('rejects a depth bomb with DEPTH_LIMIT_EXCEEDED before touching the database', async () => {
    const response = await gql(yoga, nest(8));
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    expect(response.errors![0]!.message).toMatch(/depth limit of 12/);
  });

  it('accepts realistic nesting', async () => {
    const response = await gql(yoga, nest(2));
    expect(response.errors).toBeUndefined();
  });

  it('rejects an alias flood with ALIAS_LIMIT_EXCEEDED', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: stats { meetings }`).join(' ');
    const response = await gql(yoga, `{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(codes(response)).toContain('ALIAS_LIMIT_EXCEEDED');
  });

  it('rejects a token flood with TOKEN_LIMIT_EXCEEDED', async () => {
    const response = await gql(yoga, `{ stats { ${'meetings '.repeat(3000)} } }`);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['TOKEN_LIMIT_EXCEEDED']);
  });

  it('rejects a costly query with COST_LIMIT_EXCEEDED (here with a lowered cost limit)', async () => {
    const strict = testApi(db, { extra: { limits: { maxCost: 50 } } });
    const response = await gql(strict, '{ meetings { edges { node { participants { person { name } country { name } } topics { heading } } } } }');
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  it('rejects first: 100000 with PAGE_SIZE_EXCEEDED, at the root and nested', async () => {
    const root = await gql(yoga, '{ meetings(first: 100000) { totalCount } }');
    expect(codes(root)).toEqual(['PAGE_SIZE_EXCEEDED']);
    expect(root.errors![0]!.extensions).toMatchObject({ maxPageSize: 100 });
    const nested = await gql(yoga, '{ person(id: "person:koizumi") { counterparts(first: 100000) { totalCount } } }');
    expect(codes(nested)).toEqual(['PAGE_SIZE_EXCEEDED']);
    const negative = await gql(yoga, '{ meetings(first: -1) { totalCount } }');
    expect(codes(negative)).toEqual(['BAD_USER_INPUT']);
    for (const response of [root, nested, negative]) expect(response.status).toBeLessThan(500);
  });

  it('rejects forged or foreign cursors with INVALID_CURSOR', async () => {
    const forged = await gql(yoga, '{ meetings(after: "not-a-cursor") { totalCount } }');
    expect(codes(forged)).toEqual(['INVALID_CURSOR']);
    const page = await data(yoga, '{ search(query: "領土問題", first: 1) { pageInfo { endCursor } } }');
    const foreign = await gql(yoga, 'query ($after: String) { meetings(after: $after) { totalCount } }', { after: page.search.pageInfo.endCursor });
    expect(codes(foreign)).toEqual(['INVALID_CURSOR']);
  });

  it('rejects malformed dates with BAD_USER_INPUT', async () => {
    const response = await gql(yoga, '{ meetings(filter: { from: "2003-13-45 OR 1=1" }) { totalCount } }');
    expect(response.status).toBeLessThan(500);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('user input is data', () => {
  const SEARCH = 'query ($q: String!) { search(query: $q, first: 100) { totalCount edges { node { id } } } }';

  it('escapes Lucene syntax in search instead of failing', async () => {
    for (const q of ['"領土問題', '領土問題)', 'text:領土問題', '領土問題 OR *:*', '(((', '\\\\', '[領土 TO 問題]', '領土~2', '+-&&||!^']) {
      const response = await gql(yoga, SEARCH, { q });
      expect(response.errors, q).toBeUndefined();
    }
    const phrase = await data(yoga, SEARCH, { q: '領土問題' });
    const withSyntax = await data(yoga, SEARCH, { q: '領土問題 *:*' });
    expect(withSyntax.search.totalCount).toBeLessThanOrEqual(phrase.search.totalCount);
  });

  it('answers one-character words with SEARCH_QUERY_TOO_SHORT and Japanese words normally', async () => {
    const short = await gql(yoga, SEARCH, { q: 'の' });
    expect(codes(short)).toEqual(['SEARCH_QUERY_TOO_SHORT']);
    expect(short.status).toBe(400);
    const japanese = await data(yoga, SEARCH, { q: 'プーチン 大統領' });
    expect(japanese.search.totalCount).toBeGreaterThan(0);
  });

  it('treats Cypher in filters and ids as plain values', async () => {
    const before = await countNodes(db);
    const hostile = ["JPN' OR 1=1 //", 'x"}) MATCH (n) DETACH DELETE n //', '*', "') RETURN 1 UNION MATCH (n) RETURN n //"];
    for (const value of hostile) {
      const result = await data(yoga, `query ($v: ID!) {
        meetings(filter: { countryId: $v, personId: $v }) { totalCount }
        person(id: $v) { id } node(id: $v) { id }
        statements(filter: { speakerId: $v }) { totalCount } }`, { v: value });
      expect(result).toEqual({ meetings: { totalCount: 0 }, person: null, node: null, statements: { totalCount: 0 } });
    }
    expect(await countNodes(db)).toBe(before);
  });
});

describe('errors and switches', () => {
  it('masks unexpected failures as INTERNAL_SERVER_ERROR without details', async () => {
    const closed = await testDb();
    await closed.close();
    const broken = testApi(closed);
    const response = await gql(broken, '{ stats { meetings } }');
    expect(codes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(response.errors![0]!.message).toBe('Unexpected error.');
  });

  it('turns a Neo4j transaction timeout into QUERY_TIMEOUT', async () => {
    const error = await readQuery(db, 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n', {}, { timeoutMs: 20 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect((translateDatabaseError(error) as { extensions?: { code?: string } }).extensions?.code).toBe('QUERY_TIMEOUT');
  });

  it('refuses simple (CSRF-able) requests without the CSRF header', async () => {
    const get = await yoga.fetch('http://localhost/graphql?query=%7Bstats%7Bmeetings%7D%7D');
    expect(get.status).toBe(403);
    expect((await get.json()).errors[0].extensions.code).toBe('CSRF_PREVENTED');
    const form = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ stats { meetings } }"}' });
    expect(form.status).toBe(403);
    const withHeader = await yoga.fetch('http://localhost/graphql?query=%7Bstats%7Bmeetings%7D%7D', { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(withHeader.status).toBe(200);
  });

  it('switches introspection and GraphiQL off when the schema is not exposed', async () => {
    const hidden = testApi(db, { exposeSchema: false });
    const response = await gql(hidden, '{ __schema { types { name } } }');
    expect(codes(response)).toEqual(['INTROSPECTION_DISABLED']);
    const graphiql = await hidden.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(graphiql.headers.get('content-type') ?? '').not.toContain('text/html');
    const suggestion = await gql(hidden, '{ stats { meeting } }');
    expect(suggestion.errors![0]!.message).not.toMatch(/Did you mean/);
    const open = await gql(yoga, '{ __schema { queryType { name } } }');
    expect(open.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('still counts like Cypher after all this', async () => {
    const result = await data(yoga, '{ stats { meetings } }');
    expect(result.stats.meetings).toBe(await cypherValue(db, 'MATCH (m:Meeting) RETURN count(m) AS value'));
  });
});
