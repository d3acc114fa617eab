// Extraction worker (a piscina thread): decode, clean and extract one input, or only decode it and
// compute its content id (identify; ingest does that in its own thread, see identify.ts). The pipeline
// keeps its kuromoji tokenizer per thread, so the dictionary loads once per worker, on its first
// extraction, from the decompressed dictionary files the pool shares with its threads (sent with
// every task; only the first one's are used).
import { isDiplographError } from '../errors.js';
import { useDictionaryFiles } from '../nlp/tokenizer.js';
import { checkMeetingSummary, extractDocument, prepareSource } from '../pipeline.js';
import { identifyInput } from './identify.js';
import type { ExtractAnswer, ExtractTask, IdentifyAnswer, WorkerTask } from './types.js';

export default async function runTask(task: WorkerTask): Promise<ExtractAnswer | IdentifyAnswer> {
  try {
    if ('identify' in task) return identifyInput(task.identify);
    const { dictionary, ...input } = task;
    if (dictionary) useDictionaryFiles(dictionary);
    const prepared = 'prepared' in input ? input.prepared : prepareSource(input);
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

