// Extraction worker (a piscina thread): decode, clean and extract one input. The pipeline keeps its
// kuromoji tokenizer per thread, so the dictionary loads once per worker, on its first document.
import { isDiplographError } from '../errors.js';
import { extractMeetingSummary } from '../pipeline.js';
import type { ExtractAnswer, ExtractTask } from './types.js';

export default async function extractTask(task: ExtractTask): Promise<ExtractAnswer> {
  try {
    const result = await extractMeetingSummary(task);
    return { ok: true, result };
  } catch (error) {
    if (isDiplographError(error)) return { ok: false, code: error.code, reason: error.message };
    // A bug on one odd document must not stop ten thousand others: report it as that input's reason.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, code: 'EXTRACTION_FAILED', reason: `extraction failed: ${message}` };
  }
}
