// Parameter rows of the cypher/write/*.cypher statements, one interface per statement's `$rows`.
import type { EntityType } from '../types.js';

export interface DocumentRow {
  id: string;
  source: string;
  sources: string[];
  title: string;
  text: string;
  sha256: string;
  /** Digests of the inputs read into this document (inputDigestOf); empty when extraction was given text. */
  inputDigests: string[];
  extractorVersion: string;
  encoding: string | null;
  headerDate: string | null;
  fetchedAt: string;
}
export interface EntityRow { id: string; type: EntityType; name: string; aliases: string[]; country: string | null }
export interface MeetingRow {
  id: string; document: string; kind: string; date: string | null; year: number | null; start: string | null;
  end: string | null; durationMinutes: number | null; timeNote: string | null;
}
export interface ParticipantRow {
  person: string; meeting: string; document: string; role: string; title: string | null; country: string | null;
  date: string | null;
}
export type MeetingLinkKind = 'BETWEEN' | 'HELD_IN' | 'ON_OCCASION_OF';
export interface MeetingLinkRow { meeting: string; entity: string; kind: MeetingLinkKind }
export interface TopicRow { id: string; document: string; number: number; heading: string; meetings: string[] }
export interface TopicIssueRow { topic: string; entity: string }
export interface StatementRow {
  id: string; document: string; meeting: string | null; text: string; act: string | null; order: number;
  topic: number | null; paragraph: number; start: number; end: number;
}
export interface StatementTopicRow { statement: string; topic: string }
export interface SpokenByRow { statement: string; person: string }
export interface RespondsToRow { statement: string; respondsTo: string }
export interface StatementMentionRow { statement: string; entity: string; start: number | null; end: number | null }
/**
 * A statement about a subject of talks (Issue, Event, Agreement), the timeline's index: MENTION when the
 * statement names it, TOPIC when it only sits in a section about it.
 */
export interface StatementSubjectRow { statement: string; entity: string; link: 'MENTION' | 'TOPIC' }
/** A document's mention of an entity, with what this document says the entity is (name, aliases, country). */
export interface DocumentMentionRow { document: string; entity: string; count: number; name: string; aliases: string[]; country: string | null }

/** Everything one transaction writes, one list per cypher/write statement. */
export interface WriteRows {
  documents: DocumentRow[];
  entities: EntityRow[];
  meetings: MeetingRow[];
  participants: ParticipantRow[];
  meetingLinks: MeetingLinkRow[];
  topics: TopicRow[];
  topicIssues: TopicIssueRow[];
  statements: StatementRow[];
  statementTopics: StatementTopicRow[];
  spokenBy: SpokenByRow[];
  respondsTo: RespondsToRow[];
  statementMentions: StatementMentionRow[];
  statementSubjects: StatementSubjectRow[];
  documentMentions: DocumentMentionRow[];
}
