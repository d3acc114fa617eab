// Numbered sections (topics) and the paragraphs inside them.
// A topic is a numbered line whose text is a short heading (1.劇場占拠事件, 1 冒頭発言, １．, ◎ …);
// a numbered line that reads as a sentence (1. 冒頭、総理から…旨述べました。) is a paragraph.
import type { Line } from './lines.js';
import { trimSpan } from './lines.js';
import type { Span } from '../types.js';

export interface Section extends Span {
  number: number;
  heading: string;
}

export interface Paragraph extends Span {
  /** Number of the enclosing section, null where the document has none. */
  topic: number | null;
  /** 1-based order inside the section (or the document). */
  order: number;
  /** Offset where the content starts, after its enumerator ((1), -, ・, ア). */
  contentStart: number;
}

const TOPIC_LINE = /^\s*(?:第)?(\d{1,2})\s*(?:[.．、]\s*|\s+|(?=[^\d\s(（)）]))(.*)$/u;
const ENUMERATOR = /^\s*(?:[-・○●◯◇◆■□*•]\s*)?(?:[(（](?:\d{1,2}|[イロハニホヘトチリヌ]|[a-zA-Z]|[A-Z])[)）]\s*\)?|[アイウエオカキクケコサシスセソ]\s+|\d{1,2}\s*[.．](?!\d)\s*|\d{1,2}\s+(?=\D)|[-・○●◯◇◆■□*•]\s*)/u;

function looksLikeHeading(rest: string): boolean {
  const text = rest.trim();
  if (text === '' || text.length > 45) return false;
  if (/[。]|旨|述べ|ました|した$/u.test(text)) return false;
  return true;
}

/** Topic number and heading of a line, when it is a numbered heading. */
export function parseTopicLine(line: string): { number: number; heading: string } | null {
  const m = TOPIC_LINE.exec(line);
  if (!m) return null;
  const number = Number(m[1]);
  const heading = (m[2] ?? '').trim();
  if (number < 1 || number > 30 || !looksLikeHeading(heading)) return null;
  return { number, heading };
}

/** Offset of the content after a paragraph enumerator such as (1), - (2), ・, ア. */
export function contentOffset(line: string): number {
  const m = ENUMERATOR.exec(line);
  return m ? m[0].length : line.length - line.trimStart().length;
}

/**
 * Splits the body (the lines after the lead) into sections and paragraphs. Topics must count up
 * from 1 in order, which keeps stray numbered lines (dates, list items) from becoming topics.
 */
export function parseSections(text: string, body: Line[]): { sections: Section[]; paragraphs: Paragraph[] } {
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  let order = 0;
  for (const line of body) {
    if (line.text.trim() === '') continue;
    const topic = parseTopicLine(line.text);
    const current = sections[sections.length - 1];
    if (topic && topic.number === (current?.number ?? 0) + 1) {
      const span = trimSpan(text, line);
      sections.push({ number: topic.number, heading: topic.heading, start: span.start, end: span.end });
      order = 0;
      continue;
    }
    if (current) current.end = line.end;
    const span = trimSpan(text, line);
    order += 1;
    paragraphs.push({ ...span, topic: current?.number ?? null, order, contentStart: line.start + contentOffset(line.text) });
  }
  return { sections, paragraphs };
}
