// The response cache: a repeated read is answered without Cypher, a write from anywhere (plain Cypher
// here, as another process would) is seen once the graph version is checked again, a write through the
// API is seen at once, and the cache can be turned off.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateApiOptions } from '../../src/api/server.js';
import type { Db } from '../../src/graph/driver.js';
import { writeTransaction } from '../../src/graph/driver.js';
import { pipelineIngest } from '../../src/cli/serve.js';
import { codes, cypherValue, data, deleteDocument, gql, seededDb, testApi } from './api-helpers.js';

const STATS = '{ stats { documents meetings } }';
const MEETINGS = 'query ($first: Int) { meetings(first: $first) { totalCount edges { node { id date participants { person { name } } } } } }';
const EXTRA_DOCUMENT = 'api-cache-test-document';
const TOKEN = 'cache-test-token-0123456789';

let db: Db;
const created: string[] = [];

beforeAll(async () => {
  db = await seededDb();
});
afterAll(async () => {
  await writeTransaction(db, (tx) => tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id: EXTRA_DOCUMENT }));
  for (const id of created) await deleteDocument(db, id);
  await db?.close();
});

/** A yoga instance that counts the Cypher statements its requests run. */
function countingApi(extra: Partial<CreateApiOptions> = {}, token: string | null = null) {
  const statements: string[] = [];
  const yoga = testApi(db, { token, ingest: token ? pipelineIngest(db) : null, extra: { ...extra, onQuery: (name) => statements.push(name) } });
  return { yoga, statements };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('response cache', () => {
  it('answers a repeated read without running Cypher again', async () => {
    const { yoga, statements } = countingApi();
    const first = await data(yoga, MEETINGS, { first: 3 });
    const ran = statements.length;
    expect(ran).toBeGreaterThan(0);
    expect(await data(yoga, MEETINGS, { first: 3 })).toEqual(first);
    expect(statements).toHaveLength(ran);
    // Other variables are another question.
    await data(yoga, MEETINGS, { first: 2 });
    expect(statements.length).toBeGreaterThan(ran);
  });

  it('lets identical queries that arrive together share one execution', async () => {
    const query = 'query ($id: ID!) { meeting(id: $id) { id date participants { person { name } } statements { text } } }';
    const id = await cypherValue<string>(db, 'MATCH (m:Meeting) RETURN m.id AS value ORDER BY m.id LIMIT 1');
    const alone = countingApi();
    const single = await data(alone.yoga, query, { id });
    const together = countingApi();
    const answers = await Promise.all(Array.from({ length: 5 }, () => data(together.yoga, query, { id })));
    for (const answer of answers) expect(answer).toEqual(single);
    expect(together.statements).toEqual(alone.statements);
    // Without the cache, nothing is shared.
    const unshared = countingApi({ responseCacheMs: 0 });
    await Promise.all(Array.from({ length: 5 }, () => data(unshared.yoga, query, { id })));
    expect(unshared.statements).toHaveLength(5 * alone.statements.length);
  });

  it('keeps small answers and recomputes those too large for its memory bound', async () => {
    // 16 KiB in all, so at most 1 KiB per answer: the stats fit, a page of meetings with people does not.
    const { yoga, statements } = countingApi({ responseCacheBytes: 16 * 1024 });
    const big = await data(yoga, MEETINGS, { first: 20 });
    expect(JSON.stringify(big).length * 2).toBeGreaterThan(1024);
    await data(yoga, MEETINGS, { first: 20 });
    await data(yoga, STATS);
    await data(yoga, STATS);
    const runs = (name: string) => statements.filter((statement) => statement === name).length;
    expect(runs('list-meetings-all')).toBe(2);
    expect(runs('count-stats')).toBe(1);
  });

  it('runs every request against Neo4j when turned off', async () => {
    const { yoga, statements } = countingApi({ responseCacheMs: 0 });
    await data(yoga, STATS);
    await data(yoga, STATS);
    expect(statements).toEqual(['count-stats', 'count-stats']);
  });

  it('sees a write made outside the API once the graph version is checked again', async () => {
    const { yoga } = countingApi({ graphCheckMs: 50 });
    const before = (await data(yoga, STATS)).stats.documents;
    expect(before).toBe(await cypherValue(db, 'MATCH (d:Document) RETURN count(d) AS value'));
    await writeTransaction(db, (tx) => tx.run('CREATE (:Document {id: $id, source: $id})', { id: EXTRA_DOCUMENT }));
    await pause(120);
    expect((await data(yoga, STATS)).stats.documents).toBe(before + 1);
    await writeTransaction(db, (tx) => tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id: EXTRA_DOCUMENT }));
    await pause(120);
    expect((await data(yoga, STATS)).stats.documents).toBe(before);
  });

  it('serves the cached answer while the graph is unchanged, for as long as the check interval allows', async () => {
    // A check interval far longer than the test: the answer given before the write is still served.
    const { yoga } = countingApi({ graphCheckMs: 600_000 });
    const before = (await data(yoga, STATS)).stats.documents;
    await writeTransaction(db, (tx) => tx.run('CREATE (:Document {id: $id, source: $id})', { id: EXTRA_DOCUMENT }));
    try {
      expect((await data(yoga, STATS)).stats.documents).toBe(before);
    } finally {
      await writeTransaction(db, (tx) => tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id: EXTRA_DOCUMENT }));
    }
  });

  it('sees a document ingested through the API at once, even with a long check interval', async () => {
    const { yoga } = countingApi({ graphCheckMs: 600_000 }, TOKEN);
    const before = (await data(yoga, STATS)).stats.documents;
    const text = readFileSync(new URL('../fixtures/docs/japan-us-telephone-2017.txt', import.meta.url), 'utf8');
    const response = await gql(yoga, 'mutation ($text: String!) { ingestDocument(text: $text, source: "api-cache-test") { documentId status } }', { text }, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(response.errors).toBeUndefined();
    const { documentId, status } = response.data!.ingestDocument;
    if (status === 'created') created.push(documentId);
    const expected = await cypherValue(db, 'MATCH (d:Document) RETURN count(d) AS value');
    expect(expected).toBe(status === 'created' ? before + 1 : before);
    expect((await data(yoga, STATS)).stats.documents).toBe(expected);
  });

  it('never answers a mutation from the cache: a repeat with a wrong token is refused', async () => {
    const { yoga } = countingApi({ graphCheckMs: 600_000 }, TOKEN);
    const text = readFileSync(new URL('../fixtures/docs/lavrov-courtesy-call-2016.txt', import.meta.url), 'utf8');
    const mutation = 'mutation ($text: String!) { ingestDocument(text: $text, source: "api-cache-test-2") { documentId status } }';
    const send = (token: string) => gql(yoga, mutation, { text }, { authorization: `Bearer ${token}` });
    const first = await send(TOKEN);
    expect(first.errors).toBeUndefined();
    if (first.data!.ingestDocument.status === 'created') created.push(first.data!.ingestDocument.documentId);
    // The second changes nothing in the graph, so a cache would have the same key for the third.
    expect((await send(TOKEN)).data!.ingestDocument.status).toBe('unchanged');
    expect(codes(await send('wrong-token'))).toEqual(['INVALID_TOKEN']);
  });

  it('does not keep an answer that carries errors', async () => {
    const { yoga, statements } = countingApi();
    // maxHops is checked by its resolver; the meeting next to it is read all the same.
    const query = 'query ($hops: Int) { meeting(id: "no-such-meeting") { id } shortestPath(from: "JPN", to: "RUS", maxHops: $hops) { length } }';
    const [first, second] = [await gql(yoga, query, { hops: 99 }), await gql(yoga, query, { hops: 99 })];
    expect(first.errors?.length).toBeGreaterThan(0);
    expect(second.errors).toEqual(first.errors);
    expect(statements.filter((name) => name === 'find-meeting-full')).toHaveLength(2);
  });
});
