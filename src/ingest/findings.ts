// What a page's extraction could not establish, counted by ingest so that a user learns where the graph
// is thin instead of finding out from a wrong count: statements with no meeting to hang on, meetings
// without a date, bilateral meetings whose foreign side stayed unknown, principals without a country.
import { meetingGaps } from '../frame/meeting-gaps.js';
import type { ExtractionResult } from '../types.js';

export interface PageFindings {
  statementsWithoutMeeting: number;
  undatedMeetings: number;
  meetingsWithoutForeignSide: number;
  principalsWithoutCountry: number;
}

export const NO_FINDINGS: PageFindings = { statementsWithoutMeeting: 0, undatedMeetings: 0, meetingsWithoutForeignSide: 0, principalsWithoutCountry: 0 };

export function findingsOf(result: ExtractionResult): PageFindings {
  const meetings = result.meetings ?? [];
  const findings = { ...NO_FINDINGS };
  if (meetings.length === 0 && (result.statements ?? []).length > 0) findings.statementsWithoutMeeting = 1;
  for (const meeting of meetings) {
    const gaps = meetingGaps({ ...meeting, principals: meeting.participants.filter((p) => p.role === 'principal') });
    if (gaps.undated) findings.undatedMeetings++;
    if (gaps.withoutForeignSide) findings.meetingsWithoutForeignSide++;
    findings.principalsWithoutCountry += gaps.principalsWithoutCountry;
  }
  return findings;
}
