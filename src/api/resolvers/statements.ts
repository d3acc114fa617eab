// Statements and topic sections: the statements connection, statement and topic fields, root fields.
import type { ApiContext } from '../context.js';
import { loadConnection, normaliseFilter } from '../connections.js';
import type { GraphNode } from '../graph-nodes.js';
import type { PageArgs } from '../pagination.js';
import { neighbours, nodeOfType } from './base.js';
import { listOf } from './meetings.js';

type Args = PageArgs & { filter?: Record<string, unknown> | null; sort?: string | null };

const ACTS = new Set([
  'statement', 'condolence', 'gratitude', 'congratulation', 'expectation', 'agreement',
  'proposal', 'request', 'explanation', 'emphasis', 'invitation',
]);

/** One page of statements matching `filter`, by meeting date and document order. */
export function statementConnection(ctx: ApiContext, filter: Record<string, unknown>, args: Args) {
  const sort = args.sort ?? 'DATE_ASC';
  return loadConnection(ctx, { query: 'list-statements', key: filter, args, sort, desc: sort === 'DATE_DESC' });
}

type StatementLinks = {
  meeting: GraphNode | null;
  speakers: GraphNode[];
  respondsTo: GraphNode | null;
  topic: GraphNode | null;
};

function links(statement: GraphNode, ctx: ApiContext): Promise<StatementLinks | null> {
  return ctx.loaders.byParent<StatementLinks & { id: string }>('find-statement-links').load(statement.id);
}

type Sides = { side: GraphNode | null; sides: GraphNode[] };

/** Sides cost a walk through every speaker's seat: read by a statement of their own, only when asked for. */
function sidesOf(statement: GraphNode, ctx: ApiContext): Promise<Sides | null> {
  return ctx.loaders.byParent<Sides & { id: string }>('find-statement-sides').load(statement.id);
}

interface MentionRow {
  entity: GraphNode | null;
  start: number | null;
  end: number | null;
}

/** The mentioned text, cut from the statement (offsets are into the document; both are UTF-16). */
function mentionText(statement: GraphNode, mention: MentionRow): string | null {
  const { text, start } = statement;
  if (typeof text !== 'string' || typeof start !== 'number' || mention.start === null || mention.end === null) return null;
  const from = mention.start - start;
  const to = mention.end - start;
  return from >= 0 && to <= text.length && from < to ? text.slice(from, to) : null;
}

async function countryNode(ctx: ApiContext, id: string | null | undefined) {
  if (!id) return null;
  const node = await ctx.loaders.nodes.load(id);
  return node?.__typename === 'Country' ? node : null;
}

export const statementResolvers = {
  Statement: {
    act: (statement: GraphNode) => (typeof statement.act === 'string' && ACTS.has(statement.act) ? statement.act : null),
    topicNumber: (statement: GraphNode) => statement.topic ?? null,
    paragraph: (statement: GraphNode) => statement.paragraph ?? null,
    order: (statement: GraphNode) => statement.order ?? 0,
    meeting: async (statement: GraphNode, _: unknown, ctx: ApiContext) => (await links(statement, ctx))?.meeting ?? null,
    date: async (statement: GraphNode, _: unknown, ctx: ApiContext) => (await links(statement, ctx))?.meeting?.date ?? null,
    topic: async (statement: GraphNode, _: unknown, ctx: ApiContext) => (await links(statement, ctx))?.topic ?? null,
    speakers: async (statement: GraphNode, _: unknown, ctx: ApiContext) => (await links(statement, ctx))?.speakers ?? [],
    respondsTo: async (statement: GraphNode, _: unknown, ctx: ApiContext) => (await links(statement, ctx))?.respondsTo ?? null,
    side: async (statement: GraphNode, _: unknown, ctx: ApiContext) => (await sidesOf(statement, ctx))?.side ?? null,
    sides: async (statement: GraphNode, _: unknown, ctx: ApiContext) => (await sidesOf(statement, ctx))?.sides ?? [],
    document: (statement: GraphNode, _: unknown, ctx: ApiContext) =>
      typeof statement.document === 'string' ? ctx.loaders.nodes.load(statement.document) : null,
    responses: (statement: GraphNode, _: unknown, ctx: ApiContext) =>
      listOf(ctx, 'find-statement-responses', statement.id, 'responses'),
    mentions: async (statement: GraphNode, _: unknown, ctx: ApiContext) => {
      const rows = await listOf<MentionRow>(ctx, 'find-statement-mentions', statement.id, 'mentions');
      return rows.filter((row) => row.entity !== null).map((row) => ({ ...row, text: mentionText(statement, row) }));
    },
    neighbours,
  },
  Topic: {
    heading: (topic: GraphNode) => (typeof topic.heading === 'string' ? topic.heading : ''),
    meeting: async (topic: GraphNode, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.byParent('find-topic-links').load(topic.id))?.meeting ?? null,
    concerns: (topic: GraphNode, _: unknown, ctx: ApiContext) => listOf(ctx, 'find-topic-links', topic.id, 'concerns'),
    statements: (topic: GraphNode, _: unknown, ctx: ApiContext) => listOf(ctx, 'find-topic-links', topic.id, 'statements'),
    neighbours,
  },
  Query: {
    statement: nodeOfType('Statement'),
    topic: nodeOfType('Topic'),
    statements: (_: unknown, args: Args, ctx: ApiContext) => statementConnection(ctx, normaliseFilter(args.filter), args),
  },
};

export { countryNode };
