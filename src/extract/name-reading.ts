// The name before a title, checked with the dictionary: persons.ts finds a run of characters before an
// office (本日片岡総理, 晋三内閣総理大臣, 冒頭総理, 高市経済安全保障担当大臣); here kuromoji reads that run out of
// its sentence to cut a time word glued to it or the matter of a 担当大臣, to join a surname written before a
// space, and to drop a run of ordinary words.
import { type Token, type TokenLookup, tokenizeAlone } from '../nlp/tokenizer.js';
import { findPersonBySurface } from '../lexicon/index.js';
import { isDepartmentName, type PersonMention } from './persons.js';

const LANDSCAPE_KANJI = /[山川田村町松岩谷沢島森林橋井崎藤杉梅浜岡坂塚畑尾沼池]/u;

/** A kanji "name" made only of ordinary dictionary words (冒頭, 結果) is not a name. */
function isCommonWords(tokens: TokenLookup, m: PersonMention): boolean {
  if (!m.nameSpan || /[\u30A1-\u30FA]/u.test(m.name)) return false;
  // 岩屋 is also a dictionary word (a cave); the lexicon knows it as a surname.
  if (findPersonBySurface(m.name).length > 0) return false;
  // Read in its sentence a surname can come out a common noun (桑原 after 及び, 小松 after an ASCII mark);
  // read alone, the dictionary says whether it is a name at all: a person's or a place's (most surnames are
  // places), not an organisation's (社会 alone reads as one, as in 「社会・保健相として」).
  if (tokenizeAlone(m.name).some((t) => t.pos1 === '固有名詞' && t.pos2 !== '組織')) return false;
  // Most Japanese surnames are places (町村, 岩屋, 松原, 山上): a dictionary word written with a landscape
  // kanji is a surname as often as not, while the words that stand before a title without being names
  // (冒頭, 共同, 立法, 在日, 年間) are of another kind.
  if (LANDSCAPE_KANJI.test(m.name)) return false;
  const covering = tokens.covering(m.nameSpan.start, m.nameSpan.end);
  return covering.length > 0 && covering.every((t) => t.known && t.pos1 !== '固有名詞' && t.surface.length >= 2);
}

/**
 * 「本日片岡総理と」「5年間片岡総理との間で」「一方山田大臣からは」: the run of kanji before a title takes in a time
 * word or a conjunction glued to the name; the name starts at the surname the dictionary reads after it. Names
 * the lexicon knows are left as they are.
 */
function withoutLeadingTimeWord(m: PersonMention): PersonMention {
  if (!m.nameSpan || !/^[\u3400-\u9FFF々]+$/u.test(m.name) || findPersonBySurface(m.name).length > 0) return m;
  const words = tokenizeAlone(m.name);
  const leading = (t: Token) => t.pos1 === '副詞可能' || t.pos2 === '助数詞' || t.pos === '接続詞' || t.surface === '年間';
  // 「来年同大統領」「今貴大臣」: after the time word, 同 (the one just named) or 貴 (you) refers back, as alone.
  const last = words[words.length - 1];
  if (words.length >= 2 && (last?.surface === '同' || last?.surface === '貴') && words.slice(0, -1).every(leading)) {
    const at = m.nameSpan.end - 1;
    return { ...m, start: m.start === m.nameSpan.start ? at : m.start, name: '', nameSpan: null, anaphoric: true, ...(last.surface === '同' ? { refersBack: true } : {}) };
  }
  const surname = words.findIndex((t) => t.pos2 === '人名');
  if (surname < 1 || !words.slice(0, surname).every(leading)) return m;
  const start = m.nameSpan.start + words[surname]!.start;
  return { ...m, start: m.start === m.nameSpan.start ? start : m.start, name: m.name.slice(words[surname]!.start), nameSpan: { start, end: m.nameSpan.end } };
}

/**
 * 「安倍 晋三内閣総理大臣」「岸田　文雄」: official pages often set a space between surname and given name (the
 * ideographic one folds to an ASCII space). The run before the title is then the given name alone; the
 * surname before the space joins it when it reads as one (the dictionary's or the lexicon's surname, or a
 * name the page puts before a title elsewhere).
 */
function withSpacedSurname(m: PersonMention, text: string, titledNames: Set<string>): PersonMention {
  if (!m.nameSpan || m.start !== m.nameSpan.start || !/^[\u3400-\u9FFF々]{1,3}$/u.test(m.name) || text[m.start - 1] !== ' ') return m;
  const before = /(?<![\u3400-\u9FFF々\u30A1-\u30FA\u30FC])[\u3400-\u9FFF々]{1,4}$/u.exec(text.slice(Math.max(0, m.start - 6), m.start - 1));
  if (!before) return m;
  const surname = before[0];
  const words = tokenizeAlone(surname);
  // Or the page itself uses it as a name before a title (松山副大臣 beside 松山 政司外務副大臣).
  const isSurname = (words.length === 1 && words[0]!.pos3 === '姓') || findPersonBySurface(surname).length > 0 || titledNames.has(surname);
  if (!isSurname) return m;
  const start = m.start - 1 - surname.length;
  return { ...m, start, name: surname + m.name, nameSpan: { start, end: m.nameSpan.end } };
}

/**
 * 「高市経済安全保障担当大臣」: before 担当大臣 the run of kanji is a surname and the matter the minister is in
 * charge of, and persons.ts, which cannot tell where one ends, took the matter (or all of it) for the name;
 * the dictionary reads where the name ends. Names the lexicon knows whole are left alone.
 */
function withoutPortfolio(m: PersonMention, text: string): PersonMention {
  if (!m.nameSpan || !m.title || !/^担当(?:大臣|相)?$/u.test(m.title.text) || !/^[\u3400-\u9FFF々]+$/u.test(m.name)) return m;
  if (findPersonBySurface(m.name).length > 0) return m;
  // The whole run of kanji before the title, the name persons.ts took and what it left before it.
  const { before, words } = kanjiRunOf(m.name, m.nameSpan.start, text);
  let cut = 0;
  while (cut < words.length && words[cut]!.pos2 === '人名') cut++;
  if (cut === 0 || cut === words.length) return m;
  const start = m.nameSpan.start - before.length;
  return withNameAt(m, text, start, start + words[cut]!.start);
}

/** The mention with its name at [start, end) and its title from the name's end on (what was cut off the name is the title's). */
function withNameAt(m: PersonMention, text: string, start: number, end: number): PersonMention {
  if (!m.title) return m;
  return { ...m, start: Math.min(m.start, start), name: text.slice(start, end), nameSpan: { start, end }, title: { ...m.title, start: end, text: text.slice(end, m.title.end) } };
}

/** The run of kanji persons.ts read as the name, with up to six kanji it left before it, and its words. */
function kanjiRunOf(name: string, nameStart: number, text: string): { before: string; run: string; words: Token[] } {
  const before = /[\u3400-\u9FFF々]{0,6}$/u.exec(text.slice(Math.max(0, nameStart - 6), nameStart))?.[0] ?? '';
  const run = before + name;
  return { before, run, words: tokenizeAlone(run) };
}

/**
 * 「高橋次郎地域協力室長」「鈴木一郎南西アジア課長」: an official's bureau or division stands between his name
 * and his title, and one that persons.ts does not list is read into the name (or the name cut to its last six
 * kanji). The dictionary reads a surname and a given name and then ordinary words: the name ends there and
 * the words are the title's. Only with both a surname and a given name, and two characters or more after them
 * (岡野正敬 reads 岡野 + 正 + 敬 and stays whole).
 */
function withoutDepartment(m: PersonMention, text: string): PersonMention {
  if (!m.nameSpan || !m.title || m.title.role !== 'official' || !/^[\u3400-\u9FFF々]+$/u.test(m.name)) return m;
  if (findPersonBySurface(m.name).length > 0) return m;
  const { before, run, words } = kanjiRunOf(m.name, m.nameSpan.start, text);
  const surname = words.findIndex((t) => t.pos3 === '姓');
  if (surname < 0 || words[surname + 1]?.pos3 !== '名') return m;
  let cut = surname + 1;
  while (cut < words.length && words[cut]!.pos2 === '人名' && words[cut]!.pos3 === '名') cut++;
  const rest = words.slice(cut);
  if (rest.length === 0 || run.length - rest[0]!.start < 2 || !rest.every((t) => t.known && t.pos2 !== '人名')) return m;
  const start = m.nameSpan.start - before.length + words[surname]!.start;
  const end = m.nameSpan.start - before.length + rest[0]!.start;
  // Only a name that starts where persons.ts's did or just before it (a surname it cut off).
  return start > m.nameSpan.start ? m : withNameAt(m, text, start, end);
}

/**
 * 「田中南米課長」: 田中 of the 南米課 (South America Division), not 田 of a 中南米課. A one-kanji name is read with
 * the first kanji of the department after it when the two are a surname to the dictionary and what is left is
 * still a department: 中南米 and 南米 are both bureaus' words, and 田 alone is no one.
 */
function withSurnameOutOfDepartment(m: PersonMention, text: string): PersonMention {
  if (!m.nameSpan || !m.title || m.title.role !== 'official' || !/^[\u3400-\u9FFF々]$/u.test(m.name)) return m;
  const next = text[m.nameSpan.end] ?? '';
  const office = /(?:局長|課長|室長|部長|審議官|参事官)$/u.exec(text.slice(m.nameSpan.end + 1, m.title.end));
  if (!/^[\u3400-\u9FFF々]$/u.test(next) || !office || !isDepartmentName(text.slice(m.nameSpan.end + 1, m.title.end - office[0].length))) return m;
  const words = tokenizeAlone(m.name + next);
  if (words.length !== 1 || words[0]!.pos3 !== '姓') return m;
  const end = m.nameSpan.end + 1;
  return { ...m, name: m.name + next, nameSpan: { start: m.nameSpan.start, end }, title: { ...m.title, start: Math.max(m.title.start, end), text: text.slice(Math.max(m.title.start, end), m.title.end) } };
}

/**
 * 「ジョン・スミス・トヨタ自動車社長」: the run before the title is the tail of a company's name (自動車 of トヨタ自動車, which
 * the dictionary knows as an organisation), not a person's; so is a kanji run that is such a name whole (日立製作所会長).
 * A katakana word the dictionary knows as a company may still be a foreign name, and a surname the lexicon lists is one.
 */
function isTailOfOrganisation(text: string, m: PersonMention): boolean {
  const span = m.nameSpan;
  if (!span || !/^[\u3400-\u9FFF々]+$/u.test(m.name) || findPersonBySurface(m.name).length > 0) return false;
  // The name with the word run written before it (トヨタ, 日本経済), read alone: a short read, never the whole line.
  const before = /[\u3400-\u9FFF々\u30A1-\u30FA\u30FC]{0,10}$/u.exec(text.slice(Math.max(0, span.start - 10), span.start))?.[0] ?? '';
  const words = tokenizeAlone(before + m.name);
  // A surname of two kanji (三井) may be read as a company: only a longer run is taken for one whole.
  const whole = m.name.length >= 3;
  let at = 0;
  for (const t of words) {
    const tokenStart = at;
    at += t.surface.length;
    if (t.pos1 !== '固有名詞' || t.pos2 !== '組織' || at !== before.length + m.name.length) continue;
    if (tokenStart < before.length || (whole && tokenStart === before.length)) return true;
  }
  return false;
}

/** The titled person mentions of a page whose names read as names, each with its whole name. */
export function readTitledNames(found: PersonMention[], text: string, tokens: TokenLookup): PersonMention[] {
  const candidates = found.map(withoutLeadingTimeWord).map((m) => withSurnameOutOfDepartment(withoutDepartment(withoutPortfolio(m, text), text), text));
  const titledNames = new Set(candidates.map((m) => m.name));
  return candidates.map((m) => withSpacedSurname(m, text, titledNames)).filter((m) => !isCommonWords(tokens, m) && !isTailOfOrganisation(text, m));
}
