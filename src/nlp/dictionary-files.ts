// kuromoji's dictionary files, read and decompressed once into shared memory for an ingest's worker
// threads (see tokenizer.ts, useDictionaryFiles). Apart from tokenizer.ts so that the calling thread
// does not import kuromoji itself.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
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
 * Reads and decompresses the dictionary files into shared memory, for worker threads to build their
 * tokenizers from (useDictionaryFiles) without decompressing them again. Decompression runs on libuv's
 * thread pool, not in the calling thread.
 */
export async function loadDictionaryFiles(): Promise<DictionaryFiles> {
  const inflate = promisify(gunzip);
  const entries = await Promise.all(DICTIONARY_FILES.map(async (name) => {
    const compressed = await readFile(join(dictionaryPath(), `${name}.dat.gz`));
    // Output in one piece: gzip's trailer holds the size (mod 2^32; these files are far smaller).
    // zlib's default 16 KiB pieces made decompression twice as slow (6,000 pieces to join).
    const size = compressed.length >= 4 ? compressed.readUInt32LE(compressed.length - 4) : 0;
    const bytes = await inflate(compressed, { chunkSize: Math.max(64 * 1024, size) });
    const shared = new SharedArrayBuffer(bytes.byteLength);
    new Uint8Array(shared).set(bytes);
    return [name, shared] as const;
  }));
  return Object.fromEntries(entries) as DictionaryFiles;
}

