// Subjects of talks (Issue, Event, Agreement): their topic sections, meetings, and the timeline of
// what each side said about them.
import type { ApiContext } from '../context.js';
import { loadConnection, normaliseFilter } from '../connections.js';
import type { GraphNode } from '../graph-nodes.js';
import type { PageArgs } from '../pagination.js';
import { nodeOfType } from './base.js';
import { entityFields } from './entities.js';
import { meetingConnection } from './meetings.js';
import { countryNode } from './statements.js';

type Args = PageArgs & { filter?: Record<string, unknown> | null; sort?: string | null };

/** A speaker of a timeline statement and the side he sat on in its meeting. */
interface SpeakerRow {
  person: GraphNode;
  sideId: string | null;
}

interface BucketRow {
  year: number | null;
  sideId: string | null;
  statements: number;
}

async function timeline(subject: GraphNode, args: Args, ctx: ApiContext) {
  const sort = args.sort ?? 'DATE_ASC';
  const key = { ...normaliseFilter(args.filter), subjectId: subject.id };
  const connection = await loadConnection(ctx, {
    query: 'list-timeline',
    key,
    args,
    sort,
    desc: sort === 'DATE_DESC',
    edge: (item) => {
      const speakers = (item.speakers as SpeakerRow[] | undefined) ?? [];
      const sideIds = [...new Set(speakers.map((row) => row.sideId).filter((id): id is string => typeof id === 'string'))].sort();
      return {
        node: item.node,
        date: item.date ?? null,
        speakers: speakers.map((row) => row.person),
        sides: () => Promise.all(sideIds.map((id) => countryNode(ctx, id))).then((nodes) => nodes.filter((node) => node !== null)),
        speaker: speakers[0]?.person ?? null,
        side: () => countryNode(ctx, speakers[0]?.sideId),
        act: (item.node as GraphNode).act ?? null,
        link: item.link,
      };
    },
  });
  // Buckets cover every page, so they are read (once per subject and filter) only when asked for.
  const bySide = async () => {
    const row = await ctx.loaders.byKey<{ buckets: BucketRow[] }>('count-timeline-buckets', {}).load(key);
    const buckets = row?.buckets ?? [];
    return buckets.map((bucket) => ({ ...bucket, side: () => countryNode(ctx, bucket.sideId) }));
  };
  return { ...connection, bySide };
}

const subjectFields = {
  ...entityFields,
  topics: (subject: GraphNode, args: PageArgs, ctx: ApiContext) =>
    loadConnection(ctx, { query: 'list-topics', key: { subjectId: subject.id }, args }),
  meetings: (subject: GraphNode, args: Args, ctx: ApiContext) =>
    meetingConnection(ctx, { ...normaliseFilter(args.filter), issueId: subject.id }, args),
  timeline,
};

export const issueResolvers = {
  Issue: subjectFields,
  Agreement: subjectFields,
  Event: {
    ...subjectFields,
    meetingsOnOccasion: (event: GraphNode, args: Args, ctx: ApiContext) =>
      meetingConnection(ctx, { ...normaliseFilter(args.filter), occasionId: event.id }, args),
  },
  Query: {
    issue: nodeOfType('Issue'),
    event: nodeOfType('Event'),
    agreement: nodeOfType('Agreement'),
  },
};
