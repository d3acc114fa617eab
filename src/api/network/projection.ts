// The meeting network as read from Neo4j: weighted edges between people (or countries) who met,
// for the meetings matching a filter. Metrics are computed on it in analysis.ts.
import { apiError } from '../errors.js';
import type { ReadFn } from '../read.js';

export type NetworkLevel = 'PERSON' | 'COUNTRY';

export interface NetworkFilter {
  from?: string | null;
  to?: string | null;
  countries?: string[] | null;
  kinds?: string[] | null;
  /** With from/to, also take in meetings without a date. */
  includeUndated?: boolean | null;
  /** Only seats in this role (stored value, e.g. principal); PERSON level only. */
  role?: string | null;
}

export interface ProjectionEdge {
  source: string;
  sourceLabel: string | null;
  sourceCountry: string | null;
  target: string;
  targetLabel: string | null;
  targetCountry: string | null;
  weight: number;
  firstMet: string | null;
  lastMet: string | null;
}

export interface Projection {
  level: NetworkLevel;
  meetings: number;
  /** Meetings without a date among `meetings`. @default 0 */
  undatedMeetings?: number;
  /** Meetings without a date that matched every filter but the date bounds. @default 0 */
  undatedLeftOut?: number;
  edges: ProjectionEdge[];
}

/**
 * Betweenness costs O(nodes × edges): 4,000 people and 20,000 edges (8 × 10⁷) took 14 s on this
 * project's 2-core machine when betweenness still ran Dijkstra on weights, 4.2 s in hops (2026-12-06,
 * load 3; the whole analysis). A network above this product is refused before any metric is computed;
 * below it, the worker's time budget (off-thread.ts) still bounds a slow or loaded machine.
 */
export const MAX_NETWORK_WORK = 20_000_000;

function nodeCount(edges: ProjectionEdge[]): number {
  const nodes = new Set<string>();
  for (const edge of edges) nodes.add(edge.source).add(edge.target);
  return nodes.size;
}

/** NETWORK_TOO_LARGE when nodes × edges passes MAX_NETWORK_WORK. */
export function checkNetworkSize(edges: ProjectionEdge[]): void {
  const nodes = nodeCount(edges);
  if (nodes * edges.length <= MAX_NETWORK_WORK) return;
  throw apiError(
    'NETWORK_TOO_LARGE',
    `The network has ${nodes} nodes and ${edges.length} edges (${nodes * edges.length} node-edge pairs), more than the ` +
      `${MAX_NETWORK_WORK} one request analyses; narrow it with from/to, countries or kinds.`,
    { nodes, edges: edges.length, maxWork: MAX_NETWORK_WORK },
  );
}

const QUERY: Record<NetworkLevel, string> = { PERSON: 'read-person-network', COUNTRY: 'read-country-network' };

/** One edge as the projection statements return it: [source, target, weight, firstMet, lastMet, sourceCountry?, targetCountry?]. */
type EdgeRow = [string, string, number, string | null, string | null, (string | null)?, (string | null)?];

/**
 * Edges from the statements' compact rows. A node's country is the same on all its edges: its own
 * (a country node's id; a person's smallest side over the network's meetings), so that the analysis
 * does not depend on the order edges arrive in.
 */
function edgesOf(level: NetworkLevel, rows: EdgeRow[], names: Array<[string, string | null]>): ProjectionEdge[] {
  const label = new Map(names);
  const country = new Map<string, string>();
  const see = (id: string, value: string | null | undefined) => {
    const known = country.get(id);
    if (value != null && (known === undefined || value < known)) country.set(id, value);
  };
  if (level === 'PERSON') {
    for (const row of rows) {
      see(row[0], row[5]);
      see(row[1], row[6]);
    }
  }
  const countryOf = (id: string) => (level === 'COUNTRY' ? id : (country.get(id) ?? null));
  return rows.map(([source, target, weight, firstMet, lastMet]) => ({
    source, sourceLabel: label.get(source) ?? null, sourceCountry: countryOf(source),
    target, targetLabel: label.get(target) ?? null, targetCountry: countryOf(target),
    weight, firstMet, lastMet,
  }));
}

export async function readProjection(read: ReadFn, level: NetworkLevel, filter: NetworkFilter): Promise<Projection> {
  const params = {
    from: filter.from ?? null,
    to: filter.to ?? null,
    countries: filter.countries?.length ? filter.countries : null,
    kinds: filter.kinds?.length ? filter.kinds : null,
    includeUndated: filter.includeUndated ?? false,
    role: filter.role ?? null,
  };
  if (level === 'COUNTRY' && params.role !== null) {
    throw apiError('BAD_USER_INPUT', '`role` filters the seats of people: it applies to the PERSON level only.');
  }
  type Row = { meetings: number; undatedMeetings: number; undatedLeftOut: number; edges: EdgeRow[]; names: Array<[string, string | null]> };
  const [row] = await read<Row>(QUERY[level], params);
  const edges = edgesOf(level, row?.edges ?? [], row?.names ?? []);
  checkNetworkSize(edges);
  return { level, meetings: row?.meetings ?? 0, undatedMeetings: row?.undatedMeetings ?? 0, undatedLeftOut: row?.undatedLeftOut ?? 0, edges };
}
