// Row helper for the people tables. Offices are [title, from, to]: ISO dates, `to` exclusive (the
// successor holds the office that day), null = still in office. A date ending in -01 where the day
// is not known is marked in the table's comment; everything else is the public record of the day the
// office was taken up / left (government and parliament sites, MOFA country pages, Wikipedia lists).
import type { PersonEntry } from '../../types.js';

export type OfficeRow = [title: string, from: string, to: string | null];

export function person(
  key: string,
  name: string,
  aliases: string[],
  country: string,
  offices: OfficeRow[] = [],
  serviceYears?: [from: number, to: number | null],
): PersonEntry {
  return {
    key,
    name,
    aliases,
    country,
    offices: offices.map(([title, from, to]) => ({ title, from, to })),
    ...(serviceYears ? { serviceYears: { from: serviceYears[0], to: serviceYears[1] } } : {}),
  };
}
