import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWriteRows, combineWriteRows, compareIds, touchedEntityIds } from '../../src/graph/write-rows.js';
import type { ExtractionResult } from '../../src/types.js';

const seed = JSON.parse(
  readFileSync(new URL('../fixtures/results/seed-like.json', import.meta.url), 'utf8'),
) as ExtractionResult;
const options = { sources: [seed.document.source], fetchedAt: '2024-01-01T00:00:00.000Z' };
const isSorted = (ids: string[]) => ids.every((id, i) => i === 0 || compareIds(ids[i - 1]!, id) <= 0);

describe('buildWriteRows', () => {
  const rows = buildWriteRows(seed, options);

  it('makes one row per node and relationship of the seed-like fixture', () => {
    expect(rows.documents).toHaveLength(1);
    expect(rows.entities).toHaveLength(24);
    expect(rows.participants).toHaveLength(8);
    expect(rows.meetingLinks.map((r) => r.kind).sort()).toEqual(['BETWEEN', 'BETWEEN', 'HELD_IN', 'ON_OCCASION_OF']);
    expect(rows.topics.map((t) => t.meetings)).toEqual(Array(6).fill([seed.meetings[0]!.id]));
    expect(rows.spokenBy).toHaveLength(16);
    expect(rows.respondsTo).toHaveLength(7);
    expect(rows.statementMentions).toHaveLength(102);
    expect(rows.documentMentions).toHaveLength(24);
  });

  it('links each statement to the topic section of its number, and none to a section the result lacks', () => {
    expect(rows.statementTopics).toHaveLength(16);
    expect(rows.statementTopics[0]).toEqual({ statement: seed.statements[0]!.id, topic: `${seed.document.id}:t1` });
    expect(rows.statementTopics.map((r) => r.topic)).toEqual(seed.statements.map((s) => `${seed.document.id}:t${s.topic}`));
    const outside = [{ ...seed.statements[0]!, topic: null }, { ...seed.statements[1]!, topic: 99 }];
    expect(buildWriteRows({ ...seed, statements: outside }, options).statementTopics).toEqual([]);
  });

  it('says which subjects of talks each statement is about: the ones it names, then those of its section', () => {
    const type = (id: string) => seed.entities.find((e) => e.id === id)?.type;
    expect(rows.statementSubjects.every((r) => ['Issue', 'Event', 'Agreement'].includes(type(r.entity)!))).toBe(true);
    expect(rows.statementSubjects.filter((r) => r.link === 'MENTION')).toHaveLength(8);
    expect(rows.statementSubjects.filter((r) => r.link === 'TOPIC')).toHaveLength(6);
    const pairs = rows.statementSubjects.map((r) => `${r.statement} ${r.entity}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    // A statement that names its section's subject is about it once, by name.
    const topic = seed.topics.find((t) => t.issues.some((id) => type(id) === 'Issue'))!;
    const subject = topic.issues.find((id) => type(id) === 'Issue')!;
    const inSection = { ...seed.statements[0]!, topic: topic.number, mentions: [subject, 'person:koizumi'] };
    const outside = { ...seed.statements[1]!, topic: null, mentions: ['person:koizumi'] };
    expect(buildWriteRows({ ...seed, statements: [inSection, outside] }, options).statementSubjects).toEqual([
      { statement: inSection.id, entity: subject, link: 'MENTION' },
      ...topic.issues.filter((id) => id !== subject && ['Issue', 'Event', 'Agreement'].includes(type(id)!))
        .map((entity) => ({ statement: inSection.id, entity, link: 'TOPIC' })),
    ].sort((a, b) => compareIds(a.entity, b.entity)));
  });

  it('lets a topic section concern issues, events and agreements only (the Cypher no longer tests labels)', () => {
    const topic = { ...seed.topics[0]!, issues: [...seed.topics[0]!.issues, 'person:koizumi', 'country:RU'] };
    const concerns = buildWriteRows({ ...seed, topics: [topic] }, options).topicIssues.map((r) => r.entity);
    const type = (id: string) => seed.entities.find((e) => e.id === id)?.type;
    expect(concerns).toEqual(seed.topics[0]!.issues.filter((id) => ['Issue', 'Event', 'Agreement'].includes(type(id)!)));
    expect(concerns).not.toContain('person:koizumi');
    expect(concerns.length).toBeGreaterThan(0);
  });

  it('derives the meeting year, the text hash and the aliases with the name first', () => {
    expect(rows.meetings[0]).toMatchObject({ date: '2002-10-27', year: 2002, document: seed.document.id });
    expect(rows.documents[0]?.sha256).toBe(seed.document.id);
    expect(rows.entities.find((e) => e.id === 'person:koizumi')?.aliases).toEqual(['小泉純一郎', '小泉総理', '小泉', '総理']);
  });

  it('sorts every entity-keyed list by entity id, the lock order', () => {
    expect(isSorted(rows.entities.map((r) => r.id))).toBe(true);
    expect(isSorted(rows.participants.map((r) => r.person))).toBe(true);
    expect(isSorted(rows.statementMentions.map((r) => r.entity))).toBe(true);
    expect(isSorted(touchedEntityIds(rows))).toBe(true);
  });

  it('adds a placeholder country for a side named only by its code, and offset-less mentions', () => {
    const meeting = { ...seed.meetings[0]!, participants: [{ entity: 'person:x', role: 'principal' as const, title: null, country: 'FRA' }] };
    const statement = { ...seed.statements[0]!, mentions: ['person:nobody'] };
    const odd = buildWriteRows({ ...seed, meetings: [meeting], statements: [statement] }, options);
    expect(odd.entities.find((e) => e.id === 'FRA')).toEqual({ id: 'FRA', type: 'Country', name: 'FRA', aliases: [], country: null });
    expect(odd.statementMentions).toEqual([{ statement: statement.id, entity: 'person:nobody', start: null, end: null }]);
  });
});

describe('combineWriteRows', () => {
  it('merges an entity met in two documents, a real name winning over a placeholder', () => {
    const a = buildWriteRows(seed, options);
    const b = buildWriteRows(seed, options);
    b.entities = b.entities.map((e) => (e.id === 'JPN' ? { ...e, aliases: ['我が国'] } : e));
    a.entities = a.entities.map((e) => (e.id === 'JPN' ? { ...e, name: 'JPN', aliases: [] } : e));
    const combined = combineWriteRows([a, b]);
    expect(combined.entities).toHaveLength(24);
    expect(combined.entities.find((e) => e.id === 'JPN')).toMatchObject({ name: '日本', aliases: ['我が国'] });
    expect(combined.statements).toHaveLength(32);
  });
});
