// People: profile, meetings, statements and counterparts; the people root fields.
import type { ApiContext } from '../context.js';
import { type ConnectionSpec, loadConnection, normaliseFilter } from '../connections.js';
import type { GraphNode } from '../graph-nodes.js';
import type { PageArgs } from '../pagination.js';
import { undatedLeftOut } from '../undated.js';
import { nodeWithConnection } from './base.js';
import { countryOf, entityConnection, entityFields, entityFilter } from './entities.js';
import { listOf, meetingConnection } from './meetings.js';
import { statementConnection } from './statements.js';

type Args = PageArgs & { filter?: Record<string, unknown> | null; sort?: string | null };

/** One person's counterparts page: the statement the field and person(id) share. */
function counterpartsSpec(personId: string, args: Args): ConnectionSpec<Record<string, unknown>> {
  const sort = args.sort ?? 'MEETINGS_DESC';
  return {
    query: 'list-counterparts',
    key: { ...normaliseFilter(args.filter), personId },
    args,
    sort,
    desc: sort !== 'NAME_ASC',
    edge: (item) => ({ node: item.node, meetings: item.meetings, undated: item.undated ?? 0, firstMet: item.firstMet, lastMet: item.lastMet }),
  };
}

async function counterparts(person: GraphNode, args: Args, ctx: ApiContext) {
  const spec = counterpartsSpec(person.id, args);
  const connection = await loadConnection(ctx, spec);
  return { ...connection, undatedLeftOut: () => undatedLeftOut(ctx, 'counterparts', spec.key) };
}

export const peopleResolvers = {
  Person: {
    ...entityFields,
    country: countryOf,
    titles: (person: GraphNode, _: unknown, ctx: ApiContext) => listOf(ctx, 'find-person-details', person.id, 'titles'),
    represents: (person: GraphNode, _: unknown, ctx: ApiContext) =>
      listOf(ctx, 'find-person-details', person.id, 'represents'),
    meetings: (person: GraphNode, args: Args, ctx: ApiContext) =>
      meetingConnection(ctx, { ...normaliseFilter(args.filter), personId: person.id }, args),
    statements: (person: GraphNode, args: Args, ctx: ApiContext) =>
      statementConnection(ctx, { ...normaliseFilter(args.filter), speakerId: person.id }, { ...args, sort: args.sort ?? 'DATE_DESC' }),
    counterparts,
  },
  Query: {
    // With its counterparts, a person costs one statement.
    person: nodeWithConnection('Person', 'counterparts', counterpartsSpec),
    people: (_: unknown, args: Args, ctx: ApiContext) =>
      entityConnection(ctx, { ...entityFilter(args.filter), types: ['Person'] }, args),
  },
};
