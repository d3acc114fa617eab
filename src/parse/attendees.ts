// Attendee lists by side: (ロシア側同席者は、イワノフ外相、メルズルヒン首相府室長他、当方同席者は安倍官房
// 副長官…), (当方:河野外務大臣…ほか、先方:王毅…ほか同席。), 会談には、日本側から…が、インド側から…が同席 (or 陪席),
// (日本側は…他,米国側は…他), 出席者. Each side segment gets the country its marker names.
import { findCountry } from '../lexicon/index.js';
import type { Span } from '../types.js';

export interface SideSegment extends Span {
  /** ISO3 of the side; 'SELF' for 当方/我が方/日本側, 'OTHER' for 先方 (resolved by the caller). */
  side: string;
}

const ATTENDANCE = /(同席|陪席|出席者|当方\s*[:：]|先方\s*[:：]|[^\s、,(（;；/／]{1,12}側(?:同席者)?(?:は|から|:|：))/u;
// 「米 側:」: a space may stand between the country and 側 in a list laid out in columns.
// A side is named after a separator of the list before it (「…課長;チリ側:」「…課長/先方:」).
// 「(豪側)」 on a line of its own heads the names below it; 「(米側)A、B」「(先方同席者)A」 name them after it.
const SIDE_MARKER = /(当方|我が方|日本側|先方|([^\s、,(（:：;；/／【】]{1,12})[ \u3000]?側)(?:の)?(?:同席者|陪席者|出席者)?(?:[)）】〉>][ \t\u3000]*[:：]?|\s*(?:は|から|:|：|\s))/gu;

/** Spans (within `text`) of the attendee passages of the lead paragraph and the line after it. */
export function findAttendancePassages(text: string, span: Span): Span[] {
  const passages: Span[] = [];
  const region = text.slice(span.start, span.end);
  // Parenthesised lists first: (…同席…), (当方:…、先方:…).
  for (const m of region.matchAll(/[(（]([^()（）]|[(（][^()（）]*[)）])*[)）]/gu)) {
    if (ATTENDANCE.test(m[0])) passages.push({ start: span.start + (m.index ?? 0), end: span.start + (m.index ?? 0) + m[0].length });
  }
  // Sentences such as 「なお会談には、日本側から…が同席しました。」
  // Sentence by sentence (a regular expression over the region would retry every start of a long sentence).
  let sentenceStart = 0;
  for (const sentence of region.split(/(?<=。)/u)) {
    const start = span.start + sentenceStart;
    const end = start + sentence.length;
    sentenceStart += sentence.length;
    if (!/同席|陪席|出席/u.test(sentence)) continue;
    // A side (日本側, 先方: the other side, 当方: ours), the talks, or 「…も同席」 says who sat in at these talks.
    if (!passages.some((p) => p.start < end && start < p.end) && /側|先方|当方|我が方|会談には|も(?:同|陪)席/u.test(sentence)) passages.push({ start, end });
  }
  return passages;
}

/** 「【同席者】」「同席者:」 alone on a line: the heading of an attendee block. */
const BLOCK_HEADING = /^[ \t\u3000]*[【\[［(（]?(?:同席者|陪席者|出席者)[】\]］)）]?[ \t\u3000]*[:：]?[ \t\u3000]*$/u;
/** 「【同席者】 米側:A 日本側:B」: the heading with the block's sides on its own line. */
const HEADING_WITH_LIST = /^[ \t\u3000]*[【\[［(（]?(?:同席者|陪席者|出席者)[】\]］)）]?[ \t\u3000]*[:：]?[ \t\u3000]*(?=\S)/u;
/** 「(先方同席者)A、B」: one side's attendees after a bracketed label that says so, which opens a block by itself. */
const SIDE_ATTENDEES = /^[ \t\u3000]*[(（【〈<]?(?:当方|我が方|先方|[^\s、,(（:：【]{1,12}[ \u3000]?側)(?:の)?(?:同席者|陪席者|出席者)[)）】〉>]?[ \t\u3000]*[:：]?[ \t\u3000]*\S/u;
/** Whether a line heads an attendee block: what follows is who sat in, not part of anyone's speech. */
export function isAttendanceHeading(line: string): boolean {
  return BLOCK_HEADING.test(line);
}
// 「米側: …」, or the side in brackets with its names after it (「(米側)A/B」).
const SIDE_LINE = /^[ \t\u3000]*(?:(?:当方|我が方|先方|[^\s、,(（:：]{1,12}[ \u3000]?側)[ \t\u3000]*(?:同席者|陪席者)?[ \t\u3000]*[:：]|[(（【〈<](?:当方|我が方|先方|[^\s、,(（:：【]{1,12}[ \u3000]?側)(?:同席者|陪席者)?[)）】〉>][ \t\u3000]*\S)/u;

/**
 * Whether a line lists attendees: a side's label that says so (「(先方同席者)A、B」) anywhere, and under a
 * block's heading also a side line, a side alone or a bulleted name (「(米側)A/B」「米側:A」「・A」), never a sentence.
 */
export function isAttendeeLine(line: string, underHeading: boolean): boolean {
  if (/。/u.test(line)) return false;
  return SIDE_ATTENDEES.test(line) || HEADING_WITH_LIST.test(line) || (underHeading && (SIDE_LINE.test(line) || SIDE_HEADING.test(line) || BULLET_LINE.test(line)));
}

/**
 * The side lines of a 「【同席者】」 block laid out between the lead and the body
 * (「米 側: …」「日本側: …」), each a passage of its own. Searched in `span` only.
 */
export function findAttendanceBlock(text: string, span: Span): Span[] {
  const region = text.slice(span.start, span.end);
  const lines = region.split('\n');
  let offset = 0;
  let inBlock = false;
  const passages: Span[] = [];
  // A side named on a line of its own (「(豪側)」) heads the bulleted names below it: one passage for them all.
  let group: Span | null = null;
  const close = () => {
    if (group) passages.push(group);
    group = null;
  };
  for (const line of lines) {
    const start = span.start + offset;
    offset += line.length + 1;
    if (BLOCK_HEADING.test(line)) {
      inBlock = true;
      continue;
    }
    const listed = HEADING_WITH_LIST.exec(line);
    if (listed) {
      close();
      inBlock = true;
      passages.push({ start: start + listed[0].length, end: start + line.length });
      continue;
    }
    if (!inBlock && SIDE_ATTENDEES.test(line)) inBlock = true;
    if (!inBlock || line.trim() === '') continue;
    if (SIDE_HEADING.test(line)) {
      close();
      group = { start, end: start + line.length };
    } else if (BULLET_LINE.test(line)) {
      if (group) group.end = start + line.length;
      else group = { start, end: start + line.length };
    } else if (SIDE_LINE.test(line)) {
      close();
      passages.push({ start, end: start + line.length });
    } else {
      break;
    }
  }
  close();
  return passages;
}

/** 「(豪側)」「【日本側】」「先方」 alone on a line in an attendee block. */
const SIDE_HEADING = /^[ \t\u3000]*[(（【〈<]?(?:当方|我が方|先方|[^\s、,(（:：【]{1,12}[ \u3000]?側)[)）】〉>]?[ \t\u3000]*$/u;
/** 「・山田一郎外務審議官」: one attendee per line under a block heading. */
const BULLET_LINE = /^[ \t\u3000]*[・･○◯●‐\-－]\s*\S/u;

function sideOf(marker: string, country: string | undefined): string {
  if (/^(当方|我が方|日本側)$/u.test(marker)) return 'SELF';
  if (marker === '先方') return 'OTHER';
  if (!country) return 'OTHER';
  const iso = findCountry(country)?.iso3;
  return iso ?? 'OTHER';
}

/** Splits an attendance passage into side segments; a passage with no side marker is one 'UNKNOWN' segment. */
export function splitSides(text: string, passage: Span): SideSegment[] {
  const region = text.slice(passage.start, passage.end);
  const markers = [...region.matchAll(SIDE_MARKER)];
  if (markers.length === 0) return [{ ...passage, side: 'UNKNOWN' }];
  return markers.map((m, i) => {
    const start = passage.start + (m.index ?? 0) + m[0].length;
    const next = markers[i + 1];
    const end = next ? passage.start + (next.index ?? 0) : passage.end;
    return { start, end, side: sideOf(m[1] ?? '', m[2]) };
  });
}
