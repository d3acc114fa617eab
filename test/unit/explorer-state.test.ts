// The explorer's pure parts: the URL state round trip and the cutting of a text around cited spans.
import { describe, expect, it } from 'vitest';
import { splitBySpans } from '../../explorer/src/highlight.js';
import { dateBounds, defaultState, formatState, parseState } from '../../explorer/src/url-state.js';

describe('explorer URL state', () => {
  it('round-trips every field through the query string', () => {
    const state = {
      ...defaultState(),
      view: 'explore' as const,
      node: 'person:koizumi-junichiro',
      expanded: ['person:koizumi-junichiro', 'abc:m1'],
      from: 2002,
      to: 2003,
      kinds: ['SUMMIT' as const, 'MEAL' as const],
      level: 'COUNTRY' as const,
      size: 'degree' as const,
      hidden: ['DOCUMENT' as const],
      lang: 'ja' as const,
    };
    expect(parseState(formatState(state))).toEqual(state);
  });

  it('leaves defaults out, so the start page has a bare URL', () => {
    expect(formatState(defaultState())).toBe('');
    expect(parseState('')).toEqual(defaultState());
  });

  it('ignores malformed and unknown values instead of failing', () => {
    const state = parseState('?view=galaxy&from=20x2&to=99999&kinds=SUMMIT,NAP,SUMMIT&level=planet&hide=NOPE&lang=fr');
    expect(state).toEqual({ ...defaultState(), kinds: ['SUMMIT'], hidden: [] });
  });

  it('swaps a reversed year range', () => {
    const state = parseState('?from=2010&to=2002');
    expect([state.from, state.to]).toEqual([2002, 2010]);
    expect(dateBounds(state)).toEqual({ from: '2002-01-01', to: '2010-12-31' });
  });

  it('keeps ids with reserved characters intact', () => {
    const node = 'issue:北方領土問題&x=1';
    expect(parseState(formatState({ ...defaultState(), node })).node).toBe(node);
  });
});

describe('splitBySpans', () => {
  const text = '冒頭小泉総理より哀悼の意を表した。これに対し首相より謝意。';

  it('covers the whole text, marking the statement and the mentions inside it', () => {
    const runs = splitBySpans(text, [
      { start: 0, end: 17, kind: 'statement' },
      { start: 2, end: 6, kind: 'mention' },
    ]);
    expect(runs.map((run) => run.text).join('')).toBe(text);
    expect(runs).toEqual([
      { text: '冒頭', kinds: ['statement'] },
      { text: '小泉総理', kinds: ['statement', 'mention'] },
      { text: 'より哀悼の意を表した。', kinds: ['statement'] },
      { text: 'これに対し首相より謝意。', kinds: [] },
    ]);
  });

  it('ignores spans outside the text, empty or reversed', () => {
    const runs = splitBySpans(text, [
      { start: 5, end: 5, kind: 'mention' },
      { start: 9, end: 3, kind: 'mention' },
      { start: 20, end: 999, kind: 'statement' },
      { start: -1, end: 2, kind: 'statement' },
    ]);
    expect(runs).toEqual([{ text, kinds: [] }]);
  });

  it('counts offsets in UTF-16 code units, as the API does', () => {
    const withSurrogate = '𠮷野家で会談';
    const runs = splitBySpans(withSurrogate, [{ start: 0, end: 4, kind: 'mention' }]);
    expect(runs[0]).toEqual({ text: '𠮷野家', kinds: ['mention'] });
  });
});
