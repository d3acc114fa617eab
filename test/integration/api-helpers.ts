// Test support for the API tests: the fixture corpus written through the real writer, a yoga instance
// called in process, and independent Cypher to check answers against.
import { readFileSync } from 'node:fs';
import type { ApiContext, IngestFunction } from '../../src/api/context.js';
import { createApi, type CreateApiOptions, type DiplographApi } from '../../src/api/server.js';
import { type Db, readQuery, writeTransaction } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';
import { writeDocuments } from '../../src/graph/writer.js';
import type { ExtractionResult } from '../../src/types.js';
import { apiCorpus } from './api-corpus.js';
import { clearDatabase, testDb } from './helpers.js';

export type { ApiContext };

export function seedLike(): ExtractionResult {
  return JSON.parse(readFileSync(new URL('../fixtures/results/seed-like.json', import.meta.url), 'utf8')) as ExtractionResult;
}

/**
 * The seed-like result of the bundled sample plus the synthetic API corpus. The seed-like result gets a
 * source of its own: under samples/ it would "replace" the real ingest of the sample in other tests.
 */
export function fixtureResults(): ExtractionResult[] {
  const seed = seedLike();
  return [{ ...seed, document: { ...seed.document, source: 'fixtures/api/seed-like.txt' } }, ...apiCorpus()];
}

/** Removes one document and its meetings, topics and statements (entities are shared and stay). */
export async function deleteDocument(db: Db, id: string): Promise<void> {
  await writeTransaction(db, async (tx) => {
    await tx.run(
      `CALL () {
         MATCH (x:Meeting {document: $id}) RETURN x
         UNION MATCH (x:Topic {document: $id}) RETURN x
         UNION MATCH (x:Statement {document: $id}) RETURN x
       }
       DETACH DELETE x`,
      { id },
    );
    await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id });
  });
}

/**
 * Connects to the test Neo4j, empties it (as the ingest tests do: answers are compared with literal
 * facts of the fixtures, which data left by other test files would blur) and writes the fixtures.
 */
export async function seededDb(): Promise<Db> {
  const db = await testDb();
  await clearDatabase(db);
  await applySchema(db);
  await writeDocuments(db, fixtureResults());
  return db;
}

export interface ApiOptions {
  token?: string | null;
  exposeSchema?: boolean;
  ingest?: IngestFunction | null;
  extra?: Partial<CreateApiOptions>;
}

export function testApi(db: Db, { token = null, exposeSchema = true, ingest = null, extra = {} }: ApiOptions = {}): DiplographApi {
  return createApi({
    db,
    config: { api: { host: '127.0.0.1', port: 0, token, exposeSchema } },
    ingest,
    logging: false,
    ...extra,
  });
}

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }> | undefined;
}

/** POSTs one GraphQL request to the yoga instance in process. */
export async function gql<T = Record<string, any>>(
  yoga: DiplographApi,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GqlResponse['errors'] };
  return { status: response.status, data: body.data, errors: body.errors };
}

/** The data of a request that must succeed; fails the test with the errors otherwise. */
export async function data<T = Record<string, any>>(yoga: DiplographApi, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await gql<T>(yoga, query, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** The error codes of a response, in order. */
export function codes(response: GqlResponse): Array<string | undefined> {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

/** One value from independent Cypher (the check the API answer is compared with). */
export async function cypherValue<T>(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const [row] = await readQuery<{ value: T }>(db, cypher, params);
  return row?.value as T;
}

/** Every page of a connection, following endCursor; returns the node ids in order. */
export async function allPages(
  yoga: DiplographApi,
  query: string,
  pick: (data: Record<string, any>) => { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } },
  variables: Record<string, unknown> = {},
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const connection = pick(await data(yoga, query, { ...variables, after }));
    ids.push(...connection.edges.map((edge) => edge.node.id));
    if (!connection.pageInfo.hasNextPage) return ids;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}
