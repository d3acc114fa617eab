// What a meeting lacks for an analyst (no date, no foreign side, principals without a country): one rule
// for the ingest summary and for `diplograph audit`. Kept free of the lexicon so that ingest's own thread,
// which only counts these gaps, does not load the extraction modules.
/**
 * Heads of international bodies sit for their organisation, not a country: 欧州委員長, 国連事務総長,
 * IAEA事務局長; not フランスの欧州・外務大臣, whose title only names Europe, nor a ministry's 外務事務総長.
 */
export function isInternationalHead(title: string | null): boolean {
  return title !== null && /^(?:欧州(?:委員会|理事会|議会)?(?:委員長|常任議長|議長)|国連|IAEA|WHO|NATO|ASEAN|IMF|世界銀行)|(?<!外務)事務総長|事務局長/u.test(title);
}

export interface MeetingGaps {
  undated: boolean;
  withoutForeignSide: boolean;
  principalsWithoutCountry: number;
}

/**
 * What a meeting lacks for an analyst: a date, a foreign side (a bilateral meeting whose principals are all
 * Japanese or of no known country), a country for each principal (a body's head, 国連事務総長, has none by
 * right). One rule for the ingest summary and for `diplograph audit`.
 */
export function meetingGaps(meeting: { kind: string; date: string | null; principals: Array<{ country: string | null; title: string | null }> }): MeetingGaps {
  const { principals } = meeting;
  const body = principals.some((p) => isInternationalHead(p.title));
  const foreign = principals.some((p) => p.country !== null && p.country !== 'JPN');
  return {
    undated: meeting.date === null,
    withoutForeignSide: meeting.kind !== 'multilateral' && principals.length > 0 && !foreign && !body,
    principalsWithoutCountry: principals.filter((p) => p.country === null && !isInternationalHead(p.title)).length,
  };
}
