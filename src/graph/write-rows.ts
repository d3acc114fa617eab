// Turns an ExtractionResult into the parameter rows of the cypher/write/*.cypher statements. Pure: no
// database here, so the shapes are unit-testable. Rows that touch shared entities are sorted by entity
// id, the order in which every writer takes its locks (see cypher/write/lock-entities.cypher).
import { createHash } from 'node:crypto';
import type { Entity, ExtractionResult, Meeting, Statement } from '../types.js';
import type {
  DocumentRow, EntityRow, MeetingLinkRow, MeetingRow, ParticipantRow, StatementMentionRow, StatementRow, StatementSubjectRow,
  StatementTopicRow, WriteRows,
} from './write-row-types.js';

export type * from './write-row-types.js';

export interface DocumentRowOptions {
  /** Every source known for this content; the first is the primary `source`. */
  sources: string[];
  /** ISO datetime of this ingest. */
  fetchedAt: string;
}

export const topicId = (documentId: string, number: number) => `${documentId}:t${number}`;
const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];
const byEntity = <T extends { entity: string }>(a: T, b: T) => compareIds(a.entity, b.entity);

/** Plain code-unit order, the same in JavaScript and in Cypher's ORDER BY on strings. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function documentRow(result: ExtractionResult, { sources, fetchedAt }: DocumentRowOptions): DocumentRow {
  const { document } = result;
  return {
    id: document.id,
    source: sources[0] ?? document.source,
    sources,
    title: document.title,
    text: document.text,
    sha256: createHash('sha256').update(document.text).digest('hex'),
    inputDigests: document.inputDigest === undefined ? [] : [document.inputDigest],
    extractorVersion: result.extractorVersion,
    encoding: document.encoding ?? null,
    headerDate: document.headerDate ?? null,
    fetchedAt,
  };
}

function entityRow(entity: Entity): EntityRow {
  const aliases = unique([entity.name, ...entity.aliases].filter((a) => a.trim() !== ''));
  return { id: entity.id, type: entity.type, name: entity.name, aliases, country: entity.country ?? null };
}

/**
 * One row per entity id (repeats merged), plus a placeholder Country for a participant's side that the
 * result names only by its ISO code (name = code; a later real name replaces it, see merge-entities).
 */
export function entityRows(result: ExtractionResult): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const entity of result.entities) {
    const row = entityRow(entity);
    const seen = rows.get(row.id);
    rows.set(row.id, seen ? { ...seen, aliases: unique([...seen.aliases, ...row.aliases]) } : row);
  }
  for (const meeting of result.meetings) {
    for (const { country } of meeting.participants) {
      if (country && !rows.has(country)) rows.set(country, { id: country, type: 'Country', name: country, aliases: [], country: null });
    }
  }
  return [...rows.values()].sort((a, b) => compareIds(a.id, b.id));
}

function meetingRow(documentId: string, meeting: Meeting): MeetingRow {
  const year = meeting.date ? Number(meeting.date.slice(0, 4)) : null;
  return {
    id: meeting.id, document: documentId, kind: meeting.kind, date: meeting.date ?? null,
    year: Number.isInteger(year) ? year : null, start: meeting.start ?? null, end: meeting.end ?? null,
    durationMinutes: meeting.durationMinutes ?? null, timeNote: meeting.timeNote ?? null,
  };
}

function participantRows(documentId: string, meeting: Meeting): ParticipantRow[] {
  return meeting.participants.map((p) => ({
    person: p.entity, meeting: meeting.id, document: documentId, role: p.role, title: p.title ?? null,
    country: p.country ?? null, date: meeting.date ?? null,
  }));
}

function meetingLinkRows(meeting: Meeting): MeetingLinkRow[] {
  const sides = unique(meeting.participants.map((p) => p.country).filter((c): c is string => !!c));
  const rows: MeetingLinkRow[] = sides.map((entity) => ({ meeting: meeting.id, entity, kind: 'BETWEEN' }));
  if (meeting.location) rows.push({ meeting: meeting.id, entity: meeting.location.id, kind: 'HELD_IN' });
  if (meeting.occasion) rows.push({ meeting: meeting.id, entity: meeting.occasion.id, kind: 'ON_OCCASION_OF' });
  return rows;
}

/** A topic hangs off the meetings whose statements fall under it; failing that, the first meeting. */
function topicMeetings(result: ExtractionResult, number: number): string[] {
  const fromStatements = result.statements.filter((s) => s.topic === number && s.meeting).map((s) => s.meeting!);
  const first = result.meetings[0]?.id;
  const meetings = unique(fromStatements);
  return meetings.length > 0 ? meetings : first ? [first] : [];
}

function statementRow(documentId: string, s: Statement): StatementRow {
  return {
    id: s.id, document: documentId, meeting: s.meeting ?? null, text: s.text, act: s.act ?? null, order: s.order,
    topic: s.topic ?? null, paragraph: s.paragraph, start: s.start, end: s.end,
  };
}

/** IN_TOPIC for each statement inside one of the result's numbered sections (timelines follow it). */
function statementTopicRows(result: ExtractionResult): StatementTopicRow[] {
  const docId = result.document.id;
  const numbers = new Set(result.topics.map((t) => t.number));
  return result.statements.flatMap(({ id, topic }) =>
    typeof topic === 'number' && numbers.has(topic) ? [{ statement: id, topic: topicId(docId, topic) }] : []);
}

/** One row per mention span of a listed entity inside the statement; one without offsets if none is. */
function statementMentionRows(s: Statement, entities: Map<string, Entity>): StatementMentionRow[] {
  return unique(s.mentions).flatMap((entityId): StatementMentionRow[] => {
    const spans = (entities.get(entityId)?.mentions ?? []).filter((m) => m.start >= s.start && m.end <= s.end);
    if (spans.length === 0) return [{ statement: s.id, entity: entityId, start: null, end: null }];
    return spans.map((m) => ({ statement: s.id, entity: entityId, start: m.start, end: m.end }));
  });
}

/** The entity types a timeline is about (the Issue, Event and Agreement fields of the API). */
const SUBJECT_TYPES = new Set(['Issue', 'Event', 'Agreement']);

/**
 * Whether an id names a subject of talks. Rows are filtered here rather than by a label test in their
 * Cypher: such a test let the planner's choice depend on the graph's counts (see link-statement-subjects).
 */
function isSubject(id: string, entities: Map<string, Entity>): boolean {
  return SUBJECT_TYPES.has(entities.get(id)?.type ?? '');
}

/**
 * ABOUT for each statement and each subject of talks it names (MENTION) or whose topic section it sits
 * in (TOPIC); one per pair, MENTION first. The same statements as the MENTIONS ∪ IN_TOPIC/CONCERNS paths,
 * written once so that a timeline reads its page from an index instead of gathering them all.
 */
function statementSubjectRows(result: ExtractionResult, entities: Map<string, Entity>): StatementSubjectRow[] {
  const topicSubjects = new Map(result.topics.map((t) => [t.number, unique(t.issues).filter((id) => isSubject(id, entities))]));
  return result.statements.flatMap((s) => {
    const named = unique(s.mentions).filter((id) => isSubject(id, entities));
    const inTopic = (typeof s.topic === 'number' ? topicSubjects.get(s.topic) ?? [] : []).filter((id) => !named.includes(id));
    return [
      ...named.map((entity): StatementSubjectRow => ({ statement: s.id, entity, link: 'MENTION' })),
      ...inTopic.map((entity): StatementSubjectRow => ({ statement: s.id, entity, link: 'TOPIC' })),
    ];
  });
}

/**
 * The write statements (cypher/write/*.cypher) and the rows each takes, in the order they run: nodes
 * before the relationships that need them. The batched writer and the benchmark's naive writer share it.
 */
export const WRITE_STATEMENTS: ReadonlyArray<readonly [keyof WriteRows, string]> = [
  ['documents', 'merge-documents'],
  ['entities', 'merge-entities'],
  ['meetings', 'merge-meetings'],
  ['participants', 'merge-participants'],
  ['meetingLinks', 'link-meeting-entities'],
  ['topics', 'merge-topics'],
  ['topicIssues', 'link-topic-issues'],
  ['statements', 'merge-statements'],
  ['statementTopics', 'link-statement-topics'],
  ['spokenBy', 'link-spoken-by'],
  ['respondsTo', 'link-responds-to'],
  ['statementMentions', 'link-statement-mentions'],
  ['statementSubjects', 'link-statement-subjects'],
  ['documentMentions', 'link-document-mentions'],
];

/** The rows for one document's whole subgraph. */
export function buildWriteRows(result: ExtractionResult, options: DocumentRowOptions): WriteRows {
  const docId = result.document.id;
  const entities = new Map(result.entities.map((e) => [e.id, e]));
  const statements = result.statements;
  return sortRows({
    documents: [documentRow(result, options)],
    entities: entityRows(result),
    meetings: result.meetings.map((m) => meetingRow(docId, m)),
    participants: result.meetings.flatMap((m) => participantRows(docId, m)),
    meetingLinks: result.meetings.flatMap(meetingLinkRows),
    topics: result.topics.map((t) => ({
      id: topicId(docId, t.number), document: docId, number: t.number, heading: t.heading,
      meetings: topicMeetings(result, t.number),
    })),
    topicIssues: result.topics.flatMap((t) => unique(t.issues).filter((id) => isSubject(id, entities))
      .map((entity) => ({ topic: topicId(docId, t.number), entity }))),
    statements: statements.map((s) => statementRow(docId, s)),
    statementTopics: statementTopicRows(result),
    spokenBy: statements.flatMap((s) => unique(s.speakers).map((person) => ({ statement: s.id, person }))),
    respondsTo: statements.filter((s) => s.respondsTo).map((s) => ({ statement: s.id, respondsTo: s.respondsTo! })),
    statementMentions: statements.flatMap((s) => statementMentionRows(s, entities)),
    statementSubjects: statementSubjectRows(result, entities),
    documentMentions: entityRows(result).filter((row) => entities.has(row.id)).map((row) => ({
      document: docId, entity: row.id, count: entities.get(row.id)!.mentions.length, name: row.name, aliases: row.aliases, country: row.country,
    })),
  });
}

/** Rows of several documents for one transaction; entities met twice are merged. */
export function combineWriteRows(all: WriteRows[]): WriteRows {
  const keys = Object.keys(emptyRows()) as (keyof WriteRows)[];
  const combined = emptyRows();
  for (const rows of all) for (const key of keys) (combined[key] as unknown[]).push(...rows[key]);
  const entities = new Map<string, EntityRow>();
  for (const row of combined.entities) {
    const seen = entities.get(row.id);
    // A real name beats a placeholder (name = id) from another document of the batch.
    const name = seen && seen.name !== seen.id ? seen.name : row.name;
    entities.set(row.id, seen ? { ...seen, name, aliases: unique([...seen.aliases, ...row.aliases]) } : row);
  }
  combined.entities = [...entities.values()];
  return sortRows(combined);
}

export function emptyRows(): WriteRows {
  return {
    documents: [], entities: [], meetings: [], participants: [], meetingLinks: [], topics: [], topicIssues: [],
    statements: [], statementTopics: [], spokenBy: [], respondsTo: [], statementMentions: [], statementSubjects: [],
    documentMentions: [],
  };
}

function sortRows(rows: WriteRows): WriteRows {
  rows.entities.sort((a, b) => compareIds(a.id, b.id));
  rows.participants.sort((a, b) => compareIds(a.person, b.person) || compareIds(a.meeting, b.meeting));
  rows.meetingLinks.sort(byEntity);
  rows.topicIssues.sort(byEntity);
  rows.spokenBy.sort((a, b) => compareIds(a.person, b.person));
  rows.statementMentions.sort(byEntity);
  rows.statementSubjects.sort(byEntity);
  rows.documentMentions.sort(byEntity);
  return rows;
}

/** Every entity id the rows touch, sorted: what the transaction locks first. */
export function touchedEntityIds(rows: WriteRows): string[] {
  const ids = [
    ...rows.entities.map((r) => r.id),
    ...rows.participants.flatMap((r) => (r.country ? [r.person, r.country] : [r.person])),
    ...rows.meetingLinks.map((r) => r.entity),
    ...rows.topicIssues.map((r) => r.entity),
    ...rows.spokenBy.map((r) => r.person),
    ...rows.statementMentions.map((r) => r.entity),
  ];
  return unique(ids).sort(compareIds);
}
