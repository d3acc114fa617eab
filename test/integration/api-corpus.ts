// A small synthetic corpus of ExtractionResults for the API tests: nine meetings in eight documents,
// 2003-2006 plus one undated, between Japan and Russia, the US, China and Korea, so that counterparts,
// relations, timelines, networks and paging have something real to count. Built in code (not JSON)
// so that text offsets, mention spans and ids always agree with the text.
import { createHash } from 'node:crypto';
import type { EntityType, ExtractionResult, MeetingKind, Participant, SpeechAct } from '../../src/types.js';
import { DOC_SPECS } from './api-corpus-docs.js';

export interface EntityDef {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  country: string | null;
}

export function entity(id: string, type: EntityType, name: string, aliases: string[], country: string | null = null): EntityDef {
  return { id, type, name, aliases, country };
}

/** Names and aliases match test/fixtures/results/seed-like.json where the ids are shared. */
export const ENTITIES: EntityDef[] = [
  entity('person:koizumi', 'Person', '小泉純一郎', ['小泉総理', '小泉'], 'JPN'),
  entity('person:putin', 'Person', 'ウラジーミル・プーチン', ['プーチン大統領', 'プーチン'], 'RUS'),
  entity('person:ivanov', 'Person', 'イーゴリ・イワノフ', ['イワノフ外相', 'イワノフ'], 'RUS'),
  entity('person:kawaguchi', 'Person', '川口順子', ['川口外務大臣', '川口'], 'JPN'),
  entity('person:machimura', 'Person', '町村信孝', ['町村外務大臣', '町村'], 'JPN'),
  entity('person:lavrov', 'Person', 'セルゲイ・ラブロフ', ['ラブロフ外相', 'ラブロフ'], 'RUS'),
  entity('person:bush', 'Person', 'ジョージ・W・ブッシュ', ['ブッシュ大統領', 'ブッシュ'], 'USA'),
  entity('person:powell', 'Person', 'コリン・パウエル', ['パウエル国務長官', 'パウエル'], 'USA'),
  entity('person:hu', 'Person', '胡錦濤', ['胡錦濤国家主席'], 'CHN'),
  entity('person:ban', 'Person', '潘基文', ['潘基文長官'], 'KOR'),
  entity('JPN', 'Country', '日本', ['日本']),
  entity('RUS', 'Country', 'ロシア', ['ロシア']),
  entity('USA', 'Country', 'アメリカ', ['アメリカ', '米国']),
  entity('CHN', 'Country', '中国', ['中国']),
  entity('KOR', 'Country', '韓国', ['韓国']),
  entity('location:モスクワ', 'Location', 'モスクワ', ['モスクワ'], 'RUS'),
  entity('location:ニューヨーク', 'Location', 'ニューヨーク', ['ニューヨーク'], 'USA'),
  entity('location:サンティアゴ', 'Location', 'サンティアゴ', ['サンティアゴ']),
  entity('event:APEC首脳会合', 'Event', 'APEC首脳会合', ['APEC首脳会合']),
  entity('organization:国連', 'Organization', '国連', ['国連', '国際連合']),
  entity('issue:領土問題', 'Issue', '領土問題', ['北方領土問題', '領土問題']),
  entity('issue:北朝鮮問題', 'Issue', '北朝鮮問題', ['北朝鮮問題']),
  entity('agreement:行動計画', 'Agreement', '行動計画', ['日露行動計画', '行動計画']),
  entity('agreement:平和条約', 'Agreement', '平和条約', ['平和条約']),
];

export interface StatementSpec {
  by: string[];
  text: string;
  act: SpeechAct | null;
  /** 1-based order (in the document) of the statement this one answers. */
  respondsTo?: number;
  /** 1-based index of the meeting in the document. @default 1 */
  meeting?: number;
}

export interface MeetingSpec {
  kind: MeetingKind;
  date: string | null;
  start?: string;
  end?: string;
  location?: string;
  occasion?: string;
  participants: Array<[person: string, role: Participant['role'], title: string, country: string]>;
}

export interface DocSpec {
  name: string;
  title: string;
  meetings: MeetingSpec[];
  /** Numbered topic sections; a section with heading null holds statements outside any topic. */
  sections: Array<{ heading: string | null; issues: string[]; statements: StatementSpec[] }>;
}

function entityLookup(table: EntityDef[]): (id: string) => EntityDef {
  const byId = new Map(table.map((e) => [e.id, e]));
  return (id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`fixture entity ${id} is not defined in the entity table`);
    return found;
  };
}

/** Every occurrence of any alias, longest alias first, without overlaps. */
function findMentions(text: string, table: EntityDef[]): Array<{ id: string; text: string; start: number; end: number }> {
  const candidates = table.flatMap((e) => [...new Set([e.name, ...e.aliases])].map((alias) => ({ id: e.id, alias })));
  candidates.sort((a, b) => b.alias.length - a.alias.length);
  const taken = new Array<boolean>(text.length).fill(false);
  const found: Array<{ id: string; text: string; start: number; end: number }> = [];
  for (const { id, alias } of candidates) {
    for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
      const end = at + alias.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      found.push({ id, text: alias, start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

interface Layout {
  text: string;
  spans: Array<{ spec: StatementSpec; topic: number | null; paragraph: number; start: number; end: number }>;
}

function layoutText(spec: DocSpec): Layout {
  let text = `${spec.title}\n\n`;
  const spans: Layout['spans'] = [];
  let topicNumber = 0;
  for (const section of spec.sections) {
    const topic = section.heading === null ? null : ++topicNumber;
    if (section.heading !== null) text += `${topic}.${section.heading}\n\n`;
    section.statements.forEach((statement, index) => {
      text += `(${index + 1}) `;
      spans.push({ spec: statement, topic, paragraph: index + 1, start: text.length, end: text.length + statement.text.length });
      text += `${statement.text}\n\n`;
    });
  }
  return { text, spans };
}

/** One document as an ExtractionResult; `table` holds every entity it names (@default ENTITIES). */
export function buildResult(spec: DocSpec, table: EntityDef[] = ENTITIES): ExtractionResult {
  const entityDef = entityLookup(table);
  const { text, spans } = layoutText(spec);
  const docId = createHash('sha256').update(text).digest('hex');
  const mentions = findMentions(text, table);
  const meetings = spec.meetings.map((m, index) => ({
    id: `${docId}:m${index + 1}`,
    kind: m.kind,
    date: m.date,
    start: m.start ?? null,
    end: m.end ?? null,
    durationMinutes: null,
    timeNote: null,
    location: m.location ? { id: m.location, name: entityDef(m.location).name } : null,
    occasion: m.occasion ? { id: m.occasion, name: entityDef(m.occasion).name } : null,
    participants: m.participants.map(([entity, role, title, country]) => ({ entity, role, title, country })),
  }));
  const statements = spans.map((span, index) => ({
    id: `${docId}:s${index + 1}`,
    meeting: meetings[(span.spec.meeting ?? 1) - 1]?.id ?? null,
    topic: span.topic,
    paragraph: span.paragraph,
    order: index + 1,
    speakers: span.spec.by,
    respondsTo: span.spec.respondsTo ? `${docId}:s${span.spec.respondsTo}` : null,
    act: span.spec.act,
    text: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    mentions: [...new Set(mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => m.id))],
  }));
  const usedIds = new Set<string>([
    ...mentions.map((m) => m.id),
    ...spec.meetings.flatMap((m) => [...m.participants.flatMap(([p, , , c]) => [p, c]), m.location, m.occasion]),
    ...spec.sections.flatMap((s) => s.issues),
  ].filter((id): id is string => typeof id === 'string'));
  const entities = [...usedIds].sort().map((id) => {
    const e = entityDef(id);
    const own = mentions.filter((m) => m.id === id).map(({ text: t, start, end }) => ({ text: t, start, end }));
    return { ...e, mentions: own };
  });
  const topics = spec.sections
    .filter((s) => s.heading !== null)
    .map((s, index) => ({ number: index + 1, heading: s.heading as string, issues: s.issues }));
  return {
    contractVersion: 1,
    document: { id: docId, source: `fixtures/api/${spec.name}.txt`, title: spec.title, text, encoding: 'UTF-8', headerDate: spec.meetings[0]?.date ?? null },
    meetings,
    entities,
    topics,
    statements,
    extractorVersion: 'fixture-api-1',
  };
}

/** The corpus: every document of api-corpus-docs.ts as an ExtractionResult. */
export function apiCorpus(): ExtractionResult[] {
  return DOC_SPECS.map((spec) => buildResult(spec));
}
