// Person mentions: a name followed by a title (小泉総理, カシヤノフロシア首相, ナレンドラ・モディ・インド首相,
// 李克強(り・こくきょう)中国国務院総理), a title alone that stands for someone in this document (総理,
// 同首相, 先方), and the known people of the lexicon written without a title.
import { countryByAbbreviation, findCountry, findNamed, findPersonBySurface } from '../lexicon/index.js';
import type { TitleRole } from '../lexicon/types.js';
import type { Span } from '../types.js';
import { titleAt, type TitleMatch } from './titles.js';
import { lexiconMentionFor } from './gazetteer.js';
import { withListedAttendees } from './listed-attendees.js';
import { withOfficeAfterParty, withOfficeBeforeName } from './office-before-name.js';
import { withSharedTitle } from './shared-title.js';

export interface PersonMention extends Span {
  /** The name as written ('' for a title alone). */
  name: string;
  nameSpan: Span | null;
  title: TitleMatch | null;
  /** ISO3 written with the name (カシヤノフロシア首相 → RUS, 米国務長官 → USA). */
  country: string | null;
  countrySpan: Span | null;
  /** 同首相, 同大統領: the last person with this title. */
  anaphoric: boolean;
  /** 同大統領: refers back to the one just named with that office (貴大統領 is the one addressed). */
  refersBack?: boolean;
  /** An international body stands between the name and the title (X世界経済フォーラム会長): he heads or serves it, no state. */
  ofInternationalBody?: boolean;
}

const KATAKANA_NAME = /[\u30A1-\u30FA\u30FC・=＝]/u;
const KANJI = /[\u3400-\u9FFF々]/u;
/** Words that end a kanji run on its left: they are never part of a name. */
const LEFT_STOPWORDS = ['冒頭', '当方', '先方', '日本側', '同席者', '続いて', '故', '元', '前', '現', '新', '次期', '各', '両', '我が国', '会談', '結果'];
/** What may follow a title that is part of a thing or an office in general, not a person (外相会談, 首相官邸, 大統領公邸, 大統領選挙, 外相レベル, 外務大臣再任, 首脳、外相を含め). */
const NOT_A_PERSON_AFTER = /^(?:館|会談|会議|会合|電話会談|戦略対話|対話|協議|選(?!手)|官邸|公邸|宮殿|執務室|府|就任|再任|レベル|を含め|主催|級|経験者|在任|時代|候補|特使|補佐|間|団|連盟|議連|昼食会|夕食会|晩餐会|朝食会|会食|国(?![会務王民際内外賓土防]))/u;
/** What follows a title to say what its named holder did or was (主催, 就任, 在任, 時代, 特使): no thing. */
const OF_A_NAMED_PERSON = /^(?:主催|就任|再任|在任|時代|特使)/u;
/** Houses and assemblies written between a name and its title: 中谷元衆議院議員, X・フィンランド共和国国会議長. */
// 議連 (議員連盟): ポウデル議連会長 chairs a parliamentary friendship league.
const ASSEMBLIES = ['人民代表大会', '連邦議会', '国民議会', '立法議会', '衆議院', '参議院', '国会', '議会', '上院', '下院', '議員連盟', '議連'];
/** Institutions that need a country before them to be read as one (オマーン国宮内省顧問): 宮内省 alone could be a name tail. */
const INSTITUTION = /^[\u3400-\u9FFF々]{1,5}(?:省|庁|府|党|委員会|評議会)$/u;
/** A name candidate that is really a word of the genre, not a person (各国大使, 現議長, 前大統領). */
// 人 of 在外モロッコ人大臣 and 第一 of 内閣官房第一副長官 belong to the title.
// A count before an office (三外相, 二首脳, 数か国首脳) counts office holders: no name.
const NOT_A_NAME = /^(?:各|現|前|元|新|故|次期|両|同|貴|本|当|先|新た|国|各国|両国|同国|先方|当方|我が方|現地|在京|在日|人|第[一二三四五六七八九十]+|[一二三四五六七八九十数]+|[0-9０-９]+)$/u;
/** A name candidate that ends like an institution or a state is never a person (共和国, 衆議院, 新アゼルバイジャン党). */
// 弁公室, 事務局, 機構: an office of a body (中央外事工作委員会弁公室主任) is the title's, never a name.
const INSTITUTION_TAIL = /(?:共和国|王国|連邦|合衆国|首長国|省|庁|院|党|委員会|評議会|議会|国会|政府|連盟|協会|連合|弁公室|事務局|事務所|弁事処|機構|機関)$/u;
/** Words no kanji name holds: an office or an act (河野外務大臣主催日・…外相昼食会 leaves 務大臣主催日 before 外相). */
const NOT_IN_A_NAME = /大臣|長官|総理|主催|友好|名誉|共和国/u;

/** A kanji run that holds a country's name (日本友好, 日本国) is a phrase, not a person's name. */
function holdsCountryName(name: string): boolean {
  if (!/^[\u3400-\u9FFF々]+$/u.test(name)) return false;
  for (let start = 0; start < name.length - 1; start++) {
    for (let end = start + 2; end <= name.length; end++) if (findCountry(name.slice(start, end))) return true;
  }
  return false;
}

function countryEndingAt(text: string, end: number): { start: number; end: number; iso3: string } | null {
  // 20 characters: formal names are long (パキスタン・イスラム共和国, ヨルダン・ハシェミット王国).
  for (let length = Math.min(20, end); length >= 1; length--) {
    const surface = text.slice(end - length, end);
    // A country's name holds no line break and begins with no space: 「(イ)エル・サルヴァドル⏎総理の…」 is a heading
    // and a sentence, not a title with its country.
    if (surface.includes('\n') || /^\s/u.test(surface)) continue;
    // A one-character form counts only at the start of a run (ケリー米国務長官), not inside a name (金大中大統領).
    if (length === 1 && (KANJI.test(surface) ? KANJI : KATAKANA_NAME).test(text[end - 2] ?? '')) continue;
    const country = length === 1 ? countryByAbbreviation(surface) : findCountry(surface);
    if (country) return { start: end - length, end, iso3: country.iso3 };
  }
  return null;
}

/** Bureau and division names written between a name and its title: 伊原アジア大洋州局長, 杉山北米局長. */
const DEPARTMENT_WORDS = /(アジア大洋州|北東アジア|東北アジア|外交|外務省|南部アジア|東南アジア|中東アフリカ|アフリカ|中南米|北米|欧州|中東|ロシア|中国・モンゴル|総合外交政策|国際協力|国際法|経済|領事|軍縮不拡散・科学|軍縮不拡散|国際文化交流|大臣官房|儀典|地球規模課題|国際情報統括|報道|アジア|大洋州|南西アジア|南東アジア|中・東欧|西欧|中米カリブ|南米|国際機関|国連企画|政策企画|地域政策|地域協力|人権人道|経済安全保障|国際経済|開発協力|海外邦人安全|広報文化|気候変動)(?:第[一二三]|[局部課室])?$/u;

/**
 * Where an assembly or a country's institution written before the title begins (中谷元|衆議院|議員,
 * …・オマーン国|宮内省|顧問), or `end` when there is none. An institution other than an assembly counts
 * only with a country right before it, so that a name's own last characters are never taken for one.
 */
function institutionStart(text: string, end: number, organisation: BodyBefore): number {
  const before = text.slice(Math.max(0, end - 8), end);
  const assembly = ASSEMBLIES.find((word) => before.endsWith(word));
  if (assembly) return end - assembly.length;
  if (organisation.start !== end) return organisation.start;
  for (let length = 2; length <= Math.min(8, end); length++) {
    if (INSTITUTION.test(text.slice(end - length, end)) && countryEndingAt(text, end - length)) return end - length;
  }
  return end;
}

/** Japan's own houses: their members and speakers sit for Japan (横路衆議院議長, 山川参議院議員). */
const JAPANESE_HOUSE = /(?:衆議院|参議院)$/u;

/** A body written before a title: where it starts (the title's start when there is none), and whose it is. */
interface BodyBefore {
  start: number;
  international: boolean;
  country: string | null;
}

/**
 * A body the lexicon knows, written with its acronym or not, between a name and its title:
 * ラファエル・グロッシー|国際原子力機関(IAEA)|事務局長, アルファ|アフリカ連合(AU)委員会|委員長, 劉建超|中国共産党中央対外連絡|部長;
 * or one it does not know, named in kanji with a body's tail after a katakana name. `withDepartment` reads a party's
 * central department after it (once: the department is read only right before the title).
 */
function organisationStart(text: string, end: number, withDepartment = true): BodyBefore {
  // 「劉建超中国共産党中央対外連絡部長」: a party's central department (中央…部, 中央…室) between the party and the office.
  const central = withDepartment ? /中央[\u3400-\u9FFF々]{1,8}$/u.exec(text.slice(Math.max(0, end - 10), end)) : null;
  if (central) {
    const party = organisationStart(text, end - central[0].length, false);
    if (party.start < end - central[0].length && party.country) return party;
  }
  // アフリカ連合(AU)委員会委員長: the organisation's own organ between it and the title.
  const organ = /(?:委員会|事務局|理事会)$/u.exec(text.slice(Math.max(0, end - 3), end));
  const organEnd = end - (organ?.[0].length ?? 0);
  const acronym = /[(（][A-Za-z]{2,10}[)）]$/u.exec(text.slice(Math.max(0, organEnd - 12), organEnd));
  const coreEnd = organEnd - (acronym?.[0].length ?? 0);
  for (let length = Math.min(16, coreEnd); length >= 2; length--) {
    const body = lexiconMentionFor(text.slice(coreEnd - length, coreEnd), 0);
    // A body the lexicon places in no country (国際原子力機関, 世界経済フォーラム) is an international one.
    if (body?.type !== 'Organization') continue;
    // An acronym (NSC) may stand for another state's body of that name: it tells no country.
    const acronymOnly = /^[A-Za-z]+$/u.test(text.slice(coreEnd - length, coreEnd));
    return { start: coreEnd - length, international: body.country === null, country: acronymOnly ? null : body.country };
  }
  // One the lexicon does not know, named in kanji with a body's tail right after a katakana name
  // (ガンマ・デルタ|西方開発機構|総裁): where the scripts change, the name ends.
  const unknown = /[\u3400-\u9FFF々]{1,14}(?:機構|機関|基金|銀行|連合|共同体|協会|財団)$/u.exec(text.slice(Math.max(0, coreEnd - 16), coreEnd));
  if (unknown && /[\u30A1-\u30FA\u30FC・]/u.test(text[coreEnd - unknown[0].length - 1] ?? '')) return { start: coreEnd - unknown[0].length, international: true, country: null };
  return { start: end, international: false, country: null };
}

/**
 * The country of a state's body a title begins with when the body's name begins with that country's
 * (中国共産党中央政治局委員): 外交部長 may be China's or Korea's, so a body alone does not tell.
 */
function bodyCountryInTitle(title: string): string | null {
  for (let length = Math.min(16, title.length - 1); length >= 3; length--) {
    const body = lexiconMentionFor(title.slice(0, length), 0);
    if (body?.type !== 'Organization' || !body.country) continue;
    const named = [2, 3, 4, 5].some((n) => findCountry(title.slice(0, n))?.iso3 === body.country);
    return named ? body.country : null;
  }
  return null;
}

/** Whether `words` are a bureau or division name as a whole (南米, 中南米局, アジア大洋州). */
export function isDepartmentName(words: string): boolean {
  return DEPARTMENT_WORDS.exec(words)?.index === 0;
}

function departmentStart(text: string, end: number): number {
  let at = end;
  for (let guard = 0; guard < 3; guard++) {
    const m = DEPARTMENT_WORDS.exec(text.slice(Math.max(0, at - 12), at));
    if (!m) break;
    at -= m[0].length;
  }
  return at;
}

/** A parenthesised reading or English name directly before `end`: 李克強(り・こくきょう), アルファ(Mr. Alpha, …). */
function skipParenBefore(text: string, end: number): number {
  if (text[end - 1] !== ')') return end;
  const open = text.lastIndexOf('(', end - 1);
  if (open < 0) return end;
  // A reading is short; the English name and office MOFA adds can run long (Mr. …, Vice Minister, Ministry of …).
  const english = /^\([\x20-\x7E\u00C0-\u024F]+\)$/u.test(text.slice(open, end));
  if (end - open > (english ? 240 : 40)) return end;
  return open;
}

function katakanaNameBefore(text: string, end: number): number {
  let start = end;
  // A family name written in Latin initials after the katakana of the rest (ラジェンドラ・クマール・KC): South
  // Asian names abbreviate a clan name so, and the page writes it as the person does.
  const initials = /(?<=[\u30A1-\u30FA\u30FC][・=＝])[A-Z]{2,4}$/u.exec(text.slice(Math.max(0, end - 6), end));
  if (initials) start -= initials[0].length;
  for (;;) {
    if (start > 0 && KATAKANA_NAME.test(text[start - 1] ?? '')) {
      start--;
      continue;
    }
    // A middle initial belongs to the name: トミー・E・レメンゲサウ, ジョージ・W・ブッシュ, ジョン・F.ケネディ.
    const initial = /(?<=[・=＝])[A-Z]\.?$/u.exec(text.slice(Math.max(0, start - 3), start));
    if (initial && (/[・=＝]/u.test(text[start] ?? '') || initial[0].endsWith('.'))) {
      start -= initial[0].length;
      continue;
    }
    // Regnal numbers belong to the name, at its end or inside it: エリザベス2世女王, アブドッラー2世・イブン・….
    const regnal = /[\u30A1-\u30FA\u30FC]\d{1,2}世$/u.exec(text.slice(Math.max(0, start - 4), start));
    if (!regnal) break;
    start -= regnal[0].length - 1;
  }
  while (start < end && /[・=＝]/u.test(text[start] ?? '')) start++;
  return end - start >= 2 ? start : end;
}

function kanjiNameBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 6 && KANJI.test(text[start - 1] ?? '')) start--;
  // The longest tail the lexicon knows as a name wins: 「この6年間安倍総理は」 → 安倍.
  for (let at = start; at < end - 1; at++) {
    if (findPersonBySurface(text.slice(at, end)).length > 0) return at;
  }
  let name = text.slice(start, end);
  for (const stop of LEFT_STOPWORDS) {
    const at = name.lastIndexOf(stop);
    // 前田, 新藤, 元木, 両角: a one-character word of tense or number opens many Japanese surnames; before one
    // kanji it is the name's, unless that kanji is a one-character Chinese or Korean surname (前王外交部長).
    if (stop.length === 1 && at === 0 && name.length === 2 && !ONE_KANJI_SURNAME.test(name.slice(1))) continue;
    if (at >= 0 && at + stop.length < name.length) {
      start += at + stop.length;
      name = text.slice(start, end);
    }
  }
  // 「14日山田大臣は」「第76回国連総会議長」: the counter after a number (a date's, an edition's) is not the name's;
  // 「その後山田大臣は」: nor the kanji of その後 / この度.
  if (start < end && /[0-9０-９]/u.test(text[start - 1] ?? '') && /[日月年回次期代]/u.test(text[start] ?? '')) start++;
  // (Other words of time or linking glued to the name, 本日山田, 一方山田, are read off by the dictionary: name-reading.ts.)
  if (end - start > 2 && /(?:その|この|あの)$/u.test(text.slice(Math.max(0, start - 2), start))) start++;
  return start;
}

/** Common one-character Chinese and Korean surnames (王毅 is 王 on second mention). */
const ONE_KANJI_SURNAME = /^[王李張劉陳楊趙黄周呉徐孫胡朱郭馬梁宋鄭謝韓唐曹袁鄧許沈曾彭呂蘇盧蔡賈魏葉閻潘杜戴汪姜范姚譚廖鄒熊郝孔崔康毛邱秦朴尹]$/u;

/**
 * 吉川ゆうみ外務大臣政務官, 森まさこ法務大臣: a Japanese name whose given name is written in hiragana, at
 * the start of a clause (after a line start, 、 or a space). The kana must hold no particle or verb
 * ending, so that 「…からは大臣」 and 「…において総理」 are no names.
 */
function kanaGivenNameBefore(text: string, end: number): number {
  const m = /(?:^|[\s、,。])([\u3400-\u9FFF々]{1,3})([ぁ-ゖー]{2,4})$/u.exec(text.slice(Math.max(0, end - 8), end));
  if (!m) return end;
  const surname = m[1]!;
  const given = m[2]!;
  if (/[はがをにでのへやてたしる]|(?:と|も|から|より|まで)$/u.test(given) || findCountry(surname) || NOT_A_NAME.test(surname)) return end;
  return end - surname.length - given.length;
}

/**
 * 銭其シン, 唐家セン: a Chinese name whose last character has no common kanji is written in katakana after
 * the kanji of the rest. A katakana run of one or two characters right after one to three kanji (not a
 * country: 印シン首相 is India's Singh) starts at those kanji.
 */
function mixedScriptStart(text: string, start: number, end: number): number {
  if (end - start > 2) return start;
  const kanji = /[\u3400-\u9FFF々]{1,3}$/u.exec(text.slice(Math.max(0, start - 3), start))?.[0];
  if (!kanji || KANJI.test(text[start - kanji.length - 1] ?? '')) return start;
  if (findCountry(kanji) || [...kanji].some((c) => countryByAbbreviation(c))) return start;
  return start - kanji.length;
}

/**
 * ムハンマド・ビン・ザーイド・アール・ナヒヤーン・アブダビ皇太子: the last katakana part before a title is the
 * place of the post when it is a known city or region, not the end of the name.
 */
function placeOfPostStart(text: string, end: number): number {
  const last = /(?<=[\u30A1-\u30FA\u30FC][・=＝])[\u30A1-\u30FA\u30FC]{2,10}$/u.exec(text.slice(Math.max(0, end - 11), end));
  if (!last || !findNamed(last[0], 'location')) return end;
  return end - last[0].length - 1;
}

/** Offices of a city, a prefecture or a province: the place they govern is written before them. */
const LOCAL_OFFICE = /^(?:州?知事|市長|町長|村長|区長|省長|州首相)$/u;

/**
 * 「鈴木一郎東京都知事」「X前ニューヨーク市長」: the place a local office governs, written between the name and the
 * title, when the gazetteer knows it (with or without its 都, 府, 県, 市 or 州): where it starts, and its country.
 */
function localPlaceBefore(text: string, end: number): { start: number; country: string | null } | null {
  for (let length = Math.min(10, end); length >= 2; length--) {
    const surface = text.slice(end - length, end);
    const bare = surface.replace(/[都道府県市州]$/u, '');
    const place = findNamed(surface, 'location') ?? (bare.length >= 2 && bare !== surface ? findNamed(bare, 'location') : undefined);
    if (place) return { start: end - length, country: place.country ?? null };
  }
  return null;
}

/** The name (and written country) before a title that starts at `titleStart`. */
interface NameBefore {
  name: Span | null;
  country: { start: number; end: number; iso3: string } | null;
  /** Where the written title begins when a posting precedes it (駐ロシア大使), else null. */
  postingStart: number | null;
  /** The body between the name and the title, if any (its start is the title's when there is none). */
  body: BodyBefore;
}

function nameBefore(text: string, titleStart: number, role: TitleRole, titleText = ''): NameBefore {
  let body = organisationStart(text, titleStart);
  let end = institutionStart(text, titleStart, body);
  // The place of a local office (東京都|知事), and the office's tense before it (前|ニューヨーク|市長): his country is the place's.
  const local = LOCAL_OFFICE.test(titleText) && end === titleStart ? localPlaceBefore(text, end) : null;
  if (local) {
    end = local.start - (/(?:前|元|現|次期)$/u.exec(text.slice(Math.max(0, local.start - 2), local.start))?.[0].length ?? 0);
    body = { ...body, country: local.country };
  }
  let postingStart: number | null = null;
  // 「…アラブ首長国連邦(UAE)大統領」: the country's acronym in brackets between its name and the title.
  const acronym = /[(（][A-Z]{2,6}[)）]$/u.exec(text.slice(Math.max(0, end - 8), end));
  if (acronym && end === titleStart && countryEndingAt(text, end - acronym[0].length)) end -= acronym[0].length;
  const house = JAPANESE_HOUSE.exec(text.slice(end, titleStart)) ? { start: end, end: titleStart, iso3: 'JPN' } : null;
  let country = house ?? countryEndingAt(text, end);
  // 上月ロシア課長: a country before a department title is the department, not the person's country.
  // (unless an institution stands between: …・オマーン国宮内省顧問 is Omani.)
  // A body of the state between them (フィリピン大統領府報道官) leaves the country the person's.
  // An envoy or an aide (大統領特使, 首相補佐官) heads no department: the country before him is his.
  if (country && role === 'official' && end === titleStart && !/^(?:大統領府|首相府|政府|内閣府)/u.test(titleText) && !/^(?:大統領|首相|総理)?(?:特使|特別代表|補佐官|報道官|顧問)/u.test(titleText)) country = null;
  if (country) end = country.start;
  // ガンマ・デルタ元ケニア大統領, X次期ケニア大統領: the office's tense before the country.
  const tenseBeforeCountry = country ? /(?<=[\u30A1-\u30FA\u30FCA-Za-z])(?:次期|前|元|現)$/u.exec(text.slice(Math.max(0, end - 3), end)) : null;
  if (tenseBeforeCountry) end -= tenseBeforeCountry[0].length;
  // 横井駐中国大使, 程永華駐日大使: the country after 駐 is the posting, not the person's country;
  // ガルージン駐日ロシア大使: a posting (駐日) before the nationality.
  if (text[end - 1] === '駐') {
    end -= 1;
    country = null;
    postingStart = end;
  } else if (/駐[日米露中韓英仏独伊加豪印]$/u.test(text.slice(Math.max(0, end - 2), end))) {
    end -= 2;
    postingStart = end;
  } else if (country && /在(?:京|日)$/u.test(text.slice(Math.max(0, end - 2), end))) {
    // ガンマ・デルタ在京ケニア大使: resident in Tokyo, as 駐日 says it.
    end -= 2;
    postingStart = end;
  } else {
    // ウドマ・駐ラゴス日本国名誉領事: a post in a city before the state it serves.
    const city = /駐[\u30A1-\u30FA\u30FC]{2,12}$/u.exec(text.slice(Math.max(0, end - 13), end));
    if (city && country) {
      end -= city[0].length;
      postingStart = end;
      // An honorary consul of Japan is a citizen of the state he serves in: 日本国 is whom he serves.
      if (country.iso3 === 'JPN' && /^名誉(?:総)?領事/u.test(titleText)) country = null;
    }
  }
  if (role === 'official') end = departmentStart(text, end);
  // ファン=ロンパイ次期議長, X前大統領, ファン=ロンパイEU次期議長, X同議長 (of the body just named): the office's tense, and the acronym of
  // the body it serves, between a katakana name and its title.
  for (let step = 0; step < 2 && !country; step++) {
    const between = /(?<=[\u30A1-\u30FA\u30FCA-Z])(?:次期|前|元|現|新|同|[A-Z]{2,6})$/u.exec(text.slice(Math.max(0, end - 7), end));
    if (!between) break;
    end -= between[0].length;
  }
  // The separator before a country or an organisation (アルファ・ベータ・世界銀行総裁) is not the name's.
  if (/[・=＝]/u.test(text[end - 1] ?? '')) end--;
  // 「トミー・E・レメンゲサウ・Jr・パラオ共和国大統領」: a generation after the family name is written, but the name is
  // the one the family name ends (レメンゲサウ大統領 is he).
  const generation = /(?<=[\u30A1-\u30FA\u30FC])[・=＝](?:Jr|Sr)\.?$/u.exec(text.slice(Math.max(0, end - 6), end));
  if (generation) end -= generation[0].length;
  end = skipParenBefore(text, end);
  end = placeOfPostStart(text, end);
  let start = katakanaNameBefore(text, end);
  if (start === end) start = kanaGivenNameBefore(text, end);
  if (start === end) start = kanjiNameBefore(text, end);
  else start = mixedScriptStart(text, start, end);
  // 同首相 (the one just named) and 貴大統領 (you) are references, not names; 在ハンブルク米国総領事 names a post.
  // (After a word of time, 「来年同大統領」「今貴大臣」, the dictionary's reading finds the reference: name-reading.ts.)
  if (/^[同貴本当先]$/u.test(text.slice(start, end)) || text[start - 1] === '在') start = end;
  const portfolio = katakanaPortfolio(text, start, end, role);
  if (portfolio) return { name: portfolio, country, postingStart: start, body };
  return { name: start < end ? { start, end } : null, country, postingStart, body };
}

/**
 * 「河野デジタル大臣」: a kanji surname, then a one-word katakana portfolio, then 大臣. The katakana word is
 * the office's, the kanji before it the name (a foreign minister's katakana name has no kanji before it,
 * or a country's).
 */
function katakanaPortfolio(text: string, start: number, end: number, role: TitleRole): { start: number; end: number } | null {
  if (start >= end || (role !== 'minister' && role !== 'foreign_minister') || !/^[\u30A1-\u30FA\u30FC]{3,}$/u.test(text.slice(start, end))) return null;
  const kanji = /(?<![\u3400-\u9FFF々])[\u3400-\u9FFF々]{1,4}$/u.exec(text.slice(Math.max(0, start - 5), start));
  if (!kanji) return null;
  const surname = kanji[0];
  if (findCountry(surname) || countryByAbbreviation(surname) || findNamed(surname, 'location') || NOT_A_NAME.test(surname) || /[国州府省庁党]$/u.test(surname)) return null;
  return { start: start - surname.length, end: start };
}

/** 「…を団長とする米国連邦議会上院議員団」: the delegation someone heads, named with its country right after him. */
const HEADS_DELEGATION = /^(?:\s*[(（][^()（）]{0,80}[)）])?を(?:団長|代表|首席代表)とする/u;

/** A named person without a country who heads a delegation named with one (X上院議員を団長とする米国…議員団) is of it. */
function withDelegationCountry(text: string, found: PersonMention[]): PersonMention[] {
  return found.map((m) => {
    if (m.country || !m.name) return m;
    const heads = HEADS_DELEGATION.exec(text.slice(m.end, m.end + 100));
    if (!heads) return m;
    const at = m.end + heads[0].length;
    for (let length = Math.min(20, text.length - at); length >= 2; length--) {
      const country = findCountry(text.slice(at, at + length));
      if (country) return { ...m, country: country.iso3 };
    }
    return m;
  });
}

const IMPERIAL_COUPLE = '天皇皇后両陛下';

/**
 * The title that follows a country's name ending inside `title` when it is the same office written without
 * that part (連邦大統領 in アラブ首長国連邦大統領 → 大統領), or `title` (国務長官 in 米国務長官 stays).
 */
function titleAfterCountry(text: string, title: TitleMatch): TitleMatch {
  // Only a longer way of writing an office (連邦大統領 for 大統領) can hold a shorter one of the same office.
  if (title.text === title.canonical) return title;
  for (let k = 1; k < title.text.length; k++) {
    const country = countryEndingAt(text, title.start + k);
    if (!country || country.start >= title.start) continue;
    const rest = titleAt(text, title.start + k);
    if (rest && rest.canonical === title.canonical) return rest;
  }
  return title;
}

/** Every name+title and title-only mention of a person in `text`. */
export function findPersonMentions(text: string): PersonMention[] {
  const found: PersonMention[] = [];
  let i = 0;
  // 「天皇皇后両陛下」: the Emperor and the Empress, named by their titles only; the Emperor of the day is known
  // (the couple's rule below, for 国王王妃両陛下 without a name, would drop both, or read 天皇皇后 as a name).
  const imperialCouples: Span[] = [];
  for (let at = text.indexOf(IMPERIAL_COUPLE); at >= 0; at = text.indexOf(IMPERIAL_COUPLE, at + IMPERIAL_COUPLE.length)) {
    const title: TitleMatch = { start: at, end: at + 2, text: '天皇', canonical: '天皇', role: 'royal' };
    found.push({ start: at, end: at + 2, name: '', nameSpan: null, title, country: null, countrySpan: null, anaphoric: false });
    imperialCouples.push({ start: at, end: at + IMPERIAL_COUPLE.length });
  }
  while (i < text.length) {
    let title = titleAt(text, i);
    if (!title) {
      i++;
      continue;
    }
    const imperial = imperialCouples.find((c) => title!.start >= c.start && title!.start < c.end);
    if (imperial) {
      i = imperial.end;
      continue;
    }
    // 「…アラブ首長国連邦大統領」: a title that begins with the end of a country's name (連邦 of 首長国連邦) is the title
    // after that name (大統領), the country the person's.
    title = titleAfterCountry(text, title);
    // 部長 heads a ministry in Beijing (外交部長) but a department of a bureau in Tokyo (南部アジア部長): after a
    // bureau's or department's name it is an official's.
    if (/^副?部長$/u.test(title.text) && DEPARTMENT_WORDS.test(text.slice(Math.max(0, title.start - 12), title.start))) title = { ...title, role: 'official' };
    // A katakana title inside a katakana word (ヌルスルタン) is part of a name, not a title.
    if (/^[\u30A1-\u30FA]/u.test(title.text) && /[\u30A1-\u30FA\u30FC]/u.test(text[title.start - 1] ?? '')) {
      i = title.end;
      continue;
    }
    const { name, country, postingStart, body } = nameBefore(text, title.start, title.role, title.text);
    const anaphoric = !name && /[同貴]/u.test(text[title.start - 1] ?? '');
    // ルアク前大統領主催晩餐会, 岸田大臣就任以来: with a name, the host or the one appointed is a person.
    const after = text.slice(title.end, title.end + 4);
    const followedByThing = NOT_A_PERSON_AFTER.test(after) && !(name && OF_A_NAMED_PERSON.test(after));
    const precededByBoth = /両$/u.test(text.slice(0, title.start));
    // 「国王王妃両陛下」「大統領夫妻」 without a name: the titles of two people, not one person's.
    const couple = !name && /^(?:両陛下|両殿下|御夫妻|ご夫妻|夫妻)/u.test(after);
    const nameText = name ? text.slice(name.start, name.end) : '';
    const nameIsCountry = name !== null && countryByAbbreviation(nameText) !== undefined;
    // 各国大使, 前大統領, 共和国大統領, 衆議院議長: a word of the genre or an institution where a name should be.
    // アフリカ協力・在外…大臣 read from its middle: a region or a country is never a name.
    const nameIsPlace = nameText !== '' && (findNamed(nameText, 'location') !== undefined || findCountry(nameText) !== undefined);
    // 「…委員兼」外交部長: a run ending in 兼 is the first of two offices, never a name.
    const nameIsNotAName = /兼$/u.test(nameText) || NOT_A_NAME.test(nameText) || INSTITUTION_TAIL.test(nameText) || NOT_IN_A_NAME.test(nameText) || holdsCountryName(nameText) || nameIsPlace;
    if (!followedByThing && !precededByBoth && !couple && !nameIsCountry && !nameIsNotAName) {
      const start = name?.start ?? country?.start ?? (anaphoric ? title.start - 1 : title.start);
      // 「チリのアルファ・ベータ大統領」「中国の李明国務院総理」: a country and の right before a foreign name is his,
      // whatever script the name is written in.
      const before = !country && name && text[name.start - 1] === 'の' ? countryEndingAt(text, name.start - 1) : null;
      const ofCountry = before && before.end - before.start >= 2 && before.iso3 !== 'JPN' ? before : null;
      found.push({
        start, end: title.end,
        name: name ? text.slice(name.start, name.end) : '',
        nameSpan: name,
        title: postingStart === null ? title : { ...title, start: postingStart, text: text.slice(postingStart, title.end) },
        // A state's body between the name and the title, or opening the title (王毅中国共産党中央政治局委員), is his side.
        country: country?.iso3 ?? ofCountry?.iso3 ?? (/^(?:衆議院|参議院)/u.test(title.text) ? 'JPN' : null) ?? body.country ?? bodyCountryInTitle(title.text),
        // A house (山川衆議院議員) tells the side, but 衆議院 is no written name of Japan.
        countrySpan: country && !JAPANESE_HOUSE.test(text.slice(country.start, country.end)) ? { start: country.start, end: country.end } : null,
        anaphoric,
        ...(anaphoric && text[title.start - 1] === '同' ? { refersBack: true } : {}),
        ...(!country && body.international ? { ofInternationalBody: true } : {}),
      });
    }
    i = title.end;
  }
  return withListedAttendees(text, withSharedTitle(text, withOfficeAfterParty(text, withOfficeBeforeName(text, withDelegationCountry(text, found)))));
}
