// The judgements of diplograph audit on plain rows: names that are no names, partial names shared by
// pages, likely duplicates, meetings without a date or a foreign side.
import { describe, expect, it } from 'vitest';
import { likelyDuplicates, meetingProblems, personProblem, type PersonRow } from '../../src/audit/audit-rules.js';

const person = (id: string, name: string, country: string | null = null, documents = 1, aliases: string[] = []): PersonRow =>
  ({ id, name, aliases, country, documents, pages: [] });

describe('personProblem', () => {
  it('flags words that are no names, one-character ids and partial names shared by pages', () => {
    expect(personProblem(person('person:共和国', '共和国'))).toBe('not a name');
    expect(personProblem(person('person:第一', '第一'))).toBe('not a name');
    expect(personProblem(person('person:岸', '岸'))).toBe('one character: a surname alone, or not a name');
    expect(personProblem(person('person:ガンマ', 'ガンマ', null, 2))).toBe('partial name on several pages');
  });

  it('accepts full names, lexicon ids and a partial name on one page', () => {
    expect(personProblem(person('person:アルファ・ガンマ', 'アルファ・ガンマ', 'CHL', 5))).toBeNull();
    expect(personProblem(person('person:kishida-fumio', '岸田', 'JPN', 40))).toBeNull();
    expect(personProblem(person('person:ガンマ', 'ガンマ', null, 1))).toBeNull();
  });
});

describe('likelyDuplicates', () => {
  it('groups folded katakana variants and a family name with its only full name of that country', () => {
    const groups = likelyDuplicates([
      person('person:ラヴロフ', 'セルゲイ・ラヴロフ', 'RUS'), person('person:ラブロフ', 'セルゲイ・ラブロフ', 'RUS'),
      person('person:alpha-gamma', 'アルファ・ガンマ', 'CHL'), person('person:ガンマ', 'ガンマ', 'CHL'),
      person('person:delta', 'デルタ', 'FRA'),
    ]).map((g) => g.map((p) => p.id).sort());
    expect(groups).toEqual(expect.arrayContaining([['person:ラブロフ', 'person:ラヴロフ'].sort(), ['person:alpha-gamma', 'person:ガンマ']]));
    expect(groups).toHaveLength(2);
  });

  it('never groups two lexicon people (ジョセフ・バイデン and ジル・バイデン are two)', () => {
    expect(likelyDuplicates([person('person:biden-joseph', 'ジョセフ・バイデン', 'USA'), person('person:biden-jill', 'ジル・バイデン', 'USA'),
      person('person:バイデン', 'バイデン', 'USA')])).toEqual([]);
  });
});

describe('meetingProblems', () => {
  it('reports undated meetings, bilateral meetings without a foreign side, principals without a country', () => {
    const problems = meetingProblems([
      { id: 'm1', kind: 'summit', date: null, page: 'a', principals: [{ country: 'JPN', title: '総理大臣' }, { country: null, title: '大統領' }] },
      { id: 'm2', kind: 'summit', date: '2020-01-01', page: 'b', principals: [{ country: 'JPN', title: '総理大臣' }, { country: 'CHL', title: '大統領' }] },
      { id: 'm3', kind: 'other', date: '2020-01-01', page: 'c', principals: [{ country: 'JPN', title: '外務大臣' }, { country: null, title: '国連事務総長' }] },
    ]);
    expect(problems.undated.map((m) => m.id)).toEqual(['m1']);
    expect(problems.withoutForeignSide.map((m) => m.id)).toEqual(['m1']);
    expect(problems.principalsWithoutCountry.map((m) => m.id)).toEqual(['m1']);
  });
});
