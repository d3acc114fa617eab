// Meetings: the meetings connection (used by every type with meetings), meeting fields, root fields.
import type { ApiContext } from '../context.js';
import { loadConnection, normaliseFilter } from '../connections.js';
import type { GraphNode } from '../graph-nodes.js';
import type { PageArgs } from '../pagination.js';
import type { Row } from '../read.js';
import { neighbours, nodeOfType } from './base.js';

type MeetingArgs = PageArgs & { filter?: Record<string, unknown> | null; sort?: string | null };

const KINDS = new Set(['summit', 'foreign_ministers', 'telephone', 'video', 'courtesy_call', 'meal', 'multilateral', 'other']);

/** One page of meetings matching `filter`, newest first unless sort is DATE_ASC. */
export function meetingConnection(ctx: ApiContext, filter: Record<string, unknown>, args: MeetingArgs) {
  const sort = args.sort ?? 'DATE_DESC';
  return loadConnection(ctx, { query: 'list-meetings', key: filter, args, sort, desc: sort !== 'DATE_ASC' });
}

type MeetingDetails = {
  heldIn: GraphNode | null;
  onOccasionOf: GraphNode | null;
  documentId: string | null;
  countries: GraphNode[];
  participants: Array<{ person: GraphNode | null }>;
  topics: GraphNode[];
};

function links(meeting: GraphNode, ctx: ApiContext): Promise<MeetingDetails | null> {
  return ctx.loaders.byParent<MeetingDetails & { id: string }>('find-meeting-details').load(meeting.id);
}

async function listOf<T>(ctx: ApiContext, query: string, id: string, column: string): Promise<T[]> {
  const row = await ctx.loaders.byParent(query).load(id);
  return ((row?.[column] as T[] | undefined) ?? []).filter((item) => item !== null);
}

export const meetingResolvers = {
  Meeting: {
    // A kind outside the contract's list would break the enum; report it as OTHER instead.
    kind: (meeting: GraphNode) => (typeof meeting.kind === 'string' && KINDS.has(meeting.kind) ? meeting.kind : 'other'),
    location: async (meeting: GraphNode, _: unknown, ctx: ApiContext) => (await links(meeting, ctx))?.heldIn?.name ?? null,
    occasion: async (meeting: GraphNode, _: unknown, ctx: ApiContext) => (await links(meeting, ctx))?.onOccasionOf?.name ?? null,
    heldIn: async (meeting: GraphNode, _: unknown, ctx: ApiContext) => (await links(meeting, ctx))?.heldIn ?? null,
    onOccasionOf: async (meeting: GraphNode, _: unknown, ctx: ApiContext) => {
      const event = (await links(meeting, ctx))?.onOccasionOf;
      return event?.__typename === 'Event' ? event : null;
    },
    countries: async (meeting: GraphNode, _: unknown, ctx: ApiContext) => (await links(meeting, ctx))?.countries ?? [],
    document: async (meeting: GraphNode, _: unknown, ctx: ApiContext) => {
      const documentId = (await links(meeting, ctx))?.documentId;
      return documentId ? ctx.loaders.nodes.load(documentId) : null;
    },
    participants: async (meeting: GraphNode, _: unknown, ctx: ApiContext) =>
      ((await links(meeting, ctx))?.participants ?? []).filter((row) => row.person !== null),
    topics: async (meeting: GraphNode, _: unknown, ctx: ApiContext) => (await links(meeting, ctx))?.topics ?? [],
    statements: async (meeting: GraphNode, _: unknown, ctx: ApiContext) => {
      const rows = await listOf<{ statement: GraphNode | null; links: Row }>(ctx, 'find-meeting-statements', meeting.id, 'statements');
      const links = ctx.loaders.byParent('find-statement-links');
      for (const { statement, links: row } of rows) if (statement) links.prime(statement.id, { ...row, id: statement.id });
      return rows.map((row) => row.statement).filter((statement) => statement !== null);
    },
    neighbours,
  },
  Query: {
    meetings: (_: unknown, args: MeetingArgs, ctx: ApiContext) => meetingConnection(ctx, normaliseFilter(args.filter), args),
    meeting: nodeOfType('Meeting'),
  },
};

export { listOf };
