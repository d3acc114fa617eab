// Principals the text implies but does not name: 「両首脳は…」 in a summary of the 日露首脳会談 of
// 1997-11-01 means the Japanese prime minister and the Russian president of that day.
import { personOffice } from '../lexicon/index.js';
import type { PersonEntry } from '../lexicon/types.js';
import type { MeetingKind } from '../types.js';

export interface ImpliedPrincipal {
  id: string;
  name: string;
  country: string;
  title: string;
}

/** Who sat for `country` at a meeting of this kind on `date`, by the lexicon's offices. */
function holder(country: string, kind: MeetingKind, date: string): { person: PersonEntry; title: string } | null {
  const roles: Array<[string, string]> = kind === 'foreign_ministers'
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

export function impliedPrincipals(countries: string[], present: Array<string | null>, kind: MeetingKind, date: string | null): ImpliedPrincipal[] {
  if (!date) return [];
  const out: ImpliedPrincipal[] = [];
  for (const country of countries) {
    if (present.includes(country)) continue;
    const found = holder(country, kind, date);
    if (found) out.push({ id: `person:${found.person.key}`, name: found.person.name, country, title: found.title });
  }
  return out;
}
