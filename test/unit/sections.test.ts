import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/parse/lines.js';
import { parseSections, parseTopicLine } from '../../src/parse/sections.js';

describe('numbered sections', () => {
  it('takes short numbered lines as topic headings in any numbering style', () => {
    expect(parseTopicLine('1.劇場占拠事件')).toEqual({ number: 1, heading: '劇場占拠事件', restAt: null });
    expect(parseTopicLine('2 北朝鮮問題')).toEqual({ number: 2, heading: '北朝鮮問題', restAt: null });
    expect(parseTopicLine('3. 経済関係')).toEqual({ number: 3, heading: '経済関係', restAt: null });
  });

  it('splits a heading glued to its first bullet by a flattened page', () => {
    const line = '1.全体概要-両首脳は会談を行い、信頼関係を深めた。';
    const topic = parseTopicLine(line);
    expect(topic).toMatchObject({ number: 1, heading: '全体概要' });
    expect(line.slice(topic!.restAt!)).toBe('両首脳は会談を行い、信頼関係を深めた。');
  });

  it('finds a first heading glued to the end of a schedule line', () => {
    const text = '4月29日 日露首脳会談(大統領) 5月5日 日米首脳会談(大統領) 1.日露首脳会談(4月29日)\n(1)両首脳は一致した。';
    const { sections, paragraphs } = parseSections(text, splitLines(text));
    expect(sections.map((s) => s.heading)).toEqual(['日露首脳会談(4月29日)']);
    expect(paragraphs.map((p) => p.topic)).toEqual([null, 1]);
  });

  it('treats a numbered sentence as a paragraph, not a topic', () => {
    expect(parseTopicLine('1. 冒頭、総理大臣から、訪問を歓迎する旨述べました。')).toBeNull();
  });

  it('numbers paragraphs inside each section and keeps topics counting up', () => {
    const text = ['1.領土問題', '', '(1) 総理より、問題を解決したい旨述べた。', '(2) これに対し、大統領より、同意する旨述べた。', '', '2.経済', '(1) 双方は協力で一致した。', '5.迷子の番号'].join('\n');
    const { sections, paragraphs } = parseSections(text, splitLines(text));
    expect(sections.map((s) => [s.number, s.heading])).toEqual([[1, '領土問題'], [2, '経済']]);
    expect(paragraphs.map((p) => [p.topic, p.order])).toEqual([[1, 1], [1, 2], [2, 1], [2, 2]]);
    expect(text.slice(paragraphs[0]!.contentStart, paragraphs[0]!.end)).toBe('総理より、問題を解決したい旨述べた。');
  });
});

describe('sections copied as one list each', () => {
  it('numbers 「1. heading / 2. text」 lists restarting after a blank line as consecutive sections', () => {
    const text = ['  1. 冒頭', '  2.  山田大臣より、歓迎する旨述べました。', '', '  1. 貿易・投資', '  2.  山田大臣より、支援を表明しました。', '', '  1. 経済協力', '  2.  ガンマ外相からは、謝意が表明されました。'].join('\n');
    const { sections } = parseSections(text, splitLines(text));
    expect(sections.map((s) => [s.number, s.heading])).toEqual([[1, '冒頭'], [2, '貿易・投資'], [3, '経済協力']]);
  });
});

describe('topics numbered in parentheses', () => {
  it('takes 「(1)二国間関係」 as topics on a page with no 「1.」, and as paragraphs below a 「1.」 heading', () => {
    const paren = '(1)二国間関係\n総理から述べた。\n(2)地域情勢\n大統領から述べた。';
    expect(parseSections(paren, splitLines(paren)).sections.map((s) => s.heading)).toEqual(['二国間関係', '地域情勢']);
    const nested = '1. 二国間関係\n(1)経済\n総理から述べた。\n(2)文化\n大統領から述べた。';
    expect(parseSections(nested, splitLines(nested)).sections.map((s) => s.heading)).toEqual(['二国間関係']);
  });
});

describe('a line break inside a quoted name', () => {
  it('joins a line that opens on a closing bracket to the sentence above it', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const lead = ' 3月14日、岸田文雄外務大臣は、アルファ・ベータ・チリ共和国外務大臣と外相会談を行ったところ、概要は以下のとおりです。';
    const text = ['外務省', '', '令和5年3月14日', '', lead, '', '1 岸田大臣から、ベータ大臣の訪日を歓迎する旨述べました。', 'また、地域においても、「自由で開かれたインド太平洋', '」の下、連携を一層強化したい旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'break', text });
    const broken = result.statements.find((s) => s.text.includes('連携を一層強化したい'));
    expect(broken?.text).toContain('地域においても');
    expect(result.statements).toHaveLength(2);
  });
});
