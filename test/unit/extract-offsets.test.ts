// Offsets: every mention and every statement points at its own text in document.text (UTF-16 code
// units, end exclusive), also after width folding, blank-line runs and stripped navigation; every id a
// result refers to exists in it.
import { describe, expect, it } from 'vitest';
import { FIXTURE_NAMES, SAMPLE_PATH, extract } from './extract-fixtures.js';

const ALL = [...FIXTURE_NAMES, SAMPLE_PATH];

describe.each(ALL)('%s', (name) => {
  it('has mentions whose text is document.text.slice(start, end)', async () => {
    const { document, entities } = await extract(name);
    const bad = entities.flatMap((e) => e.mentions
      .filter((m) => !(m.start >= 0 && m.start < m.end && m.end <= document.text.length && document.text.slice(m.start, m.end) === m.text))
      .map((m) => `${e.id} 「${m.text}」 ${m.start}-${m.end}`));
    expect(bad).toEqual([]);
    expect(entities.every((e) => e.mentions.length > 0)).toBe(true);
  });

  it('has statements whose text is document.text.slice(start, end), in order and not overlapping', async () => {
    const { document, statements } = await extract(name);
    expect(statements.length).toBeGreaterThan(0);
    let previousEnd = 0;
    for (const s of statements) {
      expect(document.text.slice(s.start, s.end), s.id).toBe(s.text);
      expect(s.start, s.id).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = s.end;
    }
  });

  it('refers only to ids it defines: participants, speakers, answers, statement mentions, place, occasion', async () => {
    const result = await extract(name);
    const ids = new Set(result.entities.map((e) => e.id));
    const people = new Set(result.entities.filter((e) => e.type === 'Person').map((e) => e.id));
    const statementIds = result.statements.map((s) => s.id);
    for (const m of result.meetings) {
      expect(m.participants.filter((p) => !people.has(p.entity))).toEqual([]);
      for (const ref of [m.location, m.occasion]) if (ref) expect(ids.has(ref.id), ref.id).toBe(true);
    }
    for (const s of result.statements) {
      expect(s.speakers.filter((id) => !people.has(id)), s.id).toEqual([]);
      expect(s.mentions.filter((id) => !ids.has(id)), s.id).toEqual([]);
      if (s.respondsTo) expect(statementIds.indexOf(s.respondsTo), s.id).toBeLessThan(statementIds.indexOf(s.id));
      if (s.respondsTo) expect(statementIds.indexOf(s.respondsTo), s.id).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('normalised text', () => {
  it('folds full-width digits and punctuation and keeps offsets on the folded text', async () => {
    const { document, entities } = await extract('japan-india-2019-reiwa.txt');
    expect(document.text).not.toMatch(/[０-９（）]/u);
    expect(document.text).toContain('G20大阪サミット');
    const event = entities.find((e) => e.type === 'Event' && e.name === 'G20大阪サミット');
    for (const m of event?.mentions ?? []) expect(document.text.slice(m.start, m.end)).toBe('G20大阪サミット');
    expect(event?.mentions.length).toBeGreaterThan(0);
  });

  it('has a document id that is the sha256 of the text', async () => {
    const { createHash } = await import('node:crypto');
    const { document } = await extract('japan-korea-2000-cutoff.txt');
    expect(document.id).toBe(createHash('sha256').update(document.text).digest('hex'));
  });

  it('gives statement mentions exactly the entities mentioned inside the statement span', async () => {
    const result = await extract('japan-china-fm-2008.txt');
    for (const s of result.statements) {
      const inside = result.entities.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end)).map((e) => e.id);
      expect([...s.mentions].sort(), s.id).toEqual([...inside].sort());
    }
  });
});
