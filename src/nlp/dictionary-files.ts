// kuromoji's dictionary files, read and decompressed once into shared memory for an ingest's worker
// threads (see tokenizer.ts, useDictionaryFiles). Apart from tokenizer.ts so that the calling thread
// does not import kuromoji itself.
//
// Decompressing the ~100 MB costs about 0.9 CPU-second, on the path of every ingest's first page, so
// the decompressed files are kept in this user's cache folder ($XDG_CACHE_HOME or ~/.cache, then
// diplograph/, mode 0700; not the system's temporary folder, often memory and shared by every user)
// and read from there, straight into shared memory, by the next runs. A cached file is used only if
// its size is the one its .gz records; anything wrong with the cache (absent, someone else's, not
// writable, short) means decompressing as before. DIPLOGRAPH_DICTIONARY_CACHE=off turns it off.
import { lstat, mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

export function dictionaryPath(): string {
  // An absolute dicPath: kuromoji resolves relative paths against the working directory.
  return join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
}

/** kuromoji's dictionary files (dict/NAME.dat.gz), decompressed, in the order its loader reads them. */
const DICTIONARY_FILES = ['base', 'check', 'tid', 'tid_pos', 'tid_map', 'cc', 'unk', 'unk_pos', 'unk_map', 'unk_char', 'unk_compat', 'unk_invoke'] as const;
export type DictionaryFiles = Record<(typeof DICTIONARY_FILES)[number], SharedArrayBuffer>;

/**
 * The decompressed size a gzip file records in its trailer (mod 2^32; these files are far smaller), read
 * from its last four bytes: with the cache, the compressed files need not be read whole.
 */
async function gzipSize(path: string): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size < 4) return 0;
    const trailer = Buffer.alloc(4);
    await handle.read(trailer, 0, 4, size - 4);
    return trailer.readUInt32LE(0);
  } finally {
    await handle.close();
  }
}

/** This user's cache folder for this kuromoji version, or null when turned off (DIPLOGRAPH_DICTIONARY_CACHE=off). */
export function defaultDictionaryCache(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.DIPLOGRAPH_DICTIONARY_CACHE === 'off') return null;
  const { version } = createRequire(import.meta.url)('kuromoji/package.json') as { version: string };
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'diplograph', `kuromoji-${version}`);
}

/** The cache folder, made if missing, or null when it cannot be trusted or made. */
async function cacheFolder(folder: string): Promise<string | null> {
  try {
    const { uid } = userInfo();
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const stat = await lstat(folder);
    // Another user's folder, a link, or one others may write to: not ours to read a dictionary from.
    if (!stat.isDirectory() || (uid >= 0 && stat.uid !== uid) || (stat.mode & 0o022) !== 0) return null;
    return folder;
  } catch {
    return null;
  }
}

/** The cached decompressed file read into shared memory, if it is there with the expected size. */
async function readCached(path: string, size: number): Promise<SharedArrayBuffer | null> {
  let handle;
  try {
    handle = await open(path, 'r');
    if ((await handle.stat()).size !== size) return null;
    const shared = new SharedArrayBuffer(size);
    const { bytesRead } = await handle.read(new Uint8Array(shared), 0, size, 0);
    return bytesRead === size ? shared : null;
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/**
 * Reads and decompresses the dictionary files into shared memory, for worker threads to build their
 * tokenizers from (useDictionaryFiles) without decompressing them again. Decompression runs on libuv's
 * thread pool, not in the calling thread; a cached decompressed copy is read instead when there is one.
 * `cache`: the cache folder (default defaultDictionaryCache()), null for none.
 */
export async function loadDictionaryFiles(options: { cache?: string | null } = {}): Promise<DictionaryFiles> {
  const inflate = promisify(gunzip);
  const { cache: folder = defaultDictionaryCache() } = options;
  const cache = folder === null ? null : await cacheFolder(folder);
  const entries = await Promise.all(DICTIONARY_FILES.map(async (name) => {
    const gz = join(dictionaryPath(), `${name}.dat.gz`);
    const size = await gzipSize(gz);
    const cachedPath = cache ? join(cache, `${name}.dat`) : null;
    const cached = cachedPath ? await readCached(cachedPath, size) : null;
    if (cached) return [name, cached] as const;
    // Output in one piece: zlib's default 16 KiB pieces made decompression twice as slow.
    const bytes = await inflate(await readFile(gz), { chunkSize: Math.max(64 * 1024, size) });
    const shared = new SharedArrayBuffer(bytes.byteLength);
    new Uint8Array(shared).set(bytes);
    if (cachedPath && bytes.byteLength === size) {
      // Written whole under another name, then renamed: a reader never meets half a file.
      const partial = `${cachedPath}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
      await writeFile(partial, bytes, { mode: 0o600 }).then(() => rename(partial, cachedPath)).catch(() => {});
    }
    return [name, shared] as const;
  }));
  return Object.fromEntries(entries) as DictionaryFiles;
}
