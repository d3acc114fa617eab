// Subjects of talks (Issue, Event, Agreement): their topic sections, meetings, and the timeline of
// what each side said about them.
import type { ApiContext } from '../context.js';
import { type ConnectionSpec, loadConnection, normaliseFilter } from '../connections.js';
import type { GraphNode } from '../graph-nodes.js';
import type { PageArgs } from '../pagination.js';
import { nodeWithConnection } from './base.js';
import { entityFields } from './entities.js';
import { meetingConnection } from './meetings.js';
import { countryNode } from './statements.js';

type Args = PageArgs & { filter?: Record<string, unknown> | null; sort?: string | null };

/** A speaker of a timeline statement and the country he sat for in its meeting (list-timeline). */
interface SpeakerRow {
  person: GraphNode;
  side: GraphNode | null;
}

interface BucketRow {
  year: number | null;
  sideId: string | null;
  statements: number;
}

/** The timeline page of one subject: the statement the field and its root (subjectRoot) share. */
function timelineSpec(subjectId: string, args: Args): ConnectionSpec<Record<string, unknown>> {
  const sort = args.sort ?? 'DATE_ASC';
  return {
    query: 'list-timeline',
    key: { ...normaliseFilter(args.filter), subjectId },
    args,
    sort,
    desc: sort === 'DATE_DESC',
    edge: (item) => {
      const speakers = (item.speakers as SpeakerRow[] | undefined) ?? [];
      // The sides come with the page: no second statement to look their countries up.
      const sides = new Map<string, GraphNode>();
      for (const { side } of speakers) if (side) sides.set(side.id, side);
      return {
        node: item.node,
        date: item.date ?? null,
        speakers: speakers.map((row) => row.person),
        sides: [...sides.keys()].sort().map((id) => sides.get(id)!),
        speaker: speakers[0]?.person ?? null,
        side: speakers[0]?.side ?? null,
        act: (item.node as GraphNode).act ?? null,
        link: item.link,
      };
    },
  };
}

async function timeline(subject: GraphNode, args: Args, ctx: ApiContext) {
  const spec = timelineSpec(subject.id, args);
  const { key } = spec;
  const connection = await loadConnection(ctx, spec);
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
    // With its timeline, a subject costs one statement.
    issue: nodeWithConnection('Issue', 'timeline', timelineSpec),
    event: nodeWithConnection('Event', 'timeline', timelineSpec),
    agreement: nodeWithConnection('Agreement', 'timeline', timelineSpec),
  },
};
