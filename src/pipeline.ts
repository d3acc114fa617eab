// The extraction pipeline: decoded text in, ExtractionResult (the contract) out.
// read/ and clean/html turn bytes into text before this; graph/ writes what this returns.
import type { ExtractionResult } from './types.js';

export interface SourceText {
  /** Path or URL the text came from. */
  source: string;
  /** Decoded text; HTML already reduced to lines of body text. */
  text: string;
  /** Detected input encoding, e.g. UTF-8, Shift_JIS. */
  encoding?: string;
  /** Title taken from HTML <title>, when the input was HTML. */
  htmlTitle?: string;
}

/** Bumped whenever extraction output changes, so that ingest re-writes documents made by older versions. */
export const EXTRACTOR_VERSION = '0.1.0';

export async function extractDocument(_input: SourceText): Promise<ExtractionResult> {
  throw new Error('extractDocument: not implemented yet');
}
