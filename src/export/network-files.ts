// The network as files: Gephi's spreadsheet CSVs (Data Laboratory → Import Spreadsheet: nodes with
// Id and Label, edges with Source, Target, Type, Weight and a Time Interval of the years the pair met),
// GEXF 1.3 in dynamic mode (the same years as <spells>) and GraphML with scalar attributes only.
// graphology-gexf's writer knows no spells, so the GEXF is written here and read back by its parser in
// the tests.
import type { Network, NetworkNode } from '../api/network/analysis.js';
import { countryCodes } from './country-codes.js';
import { type GraphMLType, toGraphMLDocument, xmlText } from './graphml.js';
import type { ExportEdge, ExportNode, NetworkLevel } from './network.js';

export const NODE_COLUMNS = ['Id', 'Label', 'iso3', 'ccode', 'cowabb', 'meetings', 'first_met', 'last_met',
  'degree', 'weighted_degree', 'pagerank', 'betweenness', 'community', 'Time Interval'];
export const EDGE_COLUMNS = ['Source', 'Target', 'Type', 'Weight', 'Time Interval', 'first_met', 'last_met', 'years'];

type Row = Record<string, string | number | null>;

const yearSpan = (year: number): [string, string] => [`${year}-01-01`, `${year}-12-31`];
/** Gephi's interval list: <[2003-01-01, 2003-12-31]; [2005-01-01, 2005-12-31]>. */
const gephiIntervals = (years: number[]) => `<${years.map((y) => `[${yearSpan(y).join(', ')}]`).join('; ')}>`;

function metricsById(metrics: Network | null): Map<string, NetworkNode> {
  return new Map((metrics?.nodes ?? []).map((node) => [node.id, node]));
}

export function nodeRows(nodes: ExportNode[], metrics: Network | null): Row[] {
  const byId = metricsById(metrics);
  return nodes.map((node) => {
    const codes = node.country ? countryCodes(node.country) : null;
    const m = byId.get(node.id);
    return {
      Id: node.id, Label: node.label, iso3: node.country, ccode: codes?.ccode ?? null, cowabb: codes?.cowAbb ?? null,
      meetings: node.meetings, first_met: node.first, last_met: node.last,
      degree: m?.degree ?? null, weighted_degree: m?.weightedDegree ?? null, pagerank: m?.pageRank ?? null,
      betweenness: m?.betweenness ?? null, community: m?.community ?? null,
      'Time Interval': `<[${node.first}, ${node.last}]>`,
    };
  });
}

export function edgeRows(edges: ExportEdge[]): Row[] {
  return edges.map((edge) => ({
    Source: edge.source, Target: edge.target, Type: 'Undirected', Weight: edge.weight,
    'Time Interval': gephiIntervals(edge.years), first_met: edge.first, last_met: edge.last, years: edge.years.join(';'),
  }));
}

const GEXF_NODE_ATTRIBUTES: Array<[string, 'string' | 'integer' | 'double']> = [
  ['iso3', 'string'], ['ccode', 'integer'], ['cowabb', 'string'], ['meetings', 'integer'], ['first_met', 'string'],
  ['last_met', 'string'], ['degree', 'integer'], ['weighted_degree', 'double'], ['pagerank', 'double'],
  ['betweenness', 'double'], ['community', 'integer'],
];

function attvalues(row: Row, attributes: Array<[string, string]>, indent: string): string[] {
  const values = attributes.filter(([key]) => row[key] !== null && row[key] !== undefined)
    .map(([key]) => `${indent}  <attvalue for="${key}" value="${xmlText(row[key])}"/>`);
  return values.length ? [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`] : [];
}

/** GEXF 1.3, dynamic: nodes live from first to last meeting, edges in the years the pair met. */
export function* gexfLines(level: NetworkLevel, nodes: ExportNode[], edges: ExportEdge[], metrics: Network | null): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n';
  yield `  <meta><creator>diplograph</creator><description>${level} meeting network (docs/codebook.md)</description></meta>\n`;
  yield '  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">\n';
  yield '    <attributes class="node">\n';
  for (const [key, type] of GEXF_NODE_ATTRIBUTES) yield `      <attribute id="${key}" title="${key}" type="${type}"/>\n`;
  yield '    </attributes>\n    <attributes class="edge">\n';
  yield '      <attribute id="first_met" title="first_met" type="string"/>\n      <attribute id="last_met" title="last_met" type="string"/>\n';
  yield '    </attributes>\n    <nodes>\n';
  for (const row of nodeRows(nodes, metrics)) {
    yield [`      <node id="${xmlText(row.Id)}" label="${xmlText(row.Label)}" start="${row.first_met}" end="${row.last_met}">`,
      ...attvalues(row, GEXF_NODE_ATTRIBUTES, '        '), '      </node>', ''].join('\n');
  }
  yield '    </nodes>\n    <edges>\n';
  for (const [index, edge] of edges.entries()) {
    const spells = edge.years.map((y) => `          <spell start="${yearSpan(y)[0]}" end="${yearSpan(y)[1]}"/>`);
    yield [`      <edge id="e${index}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" weight="${edge.weight}">`,
      ...attvalues({ first_met: edge.first, last_met: edge.last }, [['first_met', 'string'], ['last_met', 'string']], '        '),
      '        <spells>', ...spells, '        </spells>', '      </edge>', ''].join('\n');
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

const GRAPHML_NODE_KEYS: Array<[string, GraphMLType]> = [
  ['label', 'string'], ['iso3', 'string'], ['ccode', 'int'], ['cowabb', 'string'], ['meetings', 'int'],
  ['first_met', 'string'], ['last_met', 'string'], ['degree', 'int'], ['weighted_degree', 'double'],
  ['pagerank', 'double'], ['betweenness', 'double'], ['community', 'int'],
];
const GRAPHML_EDGE_KEYS: Array<[string, GraphMLType]> = [
  ['weight', 'double'], ['first_met', 'string'], ['last_met', 'string'], ['years', 'string'],
];

/** GraphML: the same columns as the CSVs; the years a pair met as one string "2003;2005" (a scalar). */
export function toNetworkGraphML(level: NetworkLevel, nodes: ExportNode[], edges: ExportEdge[], metrics: Network | null): string {
  return toGraphMLDocument({
    id: `diplograph-${level}`,
    nodeKeys: GRAPHML_NODE_KEYS,
    edgeKeys: GRAPHML_EDGE_KEYS,
    nodes: nodeRows(nodes, metrics).map(({ Id, Label, 'Time Interval': _interval, ...rest }) => ({ id: String(Id), label: Label, ...rest })),
    edges: edgeRows(edges).map((row) => ({ source: String(row.Source), target: String(row.Target), weight: row.Weight,
      first_met: row.first_met, last_met: row.last_met, years: row.years })),
  });
}
