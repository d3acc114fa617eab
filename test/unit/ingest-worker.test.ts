// The worker's identify task decides which pages ingest skips as unchanged: the content id it computes
// without tokenising must be the id extraction gives the same bytes, whatever the encoding or markup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import runTask from '../../src/ingest/worker.js';
import type { ExtractAnswer, IdentifyAnswer } from '../../src/ingest/types.js';
import { EXTRACTOR_VERSION, extractInput } from '../../src/pipeline.js';

const inputs = [
  'docs/machimura-fradkov-2005-navpage.txt',
  'inputs/mofa-old-sjis.html',
  'inputs/mofa-eucjp.html',
  'inputs/summary-utf16le-bom.txt',
];
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

describe('ingest worker', () => {
  it.each(inputs)('identifies %s with the content id extraction gives it', async (name) => {
    const task = { source: name, bytes: bytesOf(name) };
    const identified = (await runTask({ identify: task })) as IdentifyAnswer;
    expect(identified.ok).toBe(true);
    if (!identified.ok) return;
    const extracted = await extractInput(task);
    expect(identified).toMatchObject({ id: extracted.document.id, extractorVersion: EXTRACTOR_VERSION });
    // Extraction from the identified text gives the same result as from the bytes.
    const fromPrepared = (await runTask({ prepared: identified.prepared })) as ExtractAnswer;
    const fromBytes = (await runTask(task)) as ExtractAnswer;
    expect(fromPrepared).toEqual(fromBytes);
  });

  it('rejects an input it cannot decode with its reason, as extraction would', async () => {
    const task = { source: 'image.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) };
    const identified = await runTask({ identify: task });
    const extracted = await runTask(task);
    expect(identified.ok).toBe(false);
    expect(identified).toEqual(extracted);
  });
});
