// Where an export goes: a file (written as FILE.partial and renamed at the end, so a failed or
// interrupted export never leaves a truncated file under the real name, and the .partial is removed)
// or stdout ('-'). An abort signal (the CLI's Ctrl-C) ends the writing like an error. Chunks are
// written with back-pressure: a slow disk or pipe slows the reading down instead of filling memory.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

let stdoutGuarded = false;

/**
 * A reader that stops early (`| head`) closes the pipe: that ends the export, it is no failure. The
 * EPIPE can reach stdout after the pipeline has let go of it, so a lasting listener takes it.
 */
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/** Writes `source` (strings, or records through `transform`, e.g. a csv-stringify stringifier). */
export async function writeExport(
  out: string,
  source: AsyncIterable<unknown> | Iterable<unknown>,
  transform?: Transform,
  signal?: AbortSignal,
): Promise<void> {
  signal?.throwIfAborted();
  const readable = Readable.from(source, { objectMode: true });
  const stages = transform ? [readable, transform] : [readable];
  if (out === '-') {
    // stdout stays open for whatever the process prints after.
    guardStdout();
    await pipeline([...stages, process.stdout], { end: false, ...(signal ? { signal } : {}) }).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
    });
    return;
  }
  const partial = `${out}.partial`;
  try {
    await pipeline([...stages, createWriteStream(partial)], signal ? { signal } : {});
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
