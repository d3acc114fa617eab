// How much a decoded string looks like real (Japanese or Latin) text. Decoding legacy bytes with the
// wrong table rarely fails outright (EUC-JP read as Shift_JIS gives half-width katakana soup), so the
// decoder compares candidates by what they produce, not by whether they threw.

export interface TextProfile {
  length: number;
  replacements: number;
  /** C0 control characters other than tab, newline, carriage return, form feed. */
  controls: number;
  nonAscii: number;
  /** Hiragana, katakana, kanji, CJK punctuation and full-width forms. */
  japanese: number;
  kana: number;
  kanji: number;
  /** Half-width katakana: rare in real pages, common in mis-decoded ones. */
  halfWidthKana: number;
  /** Accented Latin letters and Latin-1 punctuation. */
  latin: number;
}

export function profileText(text: string): TextProfile {
  const p: TextProfile = {
    length: text.length, replacements: 0, controls: 0, nonAscii: 0, japanese: 0, kana: 0, kanji: 0,
    halfWidthKana: 0, latin: 0,
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) p.controls++;
      continue;
    }
    p.nonAscii++;
    classifyNonAscii(c, p);
  }
  return p;
}

function classifyNonAscii(c: number, p: TextProfile): void {
  if (c === 0xfffd) p.replacements++;
  else if (c >= 0x3040 && c <= 0x30ff) { p.kana++; p.japanese++; }
  else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) { p.kanji++; p.japanese++; }
  else if (c >= 0xff61 && c <= 0xff9f) p.halfWidthKana++;
  else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffef)) p.japanese++;
  // Symbols Japanese pages use a lot: ※ ○ ■ → ①, Greek/Cyrillic letters of JIS X 0208, box drawing.
  else if ((c >= 0x2000 && c <= 0x27bf) || (c >= 0x0391 && c <= 0x0451) || c === 0x00a7 || c === 0x00b6) p.japanese++;
  else if (c >= 0xa0 && c <= 0x24f) p.latin++;
  else if (c >= 0xd800 && c <= 0xdfff) p.latin++; // surrogate halves of emoji and rare kanji
}

/** Replacement characters a legitimately decoded text may carry: a cut-off last character, a stray byte. */
export function allowedReplacements(length: number): number {
  return 2 + Math.floor(length * 0.002);
}

/**
 * Score in [0, 1] of a legacy-Japanese decoding; 0 when it is not plausible at all. Needs kana among the
 * Japanese letters, since random bytes decode to kanji but almost never to running hiragana.
 */
export function japaneseScore(p: TextProfile): number {
  if (p.replacements > allowedReplacements(p.length) || p.controls > p.length * 0.01) return 0;
  if (p.nonAscii === 0) return 1;
  const letters = p.kana + p.kanji;
  if (letters >= 20 && p.kana < letters * 0.1) return 0;
  const share = (p.japanese - p.replacements - 3 * p.halfWidthKana) / p.nonAscii;
  return share >= 0.85 ? share : 0;
}

/** Whether a decoding with no Japanese expected (UTF-16, windows-1252) reads as text. */
export function readsAsText(p: TextProfile): boolean {
  if (p.replacements > allowedReplacements(p.length) || p.controls > p.length * 0.01) return false;
  return p.nonAscii === 0 || (p.japanese + p.latin) / p.nonAscii >= 0.9;
}
