// Genre rules for how a page is laid out, each on a minimal invented page: a copy cut off above its
// lead sentence, whose first spoken paragraph stands where the lead would; numbered headings run into
// their text on one line, as pages flattened from HTML write them.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import type { ExtractionResult } from '../../src/types.js';

function rawPage(...lines: string[]): Promise<ExtractionResult> {
  return extractDocument({ source: 'genre-layout', text: ['日・アルファ首脳会談', '', ...lines, ''].join('\n') });
}

const said = (result: ExtractionResult) => result.statements.map((s) => s.text);

describe('a copy cut off above its lead', () => {
  it('keeps the first spoken paragraph as a statement, though it stands where the lead would', async () => {
    const result = await rawPage(
      '冒頭、山田総理より、本日の会談は有意義であった、両国の協力を進めたい旨述べた。',
      '',
      'ベータ大統領より、経済関係の強化を進めたい旨述べた。',
    );
    expect(said(result).some((t) => t.includes('両国の協力を進めたい'))).toBe(true);
    expect(said(result).some((t) => t.includes('経済関係の強化'))).toBe(true);
    // It still tells who met.
    expect(result.meetings).toHaveLength(1);
  });

  it('keeps the spoken paragraphs above a spoken lead too: none is a title', async () => {
    const result = await rawPage(
      '(1)',
      '山田総理より、来年の国交樹立記念行事の意義につき言及。',
      '(2)',
      'ベータ大統領よりは、本日の会談で両国関係の前進が確認された旨指摘。',
    );
    expect(said(result).some((t) => t.includes('記念行事の意義'))).toBe(true);
    expect(said(result).some((t) => t.includes('両国関係の前進'))).toBe(true);
    expect(result.document.title).not.toMatch(/記念行事/u);
  });

  it.each([
    ['', 'no paragraph names the talks'],
    ['本日の会談で', 'a spoken paragraph names the talks and stands where the lead would'],
  ])('reads a copy that begins at its first topic numbered in parentheses as topics, not a title (%s: %s)', async (talks) => {
    const result = await extractDocument({
      source: 'genre-layout',
      text: [
        '(1) 二国間関係',
        '(イ) 山田総理より、来年の国交樹立記念行事の意義につき言及。',
        `(ロ) ベータ大統領よりは、${talks}両国関係の前進が確認された旨指摘。`,
        '(2) 地域情勢',
        '(イ) 山田総理より、地域の平和と安定の重要性を指摘。',
        '',
      ].join('\n'),
    });
    expect(result.topics.map((t) => t.heading)).toEqual(['二国間関係', '地域情勢']);
    expect(result.document.title).not.toMatch(/二国間関係/u);
    expect(said(result).some((t) => t.includes('記念行事の意義'))).toBe(true);
  });

  it('still reads a lead that opens with its time and から as the lead, not as a statement', async () => {
    const result = await rawPage(
      '3月14日、午後2時から、山田総理大臣は、ベータ大統領と首脳会談を行った。',
      '',
      '1 ベータ大統領より、経済関係の強化を進めたい旨述べた。',
    );
    expect(said(result).some((t) => t.includes('首脳会談を行った'))).toBe(false);
    expect(result.meetings[0]?.kind).toBe('summit');
  });

  it('seats a speaker named in kanji with an office Japan has for Japan, across from a foreign one', async () => {
    const result = await extractDocument({
      source: 'genre-layout',
      text: ['山川大臣のアルファ・ベータ・チリ共和国大統領表敬', '', '1.二国間関係', '(1)ベータ大統領より、両国関係の発展を歓迎する旨述べた。',
        ' これに対し、山川大臣より、協力を進めたい旨述べた。', ''].join('\n'),
    });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name;
    expect(result.meetings[0]?.participants.map((p) => [name(p.entity), p.country])).toEqual([['アルファ・ベータ', 'CHL'], ['山川', 'JPN']]);
  });

  it('seats a speaker named in katakana for the country the title\'s visit went to (「山田総理訪米の概要」)', async () => {
    const result = await extractDocument({
      source: 'genre-layout',
      text: ['山田総理訪米の概要と評価', '', '1.首脳会談', '・山田総理より、協力に感謝。', '(ガンマ国防長官)沖縄に係る総理の対応に感謝。', ''].join('\n'),
    });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name;
    expect(result.meetings[0]?.participants.map((p) => [name(p.entity), p.country])).toEqual(expect.arrayContaining([['ガンマ', 'USA']]));
  });

  it('leaves the head of an international body on such a copy without a country', async () => {
    const result = await extractDocument({
      source: 'genre-layout',
      text: ['山田総理訪米の概要', '', '1.国連事務総長との会談', '・山田総理より、協力に感謝。', '・ガンマ国連事務総長より、日本の貢献を評価。', ''].join('\n'),
    });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name;
    expect(result.meetings[0]?.participants.map((p) => [name(p.entity), p.country])).toEqual(expect.arrayContaining([['ガンマ', null]]));
  });
});

const LEAD = '3月14日、午後2時から約30分間、山田総理大臣は、ベータ大統領と首脳会談を行ったところ、概要は以下のとおり。';

const topicOf = (result: ExtractionResult, fragment: string) => result.statements.find((s) => s.text.includes(fragment))?.topic;
const headings = (result: ExtractionResult) => result.topics.map((t) => `${t.number} ${t.heading}`);

describe('a lead that reports what was said', () => {
  it('reads the speech a lead reports (「…、冒頭、<speaker>より、…旨述べた」) as a statement too', async () => {
    const result = await rawPage(
      '3月14日、山田総理大臣は、ベータ大統領と会談を行い、冒頭、ベータ大統領より、両国関係の一層の発展を期待する旨述べた。',
      '',
      '1 山田総理から、経済関係の強化を進めたい旨述べた。',
    );
    expect(said(result).some((t) => t.includes('両国関係の一層の発展'))).toBe(true);
    expect(result.meetings).toHaveLength(1);
  });
});

describe('numbered headings run into their text', () => {
  it('reads 「1 <heading> <text>」 as a heading and the text of its section', async () => {
    const result = await rawPage(LEAD, '', '1 二国間関係 ベータ大統領より、両国関係の発展を歓迎する旨述べた。', '2 地域情勢 山田総理から、地域の安定に貢献したい旨述べた。');
    expect(headings(result)).toEqual(['1 二国間関係', '2 地域情勢']);
    expect(topicOf(result, '両国関係の発展')).toBe(1);
    expect(topicOf(result, '地域の安定')).toBe(2);
    expect(result.statements.find((s) => s.text.includes('両国関係の発展'))?.text).toMatch(/^ベータ大統領より/u);
  });

  it('does not cut a numbered lead at the space inside a name (「1 NYを訪問中の山田　太郎内閣総理大臣は、…」)', async () => {
    const result = await rawPage('令和5年3月15日', '1 NYを訪問中の山田　太郎内閣総理大臣は,現地時間14日午前10時から約1時間,国連内会議場において,日本・アルファ首脳会合を開催しました。', '2 冒頭,山田総理から,協力を進めたい旨述べました。');
    expect(headings(result).some((h) => h.includes('山田'))).toBe(false);
    expect(result.meetings[0]?.start).toBe('10:00');
  });

  it('reads 「(1)<heading> <text>」 the same way on a page numbered in parentheses', async () => {
    const result = await rawPage(LEAD, '', '(1)経済 ベータ大統領より、投資の拡大を歓迎する旨述べた。', '(2)安全保障 山田総理から、地域の平和に貢献したい旨述べた。');
    expect(headings(result)).toEqual(['1 経済', '2 安全保障']);
    expect(topicOf(result, '地域の平和')).toBe(2);
  });

  it('cuts a flattened line at each next heading, 「…一致した。 3.<heading> <text>」', async () => {
    const result = await rawPage(LEAD, '', '1.経済 ベータ大統領より、投資の拡大を歓迎する旨述べた。 2.地域情勢 両首脳は、緊密に連携することで一致した。 3.国際場裡 山田総理から、国連改革で協力したい旨述べた。');
    expect(headings(result)).toEqual(['1 経済', '2 地域情勢', '3 国際場裡']);
    expect(topicOf(result, '緊密に連携')).toBe(2);
    expect(topicOf(result, '国連改革')).toBe(3);
  });

  it('reads 「1 <heading>:<text>」 with a colon between the same way', async () => {
    const result = await rawPage(LEAD, '', '1 経済:ベータ大統領より、投資の拡大を歓迎する旨述べた。', '2 安全保障: 山田総理から、地域の平和に貢献したい旨述べた。');
    expect(headings(result)).toEqual(['1 経済', '2 安全保障']);
    expect(result.statements.find((s) => s.text.includes('地域の平和'))?.text).toMatch(/^山田総理から/u);
  });

  it('keeps a numbered sentence that starts with its date as a paragraph, not a heading', async () => {
    const result = await rawPage(LEAD, '', '1 5月1日 ベータ大統領より、訪日を楽しみにしている旨述べた。');
    expect(result.topics).toEqual([]);
  });
});

describe('the title above photo captions', () => {
  it('takes a title once however often the captions repeat or number it', async () => {
    const { parseLayout } = await import('../../src/parse/layout.js');
    const lead = ' 24日、山田外務大臣は、アルファ・ベータ外務大臣と会談を行ったところ、概要は以下のとおりです。';
    expect(parseLayout(['大韓民国', '', '令和元年12月24日', '日韓外相会談1', '日韓外相会談2', '', lead, ''].join('\n')).title).toBe('日韓外相会談');
    expect(parseLayout(['日英首脳会談', '', '令和元年6月28日', '', '  • 日英首脳会談', '    (写真提供:内閣広報室)', '  • 日英首脳会談', '', lead, ''].join('\n')).title).toBe('日英首脳会談');
    // A caption wrapped inside a name is the title again, not a second title run on after it.
    expect(parseLayout(['山田総理大臣とアルファ・ベータ大統領との会談', '', '令和元年10月21日', '', '  • 山田総理大臣とアルファ・', '    ベータ大統領との会談', '    (写真提供:内閣広報室)', '', lead, ''].join('\n')).title).toBe('山田総理大臣とアルファ・ベータ大統領との会談');
    // A number that is part of the name stays when no other line repeats the name.
    expect(parseLayout(['G20大阪サミット2019', '', '令和元年6月28日', '', lead, ''].join('\n')).title).toBe('G20大阪サミット2019');
  });
});

describe('a title that opens with an ordinal', () => {
  it('keeps 「第10回日・中央アジア外相会合」 as the title: 第N回 is no numbered heading', async () => {
    const result = await extractDocument({
      source: 'genre-layout',
      text: ['第10回日・アルファ外相会合', '', '令和6年7月16日', '', ' 7月16日、山田外務大臣は、東京において第10回日・アルファ外相会合を主催しました。', '', '1 冒頭', ' 山田大臣から、協力を深めたい旨述べました。', ''].join('\n'),
    });
    expect(result.document.title).toBe('第10回日・アルファ外相会合');
    expect(result.topics.map((t) => t.heading)).toEqual(['冒頭']);
  });
});

describe('an old page flattened from a table', () => {
  it('reads a heading run into its text with no separator (「1.全般的評価アルファ首相は、…」) and one with a bracketed aside after a sentence (「…。2.首脳会談の概要(8日10:19-10:38)」)', async () => {
    const result = await rawPage(
      '1.全般的評価アルファ首相は、6月8日から9日まで、葬儀に参列するために訪日。',
      '今回の首脳会談は、両首脳にとって最初の顔合わせであり、冒頭、アルファ首相より、前総理逝去に対する弔意が述べられた。2.首脳会談の概要(8日(木)10:19-10:38於:迎賓館)',
      '山田総理より、太平洋・島サミットは大成功であった旨述べた。',
    );
    expect(result.topics.map((t) => t.heading)).toEqual(['全般的評価', '首脳会談の概要']);
    // The account of the visit says nothing; the opening words are the first speaker's.
    expect(said(result).some((s) => s.includes('訪日。'))).toBe(false);
    expect(said(result).find((s) => s.includes('弔意'))).toMatch(/^冒頭、アルファ首相より/u);
  });
});
