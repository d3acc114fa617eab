// Entities made by pattern rather than listed: 〜問題 (Issue), 〜事件/〜戦争 (Event), 〜サミット/首脳会合/
// 首脳会議/総会 (Event), 〜条約/協定/宣言/声明/計画/プラン (Agreement), 「…パートナーシップ」 (Agreement),
// visits (訪露/訪ロ/訪日, Xの北朝鮮訪問: Event), and country abbreviations inside compounds (日露, 日米韓).
import { countryByAbbreviation, entitySuffixes, findCountry, LONG_HEAD_AGREEMENT_SUFFIXES, titles, titleSuffixes } from '../lexicon/index.js';
import type { EntityType } from '../types.js';
import type { RawMention } from './mention.js';
import { lexiconMentionFor } from './gazetteer.js';
import { parseNumber } from '../parse/numbers.js';

interface Pattern {
  type: EntityType;
  regex: RegExp;
  /** Group holding the entity text (default: the whole match). */
  group?: number;
}

// A noun run: kanji, katakana, latin letters and digits, with ・ inside (not at the ends).
// A + joins the parts of a grouping's name (ASEAN+3外相会合).
const NOUN = '[\\u3400-\\u9FFF々\\u30A1-\\u30FA\\u30FCA-Za-z0-9](?:[\\u3400-\\u9FFF々\\u30A1-\\u30FA\\u30FCA-Za-z0-9・+＋]*[\\u3400-\\u9FFF々\\u30A1-\\u30FA\\u30FCA-Za-z0-9])?';
/**
 * A noun run starts where the previous character cannot continue it. 我が国 (our country) is one word:
 * 「我が国震災」 names no thing 国震災.
 */
const BOUNDARY = '(?<![\\u3400-\\u9FFF々\\u30A1-\\u30FA\\u30FCA-Za-z0-9・]|我が)';
/** Determiners and generic words that never start a named issue or event. */
const GENERIC_HEAD = /^(?:同|この|その|本|当該|諸|各|両|今回の?|今般の?|重要な?|様々な?|新たな?|これらの?|自分の|我々の?)/u;

const tails = (list: readonly string[]) => list.join('|');
/** A katakana tail ends a word only where no katakana follows it: ポルトープランス is a city, not a プラン. */
const KATAKANA_TAIL_ENDS = '(?!(?<=[\\u30A1-\\u30FA\\u30FC])[\\u30A1-\\u30FA\\u30FC])';

/** Any title, longest first: a visit written without の after a titled name (上院議長訪日). */
const TITLE_WORDS = tails([...new Set([...titles.map((t) => t.title), ...titleSuffixes])].sort((a, b) => b.length - a.length));

/** A name ends where no kanji or katakana continues it, or before a conjunction (…覚書及び…, …構想並びに…). */
const NAME_ENDS = '(?=$|[^\\u3400-\\u9FFF\\u30A1-\\u30FA\\u30FC]|及び|並びに|等)';
/** Tails of a named gathering and of a named body, for names known by an edition number or an acronym. */
const GATHERING = '会議|会合|対話|協議|大会|総会|フォーラム|サミット';
const BODY = '連合|機構|機関|基金|銀行|委員会|理事会|共同体';
/** An acronym in brackets right after a name: (TICAD), (TICAD V), (PIF). */
const ACRONYM = String.raw`\([A-Z][A-Za-z0-9]{1,9}(?: ?[IVX0-9]{1,4})?\)`;

const PATTERNS: Pattern[] = [
  { type: 'Issue', regex: new RegExp(`${BOUNDARY}(${NOUN})問題(?!化)`, 'gu') },
  { type: 'Issue', regex: new RegExp(`${BOUNDARY}(${NOUN})(?:${tails(entitySuffixes.issue.filter((t) => t !== '問題'))})`, 'gu') },
  { type: 'Issue', regex: new RegExp(`((?:工作船|核|安全保障|拉致|難民|人権|領土|歴史|環境|エネルギー|ミサイル|核・ミサイル))の問題`, 'gu') },
  // A field of security named by what it secures (サイバー安全保障, 宇宙安全保障) is one matter, when the word ends there
  // (国連安全保障理事会, 日米安全保障体制 and 国家安全保障戦略 are a body, a system and a document).
  { type: 'Issue', regex: new RegExp(`${BOUNDARY}(${NOUN})安全保障(?![\\u3400-\\u9FFF々\\u30A1-\\u30FA\\u30FC])`, 'gu') },
  // 「ウクライナの主権と領土の一体性」「主権及び領土一体性」: the principle a state's borders rest on, with whose it is.
  { type: 'Issue', regex: new RegExp(`(?:${BOUNDARY}${NOUN}の)?主権(?:と|及び|並びに|・)領土の?一体性`, 'gu') },
  // 「「瀬取り」対策」「「西サハラ」問題」: a quoted word before the tail is the matter's name, brackets and all
  // (『』 quote as 「」 do).
  { type: 'Issue', regex: /「[^「」、,。]{1,20}」(?:問題|対策)|『[^『』、,。]{1,20}』(?:問題|対策)/gu },
  // 「『平和と繁栄の回廊』構想」「「アジア・ゼロエミッション共同体」構想」: so is a plan's, brackets and all.
  { type: 'Agreement', regex: new RegExp(`(?:「[^「」、,。]{1,30}」|『[^『』、,。]{1,30}』)(?:構想|イニシアティブ|ビジョン|計画|宣言)${NAME_ENDS}`, 'gu') },
  // 「G7エルマウ・サミット」「COVAXワクチン・サミット」: a ・ may stand before the tail.
  // 「国連総会議長」: 議長 after a gathering's name is its president, and 会議 inside it no gathering's tail.
  { type: 'Event', regex: new RegExp(`${BOUNDARY}(${NOUN})・?(?:${tails(entitySuffixes.event)})${KATAKANA_TAIL_ENDS}(?<!会議(?=長))`, 'gu') },
  // 「包括的・戦略的パートナーシップ・イニシアティブ」: a ・ may stand between a katakana head and the tail here too.
  { type: 'Agreement', regex: new RegExp(`${BOUNDARY}(${NOUN})(?:(?<=[\\u30A1-\\u30FA\\u30FC])・)?(?:${tails(entitySuffixes.agreement)})${KATAKANA_TAIL_ENDS}`, 'gu') },
  // A programme, package or road map is named by a compound of some length (経済改革プログラム, 日アルファロードマップ),
  // not 文化プログラム;
  // the look-ahead is bounded so that a long run without punctuation is not rescanned from every start.
  { type: 'Agreement', regex: new RegExp(`${BOUNDARY}((?=[^、,。\\s]{4,40}(?:${tails(LONG_HEAD_AGREEMENT_SUFFIXES)}))${NOUN})(?:${tails(LONG_HEAD_AGREEMENT_SUFFIXES)})${KATAKANA_TAIL_ENDS}`, 'gu') },
  // A government's strategy is a named document after a head of some length (国家安全保障戦略,
  // インド太平洋戦略), but not 戦略的, 戦略対話 or a portfolio (計画・戦略投資大臣).
  { type: 'Agreement', regex: new RegExp(`${BOUNDARY}((?=[^、,。\\s]{4,40}戦略)${NOUN})戦略(?!的|対話|投資|[\\u30A1-\\u30FA\\u30FC])`, 'gu') },
  // A quoted name (in 「」 or 『』) has no comma or full stop and does not end in a verb's kana; quoted speech
  // (「…技術協力を着実に進め、…強化したい」) does.
  // A quoted name whose head is a gathering (「…協力促進会合(CEAPAD)」) or an exhibition, festival or ceremony
  // (「日・アルファ文化協力写真展」) names that event, not an accord.
  { type: 'Agreement', regex: /[「『]([^「」『』、,。]{0,40}(?:パートナー|関係|協力|構想|プラン|ビジョン|イニシアティブ|宣言|声明|計画)[^「」『』、,。]{0,20}?(?<![ぁ-ゖ])(?<!(?:会合|会議|フォーラム|サミット|写真展|展示会|展覧会|美術展|博覧会|フェスティバル|音楽祭|祭典|式典|レセプション|行事|シンポジウム|セミナー)(?:\([A-Za-z0-9]+\))?))[」』]/gu, group: 1 },
  // A partnership named by what kind it is (総合的パートナーシップ, 包括的・戦略的パートナーシップ, 戦略的協力パートナーシップ),
  // unquoted; a treaty named after one (〜パートナーシップ協定) is the treaty's.
  { type: 'Agreement', regex: /(?<![\u3400-\u9FFF\u30A1-\u30FA\u30FC・])(?:日・?[\u3400-\u9FFF\u30A1-\u30FA\u30FC]{1,10}?)?(?:(?:[\u3400-\u9FFF]{1,5}的|特別な|広範な|グローバルな|緊密な)(?:・|かつ)?)+(?:グローバル・)?(?:協力)?パートナーシップ(?![・\u3400-\u9FFF\u30A1-\u30FA\u30FC])/gu },
  { type: 'Organization', regex: new RegExp(`${BOUNDARY}(${NOUN})(?:${tails(entitySuffixes.organization)})`, 'gu') },
  // An international agency or fund is named by a head of some length (国際原子力機関, 世界貿易機関, 国際通貨基金);
  // 関係機関, 国際機関, 諸機関 and 支援基金 name none.
  { type: 'Organization', regex: new RegExp(`${BOUNDARY}((?=[^、,。\\s]{4,30}(?:機関|基金))${NOUN})(?<!諸|関係|関連|政府|行政|金融|専門|国際|公的|各|支援|開発|その他)(?:機関|基金)(?!車|銃|紙|投資|[\\u30A1-\\u30FA\\u30FC])`, 'gu') },
  // Parties are named by 〜党 after a name of two characters or more (民主党, 新アゼルバイジャン党); 与党,
  // 野党, 各党 and 与党三党 name no party, and 党首/党員 are people.
  { type: 'Organization', regex: new RegExp(`${BOUNDARY}((?=[^、,。\\s]{2,30}党)${NOUN})(?<![与野政各両他全一二三四五六七八九十]|連立|少数|多数)党(?![首員総派])`, 'gu') },
  // Islands, ports and special economic zones named in katakana (ナツナ諸島, ペリリュー島, パティンバン港, ティラワ経済特区).
  { type: 'Location', regex: /(?<![\u30A1-\u30FA\u30FC・])[\u30A1-\u30FA\u30FC][\u30A1-\u30FA\u30FC・]+(?:諸島|島(?!嶼)|港|経済特区)(?![湾町区市])/gu },
  // A Japanese prefecture (栃木県をはじめ) and an airfield (普天間飛行場) by their tail; 同県, 各県 and 県民 name none,
  // and 福島県いわき市 is the town's (findPlaceMentions).
  // Someone 「福島県出身」 names the prefecture too.
  { type: 'Location', regex: /(?<![\u3400-\u9FFF])(?![同各当全本他両])[\u3400-\u9FFF]{2,3}県(?!(?!出身)[\u3400-\u9FFF]|[\u3041-\u3096]{1,5}[市町村])/gu },
  { type: 'Location', regex: /(?<![\u3400-\u9FFF])[\u3400-\u9FFF]{2,4}飛行場/gu },
  // A parliament's building is a place where leaders meet (国会議事堂, 連邦議会議事堂).
  { type: 'Location', regex: /(?<![\u3400-\u9FFF])[\u3400-\u9FFF]{0,6}議事堂/gu },
  // A year's session of a body that meets yearly is an event (明年のAPEC, 本年のG7), the body inside it an organisation.
  { type: 'Event', regex: /(?:本年|今年|明年|来年|昨年|次回|前回)の(?:APEC|G7|G8|G20|TICAD|ASEAN|EAS|ARF)(?![A-Za-z0-9\u3400-\u9FFF\u30A1-\u30FA\u30FC])/gu },
  // 「第5回アルファ開発会議」「第1回日・ベータ対話」: an edition number names a recurring meeting whatever its
  // head, if the head is a name: katakana or Latin in it, or three kanji or more (not 第4回外相会合).
  { type: 'Event', regex: new RegExp(`第[0-9]{1,3}回(?:(?=[\\u3400-\\u9FFF々・]*[\\u30A1-\\u30FAA-Za-z])|(?=[\\u3400-\\u9FFF々]{3,}(?:${GATHERING})))${NOUN}(?:${GATHERING})(?<!会議(?=長))`, 'gu') },
  // 「アルファ開発会議(TICAD)」「ベータ諸国連合(BCN)」: a name its acronym follows in brackets is a name,
  // whatever its head; the tail tells a gathering from a body, and a pair before it (日本・) is not the name's.
  { type: 'Event', regex: new RegExp(`${BOUNDARY}(?:日本?・)?((?:${NOUN}のための)?${NOUN}(?:${GATHERING}))(?=${ACRONYM})`, 'gu'), group: 1 },
  { type: 'Organization', regex: new RegExp(`${BOUNDARY}(?:日本?・)?(?:第[0-9]{1,3}回)?(${NOUN}(?:${BODY}))(?=${ACRONYM})`, 'gu'), group: 1 },
  // 「第2回アジア・ゼロエミッション共同体(AZEC)閣僚会合」: a body's gathering, named with the body and its acronym.
  { type: 'Event', regex: new RegExp(`${BOUNDARY}(?:第[0-9]{1,3}回)?${NOUN}(?:${BODY})${ACRONYM}(?:首脳|外相|外務大臣|閣僚|大臣)?(?:${GATHERING})`, 'gu') },
  // The other order, the acronym first and the name in brackets: 「BCN(ベータ諸国連合)」.
  { type: 'Organization', regex: new RegExp(`(?<=[A-Z][A-Za-z0-9]{1,9}\\()${NOUN}(?:${BODY})(?=\\))`, 'gu') },
  { type: 'Event', regex: new RegExp(`(?<=[A-Z][A-Za-z0-9]{1,9}\\()${NOUN}(?:${GATHERING})(?=\\))`, 'gu') },
  // A disaster named by its kind alone, as pages write it after the place (豪州において大規模な森林火災).
  { type: 'Event', regex: /(?<![\u3400-\u9FFF\u30A1-\u30FA\u30FC])(?:大規模な)?森林火災/gu },
  // Typhoons are named by their number (台風19号, 台風第30号); days the UN or a country proclaims by
  // 世界…の日 / 国際…デー (世界津波の日, 国際女性デー).
  { type: 'Event', regex: /台風第?[0-9０-９]{1,2}号/gu },
  { type: 'Event', regex: /(?<![\u3400-\u9FFF\u30A1-\u30FA\u30FC])(?:世界|国際)[\u3400-\u9FFF\u30A1-\u30FA\u30FC]{1,8}(?:の日|デー)(?![\u3400-\u9FFF])/gu },
  // Capitals are places: 「首都<name>」 names a city even when the lexicon does not know it.
  { type: 'Location', regex: /(?<=首都)[\u30A1-\u30FA\u30FC][\u30A1-\u30FA\u30FC・]*[\u30A1-\u30FA\u30FC](?![\u30A1-\u30FA\u30FC])/gu },
  // Visits: 訪露, 総理の訪露, モディ首相の来日, 自分の北朝鮮訪問, and after a titled name without の
  // (福田官房長官訪中, グロツキ上院議長訪日). A visit word used as a verb (訪日中の, 訪日された, 訪日し,
  // 訪日する) tells what someone did, not which visit.
  { type: 'Event', regex: new RegExp(`${BOUNDARY}(?:(?:${NOUN})の(?:公式|年内)?|(?:${NOUN})(?:${TITLE_WORDS})(?=訪|来日))?(?:訪(?:露|ロ|日|中|米|韓|朝|印|英|仏|独|伊|加|豪|越|比|泰|墨|伯)|来日|(?:${NOUN})訪問)(?!中|し|さ|す)`, 'gu') },
];

/** Suffix words that alone are not a named thing (問題 in "この問題", 計画 alone); 行動計画 alone is. */
function isNamed(text: string, suffixLength: number): boolean {
  const head = text.slice(0, text.length - suffixLength);
  if (head.length === 0 && text.length < 4) return false;
  // 国民的祭典, 友好議員連盟: a quality or bare friendship says what kind of thing, not which one; so does a
  // size or a newness alone (大改革, 新計画).
  if (/的$|^友好$|^[大新諸各全]$/u.test(head)) return false;
  return !GENERIC_HEAD.test(text);
}

/**
 * 「持続可能な開発に関する世界首脳会議」「英国のEU離脱に関する国民投票」「核軍縮及びNPTに関するストックホルム会合」:
 * a gathering named by what it is about. The subject runs back to punctuation, a particle or a speaker's の.
 */
const ABOUT_EVENT = /(?<=^|[、,。「」『』\sはがをと])([^、,。「」『』\sはがを]{2,25}?に関する[\u3400-\u9FFF\u30A1-\u30FA\u30FC・]{0,12}?(?:首脳会議|会議|会合|国民投票|フォーラム|サミット))(?![\u3400-\u9FFF\u30A1-\u30FA\u30FC])/gu;

/** When or whose, before a gathering's name: 先般の, 山田大臣の. */
const ABOUT_EVENT_LEAD = /^(?:(?:先般|今般|昨年|本年|前回|次回|今回)の|[^の]{1,10}?(?:大臣|総理|首相|大統領|長官|外相)の)/u;

/**
 * Accords named by their subject: 「インフラ協力に関する覚書」「投資の相互促進及び相互保護に関する協定」
 * 「気候変動に関する共同声明」 (a statement of one side, 声明 alone, is no accord).
 */
const ACCORD_HEAD = '(?:協定|条約|協力覚書|覚書|共同声明|共同コミュニケ|宣言|取決め|取り決め|議定書|行動計画|交換公文|書簡の交換|合意|ステートメント)';
const ABOUT_AGREEMENT = new RegExp(`(?<=^|[、,。「」『』\\sはがをと])([^、,。「」『』\\sはがを]{2,30}?に関する[\\u3400-\\u9FFF\\u30A1-\\u30FA\\u30FC・]{0,12}?${ACCORD_HEAD})${NAME_ENDS}`, 'gu');

/**
 * Accords named by their purpose: 「インフラ分野における官民連携推進のための覚書」「協力促進に向けた覚書」
 * 「乗客予約記録に係る協定」. The purpose runs back to punctuation, a subject's は/が or the 及び of a list only: after を or と
 * it is a clause about the accord (…を含む協力促進に向けた覚書), not its name; an agreement reached for a purpose
 * (早期妥結に向けた合意) is no named accord.
 */
const PURPOSE_AGREEMENT = new RegExp(`(?<=^|[、,。「」『』\\sはが]|及び|並びに)([^、,。「」『』\\sはがをと]{2,40}?(?:のための|に向けた|に係る|についての)[\\u3400-\\u9FFF\\u30A1-\\u30FA\\u30FC・]{0,12}?${ACCORD_HEAD.replace('|合意', '')})${NAME_ENDS}`, 'gu');

export function findAboutEvents(text: string): RawMention[] {
  const about = (regex: RegExp, type: EntityType) => [...text.matchAll(regex)].map((m) => {
    const whole = m[1] ?? '';
    // 「平和条約に関するクラスノヤルスク合意」: a name the lexicon knows after に関する is that accord, its subject said.
    const head = whole.slice(whole.lastIndexOf('に関する') + 'に関する'.length);
    const listed = lexiconMentionFor(head, (m.index ?? 0) + whole.length - head.length);
    if (listed?.id && listed.type === type) return listed;
    const lead = ABOUT_EVENT_LEAD.exec(whole)?.[0] ?? '';
    return known(type, whole.slice(lead.length), (m.index ?? 0) + lead.length);
  });
  return [...about(ABOUT_EVENT, 'Event'), ...about(ABOUT_AGREEMENT, 'Agreement'), ...about(PURPOSE_AGREEMENT, 'Agreement')];
}

/**
 * A time before の (5月の, 本年11月の, 2006年の) dates what follows; it names no possessor. So do a time
 * counted from something (…して以来の, 1週間前の, 野党時代の, 2年連続の, 2度目の, 10回目の, 初の, 就任後初めての):
 * 「…訪日して以来の訪日」 is a 訪日, and 「X大統領の初の訪日」 X's visit, not a 初の訪日 every page's first visit shares.
 */
const TIME_POSSESSOR = /^[^の]*(?:年|月|日|週|春|夏|秋|冬|頃|以来|以降|前|時代|連続|度目|度|回目|初|初めて|最初)の(?=.*(?:訪|来日))/u;

/** Kinds of visit (実務訪問, 二国間訪問, 首脳間年次相互訪問) are not visits to a place, nor is 訪問 alone. */
const VISIT_KIND = /(?:二国間|実務|公式|相互|年次|国賓|公賓|表敬|外国|海外|往来)訪問$/u;

/**
 * A kind of visit alone names no visit (公式訪問); written after the place it goes to, it does
 * (山田総理の米国公式訪問: a visit to the US).
 */
function isVisitKindOnly(value: string): boolean {
  // 「今次訪問」 once 今次 is cut: a visit nobody's and nowhere's.
  if (value === '訪問') return true;
  const kind = VISIT_KIND.exec(value);
  return kind !== null && !endsKnown(value.slice(0, kind.index), ['Country', 'Location']);
}

/** Function words a noun run can swallow at its start (…述べた旨領土問題…, 及び核問題, 次回の…会合, 本日共同声明). */
const LEADING_FUNCTION = /^(?:旨|等|及び|並びに|又は|及|並|(?:次回|前回|今回|今般|今次|先般|本日|昨日)の?)/u;

/** The lexicon's own entry when the pattern found a name it knows (APEC首脳会合, 安全保障の問題). */
function known(type: EntityType, value: string, start: number): RawMention {
  const direct = lexiconMentionFor(value, start);
  if (direct) return direct;
  const possessive = /^(.+)の問題$/u.exec(value);
  const base = possessive?.[1] ? lexiconMentionFor(possessive[1], start) : null;
  if (base && base.type === 'Issue') return { ...base, end: start + value.length, text: value };
  return { start, end: start + value.length, text: value, type, id: null, name: null, country: null };
}

const ALL_TAILS = new RegExp(`(?:${tails([...Object.values(entitySuffixes).flat(), ...LONG_HEAD_AGREEMENT_SUFFIXES])})$`, 'u');

function suffixLength(type: EntityType, text: string): number {
  const m = ALL_TAILS.exec(text);
  return type === 'Agreement' && !m ? 0 : (m?.[0].length ?? 0);
}

const longestFirst = (list: readonly string[]) => tails([...list].sort((a, b) => b.length - a.length));
const EVENT_TAIL_AT_END = new RegExp(`(?:${longestFirst(entitySuffixes.event)})$`, 'u');
const ORGANIZATION_TAIL_AT_END = new RegExp(`(?:${longestFirst(entitySuffixes.organization)})$`, 'u');

/** 閣僚理事会 ends in the organ word 理事会 but is a meeting: an organ's tail inside a longer event tail names no organ. */
function isEventNotOrgan(value: string): boolean {
  return (EVENT_TAIL_AT_END.exec(value)?.[0].length ?? 0) > (ORGANIZATION_TAIL_AT_END.exec(value)?.[0].length ?? 0);
}

/** A country's or a body's matter: 北朝鮮問題, 安保理改革, ミャンマー情勢. */
const OWNED_MATTER = /^(.{2,12}?)(?:問題|情勢|改革)$/u;

/**
 * Where a matter's name starts after a listed matter glued before it (気候変動|北朝鮮問題, 軍縮・不拡散サイバー|安保理改革),
 * or 0: the words before end in a matter the lexicon lists, and the words after name a country's or a listed
 * body's matter (エネルギー安全保障 and 人権問題 stay whole).
 */
function gluedMatterEnd(value: string): number {
  for (let at = 2; at <= value.length - 3; at++) {
    const owner = OWNED_MATTER.exec(value.slice(at))?.[1];
    if (!owner) continue;
    const listed = lexiconMentionFor(owner, 0);
    if (!listed || (listed.type !== 'Country' && listed.type !== 'Organization')) continue;
    for (let from = 0; from <= at - 2; from++) {
      if (lexiconMentionFor(value.slice(from, at), 0)?.type === 'Issue') return at;
    }
  }
  return 0;
}

export function findPatternMentions(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const { type, regex, group } of PATTERNS) {
    for (const m of text.matchAll(regex)) {
      let value = group ? (m[group] ?? '') : m[0];
      let start = (m.index ?? 0) + (group ? m[0].indexOf(value) : 0);
      const lead = LEADING_FUNCTION.exec(value);
      if (lead) {
        value = value.slice(lead[0].length);
        start += lead[0].length;
      }
      // 「5月の訪日」「本年の訪日」: a time is when the visit happens, not whose it is.
      const when = TIME_POSSESSOR.exec(value);
      if (when && type === 'Event') {
        value = value.slice(when[0].length);
        start += when[0].length;
      }
      // 「気候変動北朝鮮問題等」「サイバー安保理改革」: a page flattened from links runs a listed matter into the next
      // matter's name; that name is the country's or the body's matter after it.
      if (type === 'Issue') {
        const cut = gluedMatterEnd(value);
        value = value.slice(cut);
        start += cut;
      }
      // 「戦略的パートナーシップ(PDF)」: a link's file type is no part of the name.
      const file = /[(（](?:PDF|pdf)[^()（）]{0,10}[)）]$/u.exec(value);
      if (file) value = value.slice(0, -file[0].length);
      if (!/訪|来日/u.test(value) && !isNamed(value, suffixLength(type, value))) continue;
      if (isVisitKindOnly(value)) continue;
      if (type === 'Organization' && isEventNotOrgan(value)) continue;
      found.push(known(type, value, start));
    }
  }
  return found;
}

/**
 * Anniversaries (外交関係樹立60周年, 日魯通好条約署名150周年, 東方政策40周年, 終戦70周年): a number of years after what
 * is remembered, written before it. A bare 「70周年」, or one after a time (昨年70周年), names none; 両国 before it
 * says whose, not what (両国外交関係樹立40周年 is 外交関係樹立40周年); 「…周年記念式典」 and 「…周年記念レセプション」 are the ceremony's name.
 */
const ANNIVERSARY = new RegExp(`${BOUNDARY}(${NOUN})(?<![0-9])[0-9]{1,3}周年(?!記念(?:式典|レセプション|行事))`, 'gu');
const ACTS_REMEMBERED = '出航|出発|到着|上陸|移住|樹立|締結|署名|開設|独立|建国|解放|即位|創設|設立';
const ACT_REMEMBERED = new RegExp(`(?:${ACTS_REMEMBERED})$`, 'u');
const FIRST_ACT_BEFORE = new RegExp(`${BOUNDARY}${NOUN}(?:${ACTS_REMEMBERED})及び$`, 'u');
const NOT_WHAT_IS_REMEMBERED = /^(?:昨年|本年|今年|来年|明年|翌年|同年|両国)/u;

export function findAnniversaries(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const m of text.matchAll(ANNIVERSARY)) {
    const lead = (LEADING_FUNCTION.exec(m[0])?.[0] ?? '') || (NOT_WHAT_IS_REMEMBERED.exec(m[0])?.[0] ?? '');
    const head = (m[1] ?? '').slice(lead.length);
    if (head === '' || GENERIC_HEAD.test(head) || /^[0-9年月日]+$/u.test(head)) continue;
    let start = (m.index ?? 0) + lead.length;
    // 「使節団出航及びメキシコ上陸400周年」: two acts remembered together are one anniversary.
    const first = ACT_REMEMBERED.test(head) && !lead ? FIRST_ACT_BEFORE.exec(text.slice(Math.max(0, start - 30), start)) : null;
    if (first) start -= first[0].length;
    found.push(known('Event', text.slice(start, (m.index ?? 0) + m[0].length), start));
  }
  return found;
}

/** What happens to or is done by someone: a launch, a test, an accession, an inauguration, a speech, a disaster. */
const HAPPENING = '(?:ミサイル発射|ミサイルの発射|発射|核実験|即位(?:式|礼)?|就任式典|就任式|戴冠式|国葬儀|国葬|合同葬|演説|森林火災|火災|火事|雪害|地震|津波|洪水|豪雨|事故|クーデター|侵攻|テロ攻撃|攻撃|襲撃|砲撃|爆撃|暗殺)';
// The owner's English name in brackets may stand before の: 「…セネガル共和国大統領(H.E. Mr. …)の就任式典」.
const HAPPENING_OF = new RegExp(`${BOUNDARY}(${NOUN})(\\([\\x20-\\x7E\\u00C0-\\u024F]{1,200}\\))?(?:の|による|における)((?:${NOUN})?${HAPPENING})(?![\\u3400-\\u9FFF\\u30A1-\\u30FA\\u30FC])`, 'gu');
/** Who may own a happening: someone titled (ブッシュ大統領, 天皇陛下) or a place or body the lexicon knows. */
const OWNER_TITLE = new RegExp(`(?:${TITLE_WORDS}|陛下|殿下)$`, 'u');
const HAPPENING_AT_END = new RegExp(`${HAPPENING}$`, 'u');
/** 「トルコ南東部を震源とする地震」: an earthquake named by where it struck from. */
const QUAKE_FROM = new RegExp(`${BOUNDARY}(${NOUN})を震源とする(?:大)?地震`, 'gu');

/** Whether a place's name begins with a country or place the lexicon knows (トルコ南東部, 能登半島沖). */
function beginsWithPlace(name: string): boolean {
  for (let length = Math.min(12, name.length); length >= 2; length--) {
    const listed = lexiconMentionFor(name.slice(0, length), 0);
    if (listed && (listed.type === 'Country' || listed.type === 'Location')) return true;
  }
  return false;
}

/**
 * 「北朝鮮のミサイル発射」「天皇陛下の即位」「ル・オロ新大統領の就任式」「ブッシュ大統領の国連演説」
 * 「クウェートにおける火事」「トルコ南東部を震源とする地震」: a happening named with whose or where it is, is an
 * event, named whole. A bare 演説 (「総理の演説」) needs more than an owner: only a named kind of speech (国連演説)
 * counts. 葬儀 is left out: a page that names 合同葬 or 国葬 calls it 葬儀 too.
 */
export function findHappeningMentions(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const m of text.matchAll(HAPPENING_OF)) {
    const owner = m[1] ?? '';
    const english = m[2] ?? '';
    const what = m[3] ?? '';
    if (what === '演説') continue;
    // 「北朝鮮によるサイバー攻撃」: a happening the lexicon lists as a matter (サイバー攻撃) stays that matter.
    if (lexiconMentionFor(what, 0)?.type === 'Issue') continue;
    // 「小田原政務官の大統領就任式出席」: a titled head (大統領就任式) says whose it is; X only attended.
    if (OWNER_TITLE.test(what.replace(HAPPENING_AT_END, ''))) continue;
    // 「ハマス等によるテロ攻撃」: 等 (and others) after the owner is not part of its name.
    const listed = lexiconMentionFor(owner.replace(/等$/u, ''), 0);
    if (!OWNER_TITLE.test(owner) && !(listed && ['Country', 'Location', 'Organization'].includes(listed.type))) continue;
    if (GENERIC_HEAD.test(owner)) continue;
    const event = known('Event', m[0], m.index ?? 0);
    // Named without the owner's English name, which the mention's text keeps.
    found.push(english && event.name === null ? { ...event, name: m[0].replace(english, '') } : event);
  }
  for (const m of text.matchAll(QUAKE_FROM)) {
    if (beginsWithPlace(m[1] ?? '')) found.push(known('Event', m[0], m.index ?? 0));
  }
  return found;
}

// Each run is tried from its start only, so a long run without ・ costs linear time.
// The venue may be named in brackets between the city and the particle (ハノイ(国立会議場)において).
const CITY_OF_COUNTRY = /(?<![\u30A1-\u30FA\u30FC\u3400-\u9FFF])([\u30A1-\u30FA\u30FC]{2,}|[\u3400-\u9FFF]{2,})・([\u30A1-\u30FA\u30FC]{2,12})(?=(?:\([^()\n]{1,20}\))?(?:を訪問|において|における|にて|で|に|の|へ|から))/gu;
/** 「米国ワシントンにおいて」「豪州シドニーを訪問」: a katakana city right after a country written in kanji. */
const CITY_AFTER_KANJI_COUNTRY = /(?<![\u3400-\u9FFF])([\u3400-\u9FFF]{1,4})([\u30A1-\u30FA\u30FC][\u30A1-\u30FA\u30FC・]{1,11})(?=(?:\([^()\n]{1,20}\))?(?:を訪問|において|における|にて))/gu;
/** 「(於:ニュー・ヨーク)」「於 ジャカルタ」: the venue line names the place. */
const VENUE_LINE = /(?<=於[:：]?\s?)[\u30A1-\u30FA\u30FC\u3400-\u9FFF][\u30A1-\u30FA\u30FC・\u3400-\u9FFF]{1,15}(?=[)）「\s,、。]|$)/gmu;
const MUNICIPALITY = /(?<![\u3400-\u9FFF])[\u3400-\u9FFF]{1,3}県[\u3400-\u9FFF\u3041-\u3096]{1,5}[市町村](?![場民長内役議政街])/gu;

/**
 * Places the gazetteer need not know: a city written after its country (トルコ・アンタルヤを訪問,
 * ニュージーランド・クライストチャーチにおける, 米国ワシントンにおいて), the place a venue line names (於:X), and a
 * Japanese town with its prefecture (福島県いわき市).
 */
export function findPlaceMentions(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const regex of [CITY_OF_COUNTRY, CITY_AFTER_KANJI_COUNTRY]) {
    for (const m of text.matchAll(regex)) {
      const country = lexiconMentionFor(m[1] ?? '', 0);
      const city = m[2] ?? '';
      if (country?.type !== 'Country' || lexiconMentionFor(city, 0)) continue;
      // The city ends the match (minus its look-ahead), after the country and a ・ if one stands between.
      const start = (m.index ?? 0) + m[0].length - city.length;
      found.push({ start, end: start + city.length, text: city, type: 'Location', id: null, name: city, country: country.country });
    }
  }
  for (const m of text.matchAll(VENUE_LINE)) {
    const at = m.index ?? 0;
    if (lexiconMentionFor(m[0], 0)) continue;
    // ニュー・ヨーク is the gazetteer's ニューヨーク: a ・ between the words of a name is a spelling.
    const spelt = lexiconMentionFor(m[0].replace(/・/gu, ''), at);
    found.push(spelt ? { ...spelt, end: at + m[0].length, text: m[0] } : { start: at, end: at + m[0].length, text: m[0], type: 'Location', id: null, name: m[0], country: null });
  }
  for (const m of text.matchAll(MUNICIPALITY)) {
    found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], type: 'Location', id: null, name: m[0], country: 'JPN' });
  }
  return found;
}

/**
 * 「インド洋会議」「サヘル関連会合」「日中ハイレベル経済対話」「日朝協議」「APEC閣僚級会合」: a gathering named after
 * a place, a country (or a pair of them) or a body the lexicon knows is a named gathering whatever words stand
 * between; after a common noun (関係省庁会議, 実務者会合, 事務レベル協議) it names none. So is an accord or a plan
 * named that way (テヘラン合意, 日英共同ビジョン, 日・サウジ・ビジョン2030, with the year it looks to, or a number that ends
 * the quoted name: 「日韓アジェンダ21」), not 早期合意.
 * A country's assembly or airline is named by the country (フィジー議会, 韓国国会, パキスタン航空); 議会 alone is not.
 */
const NAMED_AFTER_NOUN = new RegExp(`${BOUNDARY}(${NOUN})・?(?:(会議|会合|対話|協議)|(?:合意|ビジョン|構想|アジェンダ|ロードマップ)(?:[0-9]{4}(?![0-9])|[0-9]{1,3}(?=[」』]))?|(議会|国会|航空))(?!(?![及並等])[\\u3400-\\u9FFF\\u30A1-\\u30FA\\u30FC])`, 'gu');
/** 日中, 日米豪印, 日・米・韓: one-character country forms run together name the countries that meet. */
const COUNTRY_RUN = /^[日米露ロ中韓朝英仏独伊加豪印墨越比泰星](?:・?[日米露ロ中韓朝英仏独伊加豪印墨越比泰星]){1,3}/u;

function namedByWhere(head: string): boolean {
  const run = COUNTRY_RUN.exec(head)?.[0];
  if (run && [...run].every((c) => c === '・' || countryByAbbreviation(c))) return true;
  // 日・アルファ対話, 日アルファ協議: Japan and a partner written in full.
  const partner = /^日・?(?=[\u30A1-\u30FA])/u.exec(head);
  return beginsKnown(partner ? head.slice(partner[0].length) : head, ['Country', 'Location', 'Organization']);
}

export function findNamedByWhere(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const m of text.matchAll(NAMED_AFTER_NOUN)) {
    const lead = LEADING_FUNCTION.exec(m[0])?.[0] ?? '';
    const value = m[0].slice(lead.length);
    const head = m[1]?.slice(lead.length) ?? '';
    if (GENERIC_HEAD.test(value) || !(m[3] ? beginsKnown(head, ['Country']) : namedByWhere(head))) continue;
    found.push(known(m[2] ? 'Event' : m[3] ? 'Organization' : 'Agreement', value, (m.index ?? 0) + lead.length));
  }
  return found;
}

/** 「新たな「宣言」と行動計画」: an accord's bare word in quotes is the page's name for one document. */
const QUOTED_ACCORD_WORD = /(?<=[「『])(?:共同宣言|宣言|共同声明|声明|行動計画|覚書|協定)(?=[」』])/gu;

export function findQuotedAccordWords(text: string): RawMention[] {
  return [...text.matchAll(QUOTED_ACCORD_WORD)].map((m) => known('Agreement', m[0], m.index ?? 0));
}

/**
 * 「リオ2016オリンピック競技大会」「リオ・オリンピック」「東京2020オリンピック・パラリンピック」「パリ五輪」: the Games are named by
 * their host city, however the year, a ・, 競技大会 or the short 五輪 is written around it. One id per Games and host: the one the
 * lexicon lists when it does (東京2020オリンピック・パラリンピック is 東京オリンピック・パラリンピック).
 */
const GAMES = /(?<![\u30A1-\u30FA\u30FC\u3400-\u9FFF・A-Za-z0-9])([\u30A1-\u30FA\u30FC]{2,10}|[\u3400-\u9FFF]{2,3})・?(?:(?:19|20)[0-9]{2})?(冬季|夏季)?(オリンピック・パラリンピック|オリンピック|パラリンピック|五輪)(?:競技大会)?/gu;

export function findGamesMentions(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const m of text.matchAll(GAMES)) {
    const host = lexiconMentionFor(m[1] ?? '', 0);
    if (host?.type !== 'Location' && host?.type !== 'Country') continue;
    const games = m[3] === '五輪' ? 'オリンピック' : m[3];
    const canonical = `${m[1]}${m[2] ?? ''}${games}`;
    const listed = lexiconMentionFor(canonical, 0) ?? lexiconMentionFor(`${m[1]}${games}`, 0);
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, text: m[0], type: 'Event', id: listed?.type === 'Event' ? listed.id : `event:${canonical}`, name: listed?.type === 'Event' ? listed.name : m[0], country: null });
  }
  return found;
}

/**
 * 「日本年」「中国年」「2010年トルコにおける日本年」「日本におけるトルコ年」: a year one country holds in another
 * (a season of events), named in quotes (「」 or 『』) by the country it presents, perhaps with the year and the host.
 */
const COUNTRY_YEAR = /(?<=[「『])(?:[0-9]{4}年)?(?:([\u3400-\u9FFF\u30A1-\u30FA\u30FC・]{1,12})における)?([\u3400-\u9FFF\u30A1-\u30FA\u30FC・]{1,12})年(?=[」』])/gu;

export function findCountryYears(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const m of text.matchAll(COUNTRY_YEAR)) {
    const isCountry = (name: string | undefined) => name === undefined || findCountry(name) !== undefined;
    if (!isCountry(m[2]) || !isCountry(m[1])) continue;
    found.push(known('Event', m[0], m.index ?? 0));
  }
  return found;
}

const SITUATION = new RegExp(`${BOUNDARY}(${NOUN})(情勢|の問題|(?:をめぐる|を巡る)(?:情勢|問題|状況))`, 'gu');

/**
 * 「東アジア情勢」「南スーダン情勢」「南シナ海の問題」「北朝鮮をめぐる情勢」: the situation or the question of a named place is a
 * matter under discussion, but only after a place: one the lexicon knows (a country or a region), or a name in
 * katakana, as the genre writes foreign places it may not list (ナゴルノ・カラバフ情勢, イスラエル・パレスチナ情勢).
 * 地域情勢 and 国際情勢 name no place; 「東シナ海・南シナ海情勢」 is two situations, the second one found whole.
 */
function isPlaceName(head: string): boolean {
  const isPlace = (s: string) => ['Country', 'Location'].includes(lexiconMentionFor(s, 0)?.type ?? '');
  return isPlace(head) || /^[\u30A1-\u30FA\u30FC][\u30A1-\u30FA\u30FC・]*[\u30A1-\u30FA\u30FC]$/u.test(head);
}

export function findSituationMentions(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const m of text.matchAll(SITUATION)) {
    const head = m[1] ?? '';
    if (!isPlaceName(head)) continue;
    const start = m.index ?? 0;
    // 「北朝鮮をめぐる情勢」 is 北朝鮮情勢, and 「南シナ海を巡る問題」 南シナ海の問題, written around the place.
    const around = /^(?:をめぐる|を巡る)(.+)$/u.exec(m[2] ?? '');
    if (!around) { found.push(known('Issue', m[0], start)); continue; }
    const plainName = `${head}${around[1] === '問題' ? '問題' : '情勢'}`;
    const plain = known('Issue', around[1] === '問題' ? `${head}の問題` : plainName, start);
    found.push({ ...plain, end: start + m[0].length, text: m[0], id: plain.id ?? `issue:${plainName}`, name: plain.name ?? m[0] });
  }
  return found;
}

/** What a country goes through, named with it: its reconstruction, democratisation, denuclearisation, exit, accession. */
const COURSE_OF = new RegExp(`${BOUNDARY}(${NOUN})の((?:完全な)?非核化|復旧・復興|復興|再建|民主化|EU離脱|NATO加盟|常任理事国入り)(?![\\u3400-\\u9FFF])`, 'gu');
/**
 * 「スウェーデンによるNATO加盟申請」「米国のユネスコ復帰」「中国の輸入規制撤廃」: a country's act on something, named
 * by what it acts on and the act; the act alone (復帰, 申請) is no matter of its own.
 */
const ACT_OF = new RegExp(`${BOUNDARY}(${NOUN})(?:の|による)((?:${NOUN})(?:加盟申請|加盟|申請|復帰|脱退|離脱|撤退|撤廃|解除|再開|休止|停止|規制|派遣|返還|配備|併合|批准|入り))(?![\\u3400-\\u9FFF\\u30A1-\\u30FA\\u30FC])`, 'gu');
/**
 * 「ミンダナオ和平プロセス」「アフガニスタン和平」: a place's peace process, written onto the place; 「対アフリカ支援」
 * 「シリア支援」: aid to a place, written the same way (Japan's own 日本支援 names no recipient).
 */
const PEACE_OF = /(?<![\u3400-\u9FFF々\u30A1-\u30FA\u30FC])(?:対)?([\u3400-\u9FFF々\u30A1-\u30FA\u30FC・]{2,12}?)(?:和平(?:プロセス)?|支援)(?!(?![及並等])[\u3400-\u9FFF])/gu;

/**
 * 「イラクの復興」「ウクライナの復旧・復興」「北朝鮮の完全な非核化」「英国のEU離脱」: a country's course named
 * with it is a matter under discussion of its own, only after a country the lexicon knows; so are a place's
 * peace process and the aid it receives (PEACE_OF). The general matter inside (復興, 和平) is not mentioned.
 */
export function findCourseMentions(text: string): RawMention[] {
  const found: RawMention[] = [];
  const matter = (m: RegExpMatchArray, country: string | null): RawMention =>
    ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], type: 'Issue', id: null, name: m[0], country });
  for (const m of text.matchAll(COURSE_OF)) {
    const place = lexiconMentionFor(m[1] ?? '', 0);
    if (place?.type !== 'Country') continue;
    // Named whole even where the lexicon lists the phrase under its general issue: the course is its own.
    found.push(matter(m, place.country));
  }
  for (const m of text.matchAll(ACT_OF)) {
    const place = lexiconMentionFor(m[1] ?? '', 0);
    const act = m[2] ?? '';
    if (place?.type !== 'Country' || GENERIC_HEAD.test(act) || found.some((f) => f.start === m.index)) continue;
    found.push(matter(m, place.country));
  }
  for (const m of text.matchAll(PEACE_OF)) {
    const place = lexiconMentionFor(m[1] ?? '', 0);
    if (!place || (place.type !== 'Country' && place.type !== 'Location') || place.id === 'JPN' || lexiconMentionFor(m[0], 0)) continue;
    found.push(matter(m, place.type === 'Country' ? place.country : null));
  }
  // 「日米韓安保協力」「日豪安全保障協力」: the security cooperation of a pair or a trio is their own matter, one
  // id however the page shortens 安全保障; the general 安全保障 inside it is not mentioned.
  for (const m of text.matchAll(PAIR_COOPERATION)) {
    const pair = [...(m[1] ?? '')].filter((c) => c !== '・');
    if (!pair.every((c) => countryByAbbreviation(c))) continue;
    const name = `${pair.join('')}${m[2] === '防衛協力' ? '防衛協力' : '安全保障協力'}`;
    found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], type: 'Issue', id: `issue:${name}`, name, country: null });
  }
  return found;
}

const PAIR_COOPERATION = /(?<![\u3400-\u9FFF])([日米露ロ中韓英仏独伊加豪印越比泰星墨](?:・?[日米露ロ中韓英仏独伊加豪印越比泰星墨]){1,2})(安保協力|安全保障協力|防衛協力)(?!協定|宣言|共同宣言|対話)/gu;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** 7, 十二, VI, IX → 7, 12, 6, 9; null for anything else. */
function editionNumber(written: string): number | null {
  const number = parseNumber(written);
  if (number !== null) return number;
  if (!/^[IVX]+$/u.test(written)) return null;
  let total = 0;
  for (let i = 0; i < written.length; i++) {
    const value = ROMAN[written[i]!]!;
    const next = ROMAN[written[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * A numbered edition of a recurring event the lexicon knows: 「TICAD7」「TICAD VI」「第7回アフリカ開発会議」
 * 「PALM8」「第77回国連総会」. One id per edition (the event's id and the number), whichever way it is
 * written, so that TICAD7 and 第7回アフリカ開発会議 are one thing and TICAD itself another.
 */
export function findEditionMentions(text: string, lexicon: RawMention[]): RawMention[] {
  const found: RawMention[] = [];
  for (const m of lexicon) {
    if (m.type !== 'Event' || !m.id) continue;
    const after = /^ ?(\d{1,3}|[IVX]{1,6})(?![A-Za-z0-9])/u.exec(text.slice(m.end, m.end + 8));
    const before = /第(\d{1,3}|[一二三四五六七八九十百]{1,4})回$/u.exec(text.slice(Math.max(0, m.start - 8), m.start));
    const written = /^[A-Z]/u.test(m.text) ? after : before;
    const edition = written ? editionNumber(written[1] ?? '') : null;
    if (!written || edition === null || edition === 0) continue;
    const start = written === before ? m.start - written[0].length : m.start;
    const end = written === after ? m.end + written[0].length : m.end;
    found.push({ ...m, start, end, text: text.slice(start, end), id: `${m.id}-${edition}`, name: text.slice(start, end) });
  }
  return found;
}

/** `s` begins with a name of one of `types` the lexicon knows: 中南米 in 中南米関係, パキスタン in パキスタン外相. */
function beginsKnown(s: string, types: readonly EntityType[]): boolean {
  for (let length = 2; length <= s.length; length++) {
    const m = lexiconMentionFor(s.slice(0, length), 0);
    if (m && types.includes(m.type)) return true;
  }
  return false;
}

/** `s` ends with a name of one of `types` the lexicon knows (at most 12 characters): 米国 in 山田総理の米国. */
function endsKnown(s: string, types: readonly EntityType[]): boolean {
  for (let length = 2; length <= Math.min(12, s.length); length++) {
    const m = lexiconMentionFor(s.slice(s.length - length), 0);
    if (m && types.includes(m.type)) return true;
  }
  return false;
}

/** 日露, 日米韓, 日・米・韓, 日中間: each one-character country form inside a compound. */
export function findCountryCompounds(text: string): RawMention[] {
  const found: RawMention[] = [];
  // Not inside a word: no kanji before the run, and no katakana before a katakana ロ (the end of ベルカストロ in
  // ベルカストロ米国); a kanji form may follow a katakana word (クラスノヤルスク日露首脳会談, テレビ日伯方式).
  const compound = /(?<![\u3400-\u9FFF])(?<![\u30A1-\u30FA\u30FC](?=ロ))([日米露ロ中韓朝英仏独伊加豪印墨越比泰星尼伯蘭西葡土](?:・?[日米露ロ中韓朝英仏独伊加豪印墨越比泰星尼伯蘭西葡土]){1,3})/gu;
  for (const m of text.matchAll(compound)) {
    const run = m[0];
    const chars = [...run].filter((c) => c !== '・');
    // Without ・ a pair must be followed by the rest of a compound (日露関係, 日米間) or a particle
    // (日米が, 日中で); three or more (日米韓3か国) stand on their own; 日・米・韓 is a list.
    const next = text[(m.index ?? 0) + run.length] ?? '';
    if (!run.includes('・') && chars.length === 2 && next !== '' && !/[\u3400-\u9FFF・A-Zがとでは]/u.test(next)) continue;
    if (!chars.every((c) => countryByAbbreviation(c))) continue;
    let offset = m.index ?? 0;
    // 「日・中南米関係」「中東」: a form that begins a region's name is that region's, not a country; the
    // run stops before it (日 of 日・中南米 is still Japan).
    const cut = [...run].findIndex((ch, i) => ch !== '・' && beginsKnown(text.slice(offset + i, offset + i + 5), ['Location']));
    if (cut >= 0 && cut < 2 && !run.includes('・')) continue;
    for (const ch of cut >= 0 ? run.slice(0, cut) : run) {
      const country = ch === '・' ? undefined : countryByAbbreviation(ch);
      if (country) found.push({ start: offset, end: offset + 1, text: ch, type: 'Country', id: country.iso3, name: country.name, country: country.iso3 });
      offset += ch.length;
    }
  }
  // 露側, 韓側: one country speaking as a side.
  for (const m of text.matchAll(/(?<![\u3400-\u9FFF\u30A1-\u30FA])([日米露ロ中韓朝英仏独伊加豪印])側/gu)) {
    const country = countryByAbbreviation(m[1] ?? '');
    const at = m.index ?? 0;
    if (country && !found.some((f) => f.start === at)) found.push({ start: at, end: at + 1, text: m[1] ?? '', type: 'Country', id: country.iso3, name: country.name, country: country.iso3 });
  }
  // 日・ASEAN, 日EU: Japan before an acronym.
  for (const m of text.matchAll(/(?<![\u3400-\u9FFF])日(?=・?(?:ASEAN|EU|NATO|[A-Z]{2,}))/gu)) {
    const at = m.index ?? 0;
    found.push({ start: at, end: at + 1, text: '日', type: 'Country', id: 'JPN', name: '日本', country: 'JPN' });
  }
  // 日・パキスタン, 日インドネシア関係, 日・アフリカ: Japan before a country or region written in katakana. A date
  // (15日パキスタン…) has its digit, a word (本日, 毎日) its kanji before 日.
  for (const m of text.matchAll(/(?<![\u3400-\u9FFF0-9])日・?(?=([\u30A1-\u30FA\u30FC]{2,}))/gu)) {
    const at = m.index ?? 0;
    if (found.some((f) => f.start === at) || !beginsKnown(m[1] ?? '', ['Country', 'Location'])) continue;
    found.push({ start: at, end: at + 1, text: '日', type: 'Country', id: 'JPN', name: '日本', country: 'JPN' });
  }
  return found;
}

const PAIR_AGREEMENT = /(?<![\u3400-\u9FFF])([日米露ロ中韓英仏独伊加豪印越比泰星墨](?:・?[日米露ロ中韓英仏独伊加豪印越比泰星墨]){1,2})(合意|同盟|EPA|FTA|ACSA|GSOMIA)(?![A-Za-z])/gu;

/**
 * 「日米合意」「日豪EPA」「日独ACSA」「米韓同盟」: an accord or an alliance named by the countries that made it and a short head. The
 * longer heads (協定, 条約, 宣言) are the pattern rules' own; these heads name an accord only after the pair.
 */
export function findPairAgreements(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const m of text.matchAll(PAIR_AGREEMENT)) {
    const pair = [...(m[1] ?? '')].filter((c) => c !== '・');
    if (!pair.every((c) => countryByAbbreviation(c))) continue;
    found.push(known('Agreement', m[0], m.index ?? 0));
  }
  // 日・チリEPA, 日ペルーFTA: the partner written in full; the accord is the one its long name (日チリ経済連携協定) names.
  for (const m of text.matchAll(PARTNER_AGREEMENT)) {
    const partner = m[1] ?? '';
    if (!findCountry(partner)) continue;
    const start = m.index ?? 0;
    const long = `日${partner}${m[2] === 'EPA' ? '経済連携協定' : '自由貿易協定'}`;
    const listed = lexiconMentionFor(long, start);
    found.push({ start, end: start + m[0].length, text: m[0], type: 'Agreement', id: listed?.id ?? `agreement:${long}`, name: listed?.name ?? long, country: null });
  }
  return found;
}

const PARTNER_AGREEMENT = /(?<![\u3400-\u9FFF])日・?([\u30A1-\u30FA\u30FC]{2,12})(EPA|FTA)(?![A-Za-z])/gu;
