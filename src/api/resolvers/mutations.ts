// Writes: ingestDocument, allowed only with the configured bearer token.
import { createHash, timingSafeEqual } from 'node:crypto';
import { isDiplographError } from '../../errors.js';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';
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
    if (isDiplographError(error)) throw apiError('INGEST_REJECTED', error.message, { reason: error.code });
    throw error;
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
