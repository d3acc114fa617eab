// Writes: ingestDocument, allowed only with the configured bearer token.
import { createHash, timingSafeEqual } from 'node:crypto';
import { isDiplographError } from '../../errors.js';
import type { ApiContext } from '../context.js';
import { apiError, translateDatabaseError } from '../errors.js';
import { listOf } from './meetings.js';

/** Largest document text the mutation accepts, in characters. */
export const MAX_INGEST_CHARS = 2_000_000;

function sameToken(given: string, expected: string): boolean {
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function authorise(ctx: ApiContext) {
  const { token, ingest } = ctx.writes;
  if (token === null || ingest === null) {
    throw apiError('WRITES_DISABLED', 'Writes are turned off on this server: no API token is configured (DIPLOGRAPH_API_TOKEN).');
  }
  if (ctx.bearer === null) {
    throw apiError('UNAUTHENTICATED', 'This mutation needs an `Authorization: Bearer <token>` header.');
  }
  if (!sameToken(ctx.bearer, token)) throw apiError('INVALID_TOKEN', 'The bearer token is not valid for this server.');
  return ingest;
}

/** Whose fault: the text (INGEST_REJECTED), its extraction time (EXTRACTION_TIMEOUT), or the database (503). */
function ingestError(error: unknown): unknown {
  if (isDiplographError(error) && error.code === 'EXTRACTION_TIMEOUT') {
    return apiError('EXTRACTION_TIMEOUT', `${error.message}; split the text or send the meeting summary alone.`);
  }
  // The driver's message names the server's internal address: never passed on.
  if (isDiplographError(error) && error.code === 'NEO4J_UNAVAILABLE') return apiError('DATABASE_UNAVAILABLE', 'Neo4j is not reachable right now; try again later.');
  if (isDiplographError(error)) return apiError('INGEST_REJECTED', error.message, { reason: error.code });
  return translateDatabaseError(error);
}

async function ingestDocument(_: unknown, args: { text: string; source: string }, ctx: ApiContext) {
  const ingest = authorise(ctx);
  if (args.text.trim() === '') throw apiError('BAD_USER_INPUT', 'The document text is empty.');
  if (args.text.length > MAX_INGEST_CHARS) {
    throw apiError('BAD_USER_INPUT', `The document text may have at most ${MAX_INGEST_CHARS} characters.`);
  }
  let outcome;
  try {
    outcome = await ingest(args.text, args.source);
  } catch (error) {
    throw ingestError(error);
  }
  // Cached answers are keyed by graph version: make the next request see this write at once.
  ctx.graph.changed();
  return {
    documentId: outcome.documentId,
    status: outcome.status,
    document: () => ctx.loaders.nodes.load(outcome.documentId),
    meetings: () => listOf(ctx, 'find-document-links', outcome.documentId, 'meetings'),
  };
}

export const mutationResolvers = { Mutation: { ingestDocument } };
