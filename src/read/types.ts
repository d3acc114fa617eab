// Private types of the read stage: where an input comes from, its raw bytes, and its decoded text.
import type { DiplographError } from '../errors.js';

/** One thing the user asked to ingest, resolved from a command-line argument. */
export type InputRef =
  | { kind: 'file'; source: string; path: string }
  | { kind: 'url'; source: string; url: string }
  | { kind: 'stdin'; source: string }
  /** An argument that cannot be read at all (missing path...): reported, never a crash. */
  | { kind: 'rejected'; source: string; error: DiplographError };

export interface RawInput {
  /** Path or URL, as reported to the user and stored on the Document. */
  source: string;
  bytes: Uint8Array;
  /** Content-Type header of a fetched URL; it may carry a charset and says whether the body is HTML. */
  contentType?: string;
}

export interface DecodedInput {
  text: string;
  /** Name of the detected encoding, e.g. UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP, UTF-16LE. */
  encoding: string;
  isHtml: boolean;
}
