// A Security Council resolution named by its number (安保理決議第1929号, 国連安保理決議2231号, 国連安全保障理事会決議
// 第1718号) is that one resolution: one id whatever the Council's name, 第 and 号 around the number, and not the
// Council's resolutions in general (安保理決議, which the lexicon lists).
import type { RawMention } from './mention.js';
import { parseNumber } from '../parse/numbers.js';

const NUMBERED = /(?<![\u3400-\u9FFF])(?:国連)?(?:安保理|安全保障理事会)決議第?([0-9０-９]{3,4})号?/gu;

export function findNumberedResolutions(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const number = parseNumber(m[1] ?? '');
    if (number === null) continue;
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, text: m[0], type: 'Agreement', id: `agreement:安保理決議第${number}号`, name: `安保理決議第${number}号`, country: null });
  }
  return found;
}
