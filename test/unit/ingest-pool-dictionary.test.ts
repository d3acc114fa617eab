// The pool's worker threads build their tokenizers from one decompressed copy of the dictionary files,
// shared with them (dictionary-files.ts); kuromoji's own loader reads dict/ in this thread. Both must
// give the same extraction, page for page. Needs the built worker (dist/), like every pool test.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractionPool } from '../../src/ingest/pool.js';
import { extractInput } from '../../src/pipeline.js';
import { loadDictionaryFiles } from '../../src/nlp/dictionary-files.js';

const dir = new URL('../fixtures/docs/', import.meta.url);
const pages = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();

describe('extraction worker pool with a shared dictionary', () => {
  it('decompresses every dictionary file into shared memory', async () => {
    const files = await loadDictionaryFiles();
    expect(Object.keys(files)).toHaveLength(12);
    for (const buffer of Object.values(files)) {
      expect(buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(buffer.byteLength).toBeGreaterThan(0);
    }
  });

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
