// A copy cut off above its lead has no lead to frame its meeting, yet its statements still tell who met:
// the people who speak in it. Its meeting is held between them, on the header's date, of the kind its
// title names (or 'other'): statements and no meeting at all would lose the page from every count.
import type { Meeting, Participant } from '../types.js';
import type { PersonMention } from '../extract/persons.js';
import type { PersonCluster } from '../resolve/people.js';
import type { EntityTable } from '../resolve/entities.js';
import { kindOf } from '../parse/lead.js';
import { otherSides, readsForeign, seat, sitsForNoCountry } from './build-meetings.js';

export function speakersMeeting(
  docId: string, speakerLists: string[][], table: EntityTable, persons: PersonMention[],
  clusterOf: Map<PersonMention, PersonCluster>, title: string, headerIso: string | null,
  /** Foreign countries the title points to (橋本総理訪米, 日・チリ首脳会談). */
  clues: string[] = [],
): Meeting | null {
  const speakers = [...new Set(speakerLists.flat())].filter((id) => table.get(id)?.type === 'Person');
  // One voice is a speech or a statement, not talks.
  if (speakers.length < 2) return null;
  const participants: Participant[] = speakers.map((id) => {
    const titled = persons.find((m) => m.title && clusterOf.get(m)?.id === id);
    return { entity: id, role: 'principal', title: titled?.title?.text ?? null, country: table.get(id)?.country ?? null };
  });
  // As in a framed lead: a speaker named in katakana or Latin letters (or holding an office Japan does not have)
  // is of the one foreign country the title points to; of a foreign speaker and one with no country, named in
  // kanji with an office Japan has, the second is Japan's, and the mirror of that.
  const clusters = new Map([...clusterOf.values()].map((c) => [c.id, c]));
  for (const p of participants) {
    const cluster = clusters.get(p.entity);
    if (p.country === null && cluster && readsForeign(cluster) && clues.length === 1 && !sitsForNoCountry(p.title, cluster)) seat(p, cluster, table, clues[0]!);
  }
  otherSides(participants, clusterOf, table, clues);
  return {
    id: `${docId}:m1`, kind: kindOf(title) ?? 'other', date: headerIso, start: null, end: null, durationMinutes: null,
    timeNote: null, location: null, occasion: null, participants,
  };
}
