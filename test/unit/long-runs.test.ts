// Pages with one very long run (an unclosed parenthesis, thousands of letters or digits) are
// extracted like any other: the tokenizer takes long lines in pieces and the lead's phrases are found
// from their closing word. Timing lives in `npm run bench:extract-worst`; here, what comes out.
import { describe, expect, it } from 'vitest';
import { linePieces, tokenize } from '../../src/nlp/tokenizer.js';
import { extractDocument } from '../../src/pipeline.js';
import { findOccasion, findPlace } from '../../src/parse/lead.js';

describe('linePieces', () => {
  it('cuts a long line after punctuation, covers it exactly and keeps pieces short', () => {
    const sentence = '山田総理大臣から、両国関係の発展を歓迎する旨述べました。';
    const line = sentence.repeat(40);
    const pieces = linePieces(line);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((p) => p.text).join('')).toBe(line);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(256);
      expect(line.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
    }
    expect(pieces.slice(0, -1).every((p) => /[。、]$/u.test(p.text))).toBe(true);
  });

  it('cuts a run without punctuation blind, and a short line not at all', () => {
    expect(linePieces('1'.repeat(1000)).map((p) => p.text.length)).toEqual([256, 256, 256, 232]);
    expect(linePieces('首脳会談を行った。')).toEqual([{ text: '首脳会談を行った。', offset: 0 }]);
  });

  it('gives tokens whose offsets point into the line across the cuts', async () => {
    const line = `${'Hello'.repeat(200)}、山田総理大臣`;
    const tokens = await tokenize(line);
    for (const t of tokens) expect(line.slice(t.start, t.end)).toBe(t.surface);
    expect(tokens.at(-1)?.surface).toBe('大臣');
  });
});

describe('a lead with a long run', () => {
  it('still yields the meeting, its date and both principals', async () => {
    const lead = ` 3月14日、山田太郎内閣総理大臣は、アルファ・ベータ大統領(${'Hello'.repeat(4000)}と首脳会談を行ったところ、概要は以下のとおりです。`;
    const text = ['外務省', '', '令和5年3月14日', '', lead, '', '  1. 山田総理大臣から、歓迎する旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'long-run', text });
    expect(result.meetings[0]?.date).toBe('2023-03-14');
    const names = result.meetings[0]?.participants.map((p) => result.entities.find((e) => e.id === p.entity)?.name);
    expect(names).toEqual(expect.arrayContaining(['山田太郎', 'アルファ・ベータ']));
  });

  it('reads a page whose lines hold long runs of spaces (the indentation of a saved page) like any other', async () => {
    const spaces = ' '.repeat(20000);
    const lead = ` 3月14日${spaces}午前10時から、山田太郎内閣総理大臣は、アルファ・ベータ大統領と首脳会談を行いました。${spaces}`;
    const text = ['外務省', '', `令和5年3月14日${'\u3000'.repeat(20000)}`, '', lead, '', `  1. 山田総理大臣から、${spaces}歓迎する旨述べました。`, ''].join('\n');
    const result = await extractDocument({ source: 'spaces', text });
    expect(result.meetings[0]).toMatchObject({ date: '2023-03-14', start: '10:00' });
    expect(result.statements).toHaveLength(1);
    expect(result.document.text).not.toMatch(/ $/mu);
  });

  it('finds place and occasion phrases by their closing word, whatever run precedes them', () => {
    expect(findPlace('山田総理大臣は、ニューヨークにおいて、ベータ大統領と会談した。', 0)?.text).toBe('ニューヨーク');
    expect(findPlace('山田総理大臣は、ラオスの首都ビエンチャンを訪問中のところ、', 0)?.text).toBe('ビエンチャン');
    expect(findOccasion('国連総会出席のため訪米中の山田総理大臣は、', 0)?.text).toBe('国連総会');
    expect(findOccasion('東アジア首脳会議のため訪問中の山田総理大臣は、', 0)?.text).toBe('東アジア首脳会議');
    expect(findPlace(`${'Hello'.repeat(4000)}と会談した。`, 0)).toBeNull();
  });
});
