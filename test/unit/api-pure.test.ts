// The API's pure parts: search query escaping, keyset cursors and page sizes, network metrics and exports.
import { describe, expect, it } from 'vitest';
import { analyse, type Network } from '../../src/api/network/analysis.js';
import { toGraphML, toNodeLinkJson } from '../../src/api/network/export.js';
import type { Projection } from '../../src/api/network/projection.js';
import { MAX_PAGE_SIZE, pageRequest, toConnection } from '../../src/api/pagination.js';
import { toLuceneQuery } from '../../src/api/search-query.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return undefined;
};

describe('toLuceneQuery', () => {
  it('makes every word an escaped phrase and ANDs them', () => {
    expect(toLuceneQuery('北方領土 交渉')).toBe('"北方領土" AND "交渉"');
    expect(toLuceneQuery('text:領土 (OR) "x"y')).toBe('"text\\:領土" AND "\\(OR\\)" AND "\\"x\\"y"');
    expect(toLuceneQuery('a\\b*?~^[]{}!+-&|/')).toBe('"a\\\\b\\*\\?\\~\\^\\[\\]\\{\\}\\!\\+\\-\\&\\|\\/"');
  });

  it('widens Latin words to prefixes and a country\'s one-character form to its names', () => {
    expect(toLuceneQuery('TICAD 開発')).toBe('("TICAD" OR TICAD*) AND "開発"');
    expect(toLuceneQuery('露')).toBe('("ロシア" OR "ロシア連邦")');
    expect(toLuceneQuery('韓 協力')).toMatch(/^\("韓国".*\) AND "協力"$/);
  });

  it('refuses one-character words, empty and oversized queries with codes', () => {
    expect(codeOf(() => toLuceneQuery('の'))).toBe('SEARCH_QUERY_TOO_SHORT');
    expect(codeOf(() => toLuceneQuery('日露 の'))).toBe('SEARCH_QUERY_TOO_SHORT');
    expect(codeOf(() => toLuceneQuery('   '))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toLuceneQuery('あい'.repeat(101)))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toLuceneQuery(Array.from({ length: 11 }, () => 'ab').join(' ')))).toBe('BAD_USER_INPUT');
  });
});

describe('pagination', () => {
  const rows = { total: 5, items: ['a', 'b', 'c'].map((id, i) => ({ id, key: `2003-0${i + 1}`, node: { id } })) };

  it('issues cursors bound to the sort and reads them back', () => {
    const first = pageRequest({ first: 2 }, 'meetings:DATE_DESC');
    const connection = toConnection(rows, first, (item) => ({ node: item.node }));
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = pageRequest({ first: 2, after: connection.pageInfo.endCursor }, 'meetings:DATE_DESC');
    expect(next.after).toEqual({ key: '2003-02', id: 'b' });
    expect(codeOf(() => pageRequest({ after: connection.pageInfo.endCursor }, 'meetings:DATE_ASC'))).toBe('INVALID_CURSOR');
    expect(codeOf(() => pageRequest({ after: 'bm90IGpzb24' }, 'x'))).toBe('INVALID_CURSOR');
  });

  it('caps the page size', () => {
    expect(pageRequest({ first: MAX_PAGE_SIZE }).limit).toBe(MAX_PAGE_SIZE + 1);
    expect(codeOf(() => pageRequest({ first: 100_000 }))).toBe('PAGE_SIZE_EXCEEDED');
    expect(codeOf(() => pageRequest({ first: -1 }))).toBe('BAD_USER_INPUT');
  });
});

describe('network analysis and export', () => {
  const edge = (source: string, target: string, weight: number) => ({
    source, target, weight, sourceLabel: source.toUpperCase(), targetLabel: target.toUpperCase(),
    sourceCountry: 'JPN', targetCountry: 'RUS', firstMet: '2003-01-10', lastMet: '2005-05-09',
  });
  // Two triangles joined by one bridge c-d.
  const projection: Projection = {
    level: 'PERSON',
    meetings: 9,
    edges: [edge('a', 'b', 3), edge('b', 'c', 1), edge('a', 'c', 2), edge('c', 'd', 1), edge('d', 'e', 2), edge('e', 'f', 1), edge('d', 'f', 4)],
  };

  it('computes degrees, PageRank, betweenness and communities', () => {
    const network = analyse(projection);
    const byId = Object.fromEntries(network.nodes.map((n) => [n.id, n]));
    expect(byId.c).toMatchObject({ degree: 3, weightedDegree: 4 });
    expect(byId.d!.betweenness).toBeGreaterThan(byId.a!.betweenness);
    expect(network.nodes.reduce((sum, n) => sum + n.pageRank, 0)).toBeCloseTo(1, 6);
    expect(network.communities).toBe(2);
    expect(byId.a!.community).toBe(byId.b!.community);
    expect(byId.a!.community).not.toBe(byId.f!.community);
    expect(analyse(projection)).toEqual(network);
    expect(analyse({ ...projection, edges: [] })).toMatchObject({ nodes: [], communities: 0, modularity: null });
  });

  it('counts betweenness in hops, whatever the meetings in common (hand-computed)', () => {
    // Every path between {a, b} and {d, e, f} crosses the bridge c-d: 6 pairs, each counted from both
    // ends, over (n-1)(n-2) = 20 → 0.6 for c and for d, 0 elsewhere. Read as distances, the weights would
    // route d-f (4) through e (2 + 1) and give e a share: the weights must not matter.
    const betweenness = (network: Network) => Object.fromEntries(network.nodes.map((n) => [n.id, n.betweenness]));
    const expected = { a: 0, b: 0, c: 0.6, d: 0.6, e: 0, f: 0 };
    const sameWeights = analyse({ ...projection, edges: projection.edges.map((e) => ({ ...e, weight: 1 })) });
    for (const network of [analyse(projection), sameWeights]) {
      const got = betweenness(network);
      for (const [id, value] of Object.entries(expected)) expect(got[id]).toBeCloseTo(value, 12);
    }
  });

  it('writes GraphML with escaped values and node-link JSON', () => {
    const network = analyse({ ...projection, edges: [edge('x&<"y', 'z', 1)] });
    const graphml = toGraphML(network);
    expect(graphml).toContain('<node id="x&amp;&lt;&quot;y">');
    expect(graphml).toContain('<data key="weight">1</data>');
    expect(graphml).toContain('edgedefault="undirected"');
    const json = JSON.parse(toNodeLinkJson(network));
    expect(json.links).toEqual([{ source: 'x&<"y', target: 'z', weight: 1, firstMet: '2003-01-10', lastMet: '2005-05-09' }]);
  });
});
