// ingestDocument: writes are off without a configured token, need the right bearer token, and go
// through the real pipeline (pipelineIngest of `diplograph serve`: decode, extract, check, write).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IngestFunction } from '../../src/api/context.js';
import { type Db, readQuery } from '../../src/graph/driver.js';
import { pipelineIngest } from '../../src/cli/serve.js';
import { codes, cypherValue, data, deleteDocument, gql, seededDb, testApi } from './api-helpers.js';

const SAMPLE = readFileSync(new URL('../../samples/mofa-2002-10-27-koizumi-kasyanov.txt', import.meta.url), 'utf8');
const TOKEN = 'test-token-1234567890';
const INGEST = `mutation ($text: String!, $source: String!) { ingestDocument(text: $text, source: $source) {
  documentId status document { id title } meetings { date participants { role } } } }`;

let db: Db;
const calls: string[] = [];
/** Documents this file created, removed afterwards so that other tests find the graph as they left it. */
const created: string[] = [];

/** The pipeline `diplograph serve` wires (pipelineIngest), recording each call. */
function pipeline(database: Db): IngestFunction {
  const ingest = pipelineIngest(database);
  return async (text, source) => {
    calls.push(source);
    return ingest(text, source);
  };
}

beforeAll(async () => {
  db = await seededDb();
});
beforeEach(() => {
  calls.length = 0;
});
afterAll(async () => {
  for (const id of created) await deleteDocument(db, id);
  await db?.close();
});

describe('ingestDocument', () => {
  it('is refused with WRITES_DISABLED when no token is configured, even with a token sent', async () => {
    const yoga = testApi(db, { token: null, ingest: pipeline(db) });
    const response = await gql(yoga, INGEST, { text: SAMPLE, source: 'api-test' }, { authorization: `Bearer ${TOKEN}` });
    expect(codes(response)).toEqual(['WRITES_DISABLED']);
    expect(calls).toEqual([]);
  });

  it('is refused with UNAUTHENTICATED without a token and INVALID_TOKEN with a wrong one', async () => {
    const yoga = testApi(db, { token: TOKEN, ingest: pipeline(db) });
    const cases: Array<[Record<string, string>, string]> = [
      [{}, 'UNAUTHENTICATED'],
      [{ authorization: `Basic ${TOKEN}` }, 'UNAUTHENTICATED'],
      [{ authorization: 'Bearer ' }, 'UNAUTHENTICATED'],
      [{ authorization: 'Bearer wrong' }, 'INVALID_TOKEN'],
      [{ authorization: `Bearer ${TOKEN}x` }, 'INVALID_TOKEN'],
      [{ authorization: `Bearer ${TOKEN.slice(0, -1)}` }, 'INVALID_TOKEN'],
    ];
    for (const [headers, code] of cases) {
      const response = await gql(yoga, INGEST, { text: SAMPLE, source: 'api-test' }, headers);
      expect(codes(response), JSON.stringify(headers)).toEqual([code]);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect(calls).toEqual([]);
  });

  it('writes the document through the pipeline with the right token, and reads it back', async () => {
    const yoga = testApi(db, { token: TOKEN, ingest: pipeline(db) });
    const response = await gql(yoga, INGEST, { text: SAMPLE, source: 'samples/mofa-2002-10-27-koizumi-kasyanov.txt' }, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(response.errors).toBeUndefined();
    const result = response.data!.ingestDocument;
    expect(calls).toEqual(['samples/mofa-2002-10-27-koizumi-kasyanov.txt']);
    expect(['created', 'unchanged', 'replaced', 'duplicate']).toContain(result.status);
    if (result.status === 'created' || result.status === 'replaced') created.push(result.documentId);
    expect(result.document.id).toBe(result.documentId);
    expect(await cypherValue(db, 'MATCH (d:Document {id: $id}) RETURN count(d) AS value', { id: result.documentId })).toBe(1);
    const meeting = result.meetings.find((m: any) => m.date === '2002-10-27');
    expect(meeting.participants.filter((p: any) => p.role === 'PRINCIPAL')).toHaveLength(2);
    const again = await gql(yoga, INGEST, { text: SAMPLE, source: 'samples/mofa-2002-10-27-koizumi-kasyanov.txt' }, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(again.data!.ingestDocument.documentId).toBe(result.documentId);
    expect(['unchanged', 'duplicate']).toContain(again.data!.ingestDocument.status);
  });

  it('reports a rejected input with INGEST_REJECTED and its reason', async () => {
    const yoga = testApi(db, { token: TOKEN, ingest: pipeline(db) });
    const response = await gql(yoga, INGEST, { text: 'これは会談の概要ではない。', source: 'api-test-not-a-summary' }, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(response.status).toBeLessThan(500);
    expect(codes(response)).toEqual(['INGEST_REJECTED']);
    expect(response.errors![0]!.extensions).toMatchObject({ reason: 'NOT_A_MEETING_SUMMARY' });
    expect(await readQuery(db, "MATCH (d:Document {source: 'api-test-not-a-summary'}) RETURN d.id AS id")).toEqual([]);
  });

  it('rejects mutations sent as simple requests (CSRF)', async () => {
    const yoga = testApi(db, { token: TOKEN, ingest: pipeline(db) });
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: INGEST, variables: { text: SAMPLE, source: 'csrf' } }),
    });
    expect(response.status).toBe(403);
    const stats = await data(yoga, '{ stats { documents } }');
    expect(stats.stats.documents).toBe(await cypherValue(db, 'MATCH (d:Document) RETURN count(d) AS value'));
  });
});
