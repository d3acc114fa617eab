// The extraction pipeline: decoded text in, ExtractionResult (the contract) out.
// read/ and clean/html turn bytes into text before this; graph/ writes what this returns.
import { createHash } from 'node:crypto';
import { foldWidth, normalizeLines } from './clean/normalize.js';
import { stripNavigation } from './clean/navigation.js';
import { tokenize } from './nlp/tokenizer.js';
import { extractParts } from './extract/extract-document.js';
import { CONTRACT_VERSION, type ExtractionResult } from './types.js';

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

/**
 * Bumped whenever extraction output, or the graph the writer makes of it, changes, so that ingest
 * re-writes documents made by older versions (0.3.0: statements link to their topic section, IN_TOPIC).
 */
export const EXTRACTOR_VERSION = '0.3.0';

/** The body text every offset refers to: width-folded, navigation removed, blank-line runs collapsed. */
export function normalizeDocumentText(raw: string): string {
  const folded = foldWidth(normalizeLines(raw.replace(/^\uFEFF/u, '')));
  return normalizeLines(stripNavigation(folded.split('\n')).join('\n'));
}

export async function extractDocument(input: SourceText): Promise<ExtractionResult> {
  const text = normalizeDocumentText(input.text);
  const id = createHash('sha256').update(text).digest('hex');
  const tokens = await tokenize(text);
  const parts = extractParts(text, tokens, id);
  return {
    contractVersion: CONTRACT_VERSION,
    document: {
      id,
      source: input.source,
      title: parts.title || input.htmlTitle || '',
      text,
      encoding: input.encoding ?? 'UTF-8',
      headerDate: parts.headerDate,
    },
    meetings: parts.meetings,
    entities: parts.entities,
    topics: parts.topics,
    statements: parts.statements,
    extractorVersion: EXTRACTOR_VERSION,
  };
}
