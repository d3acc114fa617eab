// One entity per real thing in a document: people clustered (and title-only mentions pointed at the
// person they stand for), things given ids, visits named after their visitor.
import { countryByIso3, findCountry } from '../lexicon/index.js';
import type { PersonMention } from '../extract/persons.js';
import type { RawMention } from '../extract/mention.js';
import type { DocumentMentions } from '../extract/mentions.js';
import { placeConsorts } from './consorts.js';
import { clusterPeople, isLexiconPersonId, isPartialName, joinNamesInParentheses, resolveTitleOnly, type PersonCluster } from './people.js';
import { EntityTable } from './entities.js';

export interface ResolvedDocument {
  table: EntityTable;
  clusters: PersonCluster[];
  clusterOf: Map<PersonMention, PersonCluster>;
  /** Ids of the principals named in the lead, in order. */
  principalIds: string[];
}

/**
 * A visit named after its visitor (李克強・中国国務院総理の訪日, 李総理の訪日) is one event per visitor and
 * destination, whatever form of the visitor's name the text uses.
 */
/** Only a time between a visitor and a bare visit word: の, then dates, counts and 初めて, ending in の. */
const WHEN_BETWEEN = /^の(?:[^、,。の「」()]{1,10}の){0,2}$/u;

/**
 * A visit is its visitor's: 「X首相の訪日」 and 「X首相訪日」 are one visit, and so is a bare 「訪日」 written
 * after the visitor with only when it happens between (「X首相の本年11月の訪日」「X大統領の8年ぶりの訪日」).
 */
function visitOfPerson(m: RawMention, text: string, persons: PersonMention[], clusterOf: Map<PersonMention, PersonCluster>): RawMention {
  const visit = /(?:の(?:公式|年内)?)?(訪(?:露|ロ|日|中|米|韓|朝|印|英|仏|独|豪)|来日)$/u.exec(m.text);
  if (m.type !== 'Event' || !visit) return m;
  const bare = visit.index === 0;
  const visitor = bare
    ? persons.find((p) => p.end <= m.start && m.start - p.end <= 16 && clusterOf.has(p) && WHEN_BETWEEN.test(text.slice(p.end, m.start)))
    : persons.find((p) => p.start >= m.start && p.end <= m.start + (visit.index ?? 0) && clusterOf.has(p));
  const cluster = visitor ? clusterOf.get(visitor) : undefined;
  if (!cluster) return m;
  const verb = (visit[1] ?? '').replace('訪ロ', '訪露').replace('来日', '訪日');
  // A bare 訪日 takes its visitor into its name, or it would read as the tail of another visit's name.
  return { ...m, id: `event:${cluster.name}の${verb}`, name: bare && visitor ? `${text.slice(visitor.start, visitor.end)}の${m.text}` : m.text };
}

/** An anniversary that does not say whose it is (外交関係樹立60周年): every pair of countries has one. */
const OWNERLESS_ANNIVERSARY = /^(?:外交関係|国交)[^・]*周年$/u;
/** A country's year that does not say where it is held (「日本年」): Japan has held one in many countries. */
function isHostlessCountryYear(name: string): boolean {
  const country = /^(?:[0-9]{4}年)?([^0-9]{1,12})年$/u.exec(name)?.[1];
  return country !== undefined && findCountry(country) !== undefined;
}

/**
 * An accord named by its kind alone (「宣言」, 共同声明, 行動計画, 安保理決議), or a partnership named without its
 * pair (戦略的パートナーシップ: Japan has one with many countries): which one, only its page says.
 */
const BARE_ACCORD = /^(?:共同宣言|宣言|共同声明|声明|覚書|協定|(?:中期)?行動計画|(?:国連)?(?:安保理|安全保障理事会)決議|戦略的パートナー(?:シップ)?)$/u;
/** An election named without its country or its number (総選挙, 大統領選挙, 衆院選): held again and again, everywhere. */
const BARE_ELECTION = /^(?:(?:衆議院議員|衆議院|参議院議員|参議院)?(?:総選挙|通常選挙|選挙)|衆院選|参院選|大統領選挙?|議会選挙|上院選挙|下院選挙|国民投票)$/u;

/** A name that says nothing of whose it is gets an id of its page alone, so that pages do not share it. */
function ownerlessLocal(m: RawMention, pageKey: string): RawMention {
  // The lexicon lists some such names (戦略的パートナーシップ, 国連安保理決議, 総選挙) to type them: its id is no
  // evidence that two pages mean one of them.
  const bare = m.type === 'Event' ? BARE_ELECTION.test(m.text) : m.type === 'Agreement' && BARE_ACCORD.test(m.text);
  if (m.id) return bare ? { ...m, id: `${m.id}@${pageKey.slice(0, 12)}` } : m;
  const ownerless = bare || (m.type === 'Event' && (OWNERLESS_ANNIVERSARY.test(m.text) || isHostlessCountryYear(m.text)));
  return ownerless ? { ...m, id: `${m.type.toLowerCase()}:${m.text}@${pageKey.slice(0, 12)}`, name: m.text } : m;
}

/**
 * An id shared by pages needs evidence that they name one person: the lexicon, or a full name. A person
 * a page names only by a surname or one part of a foreign name (ガンマ大統領, 李大臣) gets an id of that
 * page alone, so that two pages' ガンマ are not merged into one person without proof.
 */
function keepPartialNamesLocal(clusters: PersonCluster[], pageKey: string): PersonCluster[] {
  for (const c of clusters) {
    if (!isLexiconPersonId(c.id) && [...c.names].every(isPartialName)) c.id = `${c.id}@${pageKey.slice(0, 12)}`;
  }
  return clusters;
}

/**
 * 「ハサナル・ボルキア国王(首相兼国防相兼財務相兼外相)」: offices in brackets right after a named person are his
 * other offices, not someone else holding them.
 */
function glossedBy(m: PersonMention, endingAt: Map<number, PersonMention>, clusterOf: Map<PersonMention, PersonCluster>, text: string): PersonCluster | null {
  if (m.nameSpan || !/[(（]/u.test(text[m.start - 1] ?? '') || !/[)）]/u.test(text[m.end] ?? '')) return null;
  const named = endingAt.get(m.start - 1);
  return named ? clusterOf.get(named) ?? null : null;
}

/**
 * @param leadPrincipals person mentions the lead names as heads of the talks
 * @param date the meeting date (or the page's), for the lexicon's offices
 * @param pageKey the document's id: the ids of people named only in part are made local with it
 */
export function resolveDocument(text: string, mentions: DocumentMentions, leadPrincipals: PersonMention[], date: string | null, pageKey: string): ResolvedDocument {
  const { persons, things } = mentions;
  const clusters = keepPartialNamesLocal(joinNamesInParentheses(clusterPeople(persons, date), text), pageKey);
  const clusterOf = new Map<PersonMention, PersonCluster>();
  for (const c of clusters) for (const m of c.mentions) clusterOf.set(m, c);

  const table = new EntityTable();
  for (const m of things) table.addRaw(ownerlessLocal(visitOfPerson(m, text, persons, clusterOf), pageKey));
  table.mergeTails();
  table.mergeSameCeremonies((span) => {
    const owner = persons.find((p) => p.start >= span.start && p.end <= span.end && clusterOf.has(p));
    return owner ? clusterOf.get(owner)!.id : null;
  });
  const principalIds = leadPrincipals.map((m) => clusterOf.get(m)?.id).filter((x): x is string => !!x);
  // Named mentions by where they end, for offices glossed in brackets right after one.
  const endingAt = new Map(persons.filter((p) => clusterOf.has(p)).map((p) => [p.end, p]));
  for (const m of persons) {
    if (clusterOf.has(m)) continue;
    const c = glossedBy(m, endingAt, clusterOf, text) ?? resolveTitleOnly(m, clusters, principalIds, date);
    if (c) {
      clusterOf.set(m, c);
      c.mentions.push(m);
    }
  }
  placeConsorts(clusters, text);
  for (const m of leadPrincipals) {
    const id = clusterOf.get(m)?.id;
    if (id && !principalIds.includes(id)) principalIds.push(id);
  }
  for (const c of clusters) {
    table.add(c.id, 'Person', c.name, c.country, null);
    for (const n of c.names) table.add(c.id, 'Person', c.name, c.country, null, n);
    for (const m of c.mentions) table.add(c.id, 'Person', c.name, c.country, { text: text.slice(m.start, m.end), start: m.start, end: m.end }, undefined, m.name !== '');
    // The country written inside a name+title (フラトコフロシア首相) is a mention of that country.
    for (const m of c.mentions) {
      if (m.countrySpan && m.country) table.add(m.country, 'Country', countryByIso3(m.country)?.name ?? m.country, m.country, { text: text.slice(m.countrySpan.start, m.countrySpan.end), start: m.countrySpan.start, end: m.countrySpan.end });
    }
  }
  return { table, clusters, clusterOf, principalIds };
}
