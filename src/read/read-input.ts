// Reads the bytes of one input (file, URL or stdin) under a size cap, and a timeout for URLs.
// Every failure is a DiplographError with a one-line reason; nothing here decides the encoding.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { DiplographError } from '../errors.js';
import { privateAddressOf } from './private-address.js';
import type { InputRef, RawInput } from './types.js';

export interface ReadOptions {
  /** Inputs larger than this are rejected (INPUT_TOO_LARGE). @default 10 MiB */
  maxBytes?: number;
  /** Time allowed for a URL fetch, body included. @default 15000 */
  timeoutMs?: number;
  /** Stream read for `-`. @default process.stdin */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;

export async function readInput(ref: InputRef, options: ReadOptions = {}): Promise<RawInput> {
  const { maxBytes = DEFAULT_MAX_BYTES, timeoutMs = DEFAULT_TIMEOUT_MS, stdin = process.stdin } = options;
  switch (ref.kind) {
    case 'rejected':
      throw ref.error;
    case 'file':
      return { source: ref.source, bytes: await readFileCapped(ref.path, maxBytes) };
    case 'url':
      return fetchCapped(ref.source, ref.url, maxBytes, timeoutMs);
    case 'stdin': {
      const bytes = await readStreamCapped(stdin, maxBytes);
      return { source: ref.source === '-' ? stdinSource(bytes) : ref.source, bytes };
    }
  }
}

/**
 * A document piped in without --source is named by its content: `stdin:` and 16 hex digits of its
 * SHA-256. Two different documents never share a source (one would replace the other); the same one
 * piped again is found unchanged.
 */
export function stdinSource(bytes: Uint8Array): string {
  return `stdin:${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
}

export function tooLarge(size: number | null, maxBytes: number): DiplographError {
  const what = size === null ? 'input is larger than' : `input is ${formatBytes(size)}, over`;
  return new DiplographError('INPUT_TOO_LARGE', `${what} the ${formatBytes(maxBytes)} size cap`);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DiplographError('INPUT_NOT_FOUND', 'not a regular file');
    // Checked before reading so that a huge file is never loaded into memory.
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    const bytes = await readFile(path);
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
    return bytes;
  } catch (error) {
    if (error instanceof DiplographError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or directory' : `cannot read the file (${code ?? String(error)})`;
    throw new DiplographError('INPUT_NOT_FOUND', reason, { cause: error });
  }
}

async function fetchCapped(source: string, url: string, maxBytes: number, timeoutMs: number): Promise<RawInput> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetchFollowing(new URL(url), signal);
    if (!response.ok) {
      await response.body?.cancel();
      throw fetchFailed(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel();
      throw tooLarge(declared, maxBytes);
    }
    const bytes = response.body ? await readWebStreamCapped(response.body, maxBytes) : new Uint8Array();
    const contentType = response.headers.get('content-type') ?? undefined;
    return contentType === undefined ? { source, bytes } : { source, bytes, contentType };
  } catch (error) {
    if (error instanceof DiplographError) throw error;
    if (signal.aborted) throw fetchFailed(`no complete answer within ${timeoutMs} ms`, error);
    throw fetchFailed(networkReason(error), error);
  }
}

const MAX_REDIRECTS = 5;

/**
 * fetch with redirects followed by hand: a public page may not redirect the ingest to a private address
 * (SSRF). A URL that is itself on a private network was chosen by the user, and may redirect within it.
 */
async function fetchFollowing(start: URL, signal: AbortSignal): Promise<Response> {
  const startsPrivate = (await privateAddressOf(start)) !== null;
  let url = start;
  for (let hop = 0; ; hop++) {
    const response = await fetch(url, { signal, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || location === null) return response;
    await response.body?.cancel();
    if (hop >= MAX_REDIRECTS) throw fetchFailed(`more than ${MAX_REDIRECTS} redirects`);
    url = new URL(location, url);
    if (!/^https?:$/.test(url.protocol)) throw fetchFailed(`redirect to ${url.protocol} refused`);
    const target = startsPrivate ? null : await privateAddressOf(url);
    if (target !== null) throw fetchFailed(`redirect to a private address (${url.host}, ${target}) refused`);
  }
}

function fetchFailed(reason: string, cause?: unknown): DiplographError {
  return new DiplographError('INPUT_FETCH_FAILED', `fetch failed: ${reason}`, { cause });
}

function networkReason(error: unknown): string {
  // undici hides the system error (ECONNREFUSED, ENOTFOUND...) in `cause`.
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

async function readWebStreamCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(null, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

async function readStreamCapped(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += buffer.length;
    if (total > maxBytes) throw tooLarge(null, maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}
