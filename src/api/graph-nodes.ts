// Nodes as the resolvers see them: plain property maps with a `__typename` taken from their labels.
// Cypher returns nodes as `n {.*, __labels: labels(n)}`; `fromRecord` converts them anywhere in a row.
import { ENTITY_TYPES, type EntityType } from '../types.js';

export type NodeLabel = 'Meeting' | 'Statement' | 'Topic' | 'Document' | EntityType;

export interface GraphNode {
  __typename: NodeLabel;
  id: string;
  [property: string]: unknown;
}

/** The graph model's own labels: documents and their parts, then the entities of the extraction contract. */
const KNOWN = new Set<string>(['Meeting', 'Statement', 'Topic', 'Document', ...ENTITY_TYPES]);

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
