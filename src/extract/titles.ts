// Titles and offices in running text (総理, 首相府室長, 国務委員兼外交部長, ロシア課長). Titles are kept
// on the participant and the person mention, never made entities. A title span is a run of title
// words joined by 兼 or a bureau word (府, 省, 局, 部, 課, 室), so compound offices stay whole.
import { countryByAbbreviation, findCountry, titles, titleSuffixes } from '../lexicon/index.js';
import type { TitleEntry, TitleRole } from '../lexicon/types.js';
import type { Span } from '../types.js';
import { SurfaceIndex } from './surface-index.js';

export interface TitleMatch extends Span {
  /** The whole title as written, e.g. 首相府室長. */
  text: string;
  /** Normal form of the head title (外相 → 外務大臣). */
  canonical: string;
  role: TitleRole;
}

/** Words that glue two title words into one office (国務委員兼外交部長, 首相府室長). */
const JOINERS = /^(?:兼|府|・)/u;
/** Department words that may precede a title suffix (外務審議官, 総理秘書官, 官房副長官). */
// 第一外務副大臣 (first deputy) and 名誉領事 (honorary consul) are one office, not a name's tail.
const DEPARTMENT = /^(?:第[一二三四五六七八九十]|名誉|(?:外務|総理|首相|内閣|官房|国家安全保障|経済産業|経産|財務|防衛|外交|国務|大統領|国家|副|次席|首席|特別|政務|事務)(?:担当)?|筆頭|駐日|駐[^\s、,]{1,6}?)/u;

/** A portfolio never starts with the formal words of a state (モロッコ王国外務・…大臣: 王国 is the country's). */
const NOT_A_STATE_WORD = String.raw`(?!共和国|王国|連邦|首長国|合衆国|公国|国(?![家際務民土防連内]))`;
/** The formal words of a state, wherever they stand in a run (社会主義共和国, 東方共和国, 人民民主共和国). */
const STATE_WORD_INSIDE = /共和国|王国|首長国|合衆国|公国/u;
const KANJI_RUN = String.raw`[\u3400-\u9FFF々]`;
const WORD = String.raw`[\u3400-\u9FFF々\u30A1-\u30FC]`;
/** 「国家安全保障問題担当」大統領補佐官: a portfolio ending in 担当. */
const PORTFOLIO = new RegExp(`^${NOT_A_STATE_WORD}${KANJI_RUN}{2,12}?担当(?=${KANJI_RUN})`, 'u');
/**
 * 「防衛・国家安全保障・外務」大臣, 「高等教育・研究・イノベーション」大臣: one minister's portfolios joined by ・; one after the
 * first may be an acronym (「外務・EU・協力」大臣).
 */
const LIST_WORD = String.raw`[\u3400-\u9FFF々\u30A1-\u30FCA-Z]`;
const PORTFOLIO_LIST = new RegExp(`^${NOT_A_STATE_WORD}${KANJI_RUN}{1,10}・(?:${LIST_WORD}{1,10}・){0,4}${WORD}{0,10}?(?=大臣|長官)`, 'u');

/**
 * 「農業」大臣, 「青年スポーツ」大臣, 「鉱業」長官 right after a katakana name: foreign portfolios are too many to
 * list, and the script change marks where the name ends. Never a country (米国務長官 is the US's).
 */
const PORTFOLIO_PLAIN = new RegExp(`^${NOT_A_STATE_WORD}${KANJI_RUN}${WORD}{0,9}?(?=大臣|長官)`, 'u');

/**
 * 「外務・ディアスポラ省」首席次官, 「貿易省」次官 right after a katakana name: a foreign ministry nobody listed,
 * its name ending in 省 before an office. Never a country (米国務省 is the US's).
 */
const MINISTRY_PLAIN = new RegExp(`^${NOT_A_STATE_WORD}${KANJI_RUN}(?:${WORD}|・){0,14}?省(?:首席|次席|筆頭)?(?=事務次官|次官補|次官|副大臣|局長|報道官|長官|顧問|大臣)`, 'u');

/** Whether a run of words begins with a country (米国務…, 英国外務…, 中国…): then they are the country's, not a portfolio. */
function beginsWithCountry(words: string): boolean {
  if (countryByAbbreviation(words[0] ?? '')) return true;
  for (let k = 2; k <= words.length; k++) if (findCountry(words.slice(0, k))) return true;
  return false;
}

function ministryAfterKatakana(text: string, at: number): RegExpExecArray | null {
  const run = MINISTRY_PLAIN.exec(text.slice(at, at + 20));
  return run && !beginsWithCountry(run[0]) ? run : null;
}

function portfolioAfterKatakana(text: string, at: number): RegExpExecArray | null {
  const run = PORTFOLIO_PLAIN.exec(text.slice(at, at + 14));
  return run && !beginsWithCountry(run[0]) ? run : null;
}

/** Whether a formal state name in kanji ends at `at` (王国, 共和国, 連邦…) or a country does (中国, 英国). */
function endsWithState(text: string, at: number): boolean {
  if (!/[国邦]$/u.test(text.slice(Math.max(0, at - 1), at))) return false;
  for (let length = 2; length <= Math.min(20, at); length++) if (findCountry(text.slice(at - length, at))) return true;
  return false;
}

let table: SurfaceIndex<TitleEntry> | null = null;

function buildTable(): SurfaceIndex<TitleEntry> {
  const byText = new Map<string, TitleEntry>();
  for (const t of titles) if (!byText.has(t.title)) byText.set(t.title, t);
  // 外務・英連邦相, 経済産業相: a minister's office is as often written with 相 for 大臣; the short form names the
  // same office (not 総理大臣, whose short forms are 総理 and 首相).
  for (const t of titles) {
    const portfolio = t.title.endsWith('大臣') ? t.title.slice(0, -2) : '';
    if (portfolio.length >= 2 && !portfolio.endsWith('総理') && !byText.has(`${portfolio}相`)) {
      byText.set(`${portfolio}相`, { ...t, title: `${portfolio}相`, canonical: t.canonical ?? t.title });
    }
  }
  for (const suffix of titleSuffixes) if (!byText.has(suffix)) byText.set(suffix, { title: suffix, role: 'official' });
  return new SurfaceIndex(byText);
}

/** The longest title word starting at `at`. */
function titleWordAt(text: string, at: number): TitleEntry | null {
  table ??= buildTable();
  return table.longestAt(text, at, Infinity)?.entry ?? null;
}

/**
 * 外務・移民大臣, 外務・国際協力大臣: a minister whose portfolios begin with foreign affairs is the foreign minister;
 * so is one who holds another office and foreign affairs (首席閣僚兼外務大臣).
 */
function withForeignPortfolio(entry: TitleEntry | null, portfolio: string): TitleEntry | null {
  if (!entry || entry.title !== '大臣' || !/^(?:外務|外交)・|兼(?:外務|外交)$/u.test(portfolio)) return entry;
  return { title: '大臣', role: 'foreign_minister', canonical: '外務大臣' };
}

/** What stands right before a run of words: a katakana name (or a state's formal name), any name, and the character itself. */
interface Before {
  katakana: boolean;
  name: boolean;
  char: string;
}

/** The readings of a run of words before a title word, tried in turn. */
const READINGS: ReadonlyArray<(text: string, at: number, before: Before) => RegExpExecArray | null> = [
  (text, at, before) => (before.name ? PORTFOLIO.exec(text.slice(at, at + 16)) : null),
  (text, at, before) => (before.katakana ? PORTFOLIO_LIST.exec(text.slice(at, at + 40)) : null),
  (text, at, before) => (/[\u30A1-\u30FA\u30FC]/u.test(before.char) ? ministryAfterKatakana(text, at) : null),
  (text, at) => DEPARTMENT.exec(text.slice(at, at + 12)),
  (text, at, before) => (before.katakana ? portfolioAfterKatakana(text, at) : null),
];

/**
 * The title word after a run of words at `at` and where it ends, by the first reading a title word follows:
 * 「首席閣僚兼外務大臣」 starts like a department word (首席) that no title follows, and is a portfolio before 大臣.
 */
function titleAfterWords(text: string, at: number, before: Before): { entry: TitleEntry; end: number } | null {
  for (const read of READINGS) {
    const words = read(text, at, before);
    if (!words) continue;
    // ベトナム社会主義共和国外務大臣, ウルグアイ東方共和国外務大臣: a state's formal words inside the run
    // (not only at its start) make it the country's name, and the title is what follows it.
    if (STATE_WORD_INSIDE.test(words[0])) return null;
    const entry = withForeignPortfolio(titleWordAt(text, at + words[0].length), words[0]);
    if (entry) return { entry, end: at + words[0].length + entry.title.length };
  }
  return null;
}

/** A title beginning exactly at `at`, extended over joiners and following title words. */
export function titleAt(text: string, at: number): TitleMatch | null {
  let first = titleWordAt(text, at);
  let end = at + (first?.title.length ?? 0);
  if (!first) {
    // A department word directly followed by a title word (外務審議官 when only 審議官 is listed), or a
    // portfolio ending in 担当 right after a name in katakana or its English in parentheses (ライス国家安全保障問題担当大統領補佐官);
    // anywhere else the kanji run could be the name itself.
    const before = text[at - 1] ?? '';
    // After a state's formal name (モロッコ王国外務・アフリカ協力…大臣) the portfolio starts as after a name.
    // A ・ counts only inside a katakana name (アルファ・ベータ・…大臣), not as a list's bullet (・木原誠二内閣官房副長官).
    const afterKatakana = /[\u30A1-\u30FA\u30FC]/u.test(before) || (/[・=＝]/u.test(before) && /[\u30A1-\u30FA\u30FC]/u.test(text[at - 2] ?? ''))
      || endsWithState(text, at);
    const afterName = afterKatakana || /[)）A-Za-z]/u.test(before);
    const found = titleAfterWords(text, at, { katakana: afterKatakana, name: afterName, char: before });
    if (!found) return null;
    first = found.entry;
    end = found.end;
  }
  let head = first;
  for (;;) {
    const joiner = JOINERS.exec(text.slice(end, end + 1));
    const nextAt = end + (joiner ? joiner[0].length : 0);
    // 副首相兼外務・移民大臣: after 兼 the second office may be a list of portfolios nobody listed.
    const portfolios = joiner?.[0] === '兼' ? PORTFOLIO_LIST.exec(text.slice(nextAt, nextAt + 40)) : null;
    const wordAt = nextAt + (portfolios && !STATE_WORD_INSIDE.test(portfolios[0]) ? portfolios[0].length : 0);
    const next = withForeignPortfolio(titleWordAt(text, wordAt), portfolios?.[0] ?? '');
    if (!next) break;
    head = next;
    end = wordAt + next.title.length;
  }
  // 外交部長助理, 局長代理: an assistant or acting holder keeps the whole office as the title.
  const tail = /^(?:助理|代理|補佐)/u.exec(text.slice(end, end + 2));
  if (tail) end += tail[0].length;
  return { start: at, end, text: text.slice(at, end), canonical: head.canonical ?? head.title, role: head.role };
}
