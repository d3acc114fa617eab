// A country: its meetings with Japan (or, for Japan, all its meetings) by year and kind, and the
// counterparts it met most.
import { request } from './api.js';
import { h } from './dom.js';
import { type PanelContext, expandControls, header, list, nodeLink, section } from './panel-common.js';
import { COUNTRY } from './queries.js';
import { countByYearAndKind, kindLegend, timelineChart } from './timeline-chart.js';
import { dateBounds } from './url-state.js';

interface CountryData {
  country: {
    id: string; name: string; aliases: string[];
    meetings: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string; year: number | null; kind: string; countries: Array<{ id: string }> } }> };
    relations: { edges: Array<{ node: { meetings: number; firstMet: string | null; lastMet: string | null; counterpart: { id: string; name: string } } }> };
  } | null;
}

/** Pages of 100 read for the chart; past this many meetings the chart says it shows the latest only. */
const MAX_PAGES = 5;
const HOME = 'JPN';

export async function countryPanel(id: string, ctx: PanelContext): Promise<HTMLElement | null> {
  const { t, state } = ctx;
  const kinds = state.kinds.length > 0 ? { kinds: state.kinds } : {};
  const filter = { ...dateBounds(state), ...kinds };
  let after: string | null = null;
  let data: CountryData['country'] = null;
  const meetings: Array<{ year: number | null; kind: string; countries: Array<{ id: string }> }> = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: CountryData = await request<CountryData>(COUNTRY, { id, filter, relations: filter, after });
    if (!result.country) return null;
    data ??= result.country;
    meetings.push(...result.country.meetings.edges.map((edge) => edge.node));
    if (!result.country.meetings.pageInfo.hasNextPage) break;
    after = result.country.meetings.pageInfo.endCursor;
  }
  const country = data!;
  const isHome = country.id === HOME;
  const withHome = isHome ? meetings : meetings.filter((meeting) => meeting.countries.some((c) => c.id === HOME));
  const counts = countByYearAndKind(withHome);
  const label = isHome ? t.meetingsOfCountry(country.name) : t.meetingsByYear(country.name);
  const relations = country.relations.edges.map(({ node }) =>
    h('li', {}, nodeLink(ctx, node.counterpart.id, node.counterpart.name), h('span', { class: 'detail' }, [t.times(node.meetings), node.firstMet && node.lastMet ? `${node.firstMet} – ${node.lastMet}` : null].filter(Boolean).join(' · '))),
  );
  return h(
    'div',
    {},
    header(country.name, `${country.id}${country.aliases.length > 1 ? ` · ${t.aliases}: ${country.aliases.join('、')}` : ''}`, t.type.COUNTRY),
    expandControls(ctx, country.id),
    section(
      label,
      counts.length > 0 ? timelineChart(counts, t, label) : h('p', { class: 'note' }, t.noMeetings),
      counts.length > 0 ? kindLegend(counts, t) : null,
      meetings.length < country.meetings.totalCount ? h('p', { class: 'note' }, t.partialTimeline(meetings.length, country.meetings.totalCount)) : null,
    ),
    relations.length > 0 ? section(t.relations, list(relations)) : null,
  );
}
