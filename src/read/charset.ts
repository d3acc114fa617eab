// Charset names: byte order marks, the labels pages declare (<meta charset>, http-equiv, XML
// declaration, Content-Type header), and their mapping to the encodings this project decodes.

/** Encodings the decoder knows, by the name reported to the user and stored on the Document. */
export type EncodingName = 'UTF-8' | 'Shift_JIS' | 'EUC-JP' | 'ISO-2022-JP' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252';

const LABELS: Record<string, EncodingName> = {
  'utf-8': 'UTF-8',
  utf8: 'UTF-8',
  'unicode-1-1-utf-8': 'UTF-8',
  'us-ascii': 'UTF-8',
  ascii: 'UTF-8',
  shift_jis: 'Shift_JIS',
  'shift-jis': 'Shift_JIS',
  sjis: 'Shift_JIS',
  'x-sjis': 'Shift_JIS',
  ms_kanji: 'Shift_JIS',
  csshiftjis: 'Shift_JIS',
  'windows-31j': 'Shift_JIS',
  cp932: 'Shift_JIS',
  ms932: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  'x-euc-jp': 'EUC-JP',
  eucjp: 'EUC-JP',
  cseucpkdfmtjapanese: 'EUC-JP',
  'iso-2022-jp': 'ISO-2022-JP',
  csiso2022jp: 'ISO-2022-JP',
  jis: 'ISO-2022-JP',
  'utf-16': 'UTF-16LE',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'windows-1252': 'windows-1252',
};

/** The encoding a declared label stands for, or null for labels this project does not decode. */
export function encodingFromLabel(label: string): EncodingName | null {
  return LABELS[label.trim().toLowerCase()] ?? null;
}

export interface Bom {
  encoding: EncodingName;
  length: number;
}

export function detectBom(bytes: Uint8Array): Bom | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'UTF-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'UTF-16LE', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  return null;
}

const CONTENT_TYPE_CHARSET = /charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/i;

/** Charset named by a Content-Type header value, e.g. `text/html; charset=Shift_JIS`. */
export function charsetFromContentType(contentType: string | undefined): EncodingName | null {
  const match = contentType ? CONTENT_TYPE_CHARSET.exec(contentType) : null;
  return match?.[1] ? encodingFromLabel(match[1]) : null;
}

/**
 * Charset declared inside the document: `<meta charset>`, `<meta http-equiv="Content-Type">` or an XML
 * declaration, looked for in the first 4 KiB read as Latin-1 (every legacy Japanese encoding keeps ASCII).
 */
export function declaredCharset(bytes: Uint8Array): EncodingName | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1];
  return label ? encodingFromLabel(label) : null;
}
