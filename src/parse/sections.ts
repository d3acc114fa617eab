// Numbered sections (topics) and the paragraphs inside them.
// A topic is a numbered line whose text is a short heading (1.劇場占拠事件, 1 冒頭発言, １．, ◎ …);
// a numbered line that reads as a sentence (1. 冒頭、総理から…旨述べました。) is a paragraph.
import type { Line } from './lines.js';
import { trimSpan } from './lines.js';
import type { Span } from '../types.js';
import { isDatedLeadLine } from './lead.js';

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

// A number glued to its heading (1日露関係) is a topic; a date or a clock that starts a line (1月9日(現地時間),…,
// 9日(…)、, 10時…) is not, nor an ordinal or a count (第10回日・中央アジア外相会合, 第3次…, 5か国, 50周年).
const TOPIC_LINE = /^\s*(?:第)?(\d{1,2})\s*(?:[.．、]\s*|\s+|(?=[^\d\s(（)）])(?!月\d{1,2}日|日[(（、,]|時|回|次|期|号|条|代|位|章|節|週|年|か国|カ国|ヶ国|周年|億|万|歳|%|％))(.*)$/u;
const ENUMERATOR = /^\s*(?:[-・○●◯◇◆■□*•]\s*)?(?:[(（](?:\d{1,2}|[イロハニホヘトチリヌ]|[a-zA-Z]|[A-Z])[)）]\s*\)?|[アイウエオカキクケコサシスセソ]\s+|\d{1,2}\s*[.．](?!\d)\s*|\d{1,2}\s+(?=\D)|[-・○●◯◇◆■□*•]\s*)/u;

function looksLikeHeading(rest: string): boolean {
  const text = rest.trim();
  if (text === '' || text.length > 45) return false;
  if (/[。]|旨|述べ|ました|した$/u.test(text)) return false;
  return true;
}

export interface TopicLine {
  number: number;
  heading: string;
  /** Where the text glued after the heading starts (1.全体概要-クラスノヤルスク会談に…), relative to the line. */
  restAt: number | null;
}

/** A heading, a space or a colon, then its text: one word with no comma, never a date (「5月1日 …」). */
const HEADING_THEN_TEXT = /^([^\s、,。:：\d０-９][^\s、,。:：]{1,24})(?:[ \u3000]+|[ \u3000]?[:：][ \u3000]?)(?=\S)/u;
/**
 * 「1.全般的評価ハワード豪首相は、…」: an old page flattened from a table runs a heading into its text with no
 * separator at all; a heading ending in a word that only heads a section (評価, 概要, 全般…) ends there when a
 * noun or a name follows.
 */
// (A heading is nouns, joined by の at most: 「ベータ大統領から概要以下のとおり述べた」 is a sentence.)
const HEADING_WORD_THEN_TEXT = /^((?:[^\s、,。:：\d０-９ぁ-ゖ]|の)(?:[^\s、,。:：ぁ-ゖ]|の){0,14}?(?:評価|概要|全般|総論|背景|成果))(?!以下|次の)(?=[\u3400-\u9FFF\u30A1-\u30FA][^。]*[、,。])/u;

/** 「(1)二国間関係」: the numbering of pages whose topics are numbered in parentheses only. */
const PAREN_TOPIC_LINE = /^\s*[(（](\d{1,2})[)）]\s*(.*)$/u;

/** 「(1) 二国間関係」: a first topic numbered in parentheses, the top of a copy cut off above its lead. */
export function isFirstParenTopic(line: string): boolean {
  return parseTopicLine(line, PAREN_TOPIC_LINE)?.number === 1;
}

/**
 * 「1 NYを訪問中の山田　太郎内閣総理大臣は、25日午前10時から…」: a numbered lead whose person's name is written with a
 * space after the surname. The space between two kanji is the name's, not the end of a heading.
 */
function spacedNameInLead(line: string, at: number): boolean {
  return /[\u3400-\u9FFF々][ \u3000]+$/u.test(line.slice(0, at)) && /^[\u3400-\u9FFF々]/u.test(line.slice(at)) && isDatedLeadLine(line);
}

/** Topic number and heading of a line, when it is a numbered heading. */
export function parseTopicLine(line: string, style: RegExp = TOPIC_LINE): TopicLine | null {
  const m = style.exec(line);
  if (!m) return null;
  const number = Number(m[1]);
  let heading = (m[2] ?? '').trim();
  let restAt: number | null = null;
  // Pages flattened from HTML glue a heading to its first bullet: 「1.全体概要-クラスノヤルスク会談に…」,
  // or run it into its text after a space: 「1 二国間関係 ベータ大統領より、…旨述べた。」.
  const glued = /^([^、,。\-]{2,25})\s*-\s*(?=\S)/u.exec(heading) ?? HEADING_THEN_TEXT.exec(heading) ?? HEADING_WORD_THEN_TEXT.exec(heading);
  if (glued && !looksLikeHeading(heading) && !spacedNameInLead(heading, glued[0].length)) {
    restAt = line.indexOf(heading) + glued[0].length;
    heading = (glued[1] ?? '').trim();
  }
  if (number < 1 || number > 30 || !looksLikeHeading(heading)) return null;
  return { number, heading, restAt };
}

/**
 * The next heading inside a line of a flattened page, at its end (「…(クリントン大統領) 1.日露首脳会談(4月29日)」,
 * 「…考えられる。2.「橋本・エリツィン・プラン」の拡充」) or followed by its text after a space (「…一致した。
 * 4.イラク復興支援 イラク復興支援については、…」). Only the number that comes next counts.
 */
// A short aside in brackets is the heading's (「1.日露首脳会談(4月29日)」); a long one, a schedule, follows it
// (「2.日豪首脳会談の概要(8日(木)10:19-10:38於:迎賓館)」) and is not.
const INLINE_HEADING = /(?<=[\s。])(\d{1,2})[.．]([^\s、,。\d()（）][^\s、,。()（）]{1,24}(?:[(（][^()（）\s、,。]{1,12}[)）])?)(?:[(（](?:[^()（）]|[(（][^()（）]*[)）]){0,60}[)）])?(?:[ \u3000]+(?=\S)|$)/gu;

function inlineHeading(line: string, from: number, expected: number): { at: number; heading: string; restAt: number | null } | null {
  const regex = new RegExp(INLINE_HEADING.source, 'gu');
  regex.lastIndex = from;
  for (let m = regex.exec(line); m; m = regex.exec(line)) {
    if (Number(m[1]) !== expected || !looksLikeHeading(m[2] ?? '')) continue;
    const end = m.index + m[0].length;
    return { at: m.index, heading: m[2] ?? '', restAt: end < line.length ? end : null };
  }
  return null;
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
  const addParagraph = (start: number, end: number, contentStart: number) => {
    const span = trimSpan(text, { start, end });
    if (span.start >= span.end) return;
    const last = sections[sections.length - 1];
    if (last) last.end = Math.max(last.end, end);
    order += 1;
    paragraphs.push({ ...span, topic: last?.number ?? null, order, contentStart: Math.max(contentStart, span.start) });
  };
  const openSection = (number: number, heading: string, start: number, end: number) => {
    sections.push({ number, heading, start, end });
    order = 0;
  };
  // The text of a line from `from` on (content from `contentAt`), cut where a flattened page runs the next
  // headings into it: each heading opens its section and the text after it is that section's paragraph.
  const addRunOn = (line: Line, contentAt: number, from = contentAt) => {
    let at = from;
    let content = contentAt;
    for (;;) {
      const next = inlineHeading(line.text, at, (sections[sections.length - 1]?.number ?? 0) + 1);
      if (!next) break;
      if (next.at > at) addParagraph(line.start + at, line.start + next.at, line.start + content);
      const headingEnd = next.restAt === null ? line.end : line.start + next.restAt;
      openSection((sections[sections.length - 1]?.number ?? 0) + 1, next.heading, line.start + next.at, headingEnd);
      if (next.restAt === null) return;
      at = content = next.restAt;
    }
    addParagraph(line.start + at, line.end, line.start + content);
  };
  let previous: Line | null = null;
  // A page with no 「1.」 heading may number its topics 「(1)」 (where 「1.」 exists, 「(1)」 is a level below).
  // (The 「1.」 may sit in the lead line or be glued after a sentence, so the whole text is looked at.)
  const style = /(?:^|[\s。])(?:第)?[12１２]\s*[.．、]/mu.test(text) || body.some((l) => parseTopicLine(l.text)?.number === 1) ? TOPIC_LINE : PAREN_TOPIC_LINE;
  // 「1. フィヨン首相」「2. また、総理は…挨拶を行った。」「3. ストルテンベルグ首相」: a numbered sentence at the
  // current heading's depth takes its number in the count, so the heading after it still opens a section.
  let counted = 0;
  let headingDepth = -1;
  const depth = (l: string) => l.length - l.trimStart().length;
  for (const line of body) {
    if (line.text.trim() === '') continue;
    const topic = parseTopicLine(line.text, style);
    const current = sections[sections.length - 1];
    const numbered = style === TOPIC_LINE && current && !topic ? TOPIC_LINE.exec(line.text) : null;
    if (numbered && Number(numbered[1]) === Math.max(current!.number, counted) + 1 && depth(line.text) === headingDepth) counted = Number(numbered[1]);
    const skipped = topic !== null && current !== undefined && counted > current.number && topic.number === counted + 1 && depth(line.text) === headingDepth;
    // Pages copied from HTML where each section is its own list (「1. 冒頭」「2. <text>」, blank,
    // 「1. 貿易・投資」「2. <text>」): a heading numbered 1 after a blank line and a 「2.」 paragraph is
    // the next section.
    const restart = topic !== null && topic.number === 1 && current !== undefined && previous !== null &&
      line.index > previous.index + 1 && /^\s*2\s*[.．]/u.test(previous.text) && parseTopicLine(previous.text) === null;
    previous = line;
    if (topic && restart) topic.number = current!.number + 1;
    if (topic && (topic.number === (current?.number ?? 0) + 1 || skipped)) {
      const span = trimSpan(text, line);
      const headingEnd = topic.restAt === null ? span.end : line.start + topic.restAt;
      openSection(topic.number, topic.heading, span.start, headingEnd);
      headingDepth = depth(line.text);
      counted = 0;
      if (topic.restAt !== null) addRunOn(line, topic.restAt);
      continue;
    }
    // 「…インド太平洋戦略⏎」の下,…旨述べました。」: a line that opens on a closing bracket goes on with the
    // sentence the line break cut.
    const cut = paragraphs[paragraphs.length - 1];
    if (cut && /^[」』)）]/u.test(line.text) && !/[。]\s*$/u.test(text.slice(cut.start, cut.end))) {
      cut.end = trimSpan(text, line).end;
      const section = sections[sections.length - 1];
      if (section) section.end = Math.max(section.end, line.end);
      continue;
    }
    addRunOn(line, contentOffset(line.text), 0);
  }
  return { sections, paragraphs };
}
