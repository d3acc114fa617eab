// Byte-to-string decoders for every supported encoding, by maintained libraries: the WHATWG TextDecoder
// for UTF-8/UTF-16, iconv-lite for Shift_JIS (CP932 table, a superset) and EUC-JP, encoding-japanese for
// ISO-2022-JP (iconv-lite has no codec for it).
import { isUtf8 } from 'node:buffer';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';
import type { EncodingName } from './charset.js';

export function decodeAs(bytes: Uint8Array, encoding: EncodingName): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding) {
    case 'UTF-8':
      return new TextDecoder('utf-8', { ignoreBOM: false }).decode(buffer);
    case 'UTF-16LE':
      return new TextDecoder('utf-16le').decode(buffer);
    case 'UTF-16BE':
      return new TextDecoder('utf-16be').decode(buffer);
    case 'Shift_JIS':
      return iconv.decode(buffer, 'cp932');
    case 'EUC-JP':
      return iconv.decode(buffer, 'euc-jp');
    case 'windows-1252':
      return iconv.decode(buffer, 'windows-1252');
    case 'ISO-2022-JP':
      return Encoding.convert(buffer, { to: 'UNICODE', from: 'JIS', type: 'string' });
  }
}

/**
 * Whether the bytes are UTF-8, tolerating one incomplete character at the very end (a download cut
 * off mid-character is still a UTF-8 file).
 */
export function isUtf8AllowingCutEnd(bytes: Uint8Array): boolean {
  if (isUtf8(bytes)) return true;
  const lead = lastLeadIndex(bytes);
  if (lead < 0) return false;
  const leadByte = bytes[lead] ?? 0;
  const expected = leadByte >= 0xf0 ? 4 : leadByte >= 0xe0 ? 3 : leadByte >= 0xc0 ? 2 : 1;
  return expected > bytes.length - lead && isUtf8(bytes.subarray(0, lead));
}

function lastLeadIndex(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i--) {
    if (((bytes[i] ?? 0) & 0xc0) !== 0x80) return i;
  }
  return -1;
}

/** ISO-2022-JP is 7-bit and switches into JIS X 0208 with ESC $ B (or ESC $ @). */
export function looksLikeIso2022Jp(bytes: Uint8Array): boolean {
  let sawEscape = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b >= 0x80) return false;
    if (b === 0x1b && bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) sawEscape = true;
  }
  return sawEscape;
}

/** Whether every byte is 7-bit. */
export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return false;
  return true;
}

/** Share of bytes >= 0x80. */
export function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) high++;
  return bytes.length === 0 ? 0 : high / bytes.length;
}

/** encoding-japanese's guess between the two legacy 8-bit Japanese encodings, used to order candidates. */
export function legacyJapaneseOrder(bytes: Uint8Array): EncodingName[] {
  const guess = Encoding.detect(bytes, ['SJIS', 'EUCJP']);
  return guess === 'EUCJP' ? ['EUC-JP', 'Shift_JIS'] : ['Shift_JIS', 'EUC-JP'];
}
