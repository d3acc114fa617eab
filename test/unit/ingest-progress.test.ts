import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/ingest/progress.js';

function captureStream(): { stream: NodeJS.WriteStream; text: () => string } {
  const pass = new PassThrough();
  let text = '';
  pass.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream: pass as unknown as NodeJS.WriteStream, text: () => text };
}

describe('createProgress', () => {
  it('prints plain periodic lines when not on a terminal, and a last line at the end', async () => {
    const { stream, text } = captureStream();
    const progress = createProgress({ total: 3, stream, bar: false, intervalMs: 0 });
    progress.update({ source: 'a', status: 'created', statements: 2 });
    progress.update({ source: 'b', status: 'rejected', reason: 'empty file (0 bytes)', statements: 0 });
    progress.update({ source: 'c', status: 'unchanged', statements: 0 });
    progress.stop();
    await new Promise((r) => setImmediate(r));
    const lines = text().trim().split('\n');
    expect(lines.at(-1)).toMatch(/^ingest: 3\/3 inputs, [\d.]+ docs\/s, 1 rejected$/);
    expect(lines[0]).toMatch(/^ingest: 1\/3 inputs/);
  });

  it('draws a bar on request without throwing, whatever the stream', () => {
    const { stream } = captureStream();
    const progress = createProgress({ total: 2, stream, bar: true });
    progress.update({ source: 'a', status: 'created', statements: 1 });
    progress.update({ source: 'b', status: 'duplicate', statements: 0 });
    expect(() => progress.stop()).not.toThrow();
  });
});
