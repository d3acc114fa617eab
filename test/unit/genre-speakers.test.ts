// Genre rules for who said what, each on a minimal invented page: the topic named before the speaker
// (「<topic>に関し、<minister>から」), a reply inside the sentence it answers (「…説明があり、これに対し、…」).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import type { ExtractionResult } from '../../src/types.js';

const LEAD = ` 3月14日、午後2時から約30分間、岸田文雄内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と首脳会談を行ったところ、概要は以下のとおりです。`;

function page(...points: string[]): Promise<ExtractionResult> {
  const text = ['外務省', '', '令和5年3月14日', '', LEAD, '', ...points.map((p, i) => `  ${i + 1}. ${p}`), ''].join('\n');
  return extractDocument({ source: 'genre-speakers', text });
}

function speakerNames(result: ExtractionResult, fragment: string): string[] {
  const statement = result.statements.find((s) => s.text.includes(fragment));
  if (!statement) throw new Error(`no statement holds ${fragment}`);
  return statement.speakers.map((id) => result.entities.find((e) => e.id === id)?.name ?? id);
}

describe('the topic before the speaker', () => {
  it('gives 「<topic>に関し、<Japanese minister>から」 to the minister, not to whoever spoke last', async () => {
    const result = await page('ベータ大統領から、両国関係の発展を歓迎する旨述べました。', '地域情勢に関し、岸田総理大臣から、緊張緩和に貢献したい旨述べました。');
    expect(speakerNames(result, '緊張緩和に貢献')).toEqual(['岸田文雄']);
  });

  it('reads 「<topic>について、<foreign leader>から」 the same way', async () => {
    const result = await page('岸田総理大臣から、改革の成功を期待する旨述べました。', '経済関係について、ベータ大統領から、投資の拡大を歓迎する旨述べました。');
    expect(speakerNames(result, '投資の拡大')).toEqual(['アルファ・ベータ']);
  });
});

describe('a reply inside the sentence it answers', () => {
  it('splits 「Xからは…説明があり、これに対し、Yから…旨述べた」 into two statements, the second answering the first', async () => {
    const result = await page('ベータ大統領からは、国内の改革について説明があり、これに対し、岸田総理大臣から、改革の成功を期待する旨述べました。');
    const [explanation, reply] = result.statements;
    expect(result.statements).toHaveLength(2);
    expect(speakerNames(result, '国内の改革')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '改革の成功')).toEqual(['岸田文雄']);
    expect(reply!.respondsTo).toBe(explanation!.id);
  });
});

describe('the floor passing inside a sentence', () => {
  it('splits after any act answered with 「…たのに対し、」, not only after 述べた', async () => {
    const result = await page('岸田総理大臣から、災害へのお見舞いを申し上げたのに対し、ベータ大統領から、支援への謝意が述べられました。');
    expect(speakerNames(result, 'お見舞い')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '支援への謝意')).toEqual(['アルファ・ベータ']);
  });

  it('splits 「Xから…について説明し、Y大統領は…」 where the next speaker is named', async () => {
    const result = await page('岸田総理大臣から、安全保障政策について説明し、ベータ大統領は、説明に感謝する旨述べました。');
    expect(speakerNames(result, '安全保障政策')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '説明に感謝')).toEqual(['アルファ・ベータ']);
  });
});
