// Meetings: the meetings connection (used by every type with meetings), meeting fields, root fields.
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import { countOf, loadConnection, normaliseFilter, type ConnectionTail } from '../connections.js';
import type { GraphNode } from '../graph-nodes.js';
import { selectedFields } from '../lookahead.js';
import type { PageArgs } from '../pagination.js';
import type { Row } from '../read.js';
import { apiError } from '../errors.js';
import { leavesUndatedOut } from '../undated.js';
import { meetingTitle } from '../meeting-title.js';
import { neighbours } from './base.js';

type MeetingArgs = PageArgs & { filter?: Record<string, unknown> | null; sort?: string | null };

const KINDS = new Set(['summit', 'foreign_ministers', 'telephone', 'video', 'courtesy_call', 'meal', 'multilateral', 'other']);

/** Undated meetings matching `filter` but for its date bounds. */
function meetingsLeftOut(ctx: ApiContext, filter: Record<string, unknown>): Promise<number> {
  if (!leavesUndatedOut(filter)) return Promise.resolve(0);
  return countOf(ctx, 'count-meetings', { ...filter, includeUndated: true, undatedOnly: true });
}

/** Filter fields that name a set of meetings to start from (list-meetings); without one, list-meetings-all. */
const ANCHORS = ['personId', 'countryId', 'locationId', 'occasionId', 'issueId', 'source'];

/** Undated meetings come after the dated ones list-meetings-all reads from the date index. */
const UNDATED_TAIL: ConnectionTail = {
  query: 'list-meetings-undated',
  applies: (filter) => !leavesUndatedOut(filter),
  // An undated meeting's key: '' newest first, '~' oldest first (list-meetings).
  owns: (after) => after.key === '' || after.key === '~',
};

/** One page of meetings matching `filter`, newest first unless sort is DATE_ASC. */
export async function meetingConnection(ctx: ApiContext, filter: Record<string, unknown>, args: MeetingArgs) {
  if (filter.role !== undefined && filter.personId === undefined) {
    throw apiError('BAD_USER_INPUT', '`role` is the role of a person: give `personId` too (or ask `Person.meetings`).');
  }
  const sort = args.sort ?? 'DATE_DESC';
  const anchored = ANCHORS.some((name) => filter[name] !== undefined);
  // The lists share cursors: the sort name, not the statement, is bound into them.
  const connection = await loadConnection(ctx, {
    query: anchored ? 'list-meetings' : 'list-meetings-all',
    tail: anchored ? undefined : UNDATED_TAIL,
    cursorScope: 'list-meetings',
    key: filter,
    args,
    sort,
    desc: sort !== 'DATE_ASC',
    count: 'count-meetings',
  });
  return { ...connection, undatedLeftOut: () => meetingsLeftOut(ctx, filter) };
}

type MeetingDetails = {
  heldIn: GraphNode | null;
  onOccasionOf: GraphNode | null;
  documentId: string | null;
  documentTitle: string | null;
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

type StatementRow = { statement: GraphNode | null; links: Row & { respondsToId?: string | null } };

/**
 * A meeting's statements, priming their links (find-statement-links) so that speakers and answers need
 * no second query. A statement answering one outside the meeting is left to the loader.
 */
function primeStatements(ctx: ApiContext, meeting: GraphNode, rows: StatementRow[]): GraphNode[] {
  const statements = rows.map((row) => row.statement).filter((statement) => statement !== null);
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const loader = ctx.loaders.byParent('find-statement-links');
  for (const { statement, links } of rows) {
    const { respondsToId, ...rest } = links;
    const respondsTo = respondsToId ? byId.get(respondsToId) : null;
    if (statement && respondsTo !== undefined) loader.prime(statement.id, { ...rest, id: statement.id, meeting, respondsTo });
  }
  return statements;
}

/**
 * find-meeting-full names a speaker who attended by id (its participants hold the node): the nodes are
 * put back here, so that the rows read like find-meeting-statements'.
 */
function withParticipantNodes(rows: StatementRow[], participants: MeetingDetails['participants']): StatementRow[] {
  const people = new Map(participants.flatMap(({ person }) => (person ? [[person.id, person] as const] : [])));
  const speaker = (item: unknown) => (typeof item === 'string' ? (people.get(item) ?? null) : item);
  return rows.map(({ statement, links }) => ({
    statement,
    links: { ...links, speakers: (links.speakers as unknown[]).map(speaker).filter((item) => item !== null) },
  }));
}

/** meeting(id): node, details and (when asked for) statements in one query, primed into the loaders. */
async function meeting(_: unknown, { id }: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) {
  const withStatements = selectedFields(info).has('statements');
  const [row] = await ctx.read<MeetingDetails & { id: string; node: GraphNode | null; statements: StatementRow[] | null }>(
    'find-meeting-full',
    { ids: [id], withStatements },
  );
  if (!row?.node) return null;
  ctx.loaders.nodes.prime(id, row.node);
  ctx.loaders.byParent('find-meeting-details').prime(id, row);
  if (withStatements) {
    const statements = withParticipantNodes(row.statements ?? [], row.participants ?? []);
    ctx.loaders.byParent('find-meeting-statements').prime(id, { id, statements });
  }
  return row.node;
}

export const meetingResolvers = {
  Meeting: {
    // A kind outside the contract's list would break the enum; report it as OTHER instead.
    kind: (meeting: GraphNode) => (typeof meeting.kind === 'string' && KINDS.has(meeting.kind) ? meeting.kind : 'other'),
    title: async (meeting: GraphNode, _: unknown, ctx: ApiContext) => {
      const details = await links(meeting, ctx);
      return meetingTitle({ meetingId: meeting.id, kind: meeting.kind, documentTitle: details?.documentTitle, countries: details?.countries ?? [] });
    },
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
    statements: async (meeting: GraphNode, _: unknown, ctx: ApiContext) =>
      primeStatements(ctx, meeting, await listOf<StatementRow>(ctx, 'find-meeting-statements', meeting.id, 'statements')),
    neighbours,
  },
  Query: {
    meetings: (_: unknown, args: MeetingArgs, ctx: ApiContext) => meetingConnection(ctx, normaliseFilter(args.filter), args),
    meeting,
  },
};

export { listOf };
