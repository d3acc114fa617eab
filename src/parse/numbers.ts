// Numerals as MOFA writes them: ASCII digits (full-width ones are folded earlier), kanji numerals
// (二十七, 十, 三十一), and 元 for the first year of an era.

const KANJI_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const KANJI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Regex source matching one number in any of the accepted spellings. Bounded lengths (no date part
 * needs more) keep every date pattern linear: an unbounded run retried from each of a long run of
 * digits costs time quadratic in the run.
 */
export const NUMBER_SOURCE = '(?:\\d{1,4}|[〇零一二三四五六七八九十百千]{1,6}|元)';

function parseKanji(text: string): number | null {
  let total = 0;
  let digit = -1;
  let positional = '';
  for (const ch of text) {
    if (ch in KANJI_DIGITS) {
      digit = KANJI_DIGITS[ch] ?? 0;
      positional += String(digit);
    } else if (ch in KANJI_UNITS) {
      total += (digit < 0 ? 1 : digit) * (KANJI_UNITS[ch] ?? 1);
      digit = -1;
      positional = '';
    } else return null;
  }
  // 二〇二四 style (digits only) reads positionally; 二十七 style adds units.
  if (total === 0 && positional.length > 1) return Number(positional);
  return total + (digit < 0 ? 0 : digit);
}

/** Parses a number written with ASCII digits, kanji numerals or 元 (= 1, first year of an era). */
export function parseNumber(text: string): number | null {
  if (text === '元') return 1;
  if (/^\d+$/.test(text)) return Number(text);
  return parseKanji(text);
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
