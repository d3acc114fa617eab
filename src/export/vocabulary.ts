// The closed vocabularies the export columns are built from, in the order columns appear. Kept equal
// to the MeetingKind and SpeechAct unions of src/types.ts (the `satisfies` checks fail the typecheck
// when a value is added there and not here).
import type { MeetingKind, SpeechAct } from '../types.js';

export const MEETING_KINDS = [
  'summit', 'foreign_ministers', 'telephone', 'video', 'courtesy_call', 'meal', 'multilateral', 'other',
] as const satisfies readonly MeetingKind[];

export const SPEECH_ACTS = [
  'statement', 'condolence', 'gratitude', 'congratulation', 'expectation', 'agreement', 'proposal', 'request',
  'explanation', 'emphasis', 'invitation',
] as const satisfies readonly SpeechAct[];

// Every member of the unions is listed: these lines stop compiling when one is missing.
type MissingKind = Exclude<MeetingKind, (typeof MEETING_KINDS)[number]>;
type MissingAct = Exclude<SpeechAct, (typeof SPEECH_ACTS)[number]>;
export const VOCABULARY_COMPLETE: [MissingKind, MissingAct] extends [never, never] ? true : never = true;
