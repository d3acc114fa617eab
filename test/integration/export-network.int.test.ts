// The network export loaded as its consumers load it: GEXF through graphology-gexf's parser (and its
// <spells> read as XML), Gephi's spreadsheet CSVs through csv-parse, GraphML as XML with scalar data
// only; edges and weights compared with independent Cypher.
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { parse as parseGexf } from 'graphology-gexf';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '../../src/api/network/graphology.js';
import { runExport } from '../../src/export/run-export.js';
import { EDGE_COLUMNS, NODE_COLUMNS } from '../../src/export/network-files.js';
import { type Db, readQuery } from '../../src/graph/driver.js';
import { expectScalarGraphml, exportGraph, exportText, pairKey, pairsOf, PERSON_PAIRS } from './export-helpers.js';


let db: Db;
beforeAll(async () => {
  db = await exportGraph();
});
afterAll(async () => {
  await db?.close();
});

const COUNTRY_PAIRS = `
  MATCH (a:Country)<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(b:Country)
  WHERE a.id < b.id AND m.date IS NOT NULL
  WITH a.id AS a, b.id AS b, collect(DISTINCT m) AS meetings
  RETURN a, b, size(meetings) AS weight, apoc_free_years AS years`.replace(
  'apoc_free_years', '[y IN reduce(ys = [], m IN meetings | CASE WHEN m.year IN ys THEN ys ELSE ys + m.year END) | y]');

const pairs = (cypher: string) => pairsOf(db, cypher);
const key = pairKey;

describe('export network', () => {
  it('writes GEXF that graphology-gexf parses back, with the edges, weights and years Cypher finds', async () => {
    const { text } = await exportText(db, 'network', { format: 'gexf' });
    const graph = parseGexf(Graph, text);
    const expected = await pairs(COUNTRY_PAIRS);
    expect(graph.size).toBe(expected.size);
    graph.forEachEdge((_edge, attributes, source, target) => {
      expect(attributes.weight).toBe(expected.get(key(source, target))?.weight);
    });
    expect(graph.getNodeAttributes('JPN')).toMatchObject({ label: 'Japan', iso3: 'JPN', ccode: 740, cowabb: 'JPN' });
    // The dynamic part: every edge lives in the years its pair met.
    const document = parseDocument(text, { xmlMode: true });
    expect(DomUtils.findOne((e) => e.name === 'graph', document.children)?.attribs).toMatchObject({ mode: 'dynamic', timeformat: 'date' });
    for (const edge of DomUtils.findAll((e) => e.name === 'edge', document.children)) {
      const years = DomUtils.findAll((e) => e.name === 'spell', [edge]).map((s) => Number(s.attribs.start!.slice(0, 4)));
      expect(years).toEqual(expected.get(key(edge.attribs.source!, edge.attribs.target!))!.years);
    }
  });

  it('writes Gephi spreadsheet CSVs: nodes Id,Label,… and edges Source,Target,Type,Weight,Time Interval', async () => {
    const { path } = await exportText(db, 'network', { format: 'gephi' });
    const nodesText = readFileSync(path.replace(/\.out$/, '.out.nodes.csv'), 'utf8');
    const edgesText = readFileSync(path.replace(/\.out$/, '.out.edges.csv'), 'utf8');
    expect(nodesText.split('\r\n')[0]).toBe(NODE_COLUMNS.join(','));
    expect(edgesText.split('\r\n')[0]).toBe(EDGE_COLUMNS.join(','));
    const nodes = parseCsv(nodesText, { columns: true }) as Array<Record<string, string>>;
    const edges = parseCsv(edgesText, { columns: true }) as Array<Record<string, string>>;
    const expected = await pairs(COUNTRY_PAIRS);
    expect(edges).toHaveLength(expected.size);
    for (const edge of edges) {
      const pair = expected.get(key(edge.Source!, edge.Target!))!;
      expect(Number(edge.Weight)).toBe(pair.weight);
      expect(edge.Type).toBe('Undirected');
      expect(edge['Time Interval']).toBe(`<${pair.years.map((y) => `[${y}-01-01, ${y}-12-31]`).join('; ')}>`);
    }
    const ids = new Set(nodes.map((n) => n.Id));
    expect(edges.every((e) => ids.has(e.Source!) && ids.has(e.Target!))).toBe(true);
    expect(nodes.find((n) => n.Id === 'RUS')).toMatchObject({ ccode: '365', iso3: 'RUS' });
  });

  it('writes the person network as GraphML whose attributes are all scalars', async () => {
    const { text } = await exportText(db, 'network', { format: 'graphml', level: 'person' });
    expectScalarGraphml(text, await pairs(PERSON_PAIRS));
  });

  it('refuses the two-file gephi format on stdout', async () => {
    await expect(runExport(db, 'network', { range: { from: null, to: null }, out: '-', format: 'gephi' })).rejects.toThrow(/give --out FILE/);
  });
});
