import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/read/decode-input.js';
import { isDiplographError } from '../../src/errors.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/inputs/${name}`, import.meta.url)));
const TEXT = '平成16年5月12日\n\n　山田外務大臣は、来日中のヴィルタネン・フィンランド外相と会談したところ、概要以下の通り。\n1.二国間関係\n（1）冒頭、山田大臣より、協力を一層強化したい旨述べた。～①\n';

function decodeBytes(bytes: Uint8Array, source = 'input.txt', contentType?: string) {
  return decodeInput(contentType ? { source, bytes, contentType } : { source, bytes });
}

function rejection(bytes: Uint8Array, source = 'input.txt'): { code: string; message: string } {
  try {
    decodeBytes(bytes, source);
  } catch (error) {
    if (isDiplographError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('decodeInput: encodings', () => {
  it.each([
    ['utf-8', 'UTF-8'],
    ['cp932', 'Shift_JIS'],
    ['euc-jp', 'EUC-JP'],
    ['utf-16le', 'UTF-16LE'],
    ['utf-16be', 'UTF-16BE'],
  ])('detects %s without a BOM and decodes it exactly', (iconvName, expected) => {
    const decoded = decodeBytes(iconv.encode(TEXT, iconvName));
    expect(decoded.encoding).toBe(expected);
    expect(decoded.text).toBe(TEXT);
    expect(decoded.isHtml).toBe(false);
  });

  it('detects ISO-2022-JP by its escape sequences', () => {
    const jis = Uint8Array.from(Encoding.convert(Encoding.stringToCode(TEXT), { to: 'JIS', from: 'UNICODE' }));
    const decoded = decodeBytes(jis);
    expect(decoded.encoding).toBe('ISO-2022-JP');
    expect(decoded.text).toBe(TEXT);
  });

  it.each([
    [[0xef, 0xbb, 0xbf], 'utf-8', 'UTF-8'],
    [[0xff, 0xfe], 'utf-16le', 'UTF-16LE'],
    [[0xfe, 0xff], 'utf-16be', 'UTF-16BE'],
  ])('honours the byte order mark %j and strips it', (bom, iconvName, expected) => {
    const decoded = decodeBytes(Buffer.concat([Buffer.from(bom), iconv.encode(TEXT, iconvName)]));
    expect(decoded.encoding).toBe(expected);
    expect(decoded.text).toBe(TEXT);
  });

  it('decodes every committed fixture to the same summary text', () => {
    expect(decodeBytes(fixture('summary-sjis.txt')).encoding).toBe('Shift_JIS');
    expect(decodeBytes(fixture('summary-eucjp.txt')).encoding).toBe('EUC-JP');
    expect(decodeBytes(fixture('summary-iso2022jp.txt')).encoding).toBe('ISO-2022-JP');
    expect(decodeBytes(fixture('summary-utf16le-bom.txt')).text).toBe(decodeBytes(fixture('summary-sjis.txt')).text);
    expect(decodeBytes(fixture('summary-utf16be.txt')).text).toBe(decodeBytes(fixture('summary-eucjp.txt')).text);
    expect(decodeBytes(fixture('summary-utf8-bom.txt')).text).toBe(decodeBytes(fixture('summary-iso2022jp.txt')).text);
  });
});

describe('decodeInput: declared charsets', () => {
  const page = (meta: string) => `<html><head>${meta}<title>会談</title></head><body><p>${TEXT}</p></body></html>`;

  it('honours <meta charset> and reports the input as HTML', () => {
    const decoded = decodeBytes(iconv.encode(page('<meta charset="EUC-JP">'), 'euc-jp'), 'page');
    expect(decoded).toMatchObject({ encoding: 'EUC-JP', isHtml: true });
    expect(decoded.text).toContain('ヴィルタネン');
  });

  it('honours http-equiv Content-Type with the x-sjis label', () => {
    const html = page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=x-sjis">');
    expect(decodeBytes(iconv.encode(html, 'cp932'), 'page.htm').encoding).toBe('Shift_JIS');
  });

  it('prefers a Content-Type header charset over detection', () => {
    // A short Shift_JIS text is also valid EUC-JP byte for byte only by accident; the header settles it.
    const decoded = decodeBytes(iconv.encode('会談', 'cp932'), 'http://x/', 'text/html; charset=Shift_JIS');
    expect(decoded).toMatchObject({ text: '会談', encoding: 'Shift_JIS', isHtml: true });
  });

  it('ignores a declaration that plainly lies and detects the real encoding', () => {
    const decoded = decodeBytes(iconv.encode(page('<meta charset="Shift_JIS">'), 'euc-jp'), 'page.html');
    expect(decoded.encoding).toBe('EUC-JP');
    expect(decoded.text).toContain('山田外務大臣');
  });

  it('decodes a Shift_JIS page cut off in the middle of a character', () => {
    const decoded = decodeBytes(fixture('truncated-sjis.html'), 'truncated-sjis.html');
    expect(decoded.encoding).toBe('Shift_JIS');
    expect(decoded.text).not.toMatch(/\uFFFD$/);
  });

  it('keeps UTF-8 cut off in the middle of a character as UTF-8', () => {
    const bytes = Buffer.from(TEXT, 'utf8');
    const decoded = decodeBytes(bytes.subarray(0, bytes.indexOf(Buffer.from('外務', 'utf8')) + 4));
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text.endsWith('山田外')).toBe(true);
  });
});

describe('decodeInput: rejections', () => {
  it('rejects 0 bytes and whitespace only as INPUT_EMPTY', () => {
    expect(rejection(new Uint8Array())).toEqual({ code: 'INPUT_EMPTY', message: 'empty file (0 bytes)' });
    expect(rejection(fixture('bad/blank.txt'))).toEqual({ code: 'INPUT_EMPTY', message: 'empty file (whitespace only)' });
  });

  it('names the binary format of images, PDFs and archives', () => {
    expect(rejection(fixture('bad/image.png'))).toEqual({ code: 'INPUT_BINARY', message: 'binary file (PNG image), not text' });
    expect(rejection(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2])).message).toContain('JPEG');
    expect(rejection(Buffer.from('GIF89a....')).message).toContain('GIF');
    expect(rejection(Buffer.from('%PDF-1.4\n...')).message).toContain('PDF');
    expect(rejection(Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9])).message).toContain('ZIP');
  });

  it('rejects NUL-laden bytes that are not UTF-16 as binary', () => {
    const bytes = Buffer.from([0x00, 0x13, 0x88, 0x00, 0x00, 0x9a, 0xfe, 0x00, 0x01, 0x00, 0x00, 0x00, 0xc3, 0x7f]);
    expect(rejection(bytes).code).toBe('INPUT_BINARY');
  });

  it('rejects bytes no supported encoding reads as INPUT_UNDECODABLE', () => {
    const { code, message } = rejection(fixture('bad/garbled.txt'));
    expect(code).toBe('INPUT_UNDECODABLE');
    expect(message).toMatch(/^undecodable bytes/);
  });

  it('rejects a declared Shift_JIS text full of invalid sequences', () => {
    const broken = Buffer.concat([Buffer.from('<meta charset="Shift_JIS">'), Buffer.from(Array(300).fill([0x81, 0x7f]).flat())]);
    expect(rejection(broken).code).toBe('INPUT_UNDECODABLE');
  });
});

describe('decodeInput: HTML or text', () => {
  it('treats a .html file without tags as text, and tags in a .txt file as HTML', () => {
    expect(decodeBytes(Buffer.from('会談\n概要'), 'saved-as-text.html').isHtml).toBe(false);
    expect(decodeBytes(Buffer.from('<p>会談</p>'), 'fragment.html').isHtml).toBe(true);
    expect(decodeBytes(Buffer.from('<!DOCTYPE html><html><body>会談</body></html>'), 'page.txt').isHtml).toBe(true);
    expect(decodeBytes(Buffer.from('<p>会談</p>'), 'http://x/a', 'text/html').isHtml).toBe(true);
  });
});
