// A node as the API briefly describes it (the Brief fragment), and how the graph labels and sizes it.
import type { Strings } from './i18n.js';
import type { MeetingKind, NodeType } from './url-state.js';

export interface Brief {
  __typename: string;
  id: string;
  name?: string | null;
  date?: string | null;
  kind?: string | null;
  text?: string | null;
  order?: number | null;
  heading?: string | null;
  title?: string | null;
}

const TYPE_OF: Record<string, NodeType> = {
  Person: 'PERSON', Country: 'COUNTRY', Meeting: 'MEETING', Issue: 'ISSUE', Event: 'EVENT', Agreement: 'AGREEMENT',
  Organization: 'ORGANIZATION', Location: 'LOCATION', Statement: 'STATEMENT', Topic: 'TOPIC', Document: 'DOCUMENT',
};

export function nodeTypeOf(typename: string): NodeType {
  return TYPE_OF[typename] ?? 'DOCUMENT';
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** Japanese names as stored; meetings by date and kind; statements by their first words. */
export function labelOf(brief: Brief, t: Strings): string {
  switch (brief.__typename) {
    case 'Meeting':
      return `${brief.date ?? '?'} ${t.kind[(brief.kind ?? 'OTHER') as MeetingKind] ?? brief.kind ?? ''}`.trim();
    case 'Statement':
      return `#${brief.order ?? '?'} ${shorten(brief.text ?? '', 18)}`;
    case 'Topic':
      return brief.heading ?? brief.id;
    case 'Document':
      return shorten(brief.title ?? brief.id, 24);
    default:
      return brief.name ?? brief.id;
  }
}

const SIZES: Partial<Record<NodeType, number>> = { COUNTRY: 11, PERSON: 9, MEETING: 7, STATEMENT: 4, TOPIC: 5, DOCUMENT: 5 };

export function sizeOf(type: NodeType): number {
  return SIZES[type] ?? 6;
}

export function yearOf(brief: Brief): number | null {
  const match = brief.date ? /^(\d{4})/.exec(brief.date) : null;
  return match ? Number(match[1]) : null;
}
