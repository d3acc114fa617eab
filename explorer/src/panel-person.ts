// A person: titles, meetings with the title held and the side sat on, counterparts across the table.
import { request } from './api.js';
import { h } from './dom.js';
import { type PanelContext, expandControls, header, kindLabel, list, nodeLink, section } from './panel-common.js';
import { PERSON } from './queries.js';
import { dateBounds } from './url-state.js';

interface PersonData {
  person: {
    id: string;
    name: string;
    aliases: string[];
    country: { id: string; name: string } | null;
    titles: Array<{ title: string; asOf: string | null; of: { id: string; name: string } | null }>;
    meetings: {
      totalCount: number;
      edges: Array<{
        node: {
          id: string; date: string | null; kind: string; location: string | null; occasion: string | null;
          participants: Array<{ person: { id: string }; role: string; title: string | null; country: { id: string; name: string } | null }>;
        };
      }>;
    };
    counterparts: { totalCount: number; edges: Array<{ meetings: number; firstMet: string | null; lastMet: string | null; node: { id: string; name: string; country: { name: string } | null } }> };
  } | null;
}

export async function personPanel(id: string, ctx: PanelContext): Promise<HTMLElement | null> {
  const { t, state } = ctx;
  const kinds = state.kinds.length > 0 ? { kinds: state.kinds } : {};
  const { person } = await request<PersonData>(PERSON, { id, filter: { ...dateBounds(state), ...kinds }, counterparts: { ...dateBounds(state), ...kinds } });
  if (!person) return null;
  const meetings = person.meetings.edges.map(({ node }) => {
    const own = node.participants.find((participant) => participant.person.id === person.id);
    const seat = own ? [own.title, own.country ? t.side(own.country.name) : null, own.role === 'PRINCIPAL' ? t.principal : t.delegation].filter(Boolean).join(' · ') : '';
    return h('li', {}, nodeLink(ctx, node.id, `${node.date ?? '?'} ${kindLabel(t, node.kind)}`), h('span', { class: 'detail' }, [node.location, node.occasion].filter(Boolean).join(' · ')), seat ? h('span', { class: 'detail' }, seat) : null);
  });
  const counterparts = person.counterparts.edges.map((edge) =>
    h('li', {}, nodeLink(ctx, edge.node.id, edge.node.name), h('span', { class: 'detail' }, [edge.node.country?.name, t.times(edge.meetings), edge.firstMet && edge.lastMet ? `${edge.firstMet} – ${edge.lastMet}` : null].filter(Boolean).join(' · '))),
  );
  return h(
    'div',
    {},
    header(person.name, person.country?.name ?? null, t.type.PERSON),
    person.aliases.length > 1 ? h('p', { class: 'detail' }, `${t.aliases}: ${person.aliases.join('、')}`) : null,
    expandControls(ctx, person.id),
    person.titles.length > 0 ? section(t.titles, list(person.titles.map((title) => h('li', {}, `${title.title}${title.of ? ` (${title.of.name})` : ''}${title.asOf ? ` · ${title.asOf}` : ''}`)))) : null,
    section(`${t.meetings} (${person.meetings.totalCount})`, meetings.length > 0 ? list(meetings) : h('p', { class: 'note' }, t.noMeetings)),
    person.counterparts.edges.length > 0 ? section(`${t.counterparts} (${person.counterparts.totalCount})`, list(counterparts)) : null,
  );
}
