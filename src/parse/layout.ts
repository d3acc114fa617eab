// A document's layout: title and header date above the lead sentence, the lead itself, then the
// numbered sections and paragraphs of the body.
import { findFullDate, findYearMonthLine, type PartialDate } from './dates.js';
import { factBlockEnd, findLeadLine } from './lead.js';
import { splitLines, trimSpan, type Line } from './lines.js';
import { isFirstParenTopic, parseSections, parseTopicLine, type Paragraph, type Section } from './sections.js';
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
  if (findYearMonthLine(line)) return true;
  const date = findFullDate(line);
  return date !== null && line.replace(/[()（）\s]|概要|と評価/gu, '').length <= date.end - date.start + 2;
}

/**
 * Photo captions repeat the title (「• 日英首脳会談」 under each photo) or number it (「日韓外相会談1」「日韓外相会談2」):
 * a bullet is no part of a title line, lines that differ only in a trailing number are one line, and a line
 * is taken once.
 */
function distinctTitleLines(lines: string[]): string[] {
  const unbulleted = lines.map((l) => l.replace(/^[•・･\-–]\s*/u, ''));
  const unnumbered = (l: string) => l.replace(/[0-9]+$/u, '');
  const numberedTwice = (l: string) => unbulleted.filter((other) => other !== l && unnumbered(other) === unnumbered(l) && /[0-9]$/u.test(other)).length > 0;
  return [...new Set(unbulleted.map((l) => (/[0-9]$/u.test(l) && numberedTwice(l) ? unnumbered(l) : l)))];
}

/**
 * A caption wrapped inside a name (「安倍総理大臣とアッバース・」 over 「パレスチナ大統領との会談」): a line that ends in
 * a name's separator goes on in the next one, so the caption is the title again, not a second title.
 */
function joinWrapped(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.length - 1;
    if (last >= 0 && /[・=＝]$/u.test(joined[last]!) && line !== '') joined[last] += line;
    else joined.push(line);
  }
  return joined;
}

function titleFrom(preamble: Line[]): string {
  // A title never ends a sentence: prose above a late lead (「1.全般的評価ハワード豪首相は、…訪日。」) is body.
  const lines = joinWrapped(preamble.map((l) => l.text.trim())).filter((l) => l !== '' && !isDateLine(l) && !/。/u.test(l));
  const meetingLines = lines.filter((l) => MEETING_TITLE.test(l));
  const chosen = distinctTitleLines(meetingLines.length > 0 ? meetingLines : lines);
  return chosen.join('').replace(/[(（]概要[)）]/gu, '').replace(/平成|令和|昭和/u, (m) => m).trim();
}

/**
 * A lead paragraph wrapped over lines starts where its first line does: the lines right above the
 * lead line (no blank line between) that run on without a full stop and carry a comma, unlike a title
 * or a date line (「1月9日(現地時間),…に出席するため米国」 / 「(ニューヨーク)を訪問中の…は,…会談を行った」).
 */
function leadFirstLine(lines: Line[], leadIndex: number): number {
  let first = leadIndex;
  while (first > 0) {
    const above = lines[first - 1]!.text.trim();
    if (above === '' || /。$/u.test(above) || !/[、,]/u.test(above) || isDateLine(above) || parseTopicLine(above) !== null) break;
    first--;
  }
  return first;
}

function headerDateFrom(lines: Line[], leadIndex: number): PartialDate | null {
  const head = leadIndex >= 0 ? lines.slice(0, leadIndex) : lines.slice(0, 12);
  for (const line of head) {
    const date = findFullDate(line.text);
    if (date) return date;
  }
  // A header of year and month alone dates the page to that month (the lead gives the day).
  for (const line of head) {
    const month = findYearMonthLine(line.text);
    if (month) return month;
  }
  return null;
}

/** Title lines are those above the first numbered heading. */
function firstTopicCut(titleLines: Line[], preamble: Line[]): Line[] {
  const cut = preamble.findIndex((l) => parseTopicLine(l.text)?.number === 1);
  return cut >= 0 ? titleLines.filter((l) => l.index < (preamble[cut]?.index ?? 0)) : titleLines;
}

/**
 * 「…概要次のとおり(…同席)。1.弔意表明」: the first numbered heading glued to the end of the lead line is
 * the first section's heading, as a line of its own (same offsets), and not part of the lead.
 */
function gluedFirstHeading(lead: Line): Line | null {
  const m = /。\s*(1\s*[.．]\s*[^。、,]{1,25})$/u.exec(lead.text);
  if (!m || parseTopicLine(m[1]!)?.number !== 1) return null;
  const offset = lead.text.length - m[1]!.length;
  return { start: lead.start + offset, end: lead.end, index: lead.index, text: m[1]! };
}

/**
 * 「冒頭小泉総理より、…と述べた」: a lead line that opens with a speaker and 「より、」/「から、」 reports what
 * was said, which only the body does. A copy cut off above its lead leaves the first spoken paragraph
 * where the lead would be: it still tells who met, and it is a statement of the body as well. A true
 * lead opens with its date or time (「3月14日から、」) or names who met with は, never with a speaker.
 */
const SPEAKER_OPENING = /^(?:冒頭[、,]?\s*)?[^\s、,。0-9０-９()（）「」]{1,20}?[^\s、,。ぁ-ゖ0-9０-９](?:より|から)(?:は|も)?[、,]/u;

/**
 * 「…と会談を行い、冒頭、ベータ大統領より、…旨述べた。」: a lead may itself report what was said. From its
 * speaker on, the lead is a paragraph of the body as well (the lead still frames the meeting).
 */
const SPEECH_IN_LEAD = /(?<=[、,。][ \u3000]?)(?:冒頭[、,]?)?[^\s、,。0-9０-９()（）「」]{1,20}?[^\s、,。ぁ-ゖ0-9０-９](?:より|から)(?:は)?[、,][^。]{0,150}?(?:述べ|旨|表明|言及)/u;

function speechInLead(lead: Line): Line | null {
  const m = SPEECH_IN_LEAD.exec(lead.text);
  return m ? { ...lead, start: lead.start + m.index, text: lead.text.slice(m.index) } : null;
}

/** 「(1) 」「2. 」「(イ) 」: a point's number before its speaker. */
const POINT_NUMBER = /^(?:[(（](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|[イロハニホヘトアイウエオ])[)）]|[0-9]{1,2}[.．])\s*/u;

export function isSpokenLead(line: string): boolean {
  return SPEAKER_OPENING.test(line.trim().replace(POINT_NUMBER, ''));
}

/** The first line that opens with a speaker, at or above the spoken lead at `leadFirst`. */
function firstSpokenLine(lines: Line[], leadFirst: number): number {
  const first = lines.slice(0, leadFirst).findIndex((l) => isSpokenLead(l.text));
  return first >= 0 ? first : leadFirst;
}

export function parseLayout(text: string): Layout {
  const lines = splitLines(text);
  const leadIndex = findLeadLine(lines);
  const leadFirst = leadIndex >= 0 ? leadFirstLine(lines, leadIndex) : -1;
  // A spoken lead is the cut copy's first paragraph with a meeting word; spoken paragraphs above it (no
  // title or header is one) are the body already.
  const spokenFirst = leadIndex >= 0 && isSpokenLead(lines[leadFirst]!.text) ? firstSpokenLine(lines, leadFirst) : -1;
  const spokenPart = leadIndex >= 0 && spokenFirst < 0 ? speechInLead(lines[leadIndex]!) : null;
  // Without a lead, a copy cut off above it begins with the body: a spoken or numbered line is no title
  // (「(1) 二国間関係」 too, on a page whose topics are numbered in parentheses).
  const bodyAtTop = leadIndex < 0 ? lines.slice(0, 3).findIndex((l) => isSpokenLead(l.text) || parseTopicLine(l.text) !== null || isFirstParenTopic(l.text)) : -1;
  const preamble = leadIndex >= 0 ? lines.slice(0, spokenFirst >= 0 ? spokenFirst : leadFirst) : lines.slice(0, bodyAtTop >= 0 ? bodyAtTop : 3);
  const titleLines = preamble.filter((l) => parseTopicLine(l.text) === null && !isFirstParenTopic(l.text));
  // A block of facts (日時:, 場所:, 出席者: and its side lines) is the lead as a whole.
  const leadLine = leadIndex >= 0 ? lines[factBlockEnd(lines, leadIndex)] : undefined;
  // A lead inside the first numbered section (1.全体概要 / (1)…首脳会談は…) belongs to the body.
  const firstTopic = lines.slice(0, leadIndex + 1).findIndex((l) => parseTopicLine(l.text)?.number === 1 || isFirstParenTopic(l.text));
  const bodyStart = firstTopic >= 0 ? firstTopic : spokenFirst >= 0 ? spokenFirst : leadIndex >= 0 ? leadIndex + 1 : preamble.length;
  const glued = leadLine && firstTopic < 0 ? gluedFirstHeading(leadLine) : null;
  const opening = glued ?? (firstTopic < 0 ? spokenPart : null);
  const body = opening ? [opening, ...lines.slice(bodyStart)] : lines.slice(bodyStart);
  const { sections, paragraphs } = parseSections(text, body);
  return {
    title: titleFrom(firstTopicCut(titleLines, preamble)),
    headerDate: headerDateFrom(lines, leadFirst),
    lead: leadLine ? trimSpan(text, { start: lines[leadFirst]!.start, end: glued?.start ?? leadLine.end }) : null,
    sections,
    paragraphs,
  };
}
