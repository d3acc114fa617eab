// Bytes → text: byte order mark, then the charset the server or the page declares, then detection.
// Rejects what is not text (empty, binary, undecodable) with a DiplographError and a one-line reason.
import { DiplographError } from '../errors.js';
import { charsetFromContentType, declaredCharset, detectBom, type EncodingName } from './charset.js';
import { decodeAs, highByteShare, isAscii, isUtf8AllowingCutEnd, legacyJapaneseOrder, looksLikeIso2022Jp } from './decoders.js';
import { allowedReplacements, japaneseScore, profileText, readsAsText, type TextProfile } from './plausibility.js';
import { binaryFormatOf, countNuls, utf16Orders } from './sniff-binary.js';
import type { DecodedInput, RawInput } from './types.js';

interface Decoding {
  text: string;
  encoding: EncodingName;
}

export function decodeInput(raw: RawInput): DecodedInput {
  const { bytes } = raw;
  if (bytes.length === 0) throw new DiplographError('INPUT_EMPTY', 'empty file (0 bytes)');
  const bom = detectBom(bytes);
  if (!bom) {
    const format = binaryFormatOf(bytes);
    if (format) throw new DiplographError('INPUT_BINARY', `binary file (${format}), not text`);
  }
  const decoding = bom ? { encoding: bom.encoding, text: decodeAs(bytes, bom.encoding) } : detectAndDecode(raw);
  checkDecodedText(decoding);
  // A download cut off mid-character ends in one replacement character: drop it, keep the rest.
  const text = decoding.text.replace(/\uFFFD$/, '');
  return { text, encoding: decoding.encoding, isHtml: isHtmlInput(raw, decoding.text) };
}

function detectAndDecode(raw: RawInput): Decoding {
  const { bytes } = raw;
  const nuls = countNuls(bytes);
  if (nuls.even + nuls.odd > 0) return decodeUtf16OrReject(bytes, nuls);
  const declared = charsetFromContentType(raw.contentType) ?? declaredCharset(bytes);
  if (declared && !declared.startsWith('UTF-16')) {
    const text = decodeAs(bytes, declared);
    if (honoursDeclaration(profileText(text))) return { text, encoding: declared };
  }
  if (looksLikeIso2022Jp(bytes)) return { text: decodeAs(bytes, 'ISO-2022-JP'), encoding: 'ISO-2022-JP' };
  if (isAscii(bytes) || isUtf8AllowingCutEnd(bytes)) return { text: decodeAs(bytes, 'UTF-8'), encoding: 'UTF-8' };
  return decodeLegacy(bytes);
}

function decodeUtf16OrReject(bytes: Uint8Array, nuls: ReturnType<typeof countNuls>): Decoding {
  for (const order of utf16Orders(nuls)) {
    const text = decodeAs(bytes, order);
    if (readsAsText(profileText(text))) return { text, encoding: order };
  }
  throw new DiplographError('INPUT_BINARY', 'binary data (NUL bytes), not text');
}

/** A declared charset wins unless decoding with it plainly produces garbage (a page that lies). */
function honoursDeclaration(p: TextProfile): boolean {
  if (p.replacements > allowedReplacements(p.length) || p.controls > p.length * 0.01) return false;
  return p.halfWidthKana <= Math.max(5, p.nonAscii * 0.1);
}

function decodeLegacy(bytes: Uint8Array): Decoding {
  // A UTF-8 file with a stray bad byte or two is still UTF-8.
  const lenient = decodeAs(bytes, 'UTF-8');
  const lenientProfile = profileText(lenient);
  if (lenientProfile.replacements <= allowedReplacements(lenient.length) && readsAsText(lenientProfile)) {
    return { text: lenient, encoding: 'UTF-8' };
  }
  let best: (Decoding & { score: number }) | null = null;
  for (const encoding of legacyJapaneseOrder(bytes)) {
    const text = decodeAs(bytes, encoding);
    const score = japaneseScore(profileText(text));
    if (score > 0 && (!best || score > best.score)) best = { text, encoding, score };
  }
  if (best) return { text: best.text, encoding: best.encoding };
  if (highByteShare(bytes) < 0.05) {
    const text = decodeAs(bytes, 'windows-1252');
    if (readsAsText(profileText(text))) return { text, encoding: 'windows-1252' };
  }
  throw new DiplographError(
    'INPUT_UNDECODABLE',
    'undecodable bytes: not valid UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP or UTF-16 text',
  );
}

function checkDecodedText({ text, encoding }: Decoding): void {
  const p = profileText(text);
  if (p.controls > Math.max(2, text.length * 0.01)) {
    throw new DiplographError('INPUT_BINARY', 'binary data (control characters), not text');
  }
  if (p.replacements > allowedReplacements(text.length)) {
    throw new DiplographError('INPUT_UNDECODABLE', `undecodable bytes: ${p.replacements} invalid ${encoding} sequences`);
  }
  if (text.trim() === '') throw new DiplographError('INPUT_EMPTY', 'empty file (whitespace only)');
}

const HTML_EXTENSION = /\.(x?html?|shtml|php|aspx?)$/i;
const HTML_START = /<(!doctype\s+html|html|head|body|meta|title)\b/i;

function isHtmlInput(raw: RawInput, text: string): boolean {
  if (raw.contentType && /\b(text\/html|application\/xhtml\+xml)\b/i.test(raw.contentType)) return true;
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return true;
  // An .html name alone is not enough: a page saved "as text" keeps the name but has no tags to parse.
  const path = raw.source.split(/[?#]/)[0] ?? '';
  return HTML_EXTENSION.test(path) && /<\/?[a-z][a-z0-9]*[\s>]/i.test(head);
}
