// A copy of an old page laid out in a table keeps the cells' bars: read as text, an enumerator alone in
// its cell goes with the words of the next one, and bars alone or closing a one-cell line are dropped.
import { describe, expect, it } from 'vitest';
import { joinTableCells } from '../../src/clean/table-cells.js';
import { extractDocument } from '../../src/pipeline.js';

describe('joinTableCells', () => {
  it('joins 「(1) |」 to the heading or point in the next line and drops the bars around them', () => {
    expect(joinTableCells(['(1) |', '日中関係全般', '(イ) |', '山田総理より、協力を進めたい旨表明。', '|', '山田総理訪米の概要と評価 |']))
      .toEqual(['(1) 日中関係全般', '(イ) 山田総理より、協力を進めたい旨表明。', '山田総理訪米の概要と評価']);
  });

  it('drops a table\'s header rule (「|---|」「| --- | :---: |」) but no line of text with a dash', () => {
    expect(joinTableCells(['山田総理訪米の概要と評価 |', '|---|', '| --- | :---: |', '1月-3月の日程', '| 4月 - 5月 |'])).toEqual(['山田総理訪米の概要と評価', '1月-3月の日程', '| 4月 - 5月 |']);
  });

  it('keeps a row of several cells (a schedule); an enumerator with nothing after it loses only its bar', () => {
    expect(joinTableCells(['| 25日 | 08:55~09:30 | 表敬 |', '(2) |'])).toEqual(['| 25日 | 08:55~09:30 | 表敬 |', '(2)']);
  });
});

describe('a copy cut off above its lead, laid out in a table', () => {
  it('keeps its first points as statements and makes a meeting of who speaks in them', async () => {
    const text = ['(1) |', '冒頭山田総理より、会談を通じて、国交正常化を進めたい旨述べた。', '|', '(2) |',
      'これに対し、ベータ委員長は、対話を行っていく用意がある旨述べた。', '|', '(3) |', '更に総理より、協力を進めたい旨述べた。', ''].join('\n');
    const result = await extractDocument({ source: 'cut-table', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.statements.map((s) => [s.speakers.map(name).join('+'), s.text.slice(0, 8)])).toEqual([
      ['山田', '冒頭山田総理より'], ['ベータ', 'これに対し、ベー'], ['山田', '更に総理より、協'],
    ]);
    expect(result.meetings.map((m) => m.participants.map((p) => name(p.entity)).sort())).toEqual([['ベータ', '山田']]);
    expect(result.statements.every((s) => s.meeting === result.meetings[0]?.id)).toBe(true);
    expect(result.document.text).not.toMatch(/\|/u);
  });
});
