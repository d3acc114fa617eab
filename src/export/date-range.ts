// --from / --to for every export: a year, a month or a day, turned into bounds that compare as strings
// with the graph's ISO dates (Meeting.date is 'YYYY-MM-DD'). Meetings without a date are never in a
// dated export; the command reports how many it left out.
import { DiplographError } from '../errors.js';

export interface DateRange {
  /** Inclusive lower bound 'YYYY-MM-DD', or null for no bound. */
  from: string | null;
  /** Inclusive upper bound 'YYYY-MM-DD', or null for no bound. */
  to: string | null;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * One bound. Examples: ('2003', 'from') → '2003-01-01'; ('2003', 'to') → '2003-12-31';
 * ('2019-02', 'to') → '2019-02-31' (compares right even past the month's last day).
 */
export function parseDateBound(value: string, side: 'from' | 'to'): string {
  const match = DATE.exec(value.trim());
  if (!match) {
    throw new DiplographError('USAGE', `--${side} ${value}: give a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  const [, year, month, day] = match;
  if (day !== undefined && !isRealDate(Number(year), Number(month), Number(day))) {
    throw new DiplographError('USAGE', `--${side} ${value}: no such day`);
  }
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    throw new DiplographError('USAGE', `--${side} ${value}: no such month`);
  }
  const low = side === 'from';
  return `${year}-${month ?? (low ? '01' : '12')}-${day ?? (low ? '01' : '31')}`;
}

export function parseDateRange(from: string | undefined, to: string | undefined): DateRange {
  const range = {
    from: from === undefined ? null : parseDateBound(from, 'from'),
    to: to === undefined ? null : parseDateBound(to, 'to'),
  };
  if (range.from && range.to && range.from > range.to) {
    throw new DiplographError('USAGE', `--from ${from} is after --to ${to}`);
  }
  return range;
}
