// Dates: Japanese era dates (昭和/平成/令和, 元年), western dates, and the partial dates of a lead
// sentence (8月10日, 本23日, 25日) completed from the header date.
import { NUMBER_SOURCE, pad2, parseNumber } from './numbers.js';

/** First year (western) of each era; a year N of the era is start + N - 1. */
const ERA_START: Record<string, number> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };

export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number;
  /** 「昨年12月28日」「本年1月4日」: years after (or, negative, before) the header's, when the text says so. */
  yearOffset?: number;
  /** A header dated by year and month only (「令和5年3月」): `day` is then the month's last, so any day completes into it. */
  monthOnly?: boolean;
  /** Offsets of the matched expression in the searched text. */
  start: number;
  end: number;
}

const N = NUMBER_SOURCE;
const ERA_DATE = new RegExp(`(明治|大正|昭和|平成|令和)(${N})年(?:(${N})月)?(?:(${N})日)?`, 'gu');
const WESTERN_DATE = new RegExp(`((?:19|20)\\d\\d)年(${N})月(${N})日`, 'gu');
/** 「Monday, July 5, 2010」 / 「5 July 2010」: the date line of pages reposted from English-language blogs and monitors. */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = `(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const ENGLISH_DATE = new RegExp(`\\b(?:${MONTH_NAME} (\\d{1,2}), ((?:19|20)\\d\\d)|(\\d{1,2}) ${MONTH_NAME},? ((?:19|20)\\d\\d))\\b`, 'gu');
/** 「2024/01/15」「2024.1.15」「2024-01-15」: the byline of a news site or blog that reposts a summary. */
const NUMERIC_DATE = /(?<![\d./-])((?:19|20)\d\d)([/.-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d./-]*\d)/gu;
/** 「本年1月4日」「昨年12月28日」「翌年」: a month and day in a year named relative to the page's. */
const RELATIVE_YEAR_DATE = new RegExp(`(本年|今年|同年|昨年|前年|昨年度|来年|明年|翌年)(${N})月(${N})日`, 'gu');
const YEAR_OFFSET: Record<string, number> = { 本年: 0, 今年: 0, 同年: 0, 昨年: -1, 前年: -1, 昨年度: -1, 来年: 1, 明年: 1, 翌年: 1 };
const MONTH_DAY = new RegExp(`(?<![年\\d])(${N})月(${N})日`, 'gu');
const DAY_ONLY = new RegExp(`(?:本|同)?(?<![月\\d〇一二三四五六七八九十])(\\d{1,2})日(?![間本])`, 'gu');

export function eraToYear(era: string, yearOfEra: number): number | null {
  const start = ERA_START[era];
  return start === undefined ? null : start + yearOfEra - 1;
}

export function toIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The first full date (era, western or English, with year, month and day) in `text`. */
export function findFullDate(text: string): PartialDate | null {
  const hits: PartialDate[] = [];
  for (const m of text.matchAll(ERA_DATE)) {
    const year = eraToYear(m[1] ?? '', parseNumber(m[2] ?? '') ?? NaN);
    const month = m[3] ? parseNumber(m[3]) : null;
    const day = m[4] ? parseNumber(m[4]) : null;
    if (year && month && day) hits.push({ year, month, day, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(WESTERN_DATE)) {
    const month = parseNumber(m[2] ?? '');
    const day = parseNumber(m[3] ?? '');
    if (month && day) hits.push({ year: Number(m[1]), month, day, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    hits.push({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ENGLISH_DATE)) {
    const month = MONTHS.indexOf((m[1] ?? m[5] ?? '').toLowerCase()) + 1;
    const day = Number(m[2] ?? m[4]);
    hits.push({ year: Number(m[3] ?? m[6]), month, day, start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => a.start - b.start);
  return hits[0] ?? null;
}

const YEAR_MONTH_LINE = new RegExp(`^[\\s(（]*(?:(明治|大正|昭和|平成|令和)(${N})|((?:19|20)\\d\\d))年(${N})月[\\s)）]*$`, 'u');

/** 「令和5年3月」「2023年3月」 alone on a line: a header that dates the page to a month. */
export function findYearMonthLine(line: string): PartialDate | null {
  const m = YEAR_MONTH_LINE.exec(line);
  if (!m) return null;
  const year = m[3] ? Number(m[3]) : eraToYear(m[1] ?? '', parseNumber(m[2] ?? '') ?? NaN);
  const month = parseNumber(m[4] ?? '');
  if (!year || !month || month > 12) return null;
  return { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate(), monthOnly: true, start: 0, end: line.length };
}

/** The first date of any completeness in `text` (full, month-day, or day only), earliest first. */
export function findFirstDate(text: string): PartialDate | null {
  const full = findFullDate(text);
  const candidates: PartialDate[] = full ? [full] : [];
  for (const m of text.matchAll(RELATIVE_YEAR_DATE)) {
    const month = parseNumber(m[2] ?? '');
    const day = parseNumber(m[3] ?? '');
    if (month && day) candidates.push({ year: null, month, day, yearOffset: YEAR_OFFSET[m[1] ?? ''] ?? 0, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = parseNumber(m[1] ?? '');
    const day = parseNumber(m[2] ?? '');
    if (month && day && !(full && m.index >= full.start && m.index < full.end)) {
      candidates.push({ year: null, month, day, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(DAY_ONLY)) {
    const insideOther = candidates.some((c) => m.index >= c.start && m.index < c.end);
    if (!insideOther) candidates.push({ year: null, month: null, day: Number(m[1]), start: m.index, end: m.index + m[0].length });
  }
  candidates.sort((a, b) => a.start - b.start);
  return candidates[0] ?? null;
}

/**
 * Completes a partial date from the document's header date: the same year (the year before when the
 * meeting's month is later than the header's, e.g. a December meeting reported in January).
 */
export function completeDate(date: PartialDate, header: { year: number; month: number; day: number } | null): string | null {
  if (date.year !== null && date.month !== null) return toIso(date.year, date.month, date.day);
  if (!header) return null;
  if (date.yearOffset !== undefined && date.month !== null) return toIso(header.year + date.yearOffset, date.month, date.day);
  const month = date.month ?? (date.day > header.day + 1 ? header.month - 1 || 12 : header.month);
  const year = month > header.month ? header.year - 1 : header.year;
  return toIso(year, month, date.day);
}
