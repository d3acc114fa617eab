// Bytes → the body text extraction reads, and its content id: decoding, HTML to lines, navigation,
// width. The first stage of the pipeline, kept apart from tokenising and the lexicons so that ingest's own
// thread can tell an unchanged page (same content id, same extractor version) without loading them.
import { createHash } from 'node:crypto';
import { foldWidth, normalizeLines } from './clean/normalize.js';
import { stripNavigation } from './clean/navigation.js';
import { joinTableCells } from './clean/table-cells.js';
import { htmlToText } from './clean/html.js';
import { DiplographError } from './errors.js';
import { decodeInput } from './read/decode-input.js';
import { inputDigestOf } from './read/input-digest.js';
import type { RawInput } from './read/types.js';

export interface SourceText {
  /** Path or URL the text came from. */
  source: string;
  /** Decoded text; HTML already reduced to lines of body text. */
  text: string;
  /** Detected input encoding, e.g. UTF-8, Shift_JIS. */
  encoding?: string;
  /** Title taken from HTML <title>, when the input was HTML. */
  htmlTitle?: string;
  /** Digest of the input's bytes (inputDigestOf), when the text was read from bytes. */
  inputDigest?: string;
}

/** The body text every offset refers to: width-folded, navigation removed, a table's cell bars read away, blank-line runs collapsed. */
export function normalizeDocumentText(raw: string): string {
  const folded = foldWidth(normalizeLines(raw.replace(/^\uFEFF/u, '')));
  return normalizeLines(joinTableCells(stripNavigation(folded.split('\n'))).join('\n'));
}

/** The document id: a digest of its body text, so the same page read twice is one document. */
export function contentIdOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Bytes of one input → the decoded text the extractor takes (HTML reduced to its body lines). */
export function prepareSource(raw: RawInput): SourceText {
  const decoded = decodeInput(raw);
  const inputDigest = inputDigestOf(raw);
  if (!decoded.isHtml) return { source: raw.source, text: decoded.text, encoding: decoded.encoding, inputDigest };
  const { text, title } = htmlToText(decoded.text);
  if (text.trim() === '') throw new DiplographError('INPUT_EMPTY', 'HTML page without body text');
  const prepared: SourceText = { source: raw.source, text, encoding: decoded.encoding, inputDigest };
  if (title !== '') prepared.htmlTitle = title;
  return prepared;
}
