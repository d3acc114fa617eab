// Runs analysis.ts on one worker thread with a time budget, so that a large network never stops the
// API from answering other requests. Node 20 cannot run TypeScript: from src/ (vitest) the compiled
// dist/ worker is used, as for the ingest pool.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { apiError } from '../errors.js';
import type { Network } from './analysis.js';
import type { Projection } from './projection.js';

export interface NetworkAnalyser {
  analyse(projection: Projection): Promise<Network>;
  /** Analyses handed to the thread so far: tests read it to see that identical requests shared one. */
  readonly analyses: number;
  close(): Promise<void>;
}

export interface NetworkAnalyserOptions {
  /** Time one analysis may take, in ms; past it the thread is stopped and NETWORK_TIMEOUT answered. @default 15000 */
  budgetMs?: number;
  /** Analyses at once (each a thread). @default 1 */
  threads?: number;
}

export const DEFAULT_NETWORK_BUDGET_MS = 15_000;

function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.ts')
    ? here.replace(/([\\/])src([\\/]api[\\/]network[\\/])off-thread\.ts$/, '$1dist$2worker.js')
    : here.replace(/off-thread\.js$/, 'worker.js');
  if (!existsSync(compiled)) throw new Error(`network worker ${compiled} is missing: run \`npm run build\` first`);
  return compiled;
}

export function createNetworkAnalyser({ budgetMs = DEFAULT_NETWORK_BUDGET_MS, threads = 1 }: NetworkAnalyserOptions = {}): NetworkAnalyser {
  let pool: Piscina<Projection, Network> | null = null;
  let analyses = 0;
  return {
    get analyses() {
      return analyses;
    },
    async analyse(projection) {
      // The thread starts on the first analysis and ends after a minute without one.
      pool ??= new Piscina({ filename: pathToFileURL(workerFile()).href, minThreads: 0, maxThreads: threads, idleTimeout: 60_000 });
      const budget = AbortSignal.timeout(budgetMs);
      analyses++;
      try {
        return await pool.run(projection, { signal: budget });
      } catch (error) {
        if (!budget.aborted) throw error;
        throw apiError(
          'NETWORK_TIMEOUT',
          `The network analysis took longer than ${(budgetMs / 1000).toFixed(1)} s and was stopped; narrow it with from/to, countries or kinds.`,
          { budgetMs },
        );
      }
    },
    close: async () => {
      await pool?.destroy();
      pool = null;
    },
  };
}
