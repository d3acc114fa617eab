// Cuts a document's text into runs around the cited spans, so the page can mark them without parsing
// HTML: offsets are UTF-16 code units, end exclusive, as the API gives them (and as JS strings count).

export interface Span {
  start: number;
  end: number;
  /** e.g. 'statement' or 'mention'; carried to the run it covers. */
  kind: string;
}

export interface Run {
  text: string;
  /** Kinds of the spans covering this run, outermost (first given) first; empty for plain text. */
  kinds: string[];
}

/** Runs covering the whole text in order; spans out of range or empty are ignored, overlaps nest. */
export function splitBySpans(text: string, spans: Span[]): Run[] {
  const valid = spans.filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length && span.start < span.end);
  const cuts = new Set<number>([0, text.length]);
  for (const span of valid) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index]!;
    const end = points[index + 1]!;
    const kinds = valid.filter((span) => span.start <= start && span.end >= end).map((span) => span.kind);
    const previous = runs[runs.length - 1];
    // Adjacent runs under the same spans stay one run.
    if (previous && previous.kinds.join() === kinds.join()) previous.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), kinds });
  }
  return runs;
}
