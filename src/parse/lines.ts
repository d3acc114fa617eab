// A document's lines with their offsets in document.text: every later stage works on spans.
import type { Span } from '../types.js';

export interface Line extends Span {
  /** 0-based index among all lines. */
  index: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  text.split('\n').forEach((line, index) => {
    lines.push({ index, text: line, start, end: start + line.length });
    start += line.length + 1;
  });
  return lines;
}

/** Text of a span with its leading/trailing blanks removed, and the trimmed span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
