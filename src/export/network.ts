// The meeting network for Gephi and networkx, aggregated from meeting pages: countries (sides of a
// meeting) or people (seats on different sides), one undirected edge per pair that met, weighted by
// meetings, alive in the years they met. Metrics come from the API's analysis (analyse: degree,
// PageRank, betweenness, Louvain) when the network is small enough for it (MAX_NETWORK_WORK).
import { analyse, type Network } from '../api/network/analysis.js';
import { MAX_NETWORK_WORK, type Projection } from '../api/network/projection.js';
import { countryCodes } from './country-codes.js';
import type { ExportMeeting } from './meetings.js';

export type NetworkLevel = 'country' | 'person';

export interface ExportNode {
  id: string;
  label: string;
  /** Country of a country node; for a person, the side they sat on most often. */
  country: string | null;
  meetings: number;
  first: string;
  last: string;
}

export interface ExportEdge {
  source: string;
  target: string;
  weight: number;
  first: string;
  last: string;
  /** Years with at least one meeting of the pair, ascending. */
  years: number[];
}

interface NodeTally extends ExportNode {
  sides: Map<string, number>;
}

export class NetworkBuilder {
  private readonly nodes = new Map<string, NodeTally>();
  private readonly edges = new Map<string, ExportEdge>();
  meetings = 0;

  constructor(readonly level: NetworkLevel) {}

  add(meeting: ExportMeeting): void {
    this.meetings++;
    const members = this.level === 'country'
      ? meeting.sides.map((id) => ({ id, label: id, side: id }))
      : meeting.seats.filter((seat) => seat.country).map((seat) => ({ id: seat.person, label: seat.name ?? seat.person, side: seat.country! }));
    const unique = [...new Map(members.map((m) => [m.id, m])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const member of unique) this.tallyNode(member, meeting.date);
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        if (unique[i]!.side === unique[j]!.side) continue;
        this.tallyEdge(unique[i]!.id, unique[j]!.id, meeting);
      }
    }
  }

  private tallyNode(member: { id: string; label: string; side: string }, date: string): void {
    let node = this.nodes.get(member.id);
    if (!node) {
      node = { id: member.id, label: member.label, country: null, meetings: 0, first: date, last: date, sides: new Map() };
      this.nodes.set(member.id, node);
    }
    node.meetings++;
    node.sides.set(member.side, (node.sides.get(member.side) ?? 0) + 1);
    if (date < node.first) node.first = date;
    if (date > node.last) node.last = date;
  }

  private tallyEdge(source: string, target: string, meeting: ExportMeeting): void {
    const key = `${source}\t${target}`;
    let edge = this.edges.get(key);
    if (!edge) {
      edge = { source, target, weight: 0, first: meeting.date, last: meeting.date, years: [] };
      this.edges.set(key, edge);
    }
    edge.weight++;
    if (meeting.date < edge.first) edge.first = meeting.date;
    if (meeting.date > edge.last) edge.last = meeting.date;
    if (!edge.years.includes(meeting.year)) edge.years.push(meeting.year);
  }

  result(): { nodes: ExportNode[]; edges: ExportEdge[] } {
    const nodes = [...this.nodes.values()].map(({ sides, ...node }) => {
      const country = [...sides.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
      const label = this.level === 'country' ? (countryCodes(node.id).nameEn ?? node.id) : node.label;
      return { ...node, label, country };
    }).sort((a, b) => (a.id < b.id ? -1 : 1));
    const edges = [...this.edges.values()].map((edge) => ({ ...edge, years: [...edge.years].sort((a, b) => a - b) }))
      .sort((a, b) => (a.source === b.source ? (a.target < b.target ? -1 : 1) : a.source < b.source ? -1 : 1));
    return { nodes, edges };
  }
}

/** The API's metrics for the network, or null when it is too large to compute them in reasonable time. */
export function networkMetrics(level: NetworkLevel, meetings: number, nodes: ExportNode[], edges: ExportEdge[]): Network | null {
  if (nodes.length * edges.length > MAX_NETWORK_WORK) return null;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const projection: Projection = {
    level: level === 'country' ? 'COUNTRY' : 'PERSON',
    meetings,
    edges: edges.map((edge) => ({
      source: edge.source, sourceLabel: byId.get(edge.source)?.label ?? null, sourceCountry: byId.get(edge.source)?.country ?? null,
      target: edge.target, targetLabel: byId.get(edge.target)?.label ?? null, targetCountry: byId.get(edge.target)?.country ?? null,
      weight: edge.weight, firstMet: edge.first, lastMet: edge.last,
    })),
  };
  return analyse(projection);
}
