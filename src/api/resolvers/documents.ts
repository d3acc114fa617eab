// Documents: provenance of everything else; document fields and root fields.
import type { ApiContext } from '../context.js';
import { compact, loadConnection } from '../connections.js';
import type { GraphNode } from '../graph-nodes.js';
import type { PageArgs } from '../pagination.js';
import { neighbours, nodeOfType } from './base.js';
import { listOf } from './meetings.js';

export const documentResolvers = {
  Document: {
    title: (document: GraphNode) => (typeof document.title === 'string' ? document.title : ''),
    // Documents are read without their text; it comes only for the queries that ask for it.
    text: async (document: GraphNode, _: unknown, ctx: ApiContext) => {
      if (typeof document.text === 'string') return document.text;
      const row = await ctx.loaders.byParent<{ id: string; text: unknown }>('find-document-text').load(document.id);
      return typeof row?.text === 'string' ? row.text : '';
    },
    source: (document: GraphNode) => (typeof document.source === 'string' ? document.source : ''),
    sources: (document: GraphNode) =>
      Array.isArray(document.sources) ? document.sources : typeof document.source === 'string' ? [document.source] : [],
    meetings: (document: GraphNode, _: unknown, ctx: ApiContext) => listOf(ctx, 'find-document-links', document.id, 'meetings'),
    mentions: async (document: GraphNode, _: unknown, ctx: ApiContext) =>
      (await listOf<{ entity: GraphNode | null }>(ctx, 'find-document-links', document.id, 'mentions')).filter(
        (row) => row.entity !== null,
      ),
    neighbours,
  },
  DocumentMention: {
    count: (mention: { count?: number | null }) => mention.count ?? 0,
  },
  Query: {
    document: nodeOfType('Document'),
    documents: (_: unknown, args: PageArgs & { filter?: Record<string, unknown> | null }, ctx: ApiContext) =>
      loadConnection(ctx, { query: 'list-documents', key: compact(args.filter), args }),
  },
};
