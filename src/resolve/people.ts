// One Person entity per real person in a document: name+title mentions are grouped by name
// (ナレンドラ・モディ / モディ, 岸田文雄 / 岸田, ラヴロフ / ラブロフ), the lexicon gives stable ids and full
// names, and title-only mentions (総理, 同首相, 大統領) are pointed at the person holding that title here.
import { canonicalTitle, findPersonBySurface, findTitle, foldKatakanaVariants, personByKey, personOffice } from '../lexicon/index.js';
import type { PersonEntry, TitleRole } from '../lexicon/types.js';
import type { PersonMention } from '../extract/persons.js';
import { tokenizeAlone } from '../nlp/tokenizer.js';

export interface PersonCluster {
  id: string;
  name: string;
  /** Every name form seen (without titles), for aliases. */
  names: Set<string>;
  country: string | null;
  /** Canonical titles this person is given in the document, first first. */
  titles: string[];
  roles: Set<TitleRole>;
  mentions: PersonMention[];
}

/** Titles only Japanese officials hold, so a kanji name with one of them is Japanese. */
const JAPANESE_ONLY = /^(内閣総理大臣|総理|総理大臣|官房長官|内閣官房長官|官房副長官|内閣官房副長官|外務審議官|外務事務次官|事務次官|外務報道官|内閣官房副長官補|総理秘書官|総理大臣補佐官|内閣総理大臣補佐官|国家安全保障局長|経産大臣|経済産業大臣|外務大臣|外務副大臣|外務大臣政務官|大臣政務官|政務官|副大臣|防衛大臣|財務大臣|.*局長|.*課長|駐.+大使)$/u;
/** Offices that are Chinese or Korean even when written in kanji without a country. */
const CHINA_KOREA = /(国務院|外交部|国家主席|国務委員|全国人民代表大会|中央軍事委員会|外交部長官|国会議長)/u;
/** A name in katakana, regnal numbers and middle initials included (アブドッラー2世, トミー・E・レメンゲサウ). */
const KATAKANA = /^[\u30A1-\u30FA\u30FC](?:[\u30A1-\u30FA\u30FC・=＝]|\d{1,2}世|[A-Z]\.?)*$/u;

/** Ids the lexicon gave (person:koizumi-junichiro) rest on reviewed facts; others were made from a page's text. */
export function isLexiconPersonId(id: string): boolean {
  return /^person:[a-z0-9-]+$/u.test(id);
}

/**
 * A family name alone or one part of a foreign name (ガンマ, 李, 岸田): no proof of one person across pages. A
 * kanji name of three or four characters is a family name alone (長谷川, 佐々木, 小野寺) when the dictionary reads it
 * as one word: a full name reads as a family name and a given name (林 + 芳正, 河野 + 太郎).
 */
export function isPartialName(name: string): boolean {
  if (/^[\u30A1-\u30FA\u30FC]+$/u.test(name) || /^[\u3400-\u9FFF々]{1,2}$/u.test(name)) return true;
  return /^[\u3400-\u9FFF々]{3,4}$/u.test(name) && tokenizeAlone(name).length === 1;
}

/** The word that joins a given name to the father's in Arabic names: ビン (bin), イブン (ibn), ビント (bint). */
const PATRONYMIC = /^(?:ビン|イブン|ブン|ビント)$/u;
const HONORIFIC_PREFIX = /^(?:シェイク|シェイフ|シャイフ|シェイカ)$/u;

/** The part of a name that identifies the person across forms: a katakana surname or the name itself. */
export function nameKey(name: string): string {
  if (KATAKANA.test(name)) {
    // The family name is the last part (ナレンドラ・モディ → モディ); fold after splitting, since folding drops ・.
    const parts = name.split(/[・=＝]|(?<=[A-Z]\.)/u).filter(Boolean);
    // An Arabic name that ends with the father's name after ビン/イブン has no family name to be shortened
    // to: it is shortened to its given name, the first part (アルファ・ビン・ベータ → アルファ大臣; シェイク is an
    // honorific before it). With a family name after (…・アル・ガンマ), the family name is the key as usual.
    if (parts.length > 2 && PATRONYMIC.test(parts[parts.length - 2] ?? '')) {
      const given = parts.find((part) => !HONORIFIC_PREFIX.test(part));
      if (given) return foldKatakanaVariants(given);
    }
    return foldKatakanaVariants(parts[parts.length - 1] ?? name);
  }
  return foldKatakanaVariants(name);
}

/** ジョセフ・バイデン and ジル・バイデン share a family name but are two people; バイデン alone can be either. */
function sameKatakanaPerson(a: string, b: string): boolean {
  if (nameKey(a) !== nameKey(b)) return false;
  const full = (n: string) => n.split(/[・=＝]|(?<=[A-Z]\.)/u).filter(Boolean).length > 1;
  return !(full(a) && full(b)) || foldKatakanaVariants(a) === foldKatakanaVariants(b) || endsWithParts(a, b) || endsWithParts(b, a);
}

/**
 * A full name that differs from a full name a cluster already holds is another person, even when both
 * match the family name that joined them (マッキー・サル大統領, サル大統領, アブドゥライ・ジュフ・サール大臣).
 */
function namesAnother(cluster: PersonCluster, name: string): boolean {
  if (!KATAKANA.test(name) || nameParts(name).length < 2) return false;
  // Only names the page wrote: the lexicon's form of the name (フランク・バイニマラマ) may differ from the page's.
  return cluster.mentions.some((m) => KATAKANA.test(m.name) && nameParts(m.name).length > 1 && !sameKatakanaPerson(m.name, name));
}

/** A family name of several parts (ル・オロ, デ・ラ・フエンテ) is the tail of the full name it shortens. */
function endsWithParts(full: string, tail: string): boolean {
  const f = nameParts(full).map((p) => foldKatakanaVariants(p));
  const t = nameParts(tail).map((p) => foldKatakanaVariants(p));
  return t.length < f.length && t.every((part, i) => part === f[f.length - t.length + i]);
}

/**
 * 金委員長 and 金大中大統領 share only a surname: a chairman, a leader and a minister are three ranks, and
 * a surname written with one rank is not a full name held with another.
 */
function sameRank(roles: Set<TitleRole>, role: TitleRole | undefined): boolean {
  const rank = (r: TitleRole) => (LEADER.has(r) ? 'leader' : MINISTER.has(r) ? 'minister' : r === 'org_head' ? 'org' : null);
  const mine = role ? rank(role) : null;
  const theirs = [...roles].map(rank).filter((r) => r !== null);
  return mine === null || theirs.length === 0 || theirs.includes(mine);
}

function sameKanjiPerson(a: string, b: string): boolean {
  if (KATAKANA.test(a) || KATAKANA.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 1 && long.startsWith(short) && long.length - short.length <= 3;
}

/**
 * An office Japan does not have, so its holder is foreign whatever script the name is in: a president or
 * another head of state (Japan's is the 天皇, a royal title), or a Chinese or Korean office.
 */
export function holdsForeignOffice(title: PersonMention['title']): boolean {
  return !!title && (title.role === 'head_of_state' || CHINA_KOREA.test(title.text));
}

function inferCountry(mention: PersonMention): string | null {
  if (mention.country) return mention.country;
  const title = mention.title?.text ?? '';
  if (!KATAKANA.test(mention.name) && mention.name !== '') {
    if (CHINA_KOREA.test(title)) return null;
    if (JAPANESE_ONLY.test(title) || JAPANESE_ONLY.test(mention.title?.canonical ?? '')) return 'JPN';
  }
  return null;
}

function activeOn(entry: { offices: Array<{ from: string; to: string | null }> }, date: string): boolean {
  return entry.offices.some((o) => o.from <= date && (o.to === null || date < o.to));
}

function inServiceYears(years: { from: number; to: number | null }, date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= years.from && (years.to === null || year <= years.to);
}

/** The lexicon's person for a name: the only one, or the one in office on the meeting date. */
function lexiconId(name: string, country: string | null, date: string | null, said?: Said): { id: string; name: string; country: string } | null {
  const partial = isPartialName(name);
  // A full name is evidence enough; a surname must also fit the offices the page gives it.
  const hits = findPersonBySurface(name, country ?? undefined, date ?? undefined).filter((entry) => !partial || officesFit(entry, said));
  if (hits.length === 0) return null;
  const first = hits[0];
  let hit = hits.length === 1 ? first : first && date && activeOn(first, date) ? first : undefined;
  // 吉田報道官 in 2015 is not the prime minister 吉田茂: a surname alone names the lexicon's only 吉田 out of
  // office (or on a page without a date) only when the page gives him an office of the same kind (吉田元総理).
  if (hit && partial && !(date && activeOn(hit, date)) && !officesFit(hit, said, true)) hit = undefined;
  // 田中課長 in 2024 is not the lexicon's 田中均, who left the service in 2005: someone listed without dated offices
  // is named by a surname alone only inside his years in service.
  if (hit && partial && hit.offices.length === 0 && hit.serviceYears && date && !inServiceYears(hit.serviceYears, date)) hit = undefined;
  return hit ? { id: `person:${hit.key}`, name: hit.name, country: hit.country } : null;
}

/** What a page's titles say of a person, for the lexicon: roles and canonical titles, 元/前 set aside. */
interface Said {
  roles: Set<TitleRole>;
  titles: Set<string>;
}

function saidOf(mentions: PersonMention[]): Said {
  const said: Said = { roles: new Set(), titles: new Set() };
  for (const m of mentions) {
    if (!m.title) continue;
    const former = formerOffice(m.title);
    said.roles.add((former !== null ? findTitle(former)?.role : undefined) ?? m.title.role);
    said.titles.add(canonicalTitle(former ?? m.title.text));
  }
  return said;
}

/** The office a 元/前 title says its holder had before (元総理 → 総理); null for an office held now. */
function formerOffice(title: PersonMention['title']): string | null {
  return title && /^[元前]/u.test(title.text) ? title.text.slice(1) : null;
}

const LEADER: ReadonlySet<TitleRole> = new Set(['head_of_government', 'head_of_state']);
const MINISTER: ReadonlySet<TitleRole> = new Set(['minister', 'foreign_minister']);

/**
 * A page's 岸防衛大臣 is not the lexicon's prime minister 岸信介: a surname the page gives only ministers'
 * titles never resolves to someone the lexicon knows only as a leader, nor the other way round, and a
 * chairman (金委員長) is neither. Other
 * titles prove nothing either way, unless `strict`: then the page must give the person one of his offices
 * (天野事務局長 for the lexicon's IAEA事務局長 on a page written after he left).
 */
function officesFit(entry: PersonEntry, said: Said | undefined, strict = false): boolean {
  // 金委員長 for the lexicon's 金正日 (国防委員長): a title the page shortens from one of his offices fits
  // (three characters at least: 大臣 is the tail of every minister's and of 内閣総理大臣).
  const written = [...(said?.titles ?? [])].filter((t) => t.length >= 3);
  if (written.some((t) => entry.offices.some((o) => canonicalTitle(o.title).endsWith(t)))) return true;
  // ケネディ大統領 is not the lexicon's ambassador ケネディ: a head of state or government written on the
  // page is someone the lexicon knows as one.
  const heldAny = entry.offices.map((o) => findTitle(o.title)?.role).filter((r): r is TitleRole => r !== undefined);
  if ([...(said?.roles ?? [])].some((r) => LEADER.has(r)) && heldAny.length > 0 && !heldAny.some((r) => LEADER.has(r))) return false;
  const ranked = (r: TitleRole | undefined): r is TitleRole => r !== undefined && (LEADER.has(r) || MINISTER.has(r) || r === 'org_head');
  // 武藤外務副大臣 is not the lexicon's foreign minister 武藤: a junior office under a minister (副大臣, 政務官,
  // 次官, 副長官, 副部長) shares his rank but is another office; it names someone the lexicon knows in such an
  // office only. (副首相 and 副総理 are offices a minister holds as well: ミン副首相 is the foreign minister.)
  const deputyOffice = (t: string) => /副大臣|政務官|次官|副長官|副部長/u.test(t);
  const writtenAll = [...(said?.titles ?? [])];
  if (writtenAll.length > 0 && writtenAll.every(deputyOffice) && entry.offices.length > 0 &&
    !entry.offices.some((o) => deputyOffice(canonicalTitle(o.title)))) return false;
  const roles = [...(said?.roles ?? [])].filter(ranked);
  const held = entry.offices.map((o) => findTitle(o.title)?.role).filter(ranked);
  if (roles.length > 0 && held.length > 0) {
    const group = (r: TitleRole) => (LEADER.has(r) ? 'leader' : MINISTER.has(r) ? 'minister' : 'org');
    return roles.some((r) => held.some((h) => group(h) === group(r)));
  }
  // ファイサル・リヤド州知事 is not the lexicon's foreign minister ファイサル: a page that gives only offices of
  // no rank (a governor, an official) does not name someone the lexicon knows only in ranked offices.
  const saidRoles = [...(said?.roles ?? [])];
  if (saidRoles.length > 0 && roles.length === 0 && entry.offices.length > 0 && entry.offices.every((o) => ranked(findTitle(o.title)?.role))) return false;
  // An entry without offices (a delegation member of the lexicon's seed pages) has nothing to check.
  if (!strict || entry.offices.length === 0) return true;
  const titles = [...(said?.titles ?? [])].filter((t) => t.length >= 2);
  return entry.offices.some((o) => titles.some((t) => canonicalTitle(o.title).endsWith(t)));
}

/** Groups the named mentions into people. */
export function clusterPeople(mentions: PersonMention[], date: string | null): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  for (const mention of mentions) {
    if (!mention.name) continue;
    const key = nameKey(mention.name);
    const country = inferCountry(mention);
    // A country written with the name is firm; one guessed from a Japanese-looking title is not.
    const firm = mention.country;
    let cluster = clusters.find((c) =>
      [...c.names].some((n) => (KATAKANA.test(n) ? sameKatakanaPerson(n, mention.name) : nameKey(n) === key) ||
        (sameKanjiPerson(n, mention.name) && sameRank(c.roles, mention.title?.role))) &&
      !namesAnother(c, mention.name) &&
      (firm === null || c.country === null || c.country === firm));
    if (!cluster) {
      // The lexicon knows people's countries better than a guess from the title (温家宝総理 is Chinese).
      const said = saidOf([mention]);
      const known = lexiconId(mention.name, firm, date, said) ?? (firm ? null : lexiconId(mention.name, country, date, said));
      cluster = {
        id: known?.id ?? `person:${key}`,
        name: known?.name ?? mention.name,
        names: new Set(known ? [known.name] : []),
        country: known?.country || country,
        titles: [], roles: new Set(), mentions: [],
      };
      clusters.push(cluster);
    }
    cluster.names.add(mention.name);
    cluster.country ??= country;
    if (mention.title && !cluster.titles.includes(mention.title.canonical)) cluster.titles.push(mention.title.canonical);
    if (mention.title) cluster.roles.add(mention.title.role);
    cluster.mentions.push(mention);
    if (cluster.name.length < mention.name.length && !cluster.id.startsWith('person:') ) cluster.name = mention.name;
  }
  for (const c of clusters) if (guessedJapaneseForeignOffice(c)) c.country = null;
  const merged = mergeInnerNameParts(clusters);
  const era = date ?? eraOfPage(merged);
  for (const c of merged) settleIdentity(c, era);
  return joinSameIds(splitFormerHolders(merged, date));
}

/**
 * 「福田官房長官」 and 「福田元総理」 on a page of 2003: a surname with a former office (元/前) names someone
 * who held that office before the meeting's date. When the lexicon's person the cluster settled on had not,
 * those mentions are another person: the lexicon's one holder of that office by that surname before the date
 * (福田赳夫, prime minister 1976-78, not 福田康夫, then chief cabinet secretary and prime minister only in 2007).
 */
function splitFormerHolders(clusters: PersonCluster[], date: string | null): PersonCluster[] {
  if (!date) return clusters;
  const out: PersonCluster[] = [];
  for (const c of clusters) {
    out.push(c);
    const entry = isLexiconPersonId(c.id) ? personByKey(c.id.slice('person:'.length)) : undefined;
    if (!entry) continue;
    const formers = c.mentions.filter((m) => { const office = formerOffice(m.title); return office !== null && !heldBefore(entry, office, date); });
    if (formers.length === 0 || formers.length === c.mentions.length) continue;
    const holders = findPersonBySurface(formers[0]!.name, entry.country || undefined)
      .filter((e) => e.key !== entry.key && formers.every((m) => heldBefore(e, formerOffice(m.title)!, date)));
    if (holders.length !== 1) continue;
    const holder = holders[0]!;
    c.mentions = c.mentions.filter((m) => !formers.includes(m));
    c.titles = [...new Set(c.mentions.flatMap((m) => (m.title ? [m.title.canonical] : [])))];
    c.roles = new Set(c.mentions.flatMap((m) => (m.title ? [m.title.role] : [])));
    out.push({
      id: `person:${holder.key}`, name: holder.name, names: new Set([holder.name, ...formers.map((m) => m.name)]),
      country: holder.country || c.country, titles: [...new Set(formers.map((m) => m.title!.canonical))],
      roles: new Set(formers.map((m) => m.title!.role)), mentions: formers,
    });
  }
  return out;
}

/** Whether the lexicon's person had taken up `office` (as written, or one of its kind) before `date`. */
function heldBefore(entry: PersonEntry, office: string, date: string): boolean {
  const canonical = canonicalTitle(office);
  const role = findTitle(office)?.role;
  return entry.offices.some((o) => o.from < date && (canonicalTitle(o.title).endsWith(canonical) || (role !== undefined && findTitle(o.title)?.role === role)));
}

/**
 * 「李明国務院総理」 and later 「李総理」: the genre calls a Chinese premier 総理 too, so Japan guessed from
 * 総理 does not hold for someone the page also gives an office Japan does not have. A country written on
 * the page, or the lexicon's, stays.
 */
function guessedJapaneseForeignOffice(c: PersonCluster): boolean {
  return c.country === 'JPN' && !isLexiconPersonId(c.id) && c.mentions.every((m) => m.country === null) &&
    c.mentions.some((m) => holdsForeignOffice(m.title));
}

/** Two clusters the lexicon or the full name settled on one id are one person (李大臣 and 李克強総理). */
function joinSameIds(clusters: PersonCluster[]): PersonCluster[] {
  const byId = new Map<string, PersonCluster>();
  for (const c of clusters) {
    const host = byId.get(c.id);
    if (!host) {
      byId.set(c.id, c);
      continue;
    }
    absorb(host, c);
  }
  return [...byId.values()];
}

/**
 * 「ケンブリッジ公爵殿下(ウィリアム王子)」: a person named by a title of nobility or office, with his own
 * name in the parentheses right after it, is one person under two names. The name the lexicon knows wins,
 * else the one in the parentheses (the page's gloss of who is meant).
 */
export function joinNamesInParentheses(clusters: PersonCluster[], text: string): PersonCluster[] {
  const clusterOf = new Map(clusters.flatMap((c) => c.mentions.map((m) => [m, c] as const)));
  const gone = new Set<PersonCluster>();
  for (const outer of clusters.flatMap((c) => c.mentions)) {
    if (!/[(（]/u.test(text[outer.end] ?? '')) continue;
    const inner = [...clusterOf.keys()].find((m) => m.start === outer.end + 1 && /[)）]/u.test(text[m.end] ?? ''));
    const [a, b] = [clusterOf.get(outer), inner && clusterOf.get(inner)];
    if (!a || !b || a === b || gone.has(a) || gone.has(b)) continue;
    const [host, other] = isLexiconPersonId(a.id) && !isLexiconPersonId(b.id) ? [a, b] : [b, a];
    absorb(host, other);
    gone.add(other);
    for (const m of other.mentions) clusterOf.set(m, host);
  }
  return clusters.filter((c) => !gone.has(c));
}

function absorb(host: PersonCluster, other: PersonCluster): void {
  for (const n of other.names) host.names.add(n);
  for (const t of other.titles) if (!host.titles.includes(t)) host.titles.push(t);
  for (const r of other.roles) host.roles.add(r);
  host.mentions.push(...other.mentions);
  host.mentions.sort((a, b) => a.start - b.start);
  host.country ??= other.country;
}

/**
 * A cluster's id is decided once all its names are known, from the fullest of them: a page that first says
 * 岸大臣 and later 岸信夫防衛大臣 names 岸信夫, and an id made from the surname alone would merge every page's
 * 岸 into one person. The lexicon is asked again with the full names (金大中 after 金大統領) and, for a long
 * foreign name, without its middle parts (ラファエル・マリアーノ・グロッシー is the lexicon's ラファエル・グロッシー).
 */
function settleIdentity(cluster: PersonCluster, date: string | null): void {
  if (isLexiconPersonId(cluster.id)) return;
  const firm = cluster.mentions.some((m) => m.country !== null);
  const said = saidOf(cluster.mentions);
  const names = [...cluster.names].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const known = lexiconFullName(name, cluster.country, date, said) ?? (firm ? null : lexiconFullName(name, null, date, said));
    if (!known || givenNameDiffers(names[0]!, name, known.name)) continue;
    cluster.id = known.id;
    cluster.name = known.name;
    cluster.names.add(known.name);
    cluster.country ||= known.country || null;
    return;
  }
  const longest = names[0] ?? cluster.name;
  cluster.name = longest;
  cluster.id = `person:${foldKatakanaVariants(longest)}`;
}

/**
 * 「岸田一郎外務大臣…岸田大臣」: the page writes the full name, and the lexicon's 岸田 is 岸田文雄. A surname
 * the lexicon knows does not make someone whose full name the page gives, in kanji, the lexicon's person
 * of another given name: a minister who took office after the lexicon was written shares surnames with
 * many who did not.
 */
function givenNameDiffers(fullest: string, name: string, known: string): boolean {
  const kanji = /^[\u3400-\u9FFF々]+$/u;
  return fullest !== name && fullest.startsWith(name) && kanji.test(fullest) && kanji.test(known) && known !== fullest && known.startsWith(name);
}

/** The lexicon's person for a full name, or for its first and last parts when the lexicon gives no middle ones. */
function lexiconFullName(name: string, country: string | null, date: string | null, said: Said): { id: string; name: string; country: string } | null {
  const direct = lexiconId(name, country, date, said);
  if (direct) return direct;
  const parts = KATAKANA.test(name) ? nameParts(name) : [];
  if (parts.length < 3) return null;
  const firstLast = lexiconId(`${parts[0]}・${parts[parts.length - 1]}`, country, date, said);
  if (firstLast) return firstLast;
  // A Portuguese or Spanish name puts the surname the lexicon knows before the last part
  // (ミシェル・ミゲル・エリアス・テメル・ルリア is ミシェル・テメル): any part, with the same given name.
  const given = foldKatakanaVariants(parts[0]!);
  for (const part of parts.slice(1, -1)) {
    const hits = findPersonBySurface(part, country ?? undefined, date ?? undefined)
      .filter((entry) => officesFit(entry, said) && foldKatakanaVariants(nameParts(entry.name)[0] ?? '') === given);
    if (hits.length === 1) return { id: `person:${hits[0]!.key}`, name: hits[0]!.name, country: hits[0]!.country };
  }
  return null;
}

/**
 * When a page gives no date, the people the lexicon knows on it still tell its era: 小泉総理 and 盧武鉉大統領
 * on one page put it between 2003 and 2006, which is enough to tell one ブッシュ大統領 from the other. The era
 * is the span every such person's offices cover together; none when they never overlap.
 */
function eraOfPage(clusters: PersonCluster[]): string | null {
  let from = '';
  let to = '9999-12-31';
  let known = 0;
  for (const c of clusters) {
    const entry = isLexiconPersonId(c.id) ? personByKey(c.id) : undefined;
    if (!entry || entry.offices.length === 0) continue;
    const start = entry.offices.reduce((min, o) => (o.from < min ? o.from : min), entry.offices[0]!.from);
    const end = entry.offices.some((o) => o.to === null) ? '9999-12-31' : entry.offices.reduce((max, o) => (o.to! > max ? o.to! : max), '');
    if (start > from) from = start;
    if (end < to) to = end;
    known += 1;
  }
  if (known === 0 || from >= to) return null;
  return to === '9999-12-31' ? from : midpoint(from, to);
}

function midpoint(from: string, to: string): string {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return new Date(a + (b - a) / 2).toISOString().slice(0, 10);
}

const nameParts = (name: string) => name.split(/[・=＝]|(?<=[A-Z]\.)/u).filter(Boolean);

const LEADER_ROLES: ReadonlySet<TitleRole> = new Set(['head_of_state', 'head_of_government', 'royal']);
const SERVANT_ROLES: ReadonlySet<TitleRole> = new Set(['diplomat', 'official']);

/** A head of state or government and an envoy or official named on one page are two people. */
function officesConflict(a: PersonCluster, b: PersonCluster): boolean {
  const leads = (c: PersonCluster) => [...c.roles].some((r) => LEADER_ROLES.has(r));
  const serves = (c: PersonCluster) => c.roles.size > 0 && [...c.roles].every((r) => SERVANT_ROLES.has(r));
  return (leads(a) && serves(b)) || (serves(a) && leads(b));
}

/**
 * The family name is not always the last part: Hungarian order (シーヤールトー・ペーテル → シーヤールトー大臣),
 * Spanish double surnames (アルバロ・レイバ・ドゥラン → レイバ大臣). A one-part katakana name that is an
 * inner part of exactly one longer name on the page, of no other country and no office that rules him out
 * (マルコス大統領's middle name ロムアルデス is the name of his ambassador, ロムアルデス駐米大使), is that person.
 */
function mergeInnerNameParts(clusters: PersonCluster[]): PersonCluster[] {
  const out = [...clusters];
  for (const short of clusters) {
    const names = [...short.names];
    if (!short.id.startsWith('person:') || names.length === 0 || !names.every((n) => KATAKANA.test(n) && nameParts(n).length === 1)) continue;
    // A regnal number may be left out of the short form (アブドッラー国王 for アブドッラー2世・イブン・…).
    const bare = (part: string) => foldKatakanaVariants(part.replace(/\d{1,2}世$/u, ''));
    const folded = names.map(bare);
    const hosts = out.filter((c) => c !== short && (c.country === null || short.country === null || c.country === short.country) && !officesConflict(c, short) &&
      [...c.names].some((n) => KATAKANA.test(n) && nameParts(n).slice(0, -1).some((part) => folded.includes(bare(part)))));
    if (hosts.length !== 1) continue;
    absorb(hosts[0]!, short);
    out.splice(out.indexOf(short), 1);
  }
  return out;
}

function longestName(cluster: PersonCluster): string {
  return [...cluster.names].sort((a, b) => b.length - a.length)[0] ?? cluster.name;
}

/**
 * 同大統領, 同首相: the one just named with that office, whether he holds it, held it or is about to (ルアク前大統領
 * … 同大統領), the nearest before the mention; the meeting's principals have no precedence over him.
 */
function nearestHolder(mention: PersonMention, clusters: PersonCluster[]): PersonCluster | null {
  const office = mention.title?.text ?? '';
  const holds = (m: PersonMention) => !!m.title && m.title.text.replace(/^(?:前|元|新|次期|現)/u, '') === office;
  let best: { cluster: PersonCluster; at: number } | null = null;
  for (const c of clusters) for (const m of c.mentions) if (m !== mention && holds(m) && m.end <= mention.start && (!best || m.end > best.at)) best = { cluster: c, at: m.end };
  return best?.cluster ?? null;
}

const LEADER_OR_FOREIGN_MINISTER: ReadonlySet<TitleRole> = new Set(['head_of_state', 'head_of_government', 'foreign_minister']);

/** The lexicon's holder of an office as the page's person: the cluster already made for him, or a new one. */
function holderCluster(holder: PersonEntry, title: NonNullable<PersonMention['title']>, clusters: PersonCluster[]): PersonCluster {
  const id = `person:${holder.key}`;
  const known = clusters.find((c) => c.id === id);
  if (known) return known;
  const cluster: PersonCluster = {
    id, name: holder.name, names: new Set([holder.name]), country: holder.country || null,
    titles: [title.canonical], roles: new Set([title.role]), mentions: [],
  };
  clusters.push(cluster);
  return cluster;
}

/**
 * The person a title-only mention stands for: the last person before it with the same title
 * (同首相 and plain 首相 alike), preferring the meeting's principals; for an office named with a foreign
 * country (米国大統領) or for 総理 with nobody named, its holder on the meeting date.
 */
export function resolveTitleOnly(
  mention: PersonMention,
  clusters: PersonCluster[],
  principals: string[],
  date: string | null,
): PersonCluster | null {
  const title = mention.title;
  if (!title) return null;
  const referBack = mention.refersBack ? nearestHolder(mention, clusters) : null;
  if (referBack) return referBack;
  // 天皇陛下 is Japan's emperor of the day, never a foreign monarch named before him (a king is royal too).
  if (title.canonical === '天皇') {
    const named = clusters.filter((c) => c.country === 'JPN' && c.titles.includes('天皇'));
    if (named.length === 1) return named[0]!;
    const emperor = date ? personOffice('天皇', 'JPN', date) : undefined;
    return emperor ? holderCluster({ ...emperor, country: 'JPN' }, title, clusters) : null;
  }
  // 「衆議院議長の招へいにより訪日中の…下院議長」: an office the title places in a country (衆議院議長 is Japan's,
  // フランス大統領 France's) is never held by someone of another country.
  const candidates = mention.country ? clusters.filter((c) => !c.country || c.country === mention.country) : clusters;
  const holders = candidates.filter((c) => c.titles.includes(title.canonical) || c.mentions.some((m) => m.title?.text === title.text));
  // 同大臣 after ジョージア外務大臣 and 外務副大臣: the office it names in full, never its deputy.
  const heldAsTail = (held: string) => held.endsWith(title.text) && !held.endsWith(`副${title.text}`);
  const tailHolders = holders.length > 0 ? holders : candidates.filter((c) => c.titles.some(heldAsTail) || c.mentions.some((m) => m.title && heldAsTail(m.title.text)));
  // A deputy's or vice-minister's office (次官, 副大臣) is another office than the minister's it shares a role
  // with: 「首相府次官等同席」 is no one already named, unless someone holds that office on the page.
  const deputy = /次官|副/u.test(title.canonical);
  const byRole = tailHolders.length > 0 ? tailHolders : deputy ? [] : candidates.filter((c) => c.roles.has(title.role) && title.role !== 'official' && title.role !== 'other');
  const principalHolders = byRole.filter((c) => principals.includes(c.id));
  const pool = principalHolders.length > 0 ? principalHolders : byRole;
  if (pool.length === 1) return pool[0] ?? null;
  if (pool.length > 1) {
    // The nearest earlier mention wins (同首相 refers back).
    let best: { cluster: PersonCluster; at: number } | null = null;
    for (const c of pool) for (const m of c.mentions) if (m.end <= mention.start && (!best || m.end > best.at)) best = { cluster: c, at: m.end };
    return best?.cluster ?? pool[0] ?? null;
  }
  // 「米国大統領と会談」: a leader or foreign minister named by office and country alone is whoever held that
  // office on the day, when the lexicon knows it.
  // (A country written in one character is not enough: 「金　大中大統領」 is no Chinese president.)
  const writtenCountry = mention.countrySpan !== null && mention.countrySpan.end - mention.countrySpan.start >= 2;
  if (date && writtenCountry && mention.country && mention.country !== 'JPN' && LEADER_OR_FOREIGN_MINISTER.has(title.role)) {
    const holder = personOffice(title.role, mention.country, date);
    if (holder) return holderCluster(holder, title, clusters);
  }
  if (date && title.role === 'head_of_government' && /総理/u.test(title.text)) {
    const pm = personOffice('head_of_government', 'JPN', date);
    if (pm) return holderCluster({ ...pm, country: 'JPN' }, title, clusters);
  }
  return null;
}
