import { describe, expect, it } from 'vitest';
import { type StoredDocument, planWrite } from '../../src/graph/write-plan.js';
import type { ExtractionResult } from '../../src/types.js';

const result = {
  document: { id: 'new', source: 'a.html' },
  extractorVersion: '2',
} as unknown as ExtractionResult;

const stored = (over: Partial<StoredDocument>): StoredDocument => ({ id: 'new', source: 'a.html', extractorVersion: '2', ...over });

describe('planWrite', () => {
  it('creates a document the graph does not know', () => {
    expect(planWrite(result, { same: null, previous: [] })).toMatchObject({ status: 'created', write: true, sources: ['a.html'] });
  });

  it('leaves the same content from a known source alone', () => {
    const plan = planWrite(result, { same: stored({ sources: ['b.html', 'a.html'], source: 'b.html' }), previous: [] });
    expect(plan).toMatchObject({ status: 'unchanged', write: false, addSource: false, deleteIds: [] });
  });

  it('records a new source of known content as a duplicate', () => {
    const plan = planWrite(result, { same: stored({ source: 'b.html', sources: ['b.html'] }), previous: [] });
    expect(plan).toMatchObject({ status: 'duplicate', write: false, addSource: true });
  });

  it('rewrites known content made by another extractor version, keeping its sources', () => {
    const plan = planWrite(result, { same: stored({ extractorVersion: '1', source: 'b.html', sources: ['b.html'] }), previous: [] });
    expect(plan).toMatchObject({ status: 'replaced', write: true, deleteIds: ['new'], sources: ['b.html', 'a.html'] });
  });

  it('replaces the old content of a changed page', () => {
    const plan = planWrite(result, { same: null, previous: [stored({ id: 'old' })] });
    expect(plan).toMatchObject({ status: 'replaced', write: true, deleteIds: ['old'], detachIds: [] });
  });

  it('keeps old content that other sources still hold, only detaching this source', () => {
    const plan = planWrite(result, { same: null, previous: [stored({ id: 'old', sources: ['a.html', 'c.html'] })] });
    expect(plan).toMatchObject({ status: 'replaced', deleteIds: [], detachIds: ['old'] });
  });

  it('treats a document stored before `sources` existed as known by its source', () => {
    const plan = planWrite(result, { same: stored({ sources: null }), previous: [] });
    expect(plan.status).toBe('unchanged');
  });
});
