// Bytes of one input → the SourceText the extractor takes, and the rule for what counts as a meeting
// summary. Runs inside extraction workers; everything it rejects is a DiplographError with a reason.
import { htmlToText } from '../clean/html.js';
import { DiplographError } from '../errors.js';
import type { SourceText } from '../pipeline.js';
import { decodeInput } from '../read/decode-input.js';
import type { RawInput } from '../read/types.js';
import type { ExtractionResult } from '../types.js';

export function prepareSource(raw: RawInput): SourceText {
  const decoded = decodeInput(raw);
  if (!decoded.isHtml) return { source: raw.source, text: decoded.text, encoding: decoded.encoding };
  const { text, title } = htmlToText(decoded.text);
  if (text.trim() === '') throw new DiplographError('INPUT_EMPTY', 'HTML page without body text');
  const prepared: SourceText = { source: raw.source, text, encoding: decoded.encoding };
  if (title !== '') prepared.htmlTitle = title;
  return prepared;
}

/**
 * Decision (issue 4): a text in which the extractor finds neither a meeting nor a reported statement
 * is rejected, not stored as an empty Document: the graph is about meetings, and a recipe or an error
 * page saved by mistake would only add noise to search. A truncated summary with its lead sentence
 * still has a meeting and goes in with what can be found.
 */
export function checkMeetingSummary(result: ExtractionResult): void {
  if (result.meetings.length > 0 || result.statements.length > 0) return;
  throw new DiplographError('NOT_A_MEETING_SUMMARY', 'not a meeting summary: no meeting and no reported statement found');
}
