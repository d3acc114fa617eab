// officeHolders: the actors export's spells (src/export/office-holders.ts) that cover a day.
import type { PersonRow } from '../../export/actors.js';
import { lexiconHolders, observedHolders, type OfficeSpell, titlesOfOffice } from '../../export/office-holders.js';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';

type Args = { country: string; office: string; on: string };

async function officeHolders(_: unknown, { country, office, on }: Args, ctx: ApiContext): Promise<OfficeSpell[]> {
  if (!/^[A-Z]{3}$/.test(country)) throw apiError('BAD_USER_INPUT', `country is an ISO 3166-1 alpha-3 id such as JPN, got ${JSON.stringify(country)}.`);
  if (office.trim() === '') throw apiError('BAD_USER_INPUT', 'office is an office key (foreign_minister) or a title (外相).');
  const seated = await ctx.read<PersonRow>('office-holder-seats', { country, titles: titlesOfOffice(office) });
  return [...lexiconHolders(country, office, on), ...observedHolders(seated, country, office, on)];
}

export const officeResolvers = {
  OfficeSpell: {
    person: (spell: OfficeSpell, _: unknown, ctx: ApiContext) => ctx.loaders.nodes.load(spell.personId),
    country: (spell: OfficeSpell, _: unknown, ctx: ApiContext) => ctx.loaders.nodes.load(spell.country),
    howKnown: (spell: OfficeSpell) => spell.howKnown.toUpperCase(),
  },
  Query: { officeHolders },
};
