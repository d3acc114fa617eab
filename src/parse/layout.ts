// A document's layout: title and header date above the lead sentence, the lead itself, then the
// numbered sections and paragraphs of the body.
import { findFullDate, type PartialDate } from './dates.js';
import { findLeadLine } from './lead.js';
import { splitLines, trimSpan, type Line } from './lines.js';
import { parseSections, type Paragraph, type Section } from './sections.js';
import type { Span } from '../types.js';

export interface Layout {
  title: string;
  headerDate: PartialDate | null;
  /** The lead paragraph, null when the document has none (not a meeting summary). */
  lead: Span | null;
  sections: Section[];
  paragraphs: Paragraph[];
}

const MEETING_TITLE = /(会談|会議|会合|表敬|夕食会|昼食会|晩餐会|懇談|訪問|訪日|サミット|立ち話|電話)/u;

function isDateLine(line: string): boolean {
  const date = findFullDate(line);
  return date !== null && line.replace(/[()（）\s]|概要|と評価/gu, '').length <= date.end - date.start + 2;
}

function titleFrom(preamble: Line[]): string {
  const lines = preamble.map((l) => l.text.trim()).filter((l) => l !== '' && !isDateLine(l));
  const meetingLines = lines.filter((l) => MEETING_TITLE.test(l));
  const chosen = meetingLines.length > 0 ? meetingLines : lines;
  return chosen.join('').replace(/[(（]概要[)）]/gu, '').replace(/平成|令和|昭和/u, (m) => m).trim();
}

function headerDateFrom(lines: Line[], leadIndex: number): PartialDate | null {
  const head = leadIndex >= 0 ? lines.slice(0, leadIndex) : lines.slice(0, 12);
  for (const line of head) {
    const date = findFullDate(line.text);
    if (date) return date;
  }
  return null;
}

export function parseLayout(text: string): Layout {
  const lines = splitLines(text);
  const leadIndex = findLeadLine(lines);
  const preamble = leadIndex >= 0 ? lines.slice(0, leadIndex) : lines.slice(0, 3);
  const leadLine = leadIndex >= 0 ? lines[leadIndex] : undefined;
  const body = leadIndex >= 0 ? lines.slice(leadIndex + 1) : lines.slice(preamble.length);
  const { sections, paragraphs } = parseSections(text, body);
  return {
    title: titleFrom(preamble),
    headerDate: headerDateFrom(lines, leadIndex),
    lead: leadLine ? trimSpan(text, leadLine) : null,
    sections,
    paragraphs,
  };
}
