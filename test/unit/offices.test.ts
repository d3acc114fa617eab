// The reviewed table of offices (src/export/offices.ts) and the folding of seats into spells.
import { describe, expect, it } from 'vitest';
import { observedSpells } from '../../src/export/actors.js';
import { OFFICES, officeKey, officeOf } from '../../src/export/offices.js';
import { findTitle, people } from '../../src/lexicon/index.js';

describe('offices table', () => {
  it('lists only titles the lexicon knows, each in one office, keys unique', () => {
    const all = OFFICES.flatMap((office) => office.titles);
    expect(all.filter((title) => !findTitle(title))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(OFFICES.map((office) => office.key)).size).toBe(OFFICES.length);
  });

  it('keeps to the lexicon\'s canonical forms: a title and its canonical form are one office', () => {
    for (const title of OFFICES.flatMap((office) => office.titles)) {
      const canonical = findTitle(title)!.canonical;
      if (canonical) expect(officeOf(canonical), `${title} → ${canonical}`).toBe(officeOf(title));
    }
  });

  it('folds the spellings of one post and keeps other posts apart', () => {
    expect(['外相', '外務大臣', '国務長官', '外交部長'].map(officeOf)).toEqual(Array(4).fill('foreign_minister'));
    expect(['首相', '総理大臣', '内閣総理大臣', '総理'].map(officeOf)).toEqual(Array(4).fill('head_of_government'));
    expect(['次期大統領', '副首相', '大使', null].map(officeOf)).toEqual([null, null, null, null]);
    expect([officeKey('外相'), officeKey('foreign_minister'), officeKey('大使')]).toEqual(['foreign_minister', 'foreign_minister', '大使']);
  });

  it('has an office for the title of every dated foreign-minister and prime-minister spell in the lexicon', () => {
    const titles = new Set(people.flatMap((person) => person.offices.map((office) => office.title)));
    for (const title of ['外務大臣', '内閣総理大臣', '国務長官', '大統領']) expect(titles.has(title)).toBe(true);
    const unfolded = [...titles].filter((title) => ['foreign_minister', 'head_of_government'].includes(findTitle(title)?.role ?? '') && !officeOf(title));
    // Posts of their own beside a prime minister or president: Myanmar's State Counsellor, Bangladesh's Chief Adviser.
    expect(unfolded.sort()).toEqual(['国家最高顧問', '首席顧問']);
  });
});

describe('observedSpells', () => {
  const seat = (title: string | null, date: string, meeting: string, country: string | null = 'JPN') => ({ country, title, date, meeting });

  it('makes one spell per side and office, whatever the title written', () => {
    const spells = observedSpells([
      seat('外相', '2003-01-10', 'a:m1'), seat('外務大臣', '2004-05-01', 'b:m1'), seat('外相', '2003-06-01', 'c:m1'),
      seat('内閣官房長官', '2006-01-01', 'd:m1'), seat('外相', '2005-01-01', 'e:m1', 'ASEAN'),
    ]);
    expect(spells).toEqual([
      { country: 'JPN', office: 'foreign_minister', title: '外相', titles: ['外相', '外務大臣'], first: '2003-01-10', last: '2004-05-01', meetings: 3 },
      { country: 'ASEAN', office: 'foreign_minister', title: '外相', titles: ['外相'], first: '2005-01-01', last: '2005-01-01', meetings: 1 },
      { country: 'JPN', office: 'chief_cabinet_secretary', title: '内閣官房長官', titles: ['内閣官房長官'], first: '2006-01-01', last: '2006-01-01', meetings: 1 },
    ]);
  });

  it('keeps a title outside the table as its own office, and seats without a title as one spell', () => {
    const spells = observedSpells([seat('大使', '2003-01-01', 'a'), seat(null, '2003-02-01', 'b'), seat(null, '2003-03-01', 'c')]);
    expect(spells.map((s) => [s.office, s.title, s.meetings])).toEqual([[null, '大使', 1], [null, null, 2]]);
  });
});

