// Events in the PLOVER form, one JSON object per line (schema/export/event.schema.json): a CONSULT per
// meeting, and an AGREE / REQUEST / SUPPORT per statement whose speech act maps to one
// (plover-map.ts). Every event cites its page (id, source, URL) and, for statements, the character
// span of the cited text in the page (UTF-16 offsets into Document.text, end exclusive).
import { countryCodes } from './country-codes.js';
import { type ExportMeeting, hostOf } from './meetings.js';
import { type ConsultMode, type EventCode, MEETING_CODES, SPEECH_ACT_CODES } from './plover-map.js';
import type { SpeechAct } from '../types.js';

export interface EventParty {
  country: string | null;
  ccode: number | null;
  persons: string[];
}

export interface ExportEvent {
  event_id: string;
  event_date: string;
  event_type: string;
  mode: ConsultMode | null;
  cameo_code: string;
  cameo_label: string;
  goldstein: number;
  actor: EventParty;
  recipient: EventParty;
  countries: string[];
  joint: boolean;
  meeting_id: string;
  meeting_kind: string;
  speech_act: SpeechAct | null;
  source: { page_id: string | null; path: string | null; url: string | null; start: number | null; end: number | null; text: string | null };
}

export interface StatementRow extends Record<string, unknown> {
  id: string;
  act: SpeechAct;
  text: string;
  start: number | null;
  end: number | null;
  meeting: string;
  date: string;
  kind: string;
  sides: string[];
  speakers: Array<{ person: string; country: string | null }>;
  principals: Array<{ person: string; country: string | null }>;
  document: string | null;
  source: string | null;
}

const urlOf = (source: string | null) => (source && /^https?:\/\//i.test(source) ? source : null);

function party(country: string | null, persons: string[]): EventParty {
  return { country, ccode: country ? countryCodes(country).ccode : null, persons };
}

/** Japan's records: Japan is the actor of a meeting with no visitor, the other side its recipient. */
function primarySide(sides: string[]): string | null {
  return sides.includes('JPN') ? 'JPN' : (sides[0] ?? null);
}

export function consultMode(meeting: Pick<ExportMeeting, 'kind' | 'sides' | 'places'>): ConsultMode {
  if (meeting.kind === 'telephone' || meeting.kind === 'video') return 'phone';
  if (meeting.kind === 'multilateral' || meeting.sides.length > 2) return 'multilateral';
  if (hostOf(meeting)) return 'visit';
  return meeting.places.some((place) => place !== null) ? 'third-party' : 'unspecified';
}

function codeFields(code: EventCode) {
  return { event_type: code.plover!, cameo_code: code.cameo, cameo_label: code.cameoLabel, goldstein: code.goldstein };
}

export function meetingEvent(meeting: ExportMeeting): ExportEvent {
  const mode = consultMode(meeting);
  const host = hostOf(meeting);
  const sides = [...meeting.sides].sort();
  const actorCountry = mode === 'visit' ? (sides.find((side) => side !== host) ?? null) : primarySide(sides);
  const others = sides.filter((side) => side !== actorCountry);
  const recipientCountry = mode === 'visit' ? host : others.length === 1 ? others[0]! : null;
  const principals = (country: string | null) =>
    meeting.seats.filter((seat) => seat.role === 'principal' && country !== null && seat.country === country).map((seat) => seat.person);
  return {
    event_id: meeting.id, event_date: meeting.date, mode, ...codeFields(MEETING_CODES[mode]),
    actor: party(actorCountry, principals(actorCountry)), recipient: party(recipientCountry, principals(recipientCountry)),
    countries: sides, joint: false, meeting_id: meeting.id, meeting_kind: meeting.kind, speech_act: null,
    source: { page_id: meeting.document, path: meeting.source, url: urlOf(meeting.source), start: null, end: null, text: null },
  };
}

/** The statement's event, or null when its act has no PLOVER type. */
export function statementEvent(row: StatementRow): ExportEvent | null {
  const code = SPEECH_ACT_CODES[row.act];
  if (!code?.plover) return null;
  const sides = [...row.sides].sort();
  const speakerSides = [...new Set(row.speakers.map((s) => s.country).filter((c): c is string => c !== null))].sort();
  const joint = speakerSides.length > 1;
  const actorCountry = joint ? primarySide(speakerSides) : (speakerSides[0] ?? null);
  const others = sides.filter((side) => side !== actorCountry && !(joint && speakerSides.includes(side)));
  const recipientCountry = joint
    ? (speakerSides.find((side) => side !== actorCountry) ?? null)
    : others.length === 1 ? others[0]! : null;
  const recipientPersons = joint
    ? row.speakers.filter((s) => s.country === recipientCountry).map((s) => s.person)
    : row.principals.filter((p) => recipientCountry !== null && p.country === recipientCountry).map((p) => p.person);
  return {
    event_id: row.id, event_date: row.date, mode: null, ...codeFields(code),
    actor: party(actorCountry, row.speakers.filter((s) => s.country === actorCountry).map((s) => s.person)),
    recipient: party(recipientCountry, recipientPersons),
    countries: sides, joint, meeting_id: row.meeting, meeting_kind: row.kind, speech_act: row.act,
    source: { page_id: row.document, path: row.source, url: urlOf(row.source), start: row.start, end: row.end, text: row.text },
  };
}
