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

/** Above this the metrics (betweenness is O(nodes × edges)) would take too long for one request. */
export const MAX_NETWORK_EDGES = 20_000;

const QUERY: Record<NetworkLevel, string> = { PERSON: 'read-person-network', COUNTRY: 'read-country-network' };

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
  type Row = { meetings: number; undatedMeetings: number; undatedLeftOut: number; edges: ProjectionEdge[] };
  const [row] = await read<Row>(QUERY[level], params);
  const edges = row?.edges ?? [];
  if (edges.length > MAX_NETWORK_EDGES) {
    throw apiError(
      'NETWORK_TOO_LARGE',
      `The network has ${edges.length} edges, more than the ${MAX_NETWORK_EDGES} one request analyses; narrow it with from/to, countries or kinds.`,
      { edges: edges.length, maxEdges: MAX_NETWORK_EDGES },
    );
  }
  return { level, meetings: row?.meetings ?? 0, undatedMeetings: row?.undatedMeetings ?? 0, undatedLeftOut: row?.undatedLeftOut ?? 0, edges };
}
