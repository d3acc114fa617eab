// Turns raw mentions into one entity per real-world thing in the document: lexicon ids where the
// lexicon knows the thing, otherwise '<type>:<normalised name>' ids, with variants merged (訪ロ/訪露,
// 工作船の問題/工作船問題, 領土問題 inside 北方領土問題).
import type { Entity, EntityType, Mention } from '../types.js';
import type { RawMention } from '../extract/mention.js';
import { lexiconMentionFor } from '../extract/gazetteer.js';
import { findCountry } from '../lexicon/index.js';

/** Spelling variants folded for ids: 訪ロ → 訪露, ロシア → ロシア; Xの問題 → X問題. */
export function normaliseName(type: EntityType, text: string): string {
  // 「OECD 閣僚理事会」 and 「OECD閣僚理事会」 are one name: the space newer pages set after Latin letters is typography.
  let name = text.replace(/訪ロ/gu, '訪露').replace(/日ロ/gu, '日露').replace(/(?<=[A-Za-z0-9]) (?=[\u3400-\u9FFF々\u30A1-\u30FA])/gu, '');
  // 対アフガニスタン支援 and アフガニスタン支援 are one aid.
  if (type === 'Issue') name = name.replace(/の問題$/u, '問題').replace(/^対(?=.+支援$)/u, '');
  // 自分の訪露, 総理の訪露 and 訪露 are one visit: a possessor that is only a role or "oneself" names nobody new.
  // So is a visit whose possessor points back (同議長, 貴大臣) or is the party of the day (一行, 先方).
  if (type === 'Event') name = name.replace(/^(?:自分|我々|総理|首相|大統領|大臣|外相|同首相|同大統領)の(?:公式|年内)?/u, '').replace(/^(?:先方|一行|(?:同|貴)[\u3400-\u9FFF]{1,6}?(?:一行)?)の(?=.*(?:訪|来日))/u, '');
  return name;
}

function idFor(m: RawMention): string {
  return m.id ?? `${m.type.toLowerCase()}:${idName(m.type, m.name ?? m.text)}`;
}

/**
 * The name an id is made of: the normalised name, and for talks between one pair one form however the page
 * sets the dot or orders the words (日・ケニア首脳会談 and 日ケニア首脳会談, 日米電話外相会談 and 日米外相電話会談), and
 * for a principle however its particles are written, while the entity keeps the name as written.
 */
export function idName(type: EntityType, text: string): string {
  const name = normaliseName(type, text);
  // 主権及び領土一体性 and 主権と領土の一体性 are one principle.
  if (type === 'Issue') return name.replace(/主権(?:及び|並びに|・)領土の?一体性|主権と領土一体性/u, '主権と領土の一体性');
  if (type !== 'Event') return name;
  return name.replace(PAIR_TALKS, (_, partner: string) => `日${findCountry(partner)?.abbreviations[0] ?? partner}`).replace(/電話(首脳|外相)会談$/u, '$1電話会談');
}

/**
 * Japan and one partner at the start of a talk's name (日・フランス, 日フランス, 日仏): the partner as the genre
 * writes it in compounds where it has such a form (日仏首脳会談 = 日・フランス首脳会談, 日越 = 日・ベトナム).
 */
const PAIR_TALKS = /^日・?([^・]{1,12}?)(?=(?:首脳|外相|外務|次官|電話|会談|協議|対話))/u;

/** A name that is another's tail (領土問題 / 北方領土問題, 訪露 / 総理の訪露) names the same thing. */
function tailOf(short: string, long: string): boolean {
  // 和平 and ミンダナオ和平プロセス: a process is named with or without プロセス.
  const bare = (name: string) => name.replace(/プロセス$/u, '');
  return long.length > short.length && short.length >= 2 && (long.endsWith(short) || (bare(long).endsWith(bare(short)) && bare(short).length >= 2));
}

/** 弾道ミサイルの発射 and 北朝鮮の弾道ミサイル発射: a tail once both are written without separators and particles. */
function foldedTailOf(short: string, long: string): boolean {
  const folded = foldSpelling(short);
  return folded.length >= 4 && tailOf(folded, foldSpelling(long));
}

/**
 * 日クウェート首脳会談 and 日・クウェート首脳会談, 「…パートナーシップに係る協力覚書」 and 「…パートナーシップ協力覚書」,
 * イランの核問題 and イラン核問題: one name written with and without its separators and particles.
 */
function sameSpelling(a: string, b: string): boolean {
  return a !== b && foldSpelling(a) === foldSpelling(b);
}

function foldSpelling(name: string): string {
  return name.replace(/[・\s]|に係る|に関する|のための|の/gu, '');
}

/**
 * An entity the lexicon lists under its own name: 安全保障 and 経済安全保障 are two listed matters, so the
 * shorter is no tail of the longer (a variant that means the longer, 領土問題, is listed as its alias).
 */
function listed(e: Entity): boolean {
  return lexiconMentionFor(e.name, 0)?.id === e.id;
}

/** 東ティモール独立15周年 and 独立15周年記念式典: a page that names the ceremony of an anniversary means it by both. */
function celebratedBy(anniversary: string, ceremony: string): boolean {
  const years = /[^0-9]{2}[0-9]{1,3}周年$/u.exec(anniversary)?.[0];
  return years !== undefined && ceremony.includes(`${years}記念`);
}

/** The kind of a ceremony a name ends in, written one way: 国葬儀 → 国葬, 就任式典 → 就任式. */
function ceremonyKind(name: string): string | null {
  const m = /(国葬|合同葬|就任式|即位)(?:儀|典|式|礼)?$/u.exec(name);
  return m?.[1] ?? null;
}

/** An acronym in brackets: (EPA), （SADC）, (TPP11); and one standing alone in the text. */
const PAGE_ACRONYM = /^[(（]([A-Z][A-Z0-9]{1,11})[)）]/u;
const STANDALONE_ACRONYM = /(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,11}(?![A-Za-z0-9])/gu;
/** A link's file type or size in brackets (「共同声明(PDF)」) is the link's, not a short name. */
const LINK_WORD = /^(?:PDF|HTML?|DOCX?|XLSX?|PPTX?|JPE?G|PNG|MP[34]|KB|MB|GB|URL)$/u;
/** The kinds of thing a page names with an acronym of its own. */
const NAMED_THINGS: ReadonlySet<EntityType> = new Set(['Organization', 'Event', 'Agreement', 'Issue']);

/**
 * 「同条約」「同会議」「同問題」: 同 and the head noun of something the page named just before ("the said
 * treaty"). Not inside a word (共同宣言, 合同会議), which a kanji before 同 tells.
 */
const BACK_REFERENCE_HEADS = ['条約', '協定', '宣言', '議定書', '覚書', '声明', '計画', '構想', 'イニシアティブ', '会議', '会合', 'サミット',
  '大会', 'フォーラム', '対話', '問題', '機関', '機構', '委員会', '理事会', '銀行', '基金'];
const BACK_REFERENCE = new RegExp(`(?<![\\u3400-\\u9FFF々])同(${BACK_REFERENCE_HEADS.join('|')})(?![\\u3400-\\u9FFF々])`, 'gu');

/** Place words that are a head noun before they are a name (ホテル・オークラ東京 keeps its 東京). */
const GENERIC_PLACE = /^(?:公邸|官邸|公館|宮殿|迎賓館)$/u;

export class EntityTable {
  private readonly byId = new Map<string, Entity>();
  /**
   * The spans each entity is already mentioned at, so that adding a mention costs the same however often
   * the page names the entity (a page of 16,000 「日本」 took a second). Rebuilt when the mentions were
   * changed elsewhere (merges, filters), which changes their number.
   */
  private readonly spans = new WeakMap<Entity, { size: number; keys: Set<string> }>();

  private spanIndex(entity: Entity): { size: number; keys: Set<string> } {
    let index = this.spans.get(entity);
    if (!index || index.size !== entity.mentions.length) {
      index = { size: entity.mentions.length, keys: new Set(entity.mentions.map((m) => `${m.start}:${m.end}`)) };
      this.spans.set(entity, index);
    }
    return index;
  }

  /** Adds a mention (and its text as an alias unless `mentionIsAlias` is false: a bare title such as 総理 is no alias). */
  add(id: string, type: EntityType, name: string, country: string | null, mention: Mention | null, alias?: string, mentionIsAlias = true): Entity {
    let entity = this.byId.get(id);
    if (!entity) {
      entity = { id, type, name, aliases: [], country, mentions: [] };
      this.byId.set(id, entity);
    }
    entity.country ??= country;
    if (mention) {
      const index = this.spanIndex(entity);
      const key = `${mention.start}:${mention.end}`;
      if (!index.keys.has(key)) {
        entity.mentions.push(mention);
        index.keys.add(key);
        index.size++;
      }
    }
    for (const a of [alias, mentionIsAlias ? mention?.text : undefined]) if (a && a !== entity.name && !entity.aliases.includes(a)) entity.aliases.push(a);
    return entity;
  }

  addRaw(m: RawMention): Entity {
    return this.add(idFor(m), m.type, m.name ?? normaliseName(m.type, m.text), m.country, { text: m.text, start: m.start, end: m.end });
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** Merges pattern-made Issue/Event/Agreement entities whose name is the tail of another's, or another's spelling. */
  mergeTails(): void {
    const made = [...this.byId.values()].filter((e) => ['Issue', 'Event', 'Agreement'].includes(e.type) && e.id.includes(':'));
    for (const short of made) {
      const long = made.find((l) => l !== short && l.type === short.type && this.byId.has(l.id) && !(listed(short) && listed(l)) &&
        (tailOf(short.name, l.name) || foldedTailOf(short.name, l.name) || (sameSpelling(short.name, l.name) && l.name.length > short.name.length) ||
          celebratedBy(short.name, l.name)));
      if (!long || !this.byId.has(short.id)) continue;
      this.absorb(long, short);
    }
  }

  /**
   * One ceremony per person on a page: 故安倍晋三国葬儀 and 安倍元総理大臣の国葬, 大統領就任式 and
   * ル・オロ新大統領の就任式 are each one event. Pattern-made events of one kind merge when they name at
   * most one owner between them (`ownerOf` gives the person a span names, or null).
   */
  mergeSameCeremonies(ownerOf: (span: { start: number; end: number }) => string | null): void {
    const groups = new Map<string, Entity[]>();
    for (const e of this.byId.values()) {
      const kind = e.type === 'Event' && e.id.includes(':') ? ceremonyKind(e.name) : null;
      if (kind) groups.set(kind, [...(groups.get(kind) ?? []), e]);
    }
    for (const events of groups.values()) {
      if (events.length < 2) continue;
      const owners = new Set(events.map((e) => (e.mentions[0] ? ownerOf(e.mentions[0]) : null)).filter((o) => o !== null));
      if (owners.size > 1) continue;
      const host = events.find((e) => e.mentions[0] && ownerOf(e.mentions[0]) !== null) ?? events[0]!;
      for (const other of events) {
        if (other !== host) this.absorb(host, other);
      }
    }
  }

  /** `other`'s mentions and names become `host`'s, and `other` is gone. */
  private absorb(host: Entity, other: Entity): void {
    for (const m of other.mentions) if (!host.mentions.some((x) => x.start === m.start)) host.mentions.push(m);
    for (const a of [other.name, ...other.aliases]) if (!host.aliases.includes(a) && a !== host.name) host.aliases.push(a);
    this.byId.delete(other.id);
  }

  /**
   * 「日・アルファ経済連携協定(EPA)」: an acronym in brackets right after a named thing is the page's short name
   * for it, there and wherever the page writes it again on its own (EPAの早期妥結), unless something else
   * is already found there or the page gives the acronym to two things.
   */
  addPageAcronyms(text: string): void {
    this.joinShortNamesInBrackets(text);
    // Where something is found already, as one map of the text: linear however many mentions and acronyms.
    const covered = new Uint8Array(text.length + 1);
    for (const e of this.byId.values()) for (const m of e.mentions) covered.fill(1, m.start, m.end);
    const free = (start: number, end: number) => covered.subarray(start, end).every((c) => c === 0);
    const defined = new Map<string, Entity | null>();
    for (const e of this.byId.values()) {
      if (!NAMED_THINGS.has(e.type)) continue;
      for (const m of e.mentions) {
        const acronym = PAGE_ACRONYM.exec(text.slice(m.end, m.end + 16))?.[1];
        if (!acronym || LINK_WORD.test(acronym) || !free(m.end + 1, m.end + 1 + acronym.length)) continue;
        const before = defined.get(acronym);
        defined.set(acronym, before === undefined || before === e ? e : null);
      }
    }
    if (defined.size === 0) return;
    for (const at of text.matchAll(STANDALONE_ACRONYM)) {
      const e = defined.get(at[0]);
      const start = at.index ?? 0;
      if (e && free(start, start + at[0].length)) this.add(e.id, e.type, e.name, e.country, { text: at[0], start, end: start + at[0].length });
    }
  }

  /**
   * 「…平和条約…。…同条約が…」: 同 and a head noun refer back to the nearest named thing before it whose name
   * ends with that noun, and are a mention of it (not an alias: 同条約 is no name of the treaty), so that the
   * statement that says it is about that thing too. Nothing is added when no such thing precedes.
   */
  addBackReferences(text: string): void {
    const named = [...this.byId.values()].filter((e) => NAMED_THINGS.has(e.type))
      .flatMap((e) => e.mentions.map((m) => ({ e, m })))
      .sort((a, b) => a.m.end - b.m.end);
    if (named.length === 0) return;
    const covered = new Uint8Array(text.length + 1);
    for (const { m } of named) covered.fill(1, m.start, m.end);
    // One pass: the things named so far, the last one per head noun (linear however many there are).
    const lastByHead = new Map<string, Entity>();
    let next = 0;
    for (const at of text.matchAll(BACK_REFERENCE)) {
      const start = at.index ?? 0;
      const end = start + at[0].length;
      for (; next < named.length && named[next]!.m.end <= start; next++) {
        const { e, m } = named[next]!;
        for (const head of BACK_REFERENCE_HEADS) if (m.text.endsWith(head) || e.name.endsWith(head)) lastByHead.set(head, e);
      }
      const referent = lastByHead.get(at[1]!);
      if (!referent || !covered.subarray(start, end).every((c) => c === 0)) continue;
      this.add(referent.id, referent.type, referent.name, referent.country, { text: at[0], start, end }, undefined, false);
    }
  }

  /**
   * 「…に関する国際フォーラム(STSフォーラム)」: a short name in brackets right after a name, of the same type and
   * led by Latin capitals, is the same thing. The one the lexicon lists keeps the id.
   */
  private joinShortNamesInBrackets(text: string): void {
    const shortAt = new Map<number, Entity>();
    for (const e of this.byId.values()) {
      if (!NAMED_THINGS.has(e.type)) continue;
      for (const x of e.mentions) if (/^[A-Z]{2,}/u.test(x.text) && /[)）]/u.test(text[x.end] ?? '')) shortAt.set(x.start, e);
    }
    if (shortAt.size === 0) return;
    for (const long of [...this.byId.values()]) {
      if (!NAMED_THINGS.has(long.type) || !this.byId.has(long.id)) continue;
      for (const m of long.mentions) {
        if (!/[(（]/u.test(text[m.end] ?? '')) continue;
        const short = shortAt.get(m.end + 1);
        if (!short || short === long || short.type !== long.type || !this.byId.has(short.id) || (listed(short) && listed(long))) continue;
        if (listed(short)) this.absorb(short, long);
        else this.absorb(long, short);
        break;
      }
    }
  }

  /** Entities with mentions sorted by position; entities nobody mentions are dropped. */
  list(): Entity[] {
    const out = [...this.byId.values()].filter((e) => e.mentions.length > 0 || e.type === 'Person');
    for (const e of out) e.mentions.sort((a, b) => a.start - b.start);
    return out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  }

  /** The entity of the longest mention of `type` that ends at `end` and starts before `before`, and that mention as written (without an English name in brackets). */
  longestEndingAt(end: number, before: number, type: EntityType): { id: string; name: string } | null {
    let best: { id: string; name: string; at: number } | null = null;
    for (const entity of this.byId.values()) {
      if (entity.type !== type) continue;
      for (const m of entity.mentions) if (m.end === end && m.start < before && (!best || m.start < best.at)) best = { id: entity.id, name: m.text.replace(/\([\x20-\x7E\u00C0-\u024F]+\)/gu, ''), at: m.start };
    }
    return best && { id: best.id, name: best.name };
  }

  /** The entity mentioned last inside `start..end` among `types` (in order of preference), with that mention. */
  lastInside(start: number, end: number, types: EntityType[]): { id: string; text: string; start: number } | null {
    for (const type of types) {
      let best: { id: string; text: string; at: number } | null = null;
      for (const e of this.byId.values()) {
        if (e.type !== type) continue;
        for (const m of e.mentions) if (m.start >= start && m.end <= end && (!best || m.start > best.at)) best = { id: e.id, text: m.text, at: m.start };
      }
      if (best) return { id: best.id, text: best.text, start: best.at };
    }
    return null;
  }

  /**
   * A place named by a phrase (大統領公邸) ends in a generic place word the lexicon lists on its own (公邸,
   * the prime minister's residence): that word is the phrase's head, not a second place, so its mention goes.
   */
  dropPlaceTail(start: number, end: number): void {
    this.dropTail(start, end, (e, m) => e.type === 'Location' && GENERIC_PLACE.test(m.text));
  }

  /**
   * An occasion named in full (ASEM(アジア欧州会合)第4回首脳会合) ends in a gathering a pattern read on its own
   * (第4回首脳会合): that is the occasion's head, not a second event, so its mention goes. Listed events stay.
   */
  dropEventTail(start: number, end: number): void {
    this.dropTail(start, end, (e) => e.type === 'Event' && !listed(e));
  }

  /** Drops the mentions that end a phrase at `end` after its start, of the entities and texts `drops` says. */
  private dropTail(start: number, end: number, drops: (e: Entity, m: Mention) => boolean): void {
    for (const e of this.byId.values()) e.mentions = e.mentions.filter((m) => !(m.end === end && m.start > start && drops(e, m)));
  }

  /** Id of the entity that has a mention covering exactly `start..end`, or whose mention covers it. */
  idAt(start: number, end: number, types?: EntityType[]): string | null {
    for (const e of this.byId.values()) {
      if (types && !types.includes(e.type)) continue;
      if (e.mentions.some((m) => m.start === start && m.end === end)) return e.id;
    }
    return null;
  }
}
