// The lexicon: reviewed data tables (src/lexicon/data, each naming its sources) and pure lookups built
// once at import. Consumers: src/extract (surface matching) and src/resolve (ids, role speakers).
export type { CountryEntry, NamedEntry, Office, PersonEntry, TitleEntry, TitleRole } from './types.js';
export { countries, countryByAbbreviation, countryByIso3, findCountry } from './countries.js';
export { canonicalTitle, findTitle, isTitleRole, titleRole, titles, titleSuffixes, TITLE_ROLES } from './titles.js';
export { agreements, events, findNamed, issues, locations, namedSurfaces, organizations } from './named.js';
export type { NamedTable } from './named.js';
export { findPersonBySurface, people, personByKey, personOffice } from './people.js';
export { foldKatakanaVariants } from './fold.js';
export { entitySuffixes, LONG_HEAD_AGREEMENT_SUFFIXES, visitDestination } from './patterns.js';
export type { SuffixKind } from './patterns.js';
