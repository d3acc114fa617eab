// Recognises bytes that are not text at all: well-known file signatures, and NUL bytes that cannot be
// explained as UTF-16. The reason names the format so that the user sees which file went wrong.

interface Signature {
  name: string;
  bytes: number[];
  offset?: number;
}

const SIGNATURES: Signature[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'WebP image', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'BMP image', bytes: [0x42, 0x4d], offset: 0 },
  { name: 'ICO image', bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'executable', bytes: [0x4d, 0x5a, 0x90, 0x00] },
  { name: 'Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

function startsWith(bytes: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  if (bytes.length < offset + signature.bytes.length) return false;
  return signature.bytes.every((byte, i) => bytes[offset + i] === byte);
}

/** The name of the binary format the bytes start with, or null. */
export function binaryFormatOf(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    // "BM" also starts ordinary English words; a BMP header is only trusted with its size field.
    if (signature.name === 'BMP image' && !looksLikeBmp(bytes)) continue;
    if (startsWith(bytes, signature)) return signature.name;
  }
  return null;
}

function looksLikeBmp(bytes: Uint8Array): boolean {
  if (bytes.length < 14) return false;
  const declaredSize = (bytes[2] ?? 0) | ((bytes[3] ?? 0) << 8) | ((bytes[4] ?? 0) << 16) | ((bytes[5] ?? 0) << 24);
  return declaredSize === bytes.length && bytes[6] === 0 && bytes[7] === 0;
}

export interface NulCounts {
  even: number;
  odd: number;
  /** Number of bytes examined. */
  sampled: number;
}

/** NUL bytes at even and odd positions of the first `limit` bytes: UTF-16 puts them on one side. */
export function countNuls(bytes: Uint8Array, limit = 65_536): NulCounts {
  const sampled = Math.min(bytes.length, limit);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sampled; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return { even, odd, sampled };
}

/**
 * UTF-16 byte orders to try, most likely first, or none when there are no NULs to explain. ASCII in
 * UTF-16BE is 00 xx (NUL at even offsets), in UTF-16LE xx 00; kana and kanji such as U+3000 add a few
 * NULs on the other side, so this only orders the candidates and the decoder judges the result.
 */
export function utf16Orders(counts: NulCounts): Array<'UTF-16LE' | 'UTF-16BE'> {
  if (counts.even + counts.odd === 0) return [];
  return counts.even > counts.odd ? ['UTF-16BE', 'UTF-16LE'] : ['UTF-16LE', 'UTF-16BE'];
}
