import { describe, expect, it } from 'vitest';
import { classifySpeechAct } from '../../src/frame/speech-acts.js';
import { splitPieces } from '../../src/frame/sentences.js';

describe('speech acts', () => {
  it('labels a statement by its reporting predicate', () => {
    expect(classifySpeechAct('犠牲者及びそのご家族の方々に哀悼の意を表した。')).toBe('condolence');
    expect(classifySpeechAct('支援に対し謝意を表明した。')).toBe('gratitude');
    expect(classifySpeechAct('再任に祝意を述べた。')).toBe('congratulation');
    expect(classifySpeechAct('北朝鮮に働きかけることを期待している旨述べた。')).toBe('expectation');
    expect(classifySpeechAct('両首脳は、緊密に連携していくことで一致しました。')).toBe('agreement');
    expect(classifySpeechAct('早期の訪日を招請した。')).toBe('invitation');
    expect(classifySpeechAct('調整していくことが必要だと強調した。')).toBe('emphasis');
    expect(classifySpeechAct('日本の措置について説明した。')).toBe('explanation');
    expect(classifySpeechAct('協力を要請した。')).toBe('request');
    expect(classifySpeechAct('重要な文書である旨述べた。')).toBe('statement');
  });
});

describe('statement pieces', () => {
  it('splits sentences and 「…旨述べるとともに、…」 joins, keeping quoted 。 inside', () => {
    const text = 'Aより、「協力する。」と述べた。また、支援を歓迎する旨述べるとともに、改革を支援したい旨伝えた。';
    const pieces = splitPieces(text, { start: 0, end: text.length }).map((p) => text.slice(p.start, p.end));
    expect(pieces).toEqual(['Aより、「協力する。」と述べた。', 'また、支援を歓迎する旨述べるとともに、', '改革を支援したい旨伝えた。']);
  });

  it('marks the second half of 「…と述べたのに対し、…」 as an answer', () => {
    const text = 'Aが協力を求める旨述べたのに対し、Bより同意する旨述べた。';
    const pieces = splitPieces(text, { start: 0, end: text.length });
    expect(pieces.map((p) => p.answersPrevious)).toEqual([false, true]);
  });
});
