// Every mention in a document before resolution: people (name + title, title alone, known people
// written without a title) and things (lexicon names, patterns, one-character country forms).
import type { TokenLookup } from '../nlp/tokenizer.js';
import { findLexiconMentions, lexiconMentionFor } from './gazetteer.js';
import { findAboutEvents, findAnniversaries, findCountryCompounds, findCountryYears, findCourseMentions, findGamesMentions, findQuotedAccordWords, findEditionMentions, findNamedByWhere, findHappeningMentions, findPairAgreements, findPatternMentions, findPlaceMentions, findSituationMentions } from './patterns.js';
import { findNumberedResolutions } from './resolutions.js';
import { findPersonMentions, type PersonMention } from './persons.js';
import { readTitledNames } from './name-reading.js';
import { inside, overlaps, type RawMention } from './mention.js';
import { countryByAbbreviation, countryByIso3, findCountry, findNamed } from '../lexicon/index.js';

export interface DocumentMentions {
  /** Person mentions, in text order. */
  persons: PersonMention[];
  /** Mentions of everything else (and nothing inside a title). */
  things: RawMention[];
}

/** Known people written without a title become person mentions too (故安倍晋三国葬儀). */
function untitledKnownPeople(lexicon: RawMention[], persons: PersonMention[]): PersonMention[] {
  return lexicon
    .filter((m) => m.type === 'Person' && !persons.some((p) => overlaps(p, m)))
    .map((m) => ({ start: m.start, end: m.end, name: m.text, nameSpan: { start: m.start, end: m.end }, title: null, country: m.country, countrySpan: null, anaphoric: false }));
}

function keepThing(m: RawMention, persons: PersonMention[]): boolean {
  if (m.type === 'Person') return false;
  // A person's name is no place or country: ロ in パオロ・ロッシ, ワシントン in ジョージ・ワシントン.
  if (persons.some((p) => p.nameSpan && inside(m, p.nameSpan))) return false;
  // Titles are never entities: drop what sits inside a title (国務院 in 国務院総理), keep a person's country.
  // A name that merely contains the person (モディ首相の訪日) is kept.
  return !persons.some((p) => p.title && overlaps(p.title, m) && inside(m, p) && !(p.countrySpan && inside(m, p.countrySpan)));
}

/**
 * An edition (TICAD7, 第77回国連総会) replaces the recurring event's name inside it; where a page names
 * one edition only, the bare name (国連総会, TICAD) elsewhere on it is that edition too.
 */
function withEditions(names: RawMention[], text: string): RawMention[] {
  const editions = findEditionMentions(text, names);
  const byBase = new Map<string, RawMention[]>();
  for (const e of editions) {
    const base = names.find((m) => inside(m, e))?.id ?? '';
    const list = byBase.get(base) ?? [];
    if (!list.some((x) => x.id === e.id)) list.push(e);
    byBase.set(base, list);
  }
  const rest = names
    .filter((m) => !editions.some((e) => inside(m, e)))
    .map((m) => {
      const only = m.id ? byBase.get(m.id) : undefined;
      return only && only.length === 1 ? { ...m, id: only[0]!.id, name: only[0]!.name } : m;
    });
  return [...rest, ...editions];
}

/**
 * 「アルゼンチン共和国外務省」 is Argentina's ministry: a Japanese ministry's name (外務省, 防衛省) right
 * after a foreign country's name belongs to that country, not to Japan.
 */
function withForeignMinistries(names: RawMention[], text: string): RawMention[] {
  return names.map((m) => {
    if (m.type !== 'Organization' || m.country !== 'JPN') return m;
    const country = names.find((c) => c.type === 'Country' && c.end === m.start && c.country !== 'JPN');
    if (!country) return m;
    const written = text.slice(country.start, m.end);
    return { start: country.start, end: m.end, text: written, type: 'Organization', id: null, name: written, country: country.country };
  });
}

/**
 * A noun run that a pattern read from inside a person's name (ラム・ポウデル・ネパール・コングレス党) names a
 * thing only from where the name ends: the party is ネパール・コングレス党. Where the name is not known as
 * one, a country's name after ・ inside the run marks where the organisation's own name begins.
 */
function afterNames(m: RawMention, persons: PersonMention[], lexicon: RawMention[], text: string): RawMention {
  if (m.id) return m;
  // A visit or an event keeps its person (モディ首相の訪日 is his visit), unless it lies inside the person's
  // own mention: 「スレイド太平洋諸島フォーラム事務局長」 is a name and an office, and the tail フォーラム made
  // an event of the name and the body it heads.
  const organisation = m.type === 'Organization';
  const person = persons.find((p) => p.nameSpan && p.nameSpan.start <= m.start && m.start < p.nameSpan.end && m.end > p.nameSpan.end &&
    (organisation || (p.title !== null && m.end <= p.end)));
  let start = person?.nameSpan ? person.nameSpan.end + (text[person.nameSpan.end] === '・' ? 1 : 0) : m.start;
  if (!person && organisation) {
    const country = lexicon.find((c) => c.type === 'Country' && c.start > m.start && c.end < m.end && text[c.start - 1] === '・');
    if (country) start = country.start;
  }
  // 「…名誉領事兼ベータ大統領府諮問委員会委員」: 兼 joins two offices one person holds, so a body's name
  // begins after it.
  const concurrent = organisation ? text.slice(start, m.end).lastIndexOf('兼') : -1;
  if (concurrent >= 0 && start + concurrent + 1 < m.end) start += concurrent + 1;
  if (start === m.start) return m;
  return { ...m, start, text: text.slice(start, m.end), name: text.slice(start, m.end) };
}

/** What a place's name forms when written right before it: a state or bay (ジョージア州, ギニア湾) or a named accord. */
const PLACE_PART = /^(?:州|湾|島)(?![々])/u;
const NAMED_AFTER_PLACE = /^(?:条約|協定|合意|宣言|議定書|万博|電力|ホテル|評議会|理事会)/u;

/**
 * A place written right before a head that makes a longer name is part of that name: ジョージア州,
 * ギニア湾 and 北極海 are places of their own (not the country Georgia or Guinea), and リスボン条約, テヘラン合意 and
 * 東京電力 mention no place at all.
 */
function withinLongerNames(names: RawMention[], text: string): RawMention[] {
  return names.flatMap((m): RawMention[] => {
    if (m.type !== 'Location' && m.type !== 'Country') return [m];
    // クウェート国民議会: the 国 of the long form クウェート国 begins 国民 here; the country is クウェート.
    if (m.type === 'Country' && m.text.endsWith('国') && /^[民内際家籍境益会]/u.test(text[m.end] ?? '')) {
      const shorter = lexiconMentionFor(m.text.slice(0, -1), m.start);
      if (shorter?.type === 'Country') m = shorter;
    }
    const after = text.slice(m.end, m.end + 4);
    if (NAMED_AFTER_PLACE.test(after)) return [];
    // 北極海, カリブ海: a region's sea is a place of its own (a country's 海 begins 海軍, 海警, 海洋: no sea).
    const part = PLACE_PART.exec(after) ?? (m.type === 'Location' ? /^海(?![\u3400-\u9FFF])/u.exec(after) : null);
    if (!part) return [m];
    const written = text.slice(m.start, m.end + part[0].length);
    return [{ start: m.start, end: m.end + part[0].length, text: written, type: 'Location', id: null, name: written, country: m.country }];
  });
}

/** A compass word written onto a region makes another region (北大西洋, 西アフリカ), when it starts a word. */
const COMPASS_BEFORE = /(?:^|[^\u3400-\u9FFF々\u30A1-\u30FA\u30FC])(北東|北西|南東|南西|東南|中央|北|南|東|西)$/u;

/**
 * Regions compound in Japanese without a separator: a compass word before a region (北大西洋) and two regions
 * written together (欧州大西洋) each name one region, not two or a wider one.
 */
function regionCompounds(names: RawMention[], text: string): RawMention[] {
  const out: RawMention[] = [];
  const region = (start: number, end: number): RawMention => ({ start, end, text: text.slice(start, end), type: 'Location', id: null, name: text.slice(start, end), country: null });
  for (const m of [...names].sort((a, b) => a.start - b.start)) {
    if (m.type !== 'Location') { out.push(m); continue; }
    const compass = COMPASS_BEFORE.exec(text.slice(Math.max(0, m.start - 3), m.start));
    const here = compass ? region(m.start - (compass[1] ?? '').length, m.end) : m;
    const previous = out[out.length - 1];
    if (previous?.type === 'Location' && previous.end === here.start) out[out.length - 1] = region(previous.start, here.end);
    else out.push(here);
  }
  return out;
}

/**
 * 「普天間飛行場の移設問題」「通信記録の収集問題」: a question named by an act (a サ変 noun: 移設, 収集, 帰還)
 * is the question of that act on something, and the page names it with what the act is done to.
 */
function withWhoseAct(m: RawMention, text: string, tokens: TokenLookup): RawMention {
  if (m.type !== 'Issue' || m.id || !/^[\u3400-\u9FFF]{2}問題$/u.test(m.text) || text[m.start - 1] !== 'の') return m;
  const act = tokens.startingAt(m.start);
  if (!act || act.surface.length !== 2 || act.pos1 !== 'サ変接続') return m;
  let start = m.start - 1;
  while (start > 0 && /[\u3400-\u9FFF々\u30A1-\u30FA\u30FCA-Za-z0-9・]/u.test(text[start - 1] ?? '') && m.start - start < 16) start--;
  if (m.start - 1 - start < 2) return m;
  const written = text.slice(start, m.end);
  return { ...m, start, text: written, name: written };
}

/** The partner of a pair's named thing, from its name's first characters (日越… is Viet Nam's, 日・豪… Australia's). */
const PAIR_PREFIX = /^日・?([^\s・])/u;
/** The owner of a country's named matter (ロシアの債務問題 is Russia's). */
const OWNER_PREFIX = /^([^の\s]{2,12})の/u;

/**
 * 「包括的戦略的パートナーシップ」 names a pair's partnership by its kind alone, and several pairs share a kind:
 * the lexicon's 日越 partnership is the one meant only on a page that names Viet Nam. Elsewhere the words
 * name the kind between the page's own pair, a thing of that page, not Viet Nam's. So with a country's
 * matter written without its country (債務問題 for ロシアの債務問題), and with a foreign state's body: each is
 * that country's only on a page that names the country.
 */
function withOwnersOfThePage(names: RawMention[], compounds: RawMention[]): RawMention[] {
  const named = new Set([...names, ...compounds].filter((m) => m.type === 'Country').map((m) => m.country));
  return names.map((m) => {
    // 外交部, 首相府, 連邦議会: a foreign state's body the lexicon knows by a name other states' bodies share is
    // that state's only on a page that names the state.
    if (m.type === 'Organization' && m.id && m.country && m.country !== 'JPN' && !named.has(m.country) && !namesItsCountry(m)) {
      return { ...m, id: null, name: m.text, country: null };
    }
    if ((m.type !== 'Agreement' && m.type !== 'Issue') || !m.id || !m.name) return m;
    const written = m.text.replace(/^[「『]|[」』]$/gu, '');
    const pair = m.type === 'Agreement' ? PAIR_PREFIX.exec(m.name) : null;
    const owner = pair ? countryByAbbreviation(pair[1] ?? '') : ownerOf(m.name, written);
    if (!owner || named.has(owner.iso3) || (pair && /^日/u.test(written))) return m;
    return { ...m, id: null, name: written, country: null };
  });
}

/** 「中国外交部」「米国務省」: the body's written name holds its country's name or one-character form. */
function namesItsCountry(m: RawMention): boolean {
  const country = m.country ? countryByIso3(m.country) : undefined;
  return !!country && [country.name, ...country.aliases, ...country.abbreviations].some((name) => m.text.includes(name));
}

/**
 * The country a matter is Japan's with or belongs to, when the page wrote only the end of its name: the
 * lexicon's partner (領土問題 for 北方領土問題), or the country that begins the name (ロシアの債務問題).
 */
function ownerOf(name: string, written: string) {
  if (!name.endsWith(written) || name === written) return undefined;
  const partner = findNamed(name, 'issue')?.partner;
  if (partner) return countryByIso3(partner);
  const prefix = OWNER_PREFIX.exec(name);
  return prefix && !written.includes(prefix[1] ?? '') ? findCountry(prefix[1] ?? '') : undefined;
}

/** Every name the lexicon gives the thing a mention stands for (国連安全保障理事会: 国連安保理, 安保理, …). */
function namesOf(m: RawMention): string[] {
  if (m.type === 'Country' && m.id) {
    const country = countryByIso3(m.id);
    return country ? [country.name, ...country.aliases] : [m.text];
  }
  const table = m.type === 'Organization' ? 'organization' : m.type === 'Location' ? 'location' : null;
  const entry = table && m.name ? findNamed(m.name, table) : undefined;
  return entry ? [entry.name, ...entry.aliases, m.text] : [m.text];
}

/**
 * 「国連安全保障理事会の改革」「北朝鮮の非核化」: a listed matter written with の between its owner and its
 * kind is that matter (安保理改革), whichever of the owner's names the lexicon lists it with.
 */
function mattersWithNo(names: RawMention[], text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const owner of names) {
    if (!['Organization', 'Country', 'Location'].includes(owner.type) || text[owner.end] !== 'の') continue;
    const after = /^[\u3400-\u9FFF々\u30A1-\u30FA\u30FC]{1,8}/u.exec(text.slice(owner.end + 1))?.[0] ?? '';
    const ownerNames = namesOf(owner);
    for (let length = after.length; length >= 2; length--) {
      const kind = after.slice(0, length);
      const matter = ownerNames.map((name) => findNamed(name + kind, 'issue')).find((entry) => entry !== undefined);
      if (!matter) continue;
      const end = owner.end + 1 + length;
      found.push({ start: owner.start, end, text: text.slice(owner.start, end), type: 'Issue', id: matter.id, name: matter.name, country: matter.country ?? null });
      break;
    }
  }
  return found;
}

/** A gathering's own word with at most its edition: 第4回外相会合, 首脳会合 (no name of a gathering of its own). */
const BARE_GATHERING = /^(?:第[0-9]{1,3}回)?(?:首脳|外相|閣僚|大臣|高級事務レベル|局長級)?(?:会合|会議|会談)$/u;

/**
 * 「「中央アジア+日本」対話・第4回外相会合」: an event pattern that begins inside a listed event's name and runs past
 * it read the name's last word as its own head. What follows the listed name is a meeting of that event; its bare
 * word (第4回外相会合) names nothing the listed event does not, anything longer is kept from where the name ends.
 */
function afterListedEvent(p: RawMention, lexicon: RawMention[], text: string): RawMention[] {
  if (p.type !== 'Event') return [p];
  const crossed = lexicon.find((l) => l.type === 'Event' && l.start < p.start && p.start < l.end && l.end < p.end);
  if (!crossed) return [p];
  const start = crossed.end + (text[crossed.end] === '・' ? 1 : 0);
  const rest = text.slice(start, p.end);
  return rest === '' || BARE_GATHERING.test(rest) ? [] : [{ ...p, start, text: rest, id: null, name: null }];
}

export function findMentions(text: string, tokens: TokenLookup): DocumentMentions {
  // 日露, 露側: one-character country forms, found once for the page's countries and for its things.
  const compounds = findCountryCompounds(text);
  const lexicon = withOwnersOfThePage(regionCompounds(withinLongerNames(withForeignMinistries(withEditions(findLexiconMentions(text), text), text), text), text), compounds);
  const titled = readTitledNames(findPersonMentions(text), text, tokens);
  const persons = [...titled, ...untitledKnownPeople(lexicon, titled)].sort((a, b) => a.start - b.start);
  // A pattern that found what the lexicon (or an edition of it) already names adds nothing, nor does one
  // that found a part of a listed name of its own type (インド太平洋戦略 in 自由で開かれたインド太平洋戦略).
  const patterns = [...findPatternMentions(text), ...findHappeningMentions(text), ...findPlaceMentions(text), ...findPairAgreements(text), ...findAboutEvents(text), ...findNamedByWhere(text), ...findAnniversaries(text), ...findCountryYears(text), ...findGamesMentions(text), ...findQuotedAccordWords(text), ...findNumberedResolutions(text)]
    .filter((p) => !lexicon.some((l) => inside(p, l) && (l.type === p.type || (l.start === p.start && l.end === p.end))))
    .flatMap((p) => afterListedEvent(p, lexicon, text));
  // A country's course (イラクの復興) is its own matter: the general one (復興) inside it is not mentioned.
  const courses = findCourseMentions(text);
  const general = (m: RawMention) => m.type === 'Issue' && courses.some((c) => inside(m, c));
  // (Cut after a name, a pattern may now be exactly what the lexicon names: 太平洋諸島フォーラム.)
  const found = patterns.filter((m) => !general(m)).map((p) => afterNames(p, persons, lexicon, text))
    .filter((p) => !lexicon.some((l) => l.start === p.start && l.end === p.end));
  const named = found.map((p) => withWhoseAct(p, text, tokens));
  // 難民 in 難民の帰還問題 is what the question is about, not a second question.
  const acts = named.filter((p, i) => p !== found[i]);
  const ofAct = (m: RawMention) => m.type === 'Issue' && acts.some((p) => inside(m, p) && m.end < p.end);
  // 戦略的パートナーシップ inside 「包括的・戦略的パートナーシップ・イニシアティブ」: a listed name within a longer one
  // of its own type is part of that name, not a second mention; so is a listed body that ends a longer body's
  // name (連邦議会 in ドイツ連邦議会 is no US Congress), while one that begins it (国連 in 国連安保理) is a body of its own.
  const withinLonger = (m: RawMention) => named.some((p) => p.type === m.type && inside(m, p) && p.end - p.start > m.end - m.start &&
    (['Agreement', 'Event'].includes(m.type) || (m.type === 'Organization' && p.end === m.end)));
  // 気候変動対策, 防災対策: the measures against a listed matter are that matter, written with their tail.
  const measures = named.map((p) => {
    const matter = p.type === 'Issue' && p.text.endsWith('対策') ? lexicon.find((l) => l.type === 'Issue' && l.id && l.start === p.start && l.end === p.end - '対策'.length) : undefined;
    return matter ? { ...p, id: matter.id, name: matter.name, country: matter.country } : p;
  });
  const measured = (m: RawMention) => measures.some((p) => p.id !== null && p.id === m.id && inside(m, p) && p.end > m.end);
  // 共同声明 in 「気候変動に関する共同声明」: a pattern's accord inside a longer accord is part of it, not an alias
  // that would join every page's bare 共同声明 to this one. (An event keeps its bare name: 弾道ミサイル発射 in
  // 北朝鮮による弾道ミサイル発射 is how other pages write the same launch.)
  // 「…友好協力50周年特別首脳会議」: an anniversary that names a gathering held for it is part of that name, as the
  // annotation guideline reads it (the summit, not a second event).
  const partOfLonger = (m: RawMention) => (m.type === 'Agreement' || (m.type === 'Event' && /周年$/u.test(m.text))) &&
    measures.some((p) => p !== m && p.type === m.type && inside(m, p) && p.end - p.start > m.end - m.start);
  // 安全保障 in 日米安全保障協議委員会, 国際問題 in 日本国際問題研究所: words of a body's name name the body, not a
  // matter under discussion; so do an accord's (安保 in 日米安保条約, 気候変動 in 気候変動枠組条約).
  const bodies = [...lexicon, ...measures].filter((p) => p.type === 'Organization' || p.type === 'Agreement');
  const inBodyName = (m: RawMention) => m.type === 'Issue' && bodies.some((p) => inside(m, p) && p.end - p.start > m.end - m.start);
  const matters = mattersWithNo(lexicon, text).filter((m) => !named.some((p) => overlaps(p, m) && p.type === 'Issue') && !lexicon.some((l) => l.type === 'Issue' && overlaps(l, m)));
  // サイバー in サイバー安全保障: a listed matter that heads a field of security is part of its name.
  const headOfField = (m: RawMention) => m.type === 'Issue' && named.some((p) => p.type === 'Issue' && p.start === m.start && p.end > m.end && p.text.endsWith('安全保障'));
  const things = [...lexicon.filter((m) => !general(m) && !ofAct(m) && !withinLonger(m) && !measured(m) && !headOfField(m)), ...measures.filter((m) => !partOfLonger(m)), ...matters, ...courses, ...findSituationMentions(text), ...compounds]
    .filter((m) => keepThing(m, persons) && !inBodyName(m));
  return { persons, things };
}
