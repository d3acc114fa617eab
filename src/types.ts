// Domain types shared by every stage. The ExtractionResult family mirrors the extraction contract
// (../shared/contracts/extraction.schema.json, contract version 1): what `extract --json` prints and
// what `ingest` writes. Offsets are UTF-16 code-unit offsets into `document.text`, end exclusive.

export const CONTRACT_VERSION = 1 as const;

export type EntityType =
  | 'Person'
  | 'Country'
  | 'Organization'
  | 'Location'
  | 'Event'
  | 'Issue'
  | 'Agreement';

export const ENTITY_TYPES: readonly EntityType[] = [
  'Person',
  'Country',
  'Organization',
  'Location',
  'Event',
  'Issue',
  'Agreement',
];

export type MeetingKind =
  | 'summit'
  | 'foreign_ministers'
  | 'telephone'
  | 'video'
  | 'courtesy_call'
  | 'meal'
  | 'multilateral'
  | 'other';

export type SpeechAct =
  | 'statement'
  | 'condolence'
  | 'gratitude'
  | 'congratulation'
  | 'expectation'
  | 'agreement'
  | 'proposal'
  | 'request'
  | 'explanation'
  | 'emphasis'
  | 'invitation';

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

export interface DocumentInfo {
  /** Stable content id: sha256 (hex) of `text`. */
  id: string;
  /** Path or URL the document came from. */
  source: string;
  title: string;
  /** Normalized body text, navigation boilerplate removed. */
  text: string;
  /** Detected input encoding, e.g. UTF-8, Shift_JIS, EUC-JP. */
  encoding?: string;
  /** Date printed in the page header (ISO), when there is one. */
  headerDate?: string | null;
  /**
   * Digest of the input's bytes as read (and of a fetched URL's Content-Type): ingest records it, so that
   * a re-run knows an unchanged file before decoding it. Absent when extraction was given text, not bytes.
   */
  inputDigest?: string;
}

export interface EntityRef {
  id: string;
  name: string;
}

export interface Participant {
  /** Id of a Person in `entities`. */
  entity: string;
  role: 'principal' | 'delegation';
  /** Title held at the meeting, e.g. 首相, 外務大臣. */
  title: string | null;
  /** ISO 3166-1 alpha-3 code of the side. */
  country: string | null;
}

export interface Meeting {
  /** `${documentId}:m${n}` */
  id: string;
  kind: MeetingKind;
  date: string | null;
  start: string | null;
  end: string | null;
  durationMinutes: number | null;
  timeNote: string | null;
  location: EntityRef | null;
  occasion: EntityRef | null;
  participants: Participant[];
}

export interface Entity {
  /** Canonical id, stable across documents (ISO alpha-3 for countries, person:<key> for people...). */
  id: string;
  type: EntityType;
  /** Canonical Japanese name. */
  name: string;
  aliases: string[];
  /** Person/Organization: ISO alpha-3 of affiliation where known. */
  country: string | null;
  mentions: Mention[];
}

export interface Topic {
  number: number;
  heading: string;
  /** Ids of Issue/Event/Agreement entities the section is about. */
  issues: string[];
}

export interface Statement {
  /** `${documentId}:s${n}` */
  id: string;
  /** Meeting the statement belongs to (extra field, allowed by the contract). */
  meeting: string | null;
  topic: number | null;
  paragraph: number;
  /** 1-based order inside the document. */
  order: number;
  speakers: string[];
  respondsTo: string | null;
  act: SpeechAct | null;
  text: string;
  start: number;
  end: number;
  /** Ids of entities mentioned in the statement. */
  mentions: string[];
}

export interface ExtractionResult {
  contractVersion: typeof CONTRACT_VERSION;
  document: DocumentInfo;
  meetings: Meeting[];
  entities: Entity[];
  topics: Topic[];
  statements: Statement[];
  /** Version of the extractor that made this result; a change forces re-ingest. */
  extractorVersion: string;
}
