// Colours: one per node type in the explore view, one per community in the network view. Chosen to
// stay distinguishable for the common colour-vision deficiencies (Okabe–Ito, then Tableau tones).
import type { NodeType } from './url-state.js';

export const TYPE_COLORS: Record<NodeType, string> = {
  PERSON: '#0072B2',
  COUNTRY: '#D55E00',
  MEETING: '#009E73',
  ISSUE: '#CC79A7',
  EVENT: '#E69F00',
  AGREEMENT: '#56B4E9',
  ORGANIZATION: '#8C564B',
  LOCATION: '#7F7F7F',
  STATEMENT: '#B8A100',
  TOPIC: '#9467BD',
  DOCUMENT: '#17BECF',
};

const COMMUNITY = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C564B', '#9467BD', '#B8A100', '#17BECF', '#E15759', '#4E79A7'];

/** Communities past the palette share one grey: they are the small ones (0 is the largest). */
export function communityColor(community: number): string {
  return COMMUNITY[community] ?? '#9a9a9a';
}

export const GREYED = '#e2e2e2';
export const GREYED_EDGE = '#f0f0f0';
