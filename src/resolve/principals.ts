// Principals the text implies but does not name: 「両首脳は…」 in a summary of the 日露首脳会談 of
// 1997-11-01 means the Japanese prime minister and the Russian president of that day.
import { personOffice } from '../lexicon/index.js';
import type { PersonEntry, TitleRole } from '../lexicon/types.js';
import type { MeetingKind } from '../types.js';

export interface ImpliedPrincipal {
  id: string;
  name: string;
  country: string;
  title: string;
}

/** The offices whose holders the text can imply: heads (首脳会談) or foreign ministers (外相会談). */
export type ImpliedRank = 'heads' | 'foreign_ministers';

/** Who sat for `country` at a meeting of this rank on `date`, by the lexicon's offices. */
function holder(country: string, rank: ImpliedRank, date: string): { person: PersonEntry; title: string } | null {
  const roles: Array<[string, string]> = rank === 'foreign_ministers'
    ? [['foreign_minister', '外務大臣']]
    : country === 'JPN'
      ? [['head_of_government', '内閣総理大臣']]
      : [['大統領', '大統領'], ['国家主席', '国家主席'], ['head_of_government', '首相']];
  for (const [role, title] of roles) {
    const person = personOffice(role, country, date);
    if (person) return { person, title };
  }
  return null;
}

/**
 * The rank of the principals a meeting implies. A named principal sets it: his counterpart is of his rank,
 * so a director-general's talks imply nobody (the head of state of the day did not come). With nobody
 * named, the kind does (両外相 in a 外相会談, 両首脳 in any other).
 */
export function impliedRank(presentRoles: Array<TitleRole | undefined>, kind: MeetingKind): ImpliedRank | null {
  if (presentRoles.length === 0) return kind === 'foreign_ministers' ? 'foreign_ministers' : 'heads';
  if (presentRoles.some((role) => role === 'head_of_government' || role === 'head_of_state' || role === 'royal')) return 'heads';
  if (presentRoles.some((role) => role === 'foreign_minister')) return 'foreign_ministers';
  return null;
}

export function impliedPrincipals(countries: string[], present: Array<string | null>, rank: ImpliedRank | null, date: string | null): ImpliedPrincipal[] {
  if (!date || !rank) return [];
  const out: ImpliedPrincipal[] = [];
  for (const country of countries) {
    if (present.includes(country)) continue;
    const found = holder(country, rank, date);
    if (found) out.push({ id: `person:${found.person.key}`, name: found.person.name, country, title: found.title });
  }
  return out;
}
