// The lead sentence: 「10月27日午前10時00分から10時50分(現地時間)まで、APEC首脳会合に出席のため
// メキシコを訪問中の小泉総理はカシヤノフロシア首相と会談を行なったところ、概要以下の通り。」
// It gives the meeting's date, time, place, occasion and kind; the principals are found in its span.
import type { Line } from './lines.js';
import type { MeetingKind, Span } from '../types.js';
import { findCountry } from '../lexicon/countries.js';
import { findNamed } from '../lexicon/named.js';

/** Words that make a line a meeting's lead sentence. */
// 「…フィジー共和国を訪問したところ、概要は以下のとおり」 opens the report of a trip and its talks.
// 「…と昼食を共にしました」: a meal shared with someone is a meeting, with or without 意見交換.
// 「…と第3回日・ケニア政策協議を行いました」「…と面談した」「…と会った」: talks under another name are a meeting too, and so
// is a brief encounter (「…と短時間会話を交わしました」「挨拶を交わし」「…と接触し」) or a call received (「…の訪問を受けました」).
// 「…と御会見になりました」: an audience the Emperor grants is a meeting (a 記者会見 is not).
const MEETING_WORD = /(会談|表敬|拝謁|謁見|(?<!記者)会見|会議|会合|協議を行|対話を行|面談|(?:会話|挨拶|あいさつ)を交わ|と接触し|の訪問を受け|と会(?:った|い(?:まし)?た)|懇談|会食|夕食会|昼食会|晩餐会|朝食会|午餐会|ディナー|ランチ|ブレックファスト|電話|立ち話|行った|行われ|開催|面会|意見交換|(?:朝食|昼食|夕食|晩餐|食事)を(?:共に|ともに)|[をに]訪問(?:した|しました)(?:ところ|。))/u;
const CLOCK_OR_DATE = /(\d+時|\d+:\d\d|\d+月\d+日|本\d+日|\d+日)/u;

export function isLeadCandidate(line: string, minLength = 25): boolean {
  return line.length >= minLength && /[、,。]/u.test(line) && MEETING_WORD.test(line) && /(は|が|と)/u.test(line);
}

/** The shortest talk a section or a paragraph tells: 「5日、山田大臣は、スミス首相を表敬しました。」 has 23 characters. */
export const SHORT_TALK = 15;

/**
 * A line that reads like a meeting report with a date or a time. Where the page says talks are told (a
 * section or a paragraph of a trip report), a short one counts (「24日、山田大臣は、スミス大統領を表敬しました。」):
 * `minLength` is for the page's lead, which a long line of prose must not be taken for.
 */
export function isDatedLeadLine(line: string, minLength = 25): boolean {
  return isLeadCandidate(line, minLength) && CLOCK_OR_DATE.test(line);
}

/** A line that ends in reported speech (…旨述べた。) and tells of no talks held. */
function reportsSpeechOnly(line: string): boolean {
  return /(?:旨|と)(?:を)?(?:述べ|表明し|強調し|指摘し|発言し|言及し|説明し)(?:た|ました)?[。\s]*$/u.test(line) && !/(?:会談|会見|懇談|表敬|会食)(?:を行|し[、,たま])/u.test(line);
}

/** Index of the lead line: the first line that reads like a meeting report with a date or a time. */
export function findLeadLine(lines: Line[]): number {
  const first = lines.findIndex((l) => isLeadCandidate(l.text) && CLOCK_OR_DATE.test(l.text));
  if (first >= 0) return first;
  // Undated, a line that only reports what someone said (「(2) これに対し、X委員長は、…旨述べた。」) is the body of a copy
  // cut off above its lead, not a lead.
  const any = lines.findIndex((l) => isLeadCandidate(l.text) && !reportsSpeechOnly(l.text));
  return any >= 0 ? any : lines.findIndex((l) => opensFactBlock(l.text));
}

// 「1 日時:…」「2 場所:…」「3 出席者:」 and the side lines under it (「日本側:…」): a summary that states its
// meeting as a block of facts instead of a sentence. Its 日時 line stands for the lead.
/** What may open a line of such a block: its number (「1 」「(1)」) or a bullet. */
const FACT_MARK = String.raw`^\s*(?:[0-9]{1,2}\s*[.．]?\s*|[(（][0-9]{1,2}[)）]\s*|[-・○●■]\s*)?`;
const FACT_LINE = new RegExp(`${FACT_MARK}(?:日時|日付|場所|会場|出席者|同席者|参加者|形式)\\s*[:：]?`, 'u');
const FACT_START = new RegExp(`${FACT_MARK}(?:日時|日付)\\s*[:：]?`, 'u');
/** 「場所:飯倉公館」: the place line of a block of facts, on any line of it. */
const PLACE_FACT = new RegExp(`${FACT_MARK}(?:場所|会場)\\s*[:：]\\s*([\\u3400-\\u9FFF々\\u30A1-\\u30FA\\u30FCA-Za-z0-9・]{2,20})`, 'mu');

/** Whether a line (or a lead) opens a block of facts with its 日時 line. */
export function opensFactBlock(text: string): boolean {
  return FACT_START.test(text);
}

/** A side's line under 出席者 (「日本側:…」「先方:…」, 「(日本側)…」「【米国側】…」). */
const SIDE_FACT_LINE = /^\s*(?:(?:当方|先方|[^\s:：、。]{1,12}側)\s*[:：]|[(（【](?:当方|我が方|先方|[^\s:：、。()（）【】]{1,12}側)[)）】])/u;

/** The last line of a block of facts that begins at `index` (its 日時, 場所 and 出席者 lines with their side lines). */
export function factBlockEnd(lines: Line[], index: number): number {
  if (!opensFactBlock(lines[index]?.text ?? '')) return index;
  let last = index;
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (line.trim() === '') continue;
    if (!FACT_LINE.test(line) && !SIDE_FACT_LINE.test(line)) break;
    last = i;
  }
  return last;
}

const KINDS: Array<[RegExp, MeetingKind]> = [
  [/電話(?:首脳|外相|外務大臣)?会談|電話会議|電話で|電話による/u, 'telephone'],
  [/テレビ(?:首脳|外相)?会談|テレビ会議|ビデオ会議|(?:ビデオ|ウェブ|Web|WEB)(?:会談|会議形式)|オンライン(?:会談|会議|形式|で)/u, 'video'],
  [/表敬|拝謁|謁見|の訪問を受け/u, 'courtesy_call'],
  [/外相会談|外務大臣会談|外相電話会談|外相間/u, 'foreign_ministers'],
  // A group's meeting at any level is multilateral: 日中韓首脳会議 as 日中韓外相会議 or 日米豪印外相会合.
  [/(日米韓|日中韓|日米豪印|日米豪|日・?ASEAN|日本・太平洋島嶼国|日本ASEAN)(首脳|外相|外務大臣)?(会議|会合|サミット)|首脳会議が開催|首脳会合が開催/u, 'multilateral'],
  // Talks with the leaders or envoys of several countries at once (「中南米7カ国の首脳等との会談」).
  [/[0-9一二三四五六七八九十]+[カかヵケヶ]国(?:の)?(?:首脳|外相|外務大臣|代表|特使)(?:等)?との(?:会談|会合)/u, 'multilateral'],
  [/首脳会談|首脳会合|会談/u, 'summit'],
  // 晩さん会 and 午さん会 are 晩餐会 and 午餐会 written with kana, as newer pages do.
  [/夕食会|昼食会|晩[餐さ]ん?会|朝食会|午[餐さ]ん?会|ワーキング・?ディナー|ワーキング・?ランチ|ワーキング・?ブレックファスト|会食/u, 'meal'],
  // 「昼食を交えつつ意見交換を行った」: an exchange over a meal is a meal, when nothing above named the talks.
  [/(?:朝食|昼食|夕食|晩餐|食事)を(?:交え|取り|とり|共にし|ともにし)(?:つつ|ながら)|(?:朝食|昼食|夕食|晩餐|食事)を(?:共に|ともに)し(?:た|まし)/u, 'meal'],
];

/**
 * A gathering of ministers or leaders (外相会合, 首脳会議, サミット): what the lead says was held or hosted, or what the
 * title names, when nothing else gives the kind, is multilateral (talks between two are 会談). Named elsewhere in
 * the lead it is only the occasion (「東アジア首脳会議前に…立ち話」).
 */
const MINISTERS_GATHERING = /(?:首脳|外相|外務大臣|閣僚)(?:会合|会議)|サミット/u;

/** A gathering of many, not of one pair: 日・フィリピン外務・防衛閣僚会合 and a 「2+2」 are two states' ministers. */
function isGathering(words: string): boolean {
  if (!MINISTERS_GATHERING.test(words) || /2\s*[+＋]\s*2/u.test(words)) return false;
  const pair = /(?:^|[^\u3400-\u9FFF\u30A1-\u30FA\u30FC])(?:第\d+回)?日・?([\u3400-\u9FFF\u30A1-\u30FA\u30FC]{1,12}?)(?:外務・防衛|外務|外相|首脳|閣僚|経済)/u.exec(words);
  return !(pair && findCountry(pair[1] ?? ''));
}

export function kindOf(source: string): MeetingKind | null {
  const head = source.replace(/[\s\n]+/gu, '');
  for (const [regex, kind] of KINDS) if (regex.test(head)) return kind;
  return null;
}

/** The phrase naming what was held: 「…と日印首脳会談を行った」, 「…首脳会議が開催され」, 「…の表敬を受けた」. */
const HELD = /([^、,。()（）]{0,30}?(?:会談|会議|会合|サミット|表敬(?:訪問)?|拝謁|謁見|(?<!記者)会見|懇談|夕食会|昼食会|晩[餐さ]ん?会|朝食会|午[餐さ]ん?会|立ち話|会食|ディナー|ランチ|ブレックファスト|対話|協議))(?:を行|が行|を実施|が開催|を開催|を主催|を受け|を持|が催|を催|を行な|に出席(?!した後|し[、,]?(?:その後|続いて|引き続き))|し[、,たま]|にな[りっ])/u;

/** A call placed, in either direction: 「…から…に電話があり」「…からの電話を受け」「…に電話をかけ」. */
const CALL_PLACED = /電話(?:があ|を受け|をかけ|をし)/u;

/**
 * Meeting kind: from the phrase that names what was held (the occasion in the same sentence, such
 * as 日中韓サミット出席のため, does not count), then the title, then the rest of the lead.
 */
export function classifyKind(title: string, lead: string, occasion: string | null = null): MeetingKind {
  const withoutOccasion = occasion ? lead.split(occasion).join('') : lead;
  const held = HELD.exec(withoutOccasion);
  // 「標記会談が行われた」: the talks are the ones the title names, of the kind the title says.
  if (held && /標記/u.test(held[1] ?? '')) return kindOf(title) ?? kindOf(held[1] ?? '') ?? 'other';
  // 「…大統領から…総理に電話があり、約15分間会談しました」「…に電話をかけ、会談しました」: talks held over a call
  // placed in the clause before them are a call, whoever placed it.
  const heldKind = held && CALL_PLACED.test(withoutOccasion.slice(0, held.index)) && /^[^電]*会談$/u.test(held[1] ?? '') ? 'telephone' : held ? kindOf(held[1] ?? '') : null;
  // 「…と政策協議を行いました。また、…夕食会を行いました」: talks under another name are what was held; a meal
  // the lead reports after them does not make them a meal.
  if (held && !heldKind && /(?:対話|協議)$/u.test(held[1] ?? '')) return kindOf(title) ?? 'other';
  const gathering = ((held && isGathering(held[1] ?? '')) || isGathering(title)) ? 'multilateral' : null;
  return heldKind ?? kindOf(title) ?? kindOf(withoutOccasion) ?? gathering ?? 'other';
}

export interface PhraseMatch extends Span {
  text: string;
}

// Each pattern finds the word that closes a phrase (において, のため…) right after a noun character;
// the phrase's start is then walked back by lastNounRun. A lazy noun run in front of the word would be
// retried from every start of a long run: time quadratic in the run (an unclosed English parenthesis).
const AFTER_NOUN = '(?<=[\\u3400-\\u9FFF々\\u30A1-\\u30FA\\u30FCA-Za-z0-9・()（）+」])';
const PLACE = [
  new RegExp(`${AFTER_NOUN}(?:において|における|にて|に於いて)`, 'gu'),
  new RegExp(`${AFTER_NOUN}(?:を|に)?(?:訪問中|出張中|滞在中|訪問し|訪れ)`, 'gu'),
  // 「…晩さん会を迎賓館で開催しました」: where a host held it.
  new RegExp(`${AFTER_NOUN}で(?:開催|催)`, 'gu'),
  // 「飯倉公館で、」「大統領府で、」: で marks the place when what it follows is a building (電話で, 冒頭で do not).
  new RegExp(`(?<=(?:官邸|公館|迎賓館|離宮|宮殿|宮|大統領府|首相府|省|庁舎|ホテル|会議場|会館|センター|本部|議事堂))で[、,]`, 'gu'),
];
const OCCASION = [
  new RegExp(`${AFTER_NOUN}(?:に出席|へ出席|出席|に参加|へ参加|参加|に参列|参列)(?:する)?(?:の)?(?:ため|機会|際)`, 'gu'),
  // 「…を訪問し、同国の独立記念式典に、我が国の総理特使として参列するとともに、」: the event attended in a role.
  new RegExp(`(?<=(?:式典|式|会議|会合|サミット|総会|フォーラム|葬|葬儀|儀|礼|大会))に[、,]?(?:[^、。]{1,20}として)?(?:出席|参列|参加)(?:する|し)(?:とともに|[、,])`, 'gu'),
  // 「第78回国連総会に出席中の岸田総理は」: the event the visitor is attending.
  new RegExp(`${AFTER_NOUN}(?:に出席|出席|に参加|参加|に参列)中の`, 'gu'),
  // 「G7外相会合に出席した上川大臣は」: the event the subject attended, named before him.
  new RegExp(`${AFTER_NOUN}(?:に出席|に参加|に参列)した(?=[^、。]{0,30}(?:大臣|総理|首相|長官|政務官|大使)(?:は|が))`, 'gu'),
  new RegExp(`${AFTER_NOUN}の(?:際|機会)`, 'gu'),
  // 「核セキュリティ・サミットの会場において」: talks held at an event's venue are held on its occasion.
  new RegExp(`${AFTER_NOUN}の会場(?:において|にて|で)`, 'gu'),
  // 「…首脳会議のため」: 会議 stays in the phrase, so the match is the empty point right after it.
  new RegExp(`(?<=[\\u3400-\\u9FFF々\\u30A1-\\u30FA\\u30FCA-Za-z0-9・()（）+」](?:会議|会合|サミット|総会))(?=(?:の|に)ため)`, 'gu'),
];

/** The start of the longest event name the lexicon knows that ends at `end` and reaches before `start`. */
function knownEventStart(text: string, start: number, end: number): number {
  for (let from = Math.max(0, end - 20); from < start - 1; from++) {
    if (findNamed(text.slice(from, end), 'event')) return from;
  }
  return start;
}

function lastNounRun(text: string, end: number): number {
  let start = end;
  for (;;) {
    while (start > 0 && /[\u3400-\u9FFF々\u30A1-\u30FA\u30FCA-Za-z0-9・()+]/u.test(text[start - 1] ?? '')) start--;
    // 「OECD 閣僚理事会」「TICAD 9」: newer pages set a half-width space between Latin letters and kanji, or
    // between a name and its number, inside one name.
    const left = text[start - 2] ?? '';
    const right = text[start] ?? '';
    if (start > 1 && text[start - 1] === ' ' && ((/[A-Za-z0-9]/u.test(left) && /[\u3400-\u9FFF々\u30A1-\u30FA]/u.test(right)) || (/[A-Za-z]/u.test(left) && /[0-9]/u.test(right)))) start--;
    else return start;
  }
}

// 「市内のホテルにおいて」「先方の宿舎において」: a building named by its kind alone is no place's name (one id for every
// hotel of every page).
const GENERIC_VENUE = /^(?:同|宿泊先|宿舎)?(?:ホテル|宿舎|宿泊先|会場|会議場|会議室|別室|控室|同所)$/u;

/**
 * 「両国首脳間において」 says between whom, 「会談において」 in what, 「今回の訪問において」 during what and
 * 「サミットの会場において」 at which venue of an event: none is a place.
 * 「公式訪問中の…大統領」「公式実務訪問中」: nor is the kind of a visit before 訪問中.
 */
function isPlaceName(value: string): boolean {
  if (GENERIC_VENUE.test(value)) return false;
  return !/首脳|間$|(会談|会議|会合|協議|対話|懇談|訪問|表敬|訪日|来日|会場|際|機会|公式|実務|国賓|賓客|私的)$/u.test(value);
}

/** For each offset, whether it lies inside a bracketed aside: 「(X次官は、Y省においてASEANを担当。)」 is no venue. */
function asideMask(text: string): Uint8Array {
  const inside = new Uint8Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    inside[i] = depth > 0 ? 1 : 0;
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
  }
  inside[text.length] = depth > 0 ? 1 : 0;
  return inside;
}

function phrase(text: string, base: number, regexes: RegExp[]): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  const aside = asideMask(text);
  for (const regex of regexes) {
    const m = [...text.matchAll(regex)].find((x) => aside[x.index ?? 0] === 0);
    if (!m) continue;
    let end = m.index ?? 0;
    // 「「核軍縮…に関するストックホルム会合」出席のため」: a quoted name is taken whole, without its brackets.
    // 『…』 quotes a name as 「…」 does.
    const close = text[end - 1];
    const quoted = close === '」' ? text.lastIndexOf('「', end) : close === '』' ? text.lastIndexOf('『', end) : -1;
    if ((close === '」' || close === '』') && quoted < 0) continue;
    if (quoted >= 0) end -= 1;
    let start = quoted >= 0 ? quoted + 1 : lastNounRun(text, end);
    // 「迎賓館「朝日の間」において」: a room named in quotes after its building is in that building, the place.
    if (quoted > 0 && regexes === PLACE && /(?:の間|ルーム|ホール|サロン)$/u.test(text.slice(quoted + 1, end)) && lastNounRun(text, quoted) < quoted) {
      end = quoted;
      start = lastNounRun(text, end);
    }
    // 「即位礼正殿の儀に参列するため」: an occasion whose name holds の is cut at it; the lexicon knows the name.
    if (quoted < 0 && regexes === OCCASION && text[start - 1] === 'の') start = knownEventStart(text, start, end);
    // 「「中央アジア+日本」対話・第4回外相会合出席のため」: a name that begins with a quoted part takes it in, brackets and all.
    if (quoted < 0 && regexes === OCCASION && (text[start - 1] === '」' || text[start - 1] === '』')) {
      const open = text.lastIndexOf(text[start - 1] === '」' ? '「' : '『', start - 1);
      if (open >= 0 && start - open <= 32 && !/[、,。「『]/u.test(text.slice(open + 1, start - 1))) start = open;
    }
    // Drop a leading particle-less date or clock that the noun run swallowed (13日G20...).
    while (quoted < 0 && start < end && /[0-9()（）・]/u.test(text[start] ?? '')) start++;
    // 「今回ドーハフォーラム参加のため」: a word of time before the name is not the name's.
    const when = quoted < 0 ? /^(?:今回|今般|本日|本年|今年|来年|明年|昨年|先般)/u.exec(text.slice(start, end)) : null;
    if (when && end - start - when[0].length >= 2) start += when[0].length;
    // 「ラオスの首都ビエンチャン」: the place is the city.
    const capital = /首都/u.exec(text.slice(start, end));
    if (capital) start += capital.index + capital[0].length;
    let value = text.slice(start, end);
    // 「ロシア(ウラジオストク)訪問中」: the city a country's parenthesis names is the place.
    const city = regexes === PLACE ? /^(.+)\(([^()]{2,})\)$/u.exec(value) : null;
    if (city && findCountry(city[1] ?? '')) {
      start += (city[1] ?? '').length + 1;
      value = city[2] ?? '';
    }
    value = value.replace(/\([^)]*\)$/u, '');
    // 「日・GCC外相会合等出席のため」: 等 (and others) follows the name, it is not part of it.
    if (value.length > 3 && value.endsWith('等')) value = value.slice(0, -1);
    // 「米国⏎(ニューヨーク)を訪問中」: a line break the page left inside the sentence hides the country before
    // the bracket; the place is what the brackets hold, without them.
    if (value.endsWith(')') && !value.includes('(') && text[start - 1] === '(') value = value.slice(0, -1);
    // 「レイニア・ハウス内において」: inside a building is at the building (国内, 市内, 域内 are words of their own).
    if (regexes === PLACE && value.length >= 3 && /(?<![国市都県域町村区府道])内$/u.test(value)) value = value.slice(0, -1);
    if (value.length < 2 || (regexes === PLACE && !isPlaceName(value))) continue;
    // The first pattern that matches wins (PLACE lists the venue, において, before the country visited).
    if (!best) best = { start: base + start, end: base + start + value.length, text: value };
  }
  return best;
}

// 「(於総理官邸)」: the venue named in an aside. 於 is written before the place it names: 「(於総理官邸)」「(8日10:19-10:38於:迎賓館「朝日の間」)」.
const VENUE_ASIDE = /[(（](?:[^()（）]|[(（][^()（）]{0,4}[)）]){0,30}於\s*[:：]?\s*([\u3400-\u9FFF々\u30A1-\u30FA\u30FCA-Za-z0-9・]{2,20})/u;

export function findPlace(lead: string, base: number): PhraseMatch | null {
  const fact = PLACE_FACT.exec(lead);
  if (fact && isPlaceName(fact[1]!)) {
    const start = fact.index + fact[0].length - fact[1]!.length;
    return { start: base + start, end: base + start + fact[1]!.length, text: fact[1]! };
  }
  const aside = VENUE_ASIDE.exec(lead);
  if (aside && isPlaceName(aside[1]!)) {
    const start = aside.index + aside[0].indexOf(aside[1]!);
    return { start: base + start, end: base + start + aside[1]!.length, text: aside[1]! };
  }
  return phrase(lead, base, PLACE) ?? cityBeforeDe(lead, base);
}

/** で after a noun, not 「での」「では」「でも」. */
const BEFORE_DE = new RegExp(`${AFTER_NOUN}で(?![のはも])`, 'gu');

/**
 * 「訪問先のニューヨークでガンマ大統領と会談」: で after a city the gazetteer knows says where (the tail of a longer
 * run: 米国ニューヨークで). Only a city: 電話で, 冒頭で name none, and 「日本で」 is in a country, not at a place.
 */
function cityBeforeDe(lead: string, base: number): PhraseMatch | null {
  const aside = asideMask(lead);
  for (const m of lead.matchAll(BEFORE_DE)) {
    const end = m.index ?? 0;
    if (aside[end] === 1) continue;
    for (let start = lastNounRun(lead, end); start <= end - 2; start++) {
      const value = lead.slice(start, end);
      if (findNamed(value, 'location') && isPlaceName(value)) return { start: base + start, end: base + end, text: value };
    }
  }
  return null;
}

/**
 * 「…サミットに際して」「…合同葬に際する」, and the settings that place talks inside an event: 「…首脳会議の場で」,
 * 「…ハイレベルウィークに合わせて」, 「…総会の合間に」, 「…会合の折に」, 「…サミットのマージンで」. Each names the
 * occasion only when what it follows is an event (「訪日に際し」「会談の場で」 do not).
 */
const ON_THE_OCCASION = [
  new RegExp(`${AFTER_NOUN}に際(?:して|し|する)`, 'gu'),
  new RegExp(`${AFTER_NOUN}の場(?:で|において|にて)`, 'gu'),
  new RegExp(`${AFTER_NOUN}に(?:合わせ|あわせ|併せ)(?:て|、)`, 'gu'),
  new RegExp(`${AFTER_NOUN}の(?:合間|折|マージン)(?:に|で|を縫って)`, 'gu'),
];
const EVENT_NAME_END = /(?:サミット|会議|会合|総会|葬|葬儀|式典|式|礼|儀|フォーラム|博覧会|万博|大会|五輪|オリンピック|ウィーク|ウイーク|公開討論)$/u;

/** 「ASEAN+3首脳会議における日中首脳会談」: a title names the talks by the event they were held at. */
const AT_EVENT = [new RegExp(`${AFTER_NOUN}(?:における|の際の|の機会の|の機会における)`, 'gu')];

export function findOccasionInTitle(title: string): PhraseMatch | null {
  const found = findOccasion(title, 0);
  if (found) return found;
  const at = phrase(title, 0, AT_EVENT);
  return at && EVENT_NAME_END.test(at.text) ? at : null;
}

/**
 * 「冒頭、河野大臣から、今回ドーハフォーラム参加のためにカタールを訪問し、…」: when the lead does not say what brought
 * the visitor, his first words may; only an event's name (フォーラム, 会議, サミット…) attended or joined counts.
 */
export function findPurposeOccasion(words: string, base: number): PhraseMatch | null {
  const found = phrase(words, base, OCCASION.slice(0, 1));
  return found && EVENT_NAME_END.test(found.text) ? found : null;
}

export function findOccasion(lead: string, base: number): PhraseMatch | null {
  const found = phrase(lead, base, OCCASION);
  if (found) return found;
  for (const setting of ON_THE_OCCASION) {
    const onOccasion = phrase(lead, base, [setting]);
    if (onOccasion && EVENT_NAME_END.test(onOccasion.text)) return onOccasion;
  }
  return null;
}
