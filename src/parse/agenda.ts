// Trip reports list the talks they cover: 「4月29日 日露首脳会談(プーチン大統領) 5月1日 プローディ欧州委員長
// との首脳会談 5月2日 日伊首脳会談(アマート首相)、日仏首脳会談(シラク大統領、ジョスパン首相)」. Each item
// becomes a meeting of its own, on its date, with the people named in it.
import { NUMBER_SOURCE, parseNumber } from './numbers.js';
import type { Span } from '../types.js';

export interface AgendaItem extends Span {
  month: number;
  day: number;
  /** The meeting's name: 日露首脳会談, 首脳会談 (for 「Xとの首脳会談」). */
  name: string;
  /** Where the counterparts are named: inside the parentheses, or before との. */
  people: Span;
}

const N = NUMBER_SOURCE;
const DATE = new RegExp(`(${N})月(${N})日\\s*`, 'gu');
const MEETING = '(?:首脳会談|首脳会合|外相会談|首脳電話会談|電話会談|会談|表敬|夕食会|昼食会|懇談)';
const NAMED = new RegExp(`^([^\\s、,。()]{0,12}?${MEETING})\\(([^)]*)\\)`, 'u');
const WITH = new RegExp(`^([^\\s、,。()]{2,30}?)との(${MEETING})`, 'u');

function itemsAfter(text: string, from: number, to: number, month: number, day: number): AgendaItem[] {
  const items: AgendaItem[] = [];
  let at = from;
  while (at < to) {
    const rest = text.slice(at, to);
    const named = NAMED.exec(rest);
    const withMatch = named ? null : WITH.exec(rest);
    if (named) {
      const open = at + (named[1] ?? '').length + 1;
      items.push({ start: at, end: at + named[0].length, month, day, name: named[1] ?? '', people: { start: open, end: open + (named[2] ?? '').length } });
      at += named[0].length;
    } else if (withMatch) {
      items.push({ start: at, end: at + withMatch[0].length, month, day, name: withMatch[2] ?? '', people: { start: at, end: at + (withMatch[1] ?? '').length } });
      at += withMatch[0].length;
    } else break;
    const sep = /^[、,]\s*/u.exec(text.slice(at, to));
    if (!sep) break;
    at += sep[0].length;
  }
  return items;
}

/** The talks a schedule passage lists; fewer than two means the document reports one meeting. */
export function findAgenda(text: string, span: Span): AgendaItem[] {
  const region = text.slice(span.start, span.end);
  const items: AgendaItem[] = [];
  for (const m of region.matchAll(DATE)) {
    const month = parseNumber(m[1] ?? '');
    const day = parseNumber(m[2] ?? '');
    if (!month || !day) continue;
    const from = span.start + (m.index ?? 0) + m[0].length;
    items.push(...itemsAfter(text, from, span.end, month, day));
  }
  return items.length >= 2 ? items : [];
}
