// Extraction worker (a piscina thread): decode, clean and extract one input, or only decode it and
// compute its content id (identify: the unchanged check, no tokenising). The pipeline keeps its kuromoji
// tokenizer per thread, so the dictionary loads once per worker, on its first extraction: a run that
// finds every page unchanged never loads it.
import { createHash } from 'node:crypto';
import { isDiplographError } from '../errors.js';
import { EXTRACTOR_VERSION, checkMeetingSummary, extractDocument, normalizeDocumentText, prepareSource } from '../pipeline.js';
import type { ExtractAnswer, ExtractTask, IdentifyAnswer, WorkerTask } from './types.js';

export default async function runTask(task: WorkerTask): Promise<ExtractAnswer | IdentifyAnswer> {
  try {
    if ('identify' in task) return identify(task.identify);
    const prepared = 'prepared' in task ? task.prepared : prepareSource(task);
    const result = await extractDocument(prepared);
    checkMeetingSummary(result);
    return { ok: true, result };
  } catch (error) {
    if (isDiplographError(error)) return { ok: false, code: error.code, reason: error.message };
    // A bug on one odd document must not stop ten thousand others: report it as that input's reason.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, code: 'EXTRACTION_FAILED', reason: `extraction failed: ${message}` };
  }
}

/**
 * Decodes and cleans the input and computes the content id extraction would give it (the same
 * normalisation and hash as the pipeline), without tokenising: enough to tell an unchanged page.
 */
function identify(task: ExtractTask): IdentifyAnswer {
  const prepared = prepareSource(task);
  const id = createHash('sha256').update(normalizeDocumentText(prepared.text)).digest('hex');
  return { ok: true, id, extractorVersion: EXTRACTOR_VERSION, prepared };
}
