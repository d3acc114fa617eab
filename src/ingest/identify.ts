// The unchanged check's first half: decode and clean an input and compute the content id extraction
// would give it (the same normalisation and hash as the pipeline), without tokenising. Cheap enough
// (about a millisecond a page) to run in the calling thread: a re-run that finds every page unchanged
// then starts no worker thread and loads no dictionary.
import { isDiplographError } from '../errors.js';
import { EXTRACTOR_VERSION } from '../extractor-version.js';
import { contentIdOf, normalizeDocumentText, prepareSource } from '../source-text.js';
import type { ExtractTask, IdentifyAnswer } from './types.js';

export function identifyInput(task: ExtractTask): IdentifyAnswer {
  try {
    const prepared = prepareSource(task);
    const id = contentIdOf(normalizeDocumentText(prepared.text));
    return { ok: true, id, extractorVersion: EXTRACTOR_VERSION, prepared };
  } catch (error) {
    if (isDiplographError(error)) return { ok: false, code: error.code, reason: error.message };
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, code: 'EXTRACTION_FAILED', reason: `extraction failed: ${message}` };
  }
}
