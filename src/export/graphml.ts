// GraphML for networkx.read_graphml, Gephi and yEd: every attribute a typed scalar (networkx refuses
// lists and maps), a missing value left out rather than written as "null". Shared by the API's
// network download and `diplograph export network --format graphml`.

export type GraphMLType = 'string' | 'int' | 'double' | 'boolean';
export type Scalar = string | number | boolean | null | undefined;

export interface GraphMLSpec {
  id: string;
  nodeKeys: Array<[key: string, type: GraphMLType]>;
  edgeKeys: Array<[key: string, type: GraphMLType]>;
  nodes: Array<{ id: string } & Record<string, Scalar>>;
  edges: Array<{ source: string; target: string } & Record<string, Scalar>>;
}

/** Text safe inside an XML 1.0 attribute or element. */
export function xmlText(value: unknown): string {
  return String(value)
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function dataLines(record: Record<string, unknown>, keys: Array<[string, GraphMLType]>, indent: string): string[] {
  return keys
    .filter(([key]) => record[key] !== null && record[key] !== undefined)
    .map(([key]) => {
      const value = record[key];
      if (typeof value === 'object') throw new Error(`GraphML attribute ${key} must be a scalar, got ${JSON.stringify(value)}`);
      return `${indent}<data key="${xmlText(key)}">${xmlText(value)}</data>`;
    });
}

export function toGraphMLDocument(spec: GraphMLSpec): string {
  const keyLine = (target: 'node' | 'edge') => ([key, type]: [string, GraphMLType]) =>
    `  <key id="${xmlText(key)}" for="${target}" attr.name="${xmlText(key)}" attr.type="${type}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...spec.nodeKeys.map(keyLine('node')),
    ...spec.edgeKeys.map(keyLine('edge')),
    `  <graph id="${xmlText(spec.id)}" edgedefault="undirected">`,
    ...spec.nodes.flatMap((node) => [`    <node id="${xmlText(node.id)}">`, ...dataLines(node, spec.nodeKeys, '      '), '    </node>']),
    ...spec.edges.flatMap((edge, index) => [
      `    <edge id="e${index}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">`,
      ...dataLines(edge, spec.edgeKeys, '      '),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
