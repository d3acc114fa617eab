// Extraction asks kuromoji about a few spans of a page (is this run before a title ordinary words, is
// this word a サ変 noun); tokenLookup reads only the lines asked about. Its answers must be the words
// tokenize() gives for the whole text, offsets included, blank lines and long lines included.
import { describe, expect, it } from 'vitest';
import { tokenLookup, tokenize } from '../../src/nlp/tokenizer.js';

const TEXT = [
  '外務省',
  '',
  '',
  '令和5年3月14日',
  ' 3月14日、山田太郎内閣総理大臣は、アルファ・ベータ大統領と首脳会談を行いました。',
  '',
  `  1. 冒頭、山田総理大臣から、${'両国関係の発展を歓迎する旨述べました。'.repeat(20)}`,
  '(1)桑原大統領より、普天間飛行場の移設問題について述べた。',
].join('\n');

describe('tokenLookup', () => {
  it('gives the tokens tokenize() gives, for every span asked', async () => {
    const all = await tokenize(TEXT);
    const lookup = await tokenLookup(TEXT);
    expect(lookup.covering(0, TEXT.length)).toEqual(all);
    for (const [start, end] of [[0, 3], [5, 20], [3, 4], [TEXT.indexOf('山田太郎'), TEXT.indexOf('山田太郎') + 4], [TEXT.indexOf('桑原') - 3, TEXT.indexOf('桑原') + 2]] as const) {
      expect(lookup.covering(start, end)).toEqual(all.filter((t) => t.start < end && start < t.end));
    }
    for (const t of all) expect(lookup.startingAt(t.start)).toEqual(t);
  });

  it('reads nothing at a blank line or inside a word', async () => {
    const lookup = await tokenLookup(TEXT);
    const blank = TEXT.indexOf('\n\n') + 1;
    expect(lookup.covering(blank, blank + 1)).toEqual([]);
    expect(lookup.startingAt(TEXT.indexOf('移設') + 1)).toBeUndefined();
    expect(lookup.startingAt(TEXT.indexOf('移設'))).toMatchObject({ surface: '移設', pos1: 'サ変接続' });
  });
});
