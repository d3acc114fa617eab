// A counterpart the lead does not name as one: the office it gave him was one the extractor does not know.
import type { Meeting } from '../types.js';
import type { EntityTable } from '../resolve/entities.js';

/**
 * A talk whose lead named one side only (the counterpart's office was one the extractor does not know):
 * the one person of another side who speaks at it is its counterpart. Nobody is added when several do, or
 * at a multilateral meeting, where speakers are many.
 */
export function withAnsweringSide(meeting: Meeting, drafts: Array<{ speakers: string[] }>, table: EntityTable, clues: string[]): void {
  const principals = meeting.participants.filter((p) => p.role === 'principal');
  if (principals.length !== 1 || meeting.kind === 'multilateral') return;
  const side = principals[0]!.country;
  const present = new Set(meeting.participants.map((p) => p.entity));
  const others = new Set(drafts.flatMap((d) => d.speakers).filter((id) => !present.has(id) && table.get(id)?.type === 'Person'));
  if (others.size !== 1) return;
  const [id] = [...others];
  const person = table.get(id!)!;
  const country = person.country ?? (side === 'JPN' && clues.length === 1 ? clues[0]! : null);
  if (country === side && side !== null) return;
  meeting.participants.push({ entity: id!, role: 'principal', title: null, country });
  person.country ??= country;
}
