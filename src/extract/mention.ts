// A mention found in document.text before resolution: where, what kind of thing, and (when the
// lexicon knows it) which entity.
import type { EntityType, Span } from '../types.js';

export interface RawMention extends Span {
  text: string;
  type: EntityType;
  /** Canonical id when known (lexicon entry, ISO code); null when resolution must make one. */
  id: string | null;
  /** Canonical name when known. */
  name: string | null;
  /** ISO3 affiliation, for people and organisations. */
  country: string | null;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
