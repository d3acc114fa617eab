// Private types of the ingest stage: what a worker is asked, what it answers, what each input became.
import type { ErrorCode } from '../errors.js';
import type { DictionaryFiles } from '../nlp/dictionary-files.js';
import type { SourceText } from '../source-text.js';
import type { ExtractionResult } from '../types.js';
import type { PageFindings } from './findings.js';

/** One input's bytes, sent to an extraction worker (decoding happens there too: it costs CPU). */
export interface ExtractTask {
  source: string;
  bytes: Uint8Array;
  contentType?: string;
}

/** An input an identify task has already decoded and cleaned: extraction starts from its text. */
export interface PreparedTask {
  prepared: SourceText;
}

/** Decode and clean an input and compute its content id, without extracting (the unchanged check). */
export interface IdentifyTask {
  identify: ExtractTask;
}

/** An extraction as the pool sends it to a thread: with the shared dictionary files, when it has them. */
export type WorkerTask = ((ExtractTask | PreparedTask) & { dictionary?: DictionaryFiles }) | IdentifyTask;

/** The content id extraction would give the input, and its decoded text for the extraction to come. */
export type IdentifyAnswer =
  | { ok: true; id: string; extractorVersion: string; prepared: SourceText }
  | { ok: false; code: ErrorCode | 'EXTRACTION_FAILED' | 'EXTRACTION_TIMEOUT'; reason: string };

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
