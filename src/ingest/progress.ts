// Progress of an ingest run: a cli-progress bar on a terminal, otherwise a plain line every few
// seconds (logs and CI keep readable output).
import cliProgress from 'cli-progress';
import type { ItemOutcome } from './types.js';

export interface ProgressOptions {
  /** Number of inputs, when known. */
  total: number;
  /** @default process.stderr */
  stream?: NodeJS.WriteStream;
  /** Draw a bar; otherwise print plain lines. @default stream.isTTY */
  bar?: boolean;
  /** Time between plain lines. @default 5000 */
  intervalMs?: number;
}

export interface ProgressReporter {
  update(outcome: ItemOutcome): void;
  stop(): void;
}

export function createProgress(options: ProgressOptions): ProgressReporter {
  const { total, stream = process.stderr, intervalMs = 5000 } = options;
  const useBar = options.bar ?? stream.isTTY === true;
  const started = performance.now();
  let done = 0;
  let rejected = 0;
  const rate = () => (done / Math.max((performance.now() - started) / 1000, 1e-3)).toFixed(1);
  const bar = useBar
    ? new cliProgress.SingleBar(
        { stream, format: 'ingest [{bar}] {value}/{total} | {rate} docs/s | rejected {rejected} | eta {eta_formatted}', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(total, 0, { rate: '0.0', rejected: 0 });
  let lastLine = performance.now();
  const plainLine = () => stream.write(`ingest: ${done}/${total} inputs, ${rate()} docs/s, ${rejected} rejected\n`);
  return {
    update(outcome) {
      done++;
      // Reasons are not repeated here: the per-input lines and the final summary carry them.
      if (outcome.status === 'rejected') rejected++;
      if (bar) bar.update(done, { rate: rate(), rejected });
      else if (performance.now() - lastLine >= intervalMs) {
        lastLine = performance.now();
        plainLine();
      }
    },
    stop() {
      if (bar) bar.stop();
      else if (done > 0) plainLine();
    },
  };
}
