// Turns command-line arguments (files, folders, `-`, http(s) URLs) into a flat, ordered list of inputs.
// A path that cannot be found becomes a rejected input so that one typo never stops a whole ingest.
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { DiplographError } from '../errors.js';
import type { InputRef } from './types.js';

export interface ResolveOptions {
  /** Globs (relative to each folder; without a slash, at any depth) of files to take. @default ['**\/*'] */
  include?: string[];
  /** Globs of files to leave out of folders, same rules. @default [] */
  exclude?: string[];
  /** Folder relative paths are resolved against. @default process.cwd() */
  cwd?: string;
}

const URL_PATTERN = /^https?:\/\//i;

export async function resolveInputs(args: string[], options: ResolveOptions = {}): Promise<InputRef[]> {
  const { include = ['**/*'], exclude = [], cwd = process.cwd() } = options;
  const refs: InputRef[] = [];
  const seen = new Set<string>();
  const push = (ref: InputRef, key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    refs.push(ref);
  };
  for (const arg of args) {
    if (arg === '-') push({ kind: 'stdin', source: '-' }, '-');
    else if (URL_PATTERN.test(arg)) push(urlRef(arg), arg);
    else {
      for (const ref of await pathRefs(arg, cwd, include, exclude)) {
        push(ref, ref.kind === 'file' ? ref.path : `rejected:${ref.source}`);
      }
    }
  }
  return refs;
}

function urlRef(arg: string): InputRef {
  try {
    return { kind: 'url', source: arg, url: new URL(arg).href };
  } catch {
    return { kind: 'rejected', source: arg, error: new DiplographError('INPUT_FETCH_FAILED', 'not a valid URL') };
  }
}

async function pathRefs(arg: string, cwd: string, include: string[], exclude: string[]): Promise<InputRef[]> {
  const absolute = resolve(cwd, arg);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(absolute)).isDirectory();
  } catch (error) {
    return [{ kind: 'rejected', source: arg, error: notFound(error) }];
  }
  if (!isDirectory) return [{ kind: 'file', source: arg, path: absolute }];
  const files = await glob(include.map(anyDepth), { cwd: absolute, ignore: exclude.map(anyDepth), onlyFiles: true, dot: false });
  // Sorted so that the same command always visits files in the same order (duplicates resolve alike).
  files.sort();
  return files.map((file) => ({ kind: 'file', source: join(arg, file), path: join(absolute, file) }));
}

/** A pattern without a slash matches at any depth, as in .gitignore: `*.png` means `**\/*.png`. */
function anyDepth(pattern: string): string {
  return pattern.includes('/') ? pattern : `**/${pattern}`;
}

function notFound(error: unknown): DiplographError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === 'ENOENT' ? 'no such file or directory' : `cannot access the path (${code ?? 'unknown error'})`;
  return new DiplographError('INPUT_NOT_FOUND', reason, { cause: error });
}
