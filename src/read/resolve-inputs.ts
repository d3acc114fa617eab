// Turns command-line arguments (files, folders, `-`, http(s) URLs) into a flat, ordered list of inputs.
// A path that cannot be found becomes a rejected input so that one typo never stops a whole ingest.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import picomatch from 'picomatch';
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
  /** Source of the document read from `-`. @default named by its content (read-input.ts stdinSource) */
  stdinSource?: string;
}

const URL_PATTERN = /^https?:\/\//i;

export async function resolveInputs(args: string[], options: ResolveOptions = {}): Promise<InputRef[]> {
  const { include = ['**/*'], exclude = [], cwd = process.cwd(), stdinSource = '-' } = options;
  const refs: InputRef[] = [];
  const seen = new Set<string>();
  const push = (ref: InputRef, key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    refs.push(ref);
  };
  for (const arg of args) {
    if (arg === '-') push({ kind: 'stdin', source: stdinSource }, '-');
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
  const found: InputRef[] = files.map((file) => ({ kind: 'file', source: join(arg, file), path: join(absolute, file) }));
  // The glob skips what it cannot read without a word: each such entry becomes a rejection instead.
  return [...found, ...(await unreadableEntries(arg, absolute, picomatch(exclude.map(anyDepth), { dot: false })))];
}

const SPECIAL: Array<[test: (entry: Dirent) => boolean, name: string]> = [
  [(entry) => entry.isFIFO(), 'a FIFO'],
  [(entry) => entry.isSocket(), 'a socket'],
  [(entry) => entry.isBlockDevice() || entry.isCharacterDevice(), 'a device'],
];

/** Folders that cannot be listed and entries that are no files (FIFOs, sockets, devices), as rejected inputs. */
async function unreadableEntries(arg: string, absolute: string, excluded: (path: string) => boolean): Promise<InputRef[]> {
  const rejected: InputRef[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const relative = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(join(absolute, relative), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      const reason = `cannot read the folder (${code})`;
      rejected.push({ kind: 'rejected', source: join(arg, relative), error: new DiplographError('INPUT_NOT_FOUND', reason, { cause: error }) });
      continue;
    }
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.name.startsWith('.') || excluded(path)) continue;
      if (entry.isDirectory()) pending.push(path);
      const special = SPECIAL.find(([test]) => test(entry));
      if (special) {
        rejected.push({ kind: 'rejected', source: join(arg, path), error: new DiplographError('INPUT_NOT_FOUND', `not a regular file (${special[1]})`) });
      }
    }
  }
  return rejected.sort((a, b) => a.source.localeCompare(b.source));
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
