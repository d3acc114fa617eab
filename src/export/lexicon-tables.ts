// Which lexicon table (and so which sources, named in that table's header) a person's dated offices
// come from, so that an office spell from the lexicon cites where it was checked.
import type { PersonEntry } from '../lexicon/index.js';
import { AMERICAS_PEOPLE } from '../lexicon/data/people/americas.js';
import { ASIA_PACIFIC_PEOPLE } from '../lexicon/data/people/asia-pacific.js';
import { CHINA_PEOPLE } from '../lexicon/data/people/china.js';
import { EUROPE_PEOPLE } from '../lexicon/data/people/europe.js';
import { EUROPE2_PEOPLE } from '../lexicon/data/people/europe2.js';
import { JAPAN_LEADERS } from '../lexicon/data/people/japan-leaders.js';
import { JAPAN_MINISTERS } from '../lexicon/data/people/japan-ministers.js';
import { JAPAN_OFFICIALS } from '../lexicon/data/people/japan-officials.js';
import { KOREA_PEOPLE } from '../lexicon/data/people/koreas.js';
import { MORE_LEADERS } from '../lexicon/data/people/more-leaders.js';
import { RUSSIA_PEOPLE } from '../lexicon/data/people/russia.js';
import { SOUTHEAST_ASIA_PEOPLE } from '../lexicon/data/people/southeast-asia.js';
import { USA_PEOPLE } from '../lexicon/data/people/usa.js';
import { WORLD_PEOPLE } from '../lexicon/data/people/world.js';

const TABLES: Array<[file: string, entries: readonly PersonEntry[]]> = [
  ['americas', AMERICAS_PEOPLE], ['asia-pacific', ASIA_PACIFIC_PEOPLE], ['china', CHINA_PEOPLE], ['europe', EUROPE_PEOPLE],
  ['europe2', EUROPE2_PEOPLE], ['japan-leaders', JAPAN_LEADERS], ['japan-ministers', JAPAN_MINISTERS],
  ['japan-officials', JAPAN_OFFICIALS], ['koreas', KOREA_PEOPLE], ['more-leaders', MORE_LEADERS], ['russia', RUSSIA_PEOPLE],
  ['southeast-asia', SOUTHEAST_ASIA_PEOPLE], ['usa', USA_PEOPLE], ['world', WORLD_PEOPLE],
];

const tableOfKey = new Map<string, string>();
for (const [file, entries] of TABLES) for (const entry of entries) tableOfKey.set(entry.key, `src/lexicon/data/people/${file}.ts`);

/** Example: lexiconTableOf('person:koizumi-junichiro') → 'src/lexicon/data/people/japan-leaders.ts'. */
export function lexiconTableOf(personId: string): string | null {
  return tableOfKey.get(personId.replace(/^person:/, '')) ?? null;
}
