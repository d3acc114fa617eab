// A fixed pool of extraction worker threads (piscina). Workers load the compiled dist/ingest/worker.js:
// Node 20 cannot run TypeScript, so when this module itself runs from src/ (vitest), the matching
// dist/ file is used and the project must have been built. Threads start on the first extraction, or
// when the caller warms them up knowing one is coming: a run that finds every input unchanged
// (identified in the calling thread) starts none, and reads no dictionary.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Piscina } from 'piscina';
import { type DictionaryFiles, loadDictionaryFiles } from '../nlp/dictionary-files.js';
import type { ExtractAnswer, ExtractTask, IdentifyAnswer, PreparedTask, WorkerTask } from './types.js';

export interface PoolOptions {
  /** Worker threads; 0 extracts in the calling thread (small inputs, tests). @default 2 */
  workers?: number;
  /** Compiled worker module. @default dist/ingest/worker.js next to this module */
  workerFile?: string;
  /**
   * V8 old-space cap of each worker, in MiB. The dictionary lives mostly outside the heap (typed
   * arrays); a cap keeps a long run's heap from drifting upwards between lazy collections, so memory
   * stays flat in corpus size. @default 256
   */
  maxHeapMb?: number;
  /**
   * Time one input may take to extract, in ms. Past it the worker thread is terminated (the only way to
   * stop a runaway regular expression) and the input rejected as EXTRACTION_TIMEOUT; the pool starts a
   * new thread. Not enforced with 0 workers (extraction in the calling thread). @default 30000
   */
  budgetMs?: number;
  /** Threads kept while idle; the others end after idleTimeoutMs. @default workers (all kept) */
  minThreads?: number;
  /** How long an idle thread above minThreads lives. @default for ever */
  idleTimeoutMs?: number;
}

export interface ExtractionPool {
  extract(task: ExtractTask | PreparedTask): Promise<ExtractAnswer>;
  /** Decode an input and compute its content id without extracting (absent: the caller extracts every input). */
  identify?(task: ExtractTask): Promise<IdentifyAnswer>;
  /** Whether worker threads were started (false until the first extraction or warmUp). */
  started?(): boolean;
  /**
   * Starts the threads now, ahead of the first extraction, when the caller knows one is coming: a
   * thread takes about 0.3 s to load the extraction modules, which then overlaps the caller's reads.
   */
  warmUp?(): void;
  close(): Promise<void>;
}

type Threads = Piscina<WorkerTask, ExtractAnswer | IdentifyAnswer>;

export const DEFAULT_WORKERS = 2;

export const DEFAULT_PAGE_BUDGET_MS = 30_000;

// Decoding and cleaning (htmlparser2, the decoders) load on the first page to identify: a re-run whose
// every input the graph holds as read (see run-ingest.ts) never needs them.
let identifyModule: Promise<typeof import('./identify.js')> | null = null;
const identifyInput = async (task: ExtractTask): Promise<IdentifyAnswer> => (await (identifyModule ??= import('./identify.js'))).identifyInput(task);

export function defaultWorkerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.ts')
    ? here.replace(/([\\/])src([\\/]ingest[\\/])pool\.ts$/, '$1dist$2worker.js')
    : here.replace(/pool\.js$/, 'worker.js');
  if (!existsSync(compiled)) {
    throw new Error(`extraction worker ${compiled} is missing: run \`npm run build\` first`);
  }
  return compiled;
}

export function createExtractionPool(options: PoolOptions = {}): ExtractionPool {
  const { workers = DEFAULT_WORKERS, maxHeapMb = 256, budgetMs = DEFAULT_PAGE_BUDGET_MS } = options;
  if (workers === 0) return inlinePool();
  // Each thread costs a start-up and, on its first extraction, the tokenizer's structures: not made
  // until needed. With several threads the dictionary files are decompressed once, here, into memory
  // they share (decompressing them in each thread was about half of its start-up), while the threads
  // start and load their modules; every task carries the shared copy (a handle, not the bytes), which
  // lives as long as the pool. A single thread (the API's pool, let go when idle) reads its own (from the
  // same per-user cache of decompressed files, see tokenizer.ts).
  // piscina itself loads with the first thread too: a run that extracts nothing never imports it.
  let piscina: Promise<Threads> | null = null;
  let dictionary: Promise<DictionaryFiles | null> = Promise.resolve(null);
  const threads = (): Promise<Threads> => {
    if (piscina) return piscina;
    // Without the shared copy (files unreadable), each thread loads its dictionary and meets the error itself.
    if (workers > 1) dictionary = loadDictionaryFiles().catch(() => null);
    return (piscina = import('piscina').then(({ Piscina }) => new Piscina<WorkerTask, ExtractAnswer | IdentifyAnswer>({
      filename: pathToFileURL(options.workerFile ?? defaultWorkerFile()).href,
      minThreads: options.minThreads ?? workers,
      maxThreads: workers,
      // By default threads stay for the whole run: each one holds a loaded kuromoji dictionary.
      idleTimeout: options.idleTimeoutMs ?? 2 ** 31 - 1,
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    })));
  };
  const withDictionary = async (task: ExtractTask | PreparedTask): Promise<WorkerTask> => {
    const files = await dictionary;
    return files ? { ...task, dictionary: files } : task;
  };
  // The worker file is checked now, so that a missing build fails before any input is read.
  if (!options.workerFile) defaultWorkerFile();
  // At most one task per thread is handed to piscina, so that a task's budget starts when a thread
  // takes it, not while it waits behind others.
  const slots = createSlots(workers);
  return {
    // The budget starts once the dictionary files are read, when a thread can take the task.
    extract: (task) => slots.run(async () => {
      const pool = threads();
      const withFiles = await withDictionary(task);
      return runWithin(await pool, withFiles, budgetMs);
    }) as Promise<ExtractAnswer>,
    // Decoding and hashing cost far less than a thread hop with the page's bytes and text.
    identify: identifyInput,
    started: () => piscina !== null,
    warmUp: () => void threads(),
    close: async () => {
      if (piscina) await (await piscina).destroy();
    },
  };
}

function inlinePool(): ExtractionPool {
  let worker: Promise<(task: WorkerTask) => Promise<ExtractAnswer | IdentifyAnswer>> | null = null;
  const run = async (task: WorkerTask) => {
    worker ??= import('./worker.js').then((module) => module.default);
    return (await worker)(task);
  };
  return {
    extract: (task) => run(task) as Promise<ExtractAnswer>,
    identify: identifyInput,
    close: async () => {},
  };
}

async function runWithin(piscina: Threads, task: WorkerTask, budgetMs: number): Promise<ExtractAnswer | IdentifyAnswer> {
  const budget = AbortSignal.timeout(budgetMs);
  try {
    return await piscina.run(task, { signal: budget });
  } catch (error) {
    if (budget.aborted) {
      const reason = `extraction took longer than its budget of ${(budgetMs / 1000).toFixed(1)} s and was stopped`;
      return { ok: false, code: 'EXTRACTION_TIMEOUT', reason };
    }
    // The worker thread itself died (out of memory...): that input fails, the pool replaces it.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'EXTRACTION_FAILED', reason: `extraction worker failed: ${message}` };
  }
}

/** A counting semaphore: run() waits for one of `size` slots. */
function createSlots(size: number) {
  let free = size;
  const waiting: Array<() => void> = [];
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (free > 0) free--;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await work();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else free++;
      }
    },
  };
}
