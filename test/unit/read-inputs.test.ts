import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress, privateAddressOf } from '../../src/read/private-address.js';
import { readInput } from '../../src/read/read-input.js';
import { resolveInputs } from '../../src/read/resolve-inputs.js';
import type { InputRef } from '../../src/read/types.js';

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
  throw new Error('expected a rejection');
}

describe('resolveInputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'diplograph-read-'));
  beforeAll(() => {
    mkdirSync(join(root, 'docs/old'), { recursive: true });
    for (const name of ['docs/a.html', 'docs/b.txt', 'docs/old/c.htm', 'docs/old/skip.png', 'docs/.hidden', 'one.txt']) {
      writeFileSync(join(root, name), 'x');
    }
  });

  it('walks folders recursively in a stable order, skipping dot files', async () => {
    const refs = await resolveInputs(['docs'], { cwd: root });
    expect(refs.map((r) => r.source)).toEqual(['docs/a.html', 'docs/b.txt', 'docs/old/c.htm', 'docs/old/skip.png']);
    expect(refs[0]).toMatchObject({ kind: 'file', path: join(root, 'docs/a.html') });
  });

  it('applies include and exclude globs inside folders', async () => {
    const refs = await resolveInputs(['docs'], { cwd: root, include: ['*.htm', '**/*.html', '*.png'], exclude: ['*.png'] });
    expect(refs.map((r) => r.source)).toEqual(['docs/a.html', 'docs/old/c.htm']);
  });

  it('keeps files, stdin and URLs in argument order and drops repeats', async () => {
    const refs = await resolveInputs(['one.txt', '-', 'https://www.mofa.go.jp/mofaj/a.html', 'one.txt'], { cwd: root });
    expect(refs.map((r) => r.kind)).toEqual(['file', 'stdin', 'url']);
  });

  it('turns a missing path into a rejected input instead of throwing', async () => {
    const refs = await resolveInputs(['nope/missing.html', 'one.txt'], { cwd: root });
    expect(refs[0]).toMatchObject({ kind: 'rejected', source: 'nope/missing.html' });
    expect((refs[0] as Extract<InputRef, { kind: 'rejected' }>).error.code).toBe('INPUT_NOT_FOUND');
    expect(refs[1]).toMatchObject({ kind: 'file', source: 'one.txt' });
  });
});

describe('nothing skipped without a word', () => {
  const root = mkdtempSync(join(tmpdir(), 'diplograph-read-odd-'));

  it('reports a FIFO in a folder as a rejected input, not silence', async () => {
    mkdirSync(join(root, 'fifo'));
    writeFileSync(join(root, 'fifo', 'a.txt'), 'x');
    execFileSync('mkfifo', [join(root, 'fifo', 'pipe.html')]);
    const refs = await resolveInputs(['fifo'], { cwd: root });
    expect(refs.map((r) => [r.kind, r.source])).toEqual([['file', 'fifo/a.txt'], ['rejected', 'fifo/pipe.html']]);
    expect((refs[1] as Extract<InputRef, { kind: 'rejected' }>).error.message).toBe('not a regular file (a FIFO)');
  });

  // root reads any folder whatever its mode: only another user can see the refusal.
  it.skipIf(process.getuid?.() === 0)('reports a folder it cannot read as a rejected input', async () => {
    mkdirSync(join(root, 'locked/inner'), { recursive: true });
    writeFileSync(join(root, 'locked/ok.txt'), 'x');
    chmodSync(join(root, 'locked/inner'), 0o000);
    try {
      const refs = await resolveInputs(['locked'], { cwd: root });
      expect(refs.map((r) => [r.kind, r.source])).toEqual([['file', 'locked/ok.txt'], ['rejected', 'locked/inner']]);
    } finally {
      chmodSync(join(root, 'locked/inner'), 0o755);
    }
  });

  it('names each document piped in by its content, or by --source', async () => {
    const read = (text: string, source = '-') => readInput({ kind: 'stdin', source }, { stdin: Readable.from([Buffer.from(text)]) });
    const first = await read('会談A');
    const second = await read('会談B');
    expect(first.source).toMatch(/^stdin:[0-9a-f]{16}$/);
    expect(second.source).not.toBe(first.source);
    expect((await read('会談A')).source).toBe(first.source);
    expect((await read('会談A', 'notes/2002-10-27')).source).toBe('notes/2002-10-27');
    const refs = await resolveInputs(['-'], { cwd: root, stdinSource: 'notes/x' });
    expect(refs).toEqual([{ kind: 'stdin', source: 'notes/x' }]);
  });

  it('knows private and loopback addresses, to refuse redirects there from a public page', async () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', '::ffff:127.0.0.1']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['8.8.8.8', '203.0.113.7', '2001:db8::1']) expect(isPrivateAddress(address), address).toBe(false);
    expect(await privateAddressOf(new URL('http://localhost:4000/graphql'))).toBe('127.0.0.1');
    expect(await privateAddressOf(new URL('http://[::1]:4000/'))).toBe('::1');
  });
});

describe('readInput', () => {
  const root = mkdtempSync(join(tmpdir(), 'diplograph-read-'));
  let server: Server;
  let base = '';
  beforeAll(async () => {
    writeFileSync(join(root, 'small.txt'), '会談');
    writeFileSync(join(root, 'big.txt'), Buffer.alloc(2048, 0x41));
    server = createServer((req, res) => {
      if (req.url === '/page') {
        res.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' });
        res.end(Buffer.from([0x89, 0xef, 0x92, 0x6b]));
      } else if (req.url === '/big') {
        res.writeHead(200); // no content-length: the cap must hold while streaming
        res.write(Buffer.alloc(1500, 0x41));
        res.end(Buffer.alloc(1500, 0x41));
      } else if (req.url === '/moved') {
        res.writeHead(302, { location: '/page' });
        res.end();
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 2000);
      } else {
        res.writeHead(404, 'Not Found');
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const url = (path: string): InputRef => ({ kind: 'url', source: base + path, url: base + path });

  it('reads a file and caps its size before loading it', async () => {
    const raw = await readInput({ kind: 'file', source: 'small.txt', path: join(root, 'small.txt') });
    expect(Buffer.from(raw.bytes).toString()).toBe('会談');
    const capped = readInput({ kind: 'file', source: 'big.txt', path: join(root, 'big.txt') }, { maxBytes: 1024 });
    expect(await reason(capped)).toBe('INPUT_TOO_LARGE: input is 2.0 KiB, over the 1.0 KiB size cap');
  });

  it('reports a file that vanished as INPUT_NOT_FOUND', async () => {
    const gone = readInput({ kind: 'file', source: 'gone.txt', path: join(root, 'gone.txt') });
    expect(await reason(gone)).toBe('INPUT_NOT_FOUND: no such file or directory');
  });

  it('fetches a URL with its Content-Type', async () => {
    const raw = await readInput(url('/page'));
    expect(raw.contentType).toBe('text/html; charset=Shift_JIS');
    expect(raw.bytes.length).toBe(4);
  });

  it('follows a redirect within the private network the user named', async () => {
    const raw = await readInput(url('/moved'));
    expect(raw.contentType).toBe('text/html; charset=Shift_JIS');
  });

  it('reports HTTP errors, timeouts, refused connections and oversized bodies', async () => {
    expect(await reason(readInput(url('/missing')))).toBe('INPUT_FETCH_FAILED: fetch failed: HTTP 404 Not Found');
    expect(await reason(readInput(url('/slow'), { timeoutMs: 200 }))).toBe(
      'INPUT_FETCH_FAILED: fetch failed: no complete answer within 200 ms',
    );
    expect(await reason(readInput(url('/big'), { maxBytes: 2000 }))).toMatch(/^INPUT_TOO_LARGE/);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = { kind: 'url', source: `http://127.0.0.1:${port}/`, url: `http://127.0.0.1:${port}/` } as const;
    expect(await reason(readInput(refused))).toBe('INPUT_FETCH_FAILED: fetch failed: ECONNREFUSED');
  });

  it('reads stdin from the given stream under the same cap', async () => {
    const raw = await readInput({ kind: 'stdin', source: '-' }, { stdin: Readable.from([Buffer.from('会'), Buffer.from('談')]) });
    expect(Buffer.from(raw.bytes).toString()).toBe('会談');
    const big = readInput({ kind: 'stdin', source: '-' }, { stdin: Readable.from([Buffer.alloc(10)]), maxBytes: 5 });
    expect(await reason(big)).toMatch(/^INPUT_TOO_LARGE/);
  });
});
