// The one place that composes extraction, stage by stage, in one direction:
//   bytes → read (encoding) → clean (HTML to lines, navigation, width) → parse (layout, lead)
//   → nlp (tokens) → extract (mentions) → resolve (entities) → frame (meetings, statements)
//   → ExtractionResult (the contract).
// The ingest worker, the API's mutation and `diplograph extract` all call it; graph/ writes its result.
import { foldWidth } from './clean/normalize.js';
import { DiplographError } from './errors.js';
import type { RawInput } from './read/types.js';
import { parseLayout } from './parse/layout.js';
import { toIso, type PartialDate } from './parse/dates.js';
import { tokenLookup } from './nlp/tokenizer.js';
import { findMentions } from './extract/mentions.js';
import { resolveDocument } from './resolve/resolve-document.js';
import { frameMeeting } from './frame/lead-frame.js';
import { frameDocument } from './frame/frame-document.js';
import { backLinkCountries } from './frame/side-clues.js';
import { CONTRACT_VERSION, type ExtractionResult } from './types.js';
import { EXTRACTOR_VERSION } from './extractor-version.js';
import { contentIdOf, normalizeDocumentText, prepareSource, type SourceText } from './source-text.js';

export { EXTRACTOR_VERSION, normalizeDocumentText, prepareSource, type SourceText };

function isoOf(date: PartialDate | null): string | null {
  return date && date.year && date.month && !date.monthOnly ? toIso(date.year, date.month, date.day) : null;
}

/** Decoded text → ExtractionResult. */
export async function extractDocument(input: SourceText): Promise<ExtractionResult> {
  const text = normalizeDocumentText(input.text);
  const id = contentIdOf(text);
  const layout = parseLayout(text);
  const tokens = await tokenLookup(text);
  const mentions = findMentions(text, tokens);
  const lead = layout.lead ? frameMeeting(text, layout.title, layout.lead, layout.headerDate, mentions.persons) : null;
  const headerIso = isoOf(layout.headerDate);
  const resolved = resolveDocument(text, mentions, lead?.principals ?? [], lead?.date ?? headerIso, id);
  const backLinks = backLinkCountries(foldWidth(input.text));
  const frame = frameDocument(text, id, layout, lead, mentions.persons, resolved, headerIso, backLinks);
  return {
    contractVersion: CONTRACT_VERSION,
    document: {
      id, source: input.source, title: layout.title || input.htmlTitle || '', text, encoding: input.encoding ?? 'UTF-8', headerDate: headerIso,
      ...(input.inputDigest === undefined ? {} : { inputDigest: input.inputDigest }),
    },
    meetings: frame.meetings,
    entities: frame.entities,
    topics: frame.topics,
    statements: frame.statements,
    extractorVersion: EXTRACTOR_VERSION,
  };
}

/** Bytes of one input → ExtractionResult, whatever it holds (what `diplograph extract` prints). */
export async function extractInput(raw: RawInput): Promise<ExtractionResult> {
  return extractDocument(prepareSource(raw));
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

/** Bytes of one input → the ExtractionResult that ingest writes: a meeting summary, or a rejection. */
export async function extractMeetingSummary(raw: RawInput): Promise<ExtractionResult> {
  const result = await extractInput(raw);
  checkMeetingSummary(result);
  return result;
}
