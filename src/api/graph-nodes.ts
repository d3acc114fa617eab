// Nodes as the resolvers see them: plain property maps with a `__typename` taken from their labels.
// Cypher returns nodes as `n {.*, __labels: labels(n)}`; `fromRecord` converts them anywhere in a row.

export const NODE_LABELS = [
  'Meeting',
  'Statement',
  'Topic',
  'Document',
  'Person',
  'Country',
  'Organization',
  'Location',
  'Event',
  'Issue',
  'Agreement',
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

export interface GraphNode {
  __typename: NodeLabel;
  id: string;
  [property: string]: unknown;
}

const KNOWN = new Set<string>(NODE_LABELS);

function isLabelledMap(value: unknown): value is { __labels: unknown[] } & Record<string, unknown> {
  return typeof value === 'object' && value !== null && Array.isArray((value as { __labels?: unknown }).__labels);
}

function toGraphNode(map: { __labels: unknown[] } & Record<string, unknown>): GraphNode | null {
  const { __labels, ...properties } = map;
  const typename = __labels.find((label): label is NodeLabel => typeof label === 'string' && KNOWN.has(label));
  // A node with none of the model's labels (someone else's data) is invisible to the API.
  if (!typename || typeof properties.id !== 'string') return null;
  return { ...properties, __typename: typename, id: properties.id };
}

/** Converts labelled maps (nodes) anywhere inside a Cypher result value into GraphNodes. */
export function fromRecord<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => fromRecord(item)) as T;
  if (isLabelledMap(value)) return toGraphNode(value) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = fromRecord(item);
    return out as T;
  }
  return value;
}

export function isEntityLabel(label: NodeLabel): boolean {
  return !['Meeting', 'Statement', 'Topic', 'Document'].includes(label);
}
