// People in an attendee list written otherwise than 「name + office」: the office first and a space before the
// name (「アフリカ部長 鈴木太郎」, 「大使 山田花子(駐ケニア大使)」), or a name in Latin letters with the office in
// brackets (「Mr. John Doe(駐日ケニア大使)」). Only inside a list that says it lists attendees (a line or a
// bracket that opens with 同席者, 出席者, 陪席者 or a side and a colon): elsewhere an office and a word after a
// space (「外務大臣 談話」) name no one.
import type { PersonMention } from './persons.js';
import { titleAt } from './titles.js';

/** What opens an attendee list: 同席者, 出席者, 陪席者, or a side and a colon (日本側:, 当方:, 先方:). */
const LIST_OPENING = /(?:同席者|出席者|陪席者|(?:側|当方|先方|我が方)\s*[:：])/gu;
/** The items of a list: what stands between its separators. */
const ITEM = /[^、,，;；/／\n()（）:：]+(?:[(（][^()（）\n]{1,40}[)）])?/gu;
/** An office, a space, and a Japanese name (kanji, or katakana with its dots), with a bracket after it or not. */
const OFFICE_SPACE_NAME = /^([\u3400-\u9FFF々\u30A1-\u30FA\u30FC・]{1,20})[ \u3000]+([\u3400-\u9FFF々]{2,5}|[\u30A1-\u30FA\u30FC][\u30A1-\u30FA\u30FC・=＝]{1,30})(?:[(（]([^()（）]{1,40})[)）])?$/u;
/** A name in Latin letters (an honorific before it or not) and the office in brackets after it. */
const LATIN_NAME_OFFICE = /^(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E)\.?\s*)?([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’.-]*)+)\s*[(（]([^()（）]{1,40})[)）]$/u;

/** The office that ends exactly at `end` in `text`, read by the title lexicon, or null. */
function officeEndingAt(text: string, start: number, end: number): PersonMention['title'] {
  for (let at = start; at < end; at++) {
    const title = titleAt(text, at);
    if (title && title.end === end) return { ...title, start, text: text.slice(start, end) };
  }
  return null;
}

/** Spans of attendee lists: from an opening word to the end of its line (ITEM stops at a bracket). */
function attendeeLists(text: string): Array<{ start: number; end: number }> {
  const lists: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(LIST_OPENING)) {
    const start = (m.index ?? 0) + m[0].length;
    const lineEnd = text.indexOf('\n', start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    if (lists.length > 0 && lists[lists.length - 1]!.end > start) continue;
    lists.push({ start, end });
  }
  return lists;
}

export function withListedAttendees(text: string, found: PersonMention[]): PersonMention[] {
  const lists = attendeeLists(text);
  if (lists.length === 0) return found;
  // Where someone is named already, as one map of the text: linear however long the list.
  const named = new Uint8Array(text.length + 1);
  for (const p of found) if (p.nameSpan) named.fill(1, p.start, p.end);
  const added: PersonMention[] = [];
  for (const list of lists) {
    const region = text.slice(list.start, list.end);
    for (const item of region.matchAll(ITEM)) {
      const raw = item[0];
      const lead = raw.length - raw.trimStart().length;
      const words = raw.trim();
      const start = list.start + (item.index ?? 0) + lead;
      const end = start + words.length;
      // Already read as someone (name + office): nothing to add.
      if (named.subarray(start, end).some((c) => c === 1)) continue;
      const spaced = OFFICE_SPACE_NAME.exec(words);
      if (spaced) {
        const title = officeEndingAt(text, start, start + spaced[1]!.length);
        if (!title) continue;
        const nameStart = start + words.indexOf(spaced[2]!, spaced[1]!.length);
        const nameSpan = { start: nameStart, end: nameStart + spaced[2]!.length };
        added.push({ start, end: nameSpan.end, name: spaced[2]!, nameSpan, title, country: null, countrySpan: null, anaphoric: false });
        continue;
      }
      const latin = LATIN_NAME_OFFICE.exec(words);
      if (latin) {
        const officeStart = start + words.lastIndexOf(latin[2]!);
        const title = officeEndingAt(text, officeStart, officeStart + latin[2]!.length);
        if (!title) continue;
        const nameStart = start + words.indexOf(latin[1]!);
        const nameSpan = { start: nameStart, end: nameStart + latin[1]!.length };
        added.push({ start, end, name: latin[1]!, nameSpan, title, country: null, countrySpan: null, anaphoric: false });
      }
    }
  }
  if (added.length === 0) return found;
  // A title-only mention inside an item now read with its name is that person's.
  const taken = new Uint8Array(text.length + 1);
  for (const a of added) taken.fill(1, a.start, a.end);
  const kept = found.filter((p) => !taken.subarray(p.start, p.end).some((c) => c === 1));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
