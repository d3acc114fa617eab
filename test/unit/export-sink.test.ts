// writeExport: a file appears whole under its name or not at all; a failure or an abort leaves no
// FILE.partial behind.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeExport } from '../../src/export/sink.js';

const dir = () => mkdtempSync(join(tmpdir(), 'diplograph-sink-'));

describe('writeExport', () => {
  it('writes FILE.partial and renames it to FILE at the end', async () => {
    const out = join(dir(), 'rows.txt');
    await writeExport(out, ['a\n', 'b\n']);
    expect(readFileSync(out, 'utf8')).toBe('a\nb\n');
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('removes FILE.partial and writes no FILE when the rows fail half way', async () => {
    const folder = dir();
    async function* rows() {
      yield 'a\n';
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error('Neo4j went away');
    }
    await expect(writeExport(join(folder, 'rows.txt'), rows())).rejects.toThrow('Neo4j went away');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('removes FILE.partial when aborted, and starts nothing once the signal is aborted', async () => {
    const folder = dir();
    const aborter = new AbortController();
    async function* rows() {
      for (let i = 0; ; i++) {
        if (i === 3) aborter.abort(new Error('stopped'));
        yield `${i}\n`;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    await expect(writeExport(join(folder, 'rows.txt'), rows(), undefined, aborter.signal)).rejects.toThrow();
    expect(readdirSync(folder)).toEqual([]);
    await expect(writeExport(join(folder, 'again.txt'), ['x'], undefined, aborter.signal)).rejects.toThrow('stopped');
    expect(readdirSync(folder)).toEqual([]);
  });
});
