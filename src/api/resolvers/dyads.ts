// dyadYears: the dyads export's table (src/export/dyads.ts) for one country and a period, read with
// the export's own meeting pages (cypher/read/export-meetings-page) and aggregated the same way.
import { DyadYears } from '../../export/dyads.js';
import type { ExportMeeting } from '../../export/meetings.js';
import { MEETING_KINDS, SPEECH_ACTS } from '../../export/vocabulary.js';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';
import { pageRequest } from '../pagination.js';

type Args = { country: string; from?: string | null; to?: string | null; directed?: boolean | null; first?: number | null };
type DyadRecord = Record<string, string | number | null>;

const PAGE = 500;

async function* meetingsOf(ctx: ApiContext, range: { from: string | null; to: string | null }): AsyncGenerator<ExportMeeting> {
  let after = '';
  for (;;) {
    const rows = await ctx.read<ExportMeeting>('export-meetings-page', { ...range, after, limit: PAGE });
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.id;
  }
}

function toDyadYear(record: DyadRecord) {
  const n = (column: string) => Number(record[column] ?? 0);
  return {
    iso1: record.iso1, iso2: record.iso2, ccode1: record.ccode1, ccode2: record.ccode2, cowabb1: record.cowabb1,
    cowabb2: record.cowabb2, year: record.year, meetings: record.meetings,
    meetingsByKind: MEETING_KINDS.map((kind) => ({ kind, meetings: n(`meetings_${kind}`) })).filter((c) => c.meetings > 0),
    hostedBy1: record.hosted_by_1, hostedBy2: record.hosted_by_2, hostUnknown: record.host_unknown,
    statements: record.statements,
    statementsByAct: SPEECH_ACTS.map((act) => ({ act, statements: n(`statements_${act}`) })).filter((c) => c.statements > 0),
    uncodedStatements: n('statements_uncoded'), firstDate: record.first_date, lastDate: record.last_date,
  };
}

async function dyadYears(_: unknown, args: Args, ctx: ApiContext) {
  const { first } = pageRequest({ first: args.first ?? 100 });
  if (!/^[A-Z]{3}$/.test(args.country)) throw apiError('BAD_USER_INPUT', `country is an ISO 3166-1 alpha-3 id such as JPN, got ${JSON.stringify(args.country)}.`);
  const range = { from: args.from ?? null, to: args.to ?? null };
  if (range.from && range.to && range.from > range.to) throw apiError('BAD_USER_INPUT', '`from` is after `to`.');
  const directed = args.directed ?? true;
  const dyads = new DyadYears({ directed });
  for await (const meeting of meetingsOf(ctx, range)) if (meeting.sides.includes(args.country)) dyads.add(meeting);
  const rows = [...dyads.records()].filter((r) => r.iso1 === args.country || (!directed && r.iso2 === args.country));
  return { totalCount: rows.length, rows: rows.slice(0, first).map(toDyadYear) };
}

export const dyadResolvers = {
  DyadYear: {
    country1: (row: { iso1: string }, _: unknown, ctx: ApiContext) => ctx.loaders.nodes.load(row.iso1),
    country2: (row: { iso2: string }, _: unknown, ctx: ApiContext) => ctx.loaders.nodes.load(row.iso2),
  },
  Query: { dyadYears },
};
