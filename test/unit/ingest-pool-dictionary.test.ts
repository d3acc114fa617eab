// The pool's worker threads build their tokenizers from one decompressed copy of the dictionary files,
// shared with them (dictionary-files.ts); kuromoji's own loader reads dict/ in this thread. Both must
// give the same extraction, page for page. Needs the built worker (dist/), like every pool test. The
// decompressed files are cached for the next runs; a cached file must give the same bytes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractionPool } from '../../src/ingest/pool.js';
import { extractInput } from '../../src/pipeline.js';
import { defaultDictionaryCache, loadDictionaryFiles } from '../../src/nlp/dictionary-files.js';

const dir = new URL('../fixtures/docs/', import.meta.url);
const pages = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();

describe('extraction worker pool with a shared dictionary', () => {
  it('decompresses every dictionary file into shared memory', async () => {
    const files = await loadDictionaryFiles({ cache: null });
    expect(Object.keys(files)).toHaveLength(12);
    for (const buffer of Object.values(files)) {
      expect(buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(buffer.byteLength).toBeGreaterThan(0);
    }
  });

  it('reads the same bytes from its cache of decompressed files, and decompresses again past a bad one', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'diplograph-dictionary-cache-'));
    try {
      const same = (a: SharedArrayBuffer, b: SharedArrayBuffer) => Buffer.from(a).equals(Buffer.from(b));
      const fresh = await loadDictionaryFiles({ cache: null });
      const first = await loadDictionaryFiles({ cache });
      expect(statSync(join(cache, 'tid_pos.dat')).size).toBe(fresh.tid_pos.byteLength);
      const cached = await loadDictionaryFiles({ cache });
      for (const name of Object.keys(fresh) as Array<keyof typeof fresh>) {
        expect(same(first[name], fresh[name]), name).toBe(true);
        expect(same(cached[name], fresh[name]), name).toBe(true);
      }
      // A cut-short file (an interrupted copy by hand, a full disk) is not used, and is written again.
      writeFileSync(join(cache, 'cc.dat'), Buffer.alloc(10));
      const repaired = await loadDictionaryFiles({ cache });
      expect(same(repaired.cc, fresh.cc)).toBe(true);
      expect(statSync(join(cache, 'cc.dat')).size).toBe(fresh.cc.byteLength);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 60_000);

  it('extracts real pages in its threads exactly as kuromoji\'s own loader does in this one', async () => {
    expect(pages.length).toBeGreaterThan(5);
    const pool = createExtractionPool({ workers: 2 });
    try {
      const tasks = pages.map((name) => ({ source: `fixtures/docs/${name}`, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }));
      const answers = await Promise.all(tasks.map((task) => pool.extract(task)));
      for (const [i, task] of tasks.entries()) {
        const answer = answers[i]!;
        expect(answer.ok, `${task.source}: ${answer.ok ? '' : answer.reason}`).toBe(true);
        if (answer.ok) expect(answer.result).toEqual(await extractInput(task));
      }
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('the dictionary cache folder', () => {
  it('is the user\'s cache folder, never the shared temporary one, and can be turned off', () => {
    expect(defaultDictionaryCache({ XDG_CACHE_HOME: '/home/u/.cache' })).toMatch(/^\/home\/u\/\.cache\/diplograph\/kuromoji-[0-9.]+$/u);
    expect(defaultDictionaryCache({})).toMatch(/\/\.cache\/diplograph\/kuromoji-/u);
    expect(defaultDictionaryCache({ XDG_CACHE_HOME: 'relative' })).toMatch(/\/\.cache\/diplograph\//u);
    expect(defaultDictionaryCache({ DIPLOGRAPH_DICTIONARY_CACHE: 'off' })).toBeNull();
  });
});
