// Decides what writing a result means, given what the graph already holds for its content id and its
// source. Pure, so every case is unit-testable; writer.ts runs the plan in one transaction.
import type { ExtractionResult } from '../types.js';

export type WriteStatus = 'created' | 'unchanged' | 'replaced' | 'duplicate';

/** A Document node as find-document-state.cypher returns it. */
export interface StoredDocument {
  id: string;
  source: string | null;
  sources?: string[] | null;
  extractorVersion?: string | null;
}

export interface StoredState {
  /** The document with the result's content id, if any. */
  same: StoredDocument | null;
  /** Other documents whose primary source is the result's source (the page changed since). */
  previous: StoredDocument[];
}

/** What identifies a document version: its content id, the source it came from, the extractor that read it. */
export interface DocumentKey {
  id: string;
  source: string;
  extractorVersion: string;
}

/** Same content id, same extractor version, source already known: writing it would change nothing. */
export function isUnchanged(key: DocumentKey, state: StoredState): boolean {
  const { same } = state;
  return same !== null && same.extractorVersion === key.extractorVersion && knownSources(same).includes(key.source);
}

export interface WritePlan {
  status: WriteStatus;
  documentId: string;
  source: string;
  /** Documents deleted with their meetings, topics and statements before the write. */
  deleteIds: string[];
  /** Documents kept for their other sources that stop listing this one. */
  detachIds: string[];
  /** Add `source` to the existing document's `sources` (same content, another source). */
  addSource: boolean;
  /** Write the result's whole subgraph. */
  write: boolean;
  /** `sources` of the written document; the first is its primary `source`. */
  sources: string[];
}

export function knownSources(document: StoredDocument): string[] {
  if (document.sources && document.sources.length > 0) return document.sources;
  return document.source ? [document.source] : [];
}

/**
 * - same content id, same extractor version, source already known → unchanged: nothing is written;
 * - same content id and version from a new source → duplicate: the source is added to `sources`;
 * - same content id, another extractor version → replaced by a fresh extraction (sources kept);
 * - other content under this source → replaced: the old document and its own nodes go, unless other
 *   sources still hold that content, in which case it only stops listing this source;
 * - otherwise → created.
 */
export function planWrite(result: ExtractionResult, state: StoredState): WritePlan {
  const documentId = result.document.id;
  const source = result.document.source;
  const base = { documentId, source, deleteIds: [], detachIds: [], addSource: false, write: false, sources: [source] };
  const { same } = state;
  if (isUnchanged({ id: documentId, source, extractorVersion: result.extractorVersion }, state)) return { ...base, status: 'unchanged' };
  const previous = state.previous.filter((p) => p.id !== documentId);
  const sharedElsewhere = (p: StoredDocument) => knownSources(p).some((s) => s !== source);
  const deleteIds = previous.filter((p) => !sharedElsewhere(p)).map((p) => p.id);
  const detachIds = previous.filter(sharedElsewhere).map((p) => p.id);
  if (same && same.extractorVersion === result.extractorVersion) {
    return { ...base, status: 'duplicate', deleteIds, detachIds, addSource: true };
  }
  if (same) {
    const sources = [...new Set([...knownSources(same), source])];
    return { ...base, status: 'replaced', deleteIds: [same.id, ...deleteIds], detachIds, write: true, sources };
  }
  const status = previous.length > 0 ? 'replaced' : 'created';
  return { ...base, status, deleteIds, detachIds, write: true };
}
