// Heavy work is bounded and off the API's event loop: extraction (ingest and the ingestDocument
// mutation) and network metrics run on worker threads that are stopped past their time budget, with a
// coded error; a Neo4j outage during a write is the database's fault (503), not the text's.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetworkAnalyser } from '../../src/api/network/off-thread.js';
import { type Projection, checkNetworkSize } from '../../src/api/network/projection.js';
import { pipelineIngest } from '../../src/cli/serve.js';
import type { Db } from '../../src/graph/driver.js';
import { createExtractionPool } from '../../src/ingest/pool.js';
import { codes, cypherValue, gql, seededDb, testApi } from './api-helpers.js';
import neo4j from 'neo4j-driver';
import { findFreePort } from '../../src/graph/embedded.js';

const SAMPLE = readFileSync(new URL('../../samples/mofa-2002-10-27-koizumi-kasyanov.txt', import.meta.url), 'utf8');
const TOKEN = 'budget-test-token-0123456789';
const INGEST = 'mutation ($text: String!, $source: String!) { ingestDocument(text: $text, source: $source) { documentId status } }';
const auth = { authorization: `Bearer ${TOKEN}` };
let db: Db;

beforeAll(async () => {
  db = await seededDb();
});
afterAll(async () => {
  await db?.close();
});

/** A network of `people` nodes where each knows the next `degree` ones (a ring lattice). */
function lattice(people: number, degree: number): Projection {
  const edges = [];
  for (let i = 0; i < people; i++) {
    for (let step = 1; step <= degree; step++) {
      const j = (i + step) % people;
      edges.push({ source: `p${i}`, sourceLabel: null, sourceCountry: null, target: `p${j}`, targetLabel: null, targetCountry: null, weight: 1, firstMet: null, lastMet: null });
    }
  }
  return { level: 'PERSON', meetings: 0, edges };
}

describe('extraction within a time budget', () => {
  it('stops a page that runs past its budget, answers the others, and keeps the pool working', async () => {
    const workerFile = fileURLToPath(new URL('../fixtures/workers/hanging-extract.fake.mjs', import.meta.url));
    const pool = createExtractionPool({ workers: 1, workerFile, budgetMs: 500 });
    try {
      const answers = await Promise.all(['a.html', 'hang.html', 'b.html'].map((source) => pool.extract({ source, bytes: new Uint8Array() })));
      expect(answers.map((answer) => (answer.ok ? 'ok' : answer.code))).toEqual(['USAGE', 'EXTRACTION_TIMEOUT', 'USAGE']);
      expect(answers[1]).toMatchObject({ reason: expect.stringContaining('budget of 0.5 s') });
      // The thread was replaced: later pages are extracted as before.
      expect(await pool.extract({ source: 'c.html', bytes: new Uint8Array() })).toMatchObject({ code: 'USAGE', reason: 'fake worker answered c.html' });
    } finally {
      await pool.close();
    }
  });

  it('answers ingestDocument with EXTRACTION_TIMEOUT when extraction passes its budget, writing nothing', async () => {
    const pool = createExtractionPool({ workers: 1, minThreads: 0, budgetMs: 1 });
    try {
      const yoga = testApi(db, { token: TOKEN, ingest: pipelineIngest(db, pool) });
      const response = await gql(yoga, INGEST, { text: SAMPLE, source: 'budget-test/too-slow' }, auth);
      expect(codes(response)).toEqual(['EXTRACTION_TIMEOUT']);
      expect(await cypherValue(db, 'MATCH (d:Document {source: $s}) RETURN count(d) AS value', { s: 'budget-test/too-slow' })).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('ingests through the worker pool within a sensible budget', async () => {
    const pool = createExtractionPool({ workers: 1, minThreads: 0, budgetMs: 120_000 });
    try {
      const yoga = testApi(db, { token: TOKEN, ingest: pipelineIngest(db, pool) });
      const response = await gql(yoga, INGEST, { text: SAMPLE, source: 'budget-test/pooled' }, auth);
      expect(response.errors).toBeUndefined();
      expect(await cypherValue(db, 'MATCH (d:Document {source: $s}) RETURN count(d) AS value', { s: 'budget-test/pooled' })).toBe(1);
    } finally {
      await pool.close();
    }
  }, 180_000);

  it('answers 503 DATABASE_UNAVAILABLE without the server address when Neo4j is gone during the write', async () => {
    // A server that went away: the port no longer answers (the driver retries briefly, then gives up).
    const port = await findFreePort();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'x'), { maxTransactionRetryTime: 500, connectionTimeout: 1000 });
    const gone: Db = { driver, database: undefined, uri: `bolt://127.0.0.1:${port}`, close: () => driver.close() };
    const yoga = testApi(gone, { token: TOKEN, ingest: pipelineIngest(gone) });
    const response = await gql(yoga, INGEST, { text: SAMPLE, source: 'budget-test/outage' }, auth);
    expect(codes(response), JSON.stringify(response.errors)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(response.status).toBe(503);
    expect(JSON.stringify(response.errors)).not.toMatch(/bolt:|127\.0\.0\.1|neo4j:\/\//);
    await gone.close();
  });
});

describe('concurrent writes to one source', () => {
  it('end with one Document: the writes take turns, each later one replacing the one before', async () => {
    const yoga = testApi(db, { token: TOKEN, ingest: pipelineIngest(db) });
    const source = 'budget-test/concurrent';
    const texts = Array.from({ length: 6 }, (_, i) => `${SAMPLE}\n（版${i}）\n`);
    const responses = await Promise.all(texts.map((text) => gql(yoga, INGEST, { text, source }, auth)));
    for (const response of responses) expect(response.errors).toBeUndefined();
    expect(responses.map((r) => r.data!.ingestDocument.status).sort()).toEqual(['created', 'replaced', 'replaced', 'replaced', 'replaced', 'replaced']);
    expect(await cypherValue(db, 'MATCH (d:Document {source: $source}) RETURN count(d) AS value', { source })).toBe(1);
  }, 180_000);
});

describe('network metrics off the event loop', () => {
  it('refuses a network whose nodes × edges pass the cap, whatever its edge count alone', () => {
    expect(() => checkNetworkSize(lattice(4000, 5).edges)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'NETWORK_TOO_LARGE', nodes: 4000, edges: 20_000 }) }));
    expect(() => checkNetworkSize(lattice(1000, 5).edges)).not.toThrow();
  });

  it('computes on a worker thread while the event loop keeps turning, and stops at its budget', async () => {
    const analyser = createNetworkAnalyser({ budgetMs: 120_000 });
    try {
      const projection = lattice(1500, 6);
      let turns = 0;
      let done = false;
      const ticking = (async () => {
        while (!done) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          turns++;
        }
      })();
      const network = await analyser.analyse(projection);
      done = true;
      await ticking;
      expect(network.nodes).toHaveLength(1500);
      expect(network.nodes.every((node) => node.betweenness > 0)).toBe(true);
      // Betweenness of 1,500 × 9,000 takes seconds: the loop turned all along (on the main thread it turns 0 times).
      expect(turns).toBeGreaterThan(20);
    } finally {
      await analyser.close();
    }
    const hurried = createNetworkAnalyser({ budgetMs: 50 });
    try {
      await expect(hurried.analyse(lattice(1500, 6))).rejects.toMatchObject({ extensions: { code: 'NETWORK_TIMEOUT', budgetMs: 50 } });
    } finally {
      await hurried.close();
    }
  }, 180_000);

  it('answers the network query with NETWORK_TIMEOUT past the budget, and other queries meanwhile', async () => {
    const yoga = testApi(db, { extra: { networkBudgetMs: 1, networkCacheMs: 0 } });
    const response = await gql(yoga, '{ network { nodes { id } } }');
    expect(codes(response)).toEqual(['NETWORK_TIMEOUT']);
    expect(response.status).toBe(504);
    expect((await gql(yoga, '{ stats { meetings } }')).errors).toBeUndefined();
  });

  it('bounds the networks of the analyst filters (role, includeUndated) by the same budget', async () => {
    const yoga = testApi(db, { extra: { networkBudgetMs: 1, networkCacheMs: 0 } });
    const filter = '{ from: "2000-01-01", to: "2030-12-31", includeUndated: true, role: PRINCIPAL }';
    const response = await gql(yoga, `{ network(filter: ${filter}) { undatedMeetings undatedLeftOut nodes { id } } }`);
    expect(codes(response)).toEqual(['NETWORK_TIMEOUT']);
    const exported = await gql(yoga, `{ export(format: GRAPHML, filter: ${filter}) { nodes } }`);
    expect(codes(exported)).toEqual(['NETWORK_TIMEOUT']);
  });
});
