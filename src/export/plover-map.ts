// The reviewed mapping from diplograph's meeting modes and speech acts to event-data codes: PLOVER
// event types (the ontology POLECAT codes with: Halterman et al., PLOVER 2023) with CAMEO codes
// alongside (Gerner, Schrodt et al., CAMEO codebook 1.1b3) and the Goldstein (1992) weight CAMEO
// gives each code (−10 conflict … +10 cooperation), the scale event-data users compare across
// datasets. docs/codebook.md lists the same table for reviewers. A speech act with `plover: null` has
// no PLOVER event type that fits (PLOVER has no category for plain statements or condolences): its
// statements are not written as events; its CAMEO code is kept here to show why.
import type { SpeechAct } from '../types.js';

export type PloverType = 'CONSULT' | 'AGREE' | 'REQUEST' | 'SUPPORT';

export interface EventCode {
  plover: PloverType | null;
  /** CAMEO event code, three digits as a string ('042'). */
  cameo: string;
  cameoLabel: string;
  /** Goldstein weight of the CAMEO code. */
  goldstein: number;
  /** Why this mapping, or why none. */
  note: string;
}

/** PLOVER's CONSULT modes, as diplograph can tell them from a meeting record. */
export type ConsultMode = 'visit' | 'phone' | 'third-party' | 'multilateral' | 'unspecified';

export const MEETING_CODES: Record<ConsultMode, EventCode> = {
  visit: { plover: 'CONSULT', cameo: '042', cameoLabel: 'Make a visit', goldstein: 1.9,
    note: 'held in one side\'s country: the other side visited (actor = visitor, recipient = host)' },
  phone: { plover: 'CONSULT', cameo: '041', cameoLabel: 'Discuss by telephone', goldstein: 1.0,
    note: 'telephone and video meetings (会談 by 電話 / テレビ会議)' },
  'third-party': { plover: 'CONSULT', cameo: '044', cameoLabel: 'Meet at third location', goldstein: 2.5,
    note: 'held in a country of neither side (e.g. on the margins of a summit abroad)' },
  multilateral: { plover: 'CONSULT', cameo: '040', cameoLabel: 'Consult, not specified', goldstein: 1.0,
    note: 'more than two sides, or kind multilateral: CAMEO has no multilateral code' },
  unspecified: { plover: 'CONSULT', cameo: '040', cameoLabel: 'Consult, not specified', goldstein: 1.0,
    note: 'in person, but the page names no place: nobody is known to have visited' },
};

export const SPEECH_ACT_CODES: Record<SpeechAct, EventCode> = {
  agreement: { plover: 'AGREE', cameo: '019', cameoLabel: 'Express accord', goldstein: 3.4,
    note: '〜で一致した / 合意した: agreement of views voiced at the meeting; CAMEO 030 if read as intent to cooperate' },
  request: { plover: 'REQUEST', cameo: '020', cameoLabel: 'Make an appeal or request', goldstein: 3.0,
    note: '〜を要請した / 求めた' },
  proposal: { plover: 'REQUEST', cameo: '020', cameoLabel: 'Make an appeal or request', goldstein: 3.0,
    note: '〜を提案した: CAMEO files proposals and suggestions under 02 APPEAL, which PLOVER maps to REQUEST' },
  invitation: { plover: 'AGREE', cameo: '036', cameoLabel: 'Express intent to meet or negotiate', goldstein: 4.0,
    note: '〜に招待した: an offer to meet; CAMEO 03 (intent to cooperate) is PLOVER AGREE' },
  gratitude: { plover: 'SUPPORT', cameo: '051', cameoLabel: 'Praise or endorse', goldstein: 3.4,
    note: '謝意を表明した: thanks read as praise of the recipient' },
  congratulation: { plover: 'SUPPORT', cameo: '051', cameoLabel: 'Praise or endorse', goldstein: 3.4,
    note: '祝意を表した' },
  condolence: { plover: null, cameo: '018', cameoLabel: 'Make empathetic comment', goldstein: 3.4,
    note: 'no PLOVER type: PLOVER drops CAMEO 01 public statements' },
  expectation: { plover: null, cameo: '013', cameoLabel: 'Make optimistic comment', goldstein: 0.4,
    note: '期待を表明した: no PLOVER type (CAMEO 01)' },
  statement: { plover: null, cameo: '010', cameoLabel: 'Make statement, not specified', goldstein: 0.0,
    note: '述べた: no PLOVER type (CAMEO 01)' },
  explanation: { plover: null, cameo: '010', cameoLabel: 'Make statement, not specified', goldstein: 0.0,
    note: '説明した: no PLOVER type (CAMEO 01)' },
  emphasis: { plover: null, cameo: '010', cameoLabel: 'Make statement, not specified', goldstein: 0.0,
    note: '強調した: no PLOVER type (CAMEO 01)' },
};

/** Speech acts whose statements become events. */
export const EVENT_ACTS = (Object.keys(SPEECH_ACT_CODES) as SpeechAct[]).filter((act) => SPEECH_ACT_CODES[act].plover !== null);
