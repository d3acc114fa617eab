// A digest of an input as read: its source, the Content-Type of a fetched URL and its bytes, everything
// decoding depends on (a page's name says whether bytes with tags are HTML). Ingest records it on the
// Document the input became, so that a re-run can tell a file it already holds from the bytes alone,
// before decoding and cleaning it (see run-ingest.ts).
import { createHash } from 'node:crypto';
import type { RawInput } from './types.js';

export function inputDigestOf(raw: RawInput): string {
  return createHash('sha256').update(raw.source).update('\n').update(raw.contentType ?? '').update('\n').update(raw.bytes).digest('hex');
}
