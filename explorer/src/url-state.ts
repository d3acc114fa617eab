// What the page shows, as a value that round-trips through the URL's query string, so that a view can
// be shared and back/forward restore it. Pure: no DOM, unit-tested.

export type View = 'network' | 'explore';
export type Level = 'PERSON' | 'COUNTRY';
export type SizeBy = 'pagerank' | 'degree';
export type Lang = 'en' | 'ja';

export const MEETING_KINDS = ['SUMMIT', 'FOREIGN_MINISTERS', 'TELEPHONE', 'VIDEO', 'COURTESY_CALL', 'MEAL', 'MULTILATERAL', 'OTHER'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const NODE_TYPES = ['PERSON', 'COUNTRY', 'MEETING', 'ISSUE', 'EVENT', 'AGREEMENT', 'ORGANIZATION', 'LOCATION', 'STATEMENT', 'TOPIC', 'DOCUMENT'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Statements, topics and documents are reached through meetings; as graph nodes they crowd the view. */
export const HIDDEN_BY_DEFAULT: NodeType[] = ['STATEMENT', 'TOPIC', 'DOCUMENT'];

export interface ViewState {
  view: View;
  /** The selected node (any id the API knows), shown in the side panel. */
  node: string | null;
  /** Nodes whose neighbours the explore view shows, in the order they were expanded. */
  expanded: string[];
  /** Inclusive year range; null = open. */
  from: number | null;
  to: number | null;
  /** Meeting kinds kept; empty = all. */
  kinds: MeetingKind[];
  level: Level;
  size: SizeBy;
  /** Node types not shown in the explore view. */
  hidden: NodeType[];
  lang: Lang;
}

export function defaultState(): ViewState {
  return { view: 'network', node: null, expanded: [], from: null, to: null, kinds: [], level: 'PERSON', size: 'pagerank', hidden: [...HIDDEN_BY_DEFAULT], lang: 'en' };
}

function year(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const known = new Set<string>(allowed);
  return [...new Set(value.split(','))].filter((item): item is T => known.has(item));
}

/** Reads a query string (`?view=explore&node=…`); unknown or malformed values fall back to defaults. */
export function parseState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state = defaultState();
  if (params.get('view') === 'explore') state.view = 'explore';
  state.node = params.get('node') || null;
  state.expanded = [...new Set(params.getAll('expand').filter(Boolean))];
  state.from = year(params.get('from'));
  state.to = year(params.get('to'));
  if (state.from !== null && state.to !== null && state.from > state.to) [state.from, state.to] = [state.to, state.from];
  state.kinds = listOf(params.get('kinds'), MEETING_KINDS);
  if (params.get('level') === 'COUNTRY') state.level = 'COUNTRY';
  if (params.get('size') === 'degree') state.size = 'degree';
  if (params.has('hide')) state.hidden = listOf(params.get('hide'), NODE_TYPES);
  if (params.get('lang') === 'ja') state.lang = 'ja';
  return state;
}

/** The query string of a state; defaults are left out so that shared links stay short. */
export function formatState(state: ViewState): string {
  const params = new URLSearchParams();
  const base = defaultState();
  if (state.view !== base.view) params.set('view', state.view);
  if (state.node) params.set('node', state.node);
  for (const id of state.expanded) params.append('expand', id);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.kinds.length > 0) params.set('kinds', state.kinds.join(','));
  if (state.level !== base.level) params.set('level', state.level);
  if (state.size !== base.size) params.set('size', state.size);
  if ([...state.hidden].sort().join(',') !== [...base.hidden].sort().join(',')) params.set('hide', state.hidden.join(','));
  if (state.lang !== base.lang) params.set('lang', state.lang);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API's date bounds for a year range (inclusive years → inclusive dates). */
export function dateBounds(state: Pick<ViewState, 'from' | 'to'>): { from?: string; to?: string } {
  return {
    ...(state.from !== null ? { from: `${state.from}-01-01` } : {}),
    ...(state.to !== null ? { to: `${state.to}-12-31` } : {}),
  };
}
