// A fixed pool of extraction worker threads (piscina). Workers load the compiled dist/ingest/worker.js:
// Node 20 cannot run TypeScript, so when this module itself runs from src/ (vitest), the matching
// dist/ file is used and the project must have been built.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { ExtractAnswer, ExtractTask } from './types.js';

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
}

export interface ExtractionPool {
  extract(task: ExtractTask): Promise<ExtractAnswer>;
  close(): Promise<void>;
}

export const DEFAULT_WORKERS = 2;

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
  const { workers = DEFAULT_WORKERS, maxHeapMb = 256 } = options;
  if (workers === 0) return inlinePool();
  const piscina = new Piscina<ExtractTask, ExtractAnswer>({
    filename: pathToFileURL(options.workerFile ?? defaultWorkerFile()).href,
    minThreads: workers,
    maxThreads: workers,
    // Threads stay for the whole run: each one holds a loaded kuromoji dictionary.
    idleTimeout: 2 ** 31 - 1,
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
  });
  return {
    extract: async (task) => {
      try {
        return await piscina.run(task);
      } catch (error) {
        // The worker thread itself died (out of memory...): that input fails, the pool replaces it.
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, code: 'EXTRACTION_FAILED', reason: `extraction worker failed: ${message}` };
      }
    },
    close: () => piscina.destroy(),
  };
}

function inlinePool(): ExtractionPool {
  let worker: Promise<(task: ExtractTask) => Promise<ExtractAnswer>> | null = null;
  return {
    extract: async (task) => {
      worker ??= import('./worker.js').then((module) => module.default);
      return (await worker)(task);
    },
    close: async () => {},
  };
}
