// One Person entity per real person in a document: name+title mentions are grouped by name
// (ナレンドラ・モディ / モディ, 岸田文雄 / 岸田, ラヴロフ / ラブロフ), the lexicon gives stable ids and full
// names, and title-only mentions (総理, 同首相, 大統領) are pointed at the person holding that title here.
import { findPersonBySurface, foldKatakanaVariants, personOffice } from '../lexicon/index.js';
import type { TitleRole } from '../lexicon/types.js';
import type { PersonMention } from '../extract/persons.js';

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
const JAPANESE_ONLY = /^(内閣総理大臣|総理|総理大臣|官房長官|内閣官房長官|官房副長官|内閣官房副長官|外務審議官|総理秘書官|総理大臣補佐官|国家安全保障局長|経産大臣|経済産業大臣|外務大臣|外務副大臣|外務大臣政務官|防衛大臣|財務大臣|.*局長|.*課長|駐.+大使)$/u;
/** Offices that are Chinese or Korean even when written in kanji without a country. */
const CHINA_KOREA = /(国務院|外交部|国家主席|国務委員|全国人民代表大会|中央軍事委員会|外交部長官|国会議長)/u;
const KATAKANA = /^[\u30A1-\u30FA\u30FC・=＝]+$/u;

/** Ids the lexicon gave (person:koizumi-junichiro) rest on reviewed facts; others were made from a page's text. */
export function isLexiconPersonId(id: string): boolean {
  return /^person:[a-z0-9-]+$/u.test(id);
}

/** A family name alone or one part of a foreign name (ガンマ, 李, 岸田): no proof of one person across pages. */
export function isPartialName(name: string): boolean {
  return /^[\u30A1-\u30FA\u30FC]+$/u.test(name) || /^[\u3400-\u9FFF々]{1,2}$/u.test(name);
}

/** The part of a name that identifies the person across forms: a katakana surname or the name itself. */
export function nameKey(name: string): string {
  if (KATAKANA.test(name)) {
    // The family name is the last part (ナレンドラ・モディ → モディ); fold after splitting, since folding drops ・.
    const parts = name.split(/[・=＝]/u).filter(Boolean);
    return foldKatakanaVariants(parts[parts.length - 1] ?? name);
  }
  return foldKatakanaVariants(name);
}

/** ジョセフ・バイデン and ジル・バイデン share a family name but are two people; バイデン alone can be either. */
function sameKatakanaPerson(a: string, b: string): boolean {
  if (nameKey(a) !== nameKey(b)) return false;
  const full = (n: string) => n.split(/[・=＝]/u).filter(Boolean).length > 1;
  return !(full(a) && full(b)) || foldKatakanaVariants(a) === foldKatakanaVariants(b);
}

function sameKanjiPerson(a: string, b: string): boolean {
  if (KATAKANA.test(a) || KATAKANA.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 1 && long.startsWith(short) && long.length - short.length <= 3;
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

/** The lexicon's person for a name: the only one, or the one in office on the meeting date. */
function lexiconId(name: string, country: string | null, date: string | null): { id: string; name: string; country: string } | null {
  const hits = findPersonBySurface(name, country ?? undefined, date ?? undefined);
  if (hits.length === 0) return null;
  const first = hits[0];
  const hit = hits.length === 1 ? first : first && date && activeOn(first, date) ? first : undefined;
  return hit ? { id: `person:${hit.key}`, name: hit.name, country: hit.country } : null;
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
      [...c.names].some((n) => (KATAKANA.test(n) ? sameKatakanaPerson(n, mention.name) : nameKey(n) === key) || sameKanjiPerson(n, mention.name)) &&
      (firm === null || c.country === null || c.country === firm));
    if (!cluster) {
      // The lexicon knows people's countries better than a guess from the title (温家宝総理 is Chinese).
      const known = lexiconId(mention.name, firm, date) ?? (firm ? null : lexiconId(mention.name, country, date));
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
  const merged = mergeInnerNameParts(clusters);
  for (const c of merged) if (c.id === `person:${nameKey(c.name)}`) c.name = longestName(c);
  return merged;
}

const nameParts = (name: string) => name.split(/[・=＝]/u).filter(Boolean);

/**
 * The family name is not always the last part: Hungarian order (シーヤールトー・ペーテル → シーヤールトー大臣),
 * Spanish double surnames (アルバロ・レイバ・ドゥラン → レイバ大臣). A one-part katakana name that is an
 * inner part of exactly one longer name on the page, of no other country, is that person.
 */
function mergeInnerNameParts(clusters: PersonCluster[]): PersonCluster[] {
  const out = [...clusters];
  for (const short of clusters) {
    const names = [...short.names];
    if (!short.id.startsWith('person:') || names.length === 0 || !names.every((n) => KATAKANA.test(n) && nameParts(n).length === 1)) continue;
    const folded = names.map((n) => foldKatakanaVariants(n));
    const hosts = out.filter((c) => c !== short && (c.country === null || short.country === null || c.country === short.country) &&
      [...c.names].some((n) => KATAKANA.test(n) && nameParts(n).slice(0, -1).some((part) => folded.includes(foldKatakanaVariants(part)))));
    if (hosts.length !== 1) continue;
    const host = hosts[0]!;
    for (const n of short.names) host.names.add(n);
    for (const t of short.titles) if (!host.titles.includes(t)) host.titles.push(t);
    for (const r of short.roles) host.roles.add(r);
    host.mentions.push(...short.mentions);
    host.mentions.sort((a, b) => a.start - b.start);
    host.country ??= short.country;
    out.splice(out.indexOf(short), 1);
  }
  return out;
}

function longestName(cluster: PersonCluster): string {
  return [...cluster.names].sort((a, b) => b.length - a.length)[0] ?? cluster.name;
}

/**
 * The person a title-only mention stands for: the last person before it with the same title
 * (同首相 and plain 首相 alike), preferring the meeting's principals; for 総理 with nobody named,
 * the prime minister in office on the meeting date.
 */
export function resolveTitleOnly(
  mention: PersonMention,
  clusters: PersonCluster[],
  principals: string[],
  date: string | null,
): PersonCluster | null {
  const title = mention.title;
  if (!title) return null;
  const holders = clusters.filter((c) => c.titles.includes(title.canonical) || c.mentions.some((m) => m.title?.text === title.text));
  const byRole = holders.length > 0 ? holders : clusters.filter((c) => c.roles.has(title.role) && title.role !== 'official' && title.role !== 'other');
  const principalHolders = byRole.filter((c) => principals.includes(c.id));
  const pool = principalHolders.length > 0 ? principalHolders : byRole;
  if (pool.length === 1) return pool[0] ?? null;
  if (pool.length > 1) {
    // The nearest earlier mention wins (同首相 refers back).
    let best: { cluster: PersonCluster; at: number } | null = null;
    for (const c of pool) for (const m of c.mentions) if (m.end <= mention.start && (!best || m.end > best.at)) best = { cluster: c, at: m.end };
    return best?.cluster ?? pool[0] ?? null;
  }
  if (date && title.role === 'head_of_government' && /総理/u.test(title.text)) {
    const pm = personOffice('head_of_government', 'JPN', date);
    if (pm) {
      const cluster: PersonCluster = {
        id: `person:${pm.key}`, name: pm.name, names: new Set([pm.name]), country: 'JPN',
        titles: [title.canonical], roles: new Set([title.role]), mentions: [],
      };
      clusters.push(cluster);
      return cluster;
    }
  }
  return null;
}
