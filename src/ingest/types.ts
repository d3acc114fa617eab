// Private types of the ingest stage: what a worker is asked, what it answers, what each input became.
import type { ErrorCode } from '../errors.js';
import type { ExtractionResult } from '../types.js';
import type { PageFindings } from './findings.js';

/** One input's bytes, sent to an extraction worker (decoding happens there too: it costs CPU). */
export interface ExtractTask {
  source: string;
  bytes: Uint8Array;
  contentType?: string;
}

/** A worker never throws across the thread boundary (custom error classes do not survive it). */
export type ExtractAnswer =
  | { ok: true; result: ExtractionResult }
  | { ok: false; code: ErrorCode | 'EXTRACTION_FAILED' | 'EXTRACTION_TIMEOUT' | 'WRITE_FAILED'; reason: string };

export type ItemStatus = 'created' | 'unchanged' | 'replaced' | 'duplicate' | 'rejected';

/** What happened to one input. */
export interface ItemOutcome {
  source: string;
  status: ItemStatus;
  /** Error code and one-line reason of a rejected input. */
  code?: string;
  reason?: string;
  statements: number;
  /** What the page's extraction could not establish (absent for rejected inputs). */
  findings?: PageFindings;
}
