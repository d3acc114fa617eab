// The genre is written in several punctuation styles: 、。 (most pages), ，。 or ，． (the older official
// style; full-width ， folds to ,), 『』 as well as 「」 around a name, and now and then half-width marks
// (｡｢｣､･) from a converter. One invented page is written in each style and must read the same.
import { describe, expect, it } from 'vitest';
import { extractDocument, prepareSource } from '../../src/pipeline.js';
import { foldWidth } from '../../src/clean/normalize.js';
import { readingView } from '../../src/nlp/tokenizer.js';
import type { ExtractionResult } from '../../src/types.js';

const PAGE = [
  '日・ベトナム外相会談',
  '',
  '令和5年3月14日',
  '',
  ' 3月14日、午後3時から約40分間、山田一郎外務大臣は、訪日中のガンマ・デルタ・ベトナム社会主義共和国外務大臣と会談を行いました。',
  '日本側からは、佐藤外務審議官、小松欧州局長、大島外審が同席しました。',
  '',
  '1 山田大臣から、『自由で開かれたインド太平洋』の実現に向け協力したい旨述べました。',
  '2 これに対し、デルタ大臣から、「戦略的パートナーシップ」を一層強化したい旨述べました。デルタ大臣は、経済関係の強化も重要である旨述べました。',
  '3 両大臣は、北朝鮮情勢について意見交換を行い、「インフラ協力に関する覚書」の実施を含め、引き続き緊密に連携していくことで一致しました。',
  '',
].join('\n');

type Style = (text: string) => string;
const swap = (pairs: Array<[string, string]>): Style => (text) => [...text].map((c) => pairs.find(([a]) => a === c)?.[1] ?? c).join('');

const STYLES: Record<string, Style> = {
  'full-width comma ，': swap([['、', '，']]),
  'ASCII comma ,': swap([['、', ',']]),
  'full-width full stop ．': swap([['。', '．']]),
  '，and ．together': swap([['、', '，'], ['。', '．']]),
  '『』 for every quote': swap([['「', '『'], ['」', '』']]),
  '「」 for every quote': swap([['『', '「'], ['』', '」']]),
  'half-width marks ｡｢｣､･': swap([['。', '｡'], ['「', '｢'], ['」', '｣'], ['、', '､'], ['・', '･']]),
};

/** What a reader compares: each entity by type and name, each statement by its place and speakers. */
function reading(result: ExtractionResult) {
  const quote = (s: string) => s.replace(/[『｢]/gu, '「').replace(/[』｣]/gu, '」');
  return {
    entities: result.entities.map((e) => `${e.type}:${quote(e.name)}`).sort(),
    mentions: result.entities.flatMap((e) => e.mentions.map((m) => `${e.type}@${m.start}-${m.end}`)).sort(),
    // Ids of people outside the lexicon carry a hash of the page's text, which the style changes.
    statements: result.statements.map((s) => `${s.start}-${s.end}:${s.act}:${s.speakers.join('+').replace(/@[0-9a-f]+/gu, '@')}:${s.respondsTo ? 'answers' : ''}`),
    participants: result.meetings.map((m) => m.participants.map((p) => `${p.role}:${p.title}`).sort()),
  };
}

describe('one page in every punctuation style', () => {
  it('reads the page in its usual style as intended', async () => {
    const result = await extractDocument({ source: 'variants', text: PAGE });
    expect(result.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['小松', '大島', '自由で開かれたインド太平洋', 'インフラ協力に関する覚書']));
    // Who sat in says nothing; 両大臣 are both ministers.
    expect(result.statements.map((s) => s.speakers.length)).toEqual([1, 1, 1, 2]);
  });

  for (const [name, style] of Object.entries(STYLES)) {
    it(`reads the page written with ${name} as the usual one`, async () => {
      const usual = reading(await extractDocument({ source: 'variants', text: PAGE }));
      const varied = reading(await extractDocument({ source: 'variants', text: style(PAGE) }));
      expect(varied).toEqual(usual);
    });
  }
});

describe('the marks themselves', () => {
  it('gives kuromoji the full-width marks it knows, and a comma between Japanese words as a 読点', () => {
    expect(readingView('審議官,小松欧州局長')).toBe('審議官、小松欧州局長');
    expect(readingView('(1)桑原大統領')).toBe('（1）桑原大統領');
    expect(readingView('Donald Trump, President')).toBe('Donald Trump， President');
  });

  it('folds a full-width full stop after Japanese into 。 and keeps it a point in numbers and initials', () => {
    expect(foldWidth('一致しました．次に')).toBe('一致しました。次に');
    expect(foldWidth('３．５％')).toBe('3.5%');
    expect(foldWidth('Ｕ．Ｓ．')).toBe('U.S.');
    expect(foldWidth('｢協力｣､ｱ･ｲ｡')).toBe('「協力」、ｱ・ｲ。');
  });

  it('takes a quoted name whose head is a gathering for no accord', async () => {
    const text = PAGE.replace('『自由で開かれたインド太平洋』', '「アジア開発のための東アジア協力促進会合(CEAPAD)」');
    const result = await extractDocument({ source: 'variants', text });
    expect(result.entities.filter((e) => e.type === 'Agreement').map((e) => e.name)).not.toContain('アジア開発のための東アジア協力促進会合(CEAPAD)');
  });
});

describe('one page as text or as the ministry\'s HTML', () => {
  it('reads a summary whose numbering is HTML lists as it reads the text copy with the numbers written, topics too', async () => {
    const text = [
      '日・ベトナム外相会談', '', '令和5年3月14日', '',
      ' 3月14日、山田一郎外務大臣は、ガンマ・デルタ・ベトナム社会主義共和国外務大臣と会談を行いました。', '',
      '  1. 二国間関係', '    1. 山田大臣から、概要以下のとおり述べました。', '      1. 訪日を歓迎。', '      2. 経済関係を強化したい。',
      '    2. これに対し、デルタ大臣から、協力を進めたい旨述べました。', '  2. 地域情勢', '    1. 両大臣は、北朝鮮情勢について緊密に連携していくことで一致しました。', '',
    ].join('\n');
    const html = '<html><head><title>日・ベトナム外相会談 | 外務省</title></head><body><h1>日・ベトナム外相会談</h1><p>令和5年3月14日</p>'
      + '<p>3月14日、山田一郎外務大臣は、ガンマ・デルタ・ベトナム社会主義共和国外務大臣と会談を行いました。</p>'
      + '<ol><li>二国間関係<ol><li>山田大臣から、概要以下のとおり述べました。<ol><li>訪日を歓迎。</li><li>経済関係を強化したい。</li></ol></li>'
      + '<li>これに対し、デルタ大臣から、協力を進めたい旨述べました。</li></ol></li>'
      + '<li>地域情勢<ol><li>両大臣は、北朝鮮情勢について緊密に連携していくことで一致しました。</li></ol></li></ol></body></html>';
    // Who said what, under which numbered topic: the topics come from the list's numbers.
    const said = (r: ExtractionResult) => r.statements.map((s) => `${s.topic}:${s.text.trim()}=${s.speakers.length}`);
    const fromText = await extractDocument({ source: 'variants.txt', text });
    const fromHtml = await extractDocument(prepareSource({ source: 'variants.html', bytes: new TextEncoder().encode(html) }));
    expect(said(fromHtml)).toEqual(said(fromText));
    expect(said(fromText)).toHaveLength(4);
    expect(fromHtml.topics.map((t) => t.heading)).toEqual(['二国間関係', '地域情勢']);
  });
});
