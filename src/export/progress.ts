// A progress line for long exports: on a terminal only (stderr is a TTY), redrawn in place at most
// a few times a second; logs and pipes get nothing but the final summary.
export interface ExportProgress {
  update(rows: number): void;
  done(): void;
}

export function createExportProgress(label: string, stream: NodeJS.WriteStream = process.stderr): ExportProgress {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  const started = performance.now();
  let last = 0;
  let drawn = false;
  return {
    update(rows) {
      const now = performance.now();
      if (now - last < 200) return;
      last = now;
      const rate = rows / Math.max((now - started) / 1000, 1e-3);
      stream.write(`\r${label}: ${rows} rows read, ${rate.toFixed(0)} rows/s`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}
