// All people tables, in one list. Each table names its sources in its header.
import type { PersonEntry } from '../../types.js';
import { AMERICAS_PEOPLE } from './americas.js';
import { ASIA_PACIFIC_PEOPLE } from './asia-pacific.js';
import { CHINA_PEOPLE } from './china.js';
import { EUROPE_PEOPLE } from './europe.js';
import { EUROPE2_PEOPLE } from './europe2.js';
import { JAPAN_LEADERS } from './japan-leaders.js';
import { JAPAN_MINISTERS } from './japan-ministers.js';
import { JAPAN_OFFICIALS } from './japan-officials.js';
import { KOREA_PEOPLE } from './koreas.js';
import { MORE_LEADERS } from './more-leaders.js';
import { RUSSIA_PEOPLE } from './russia.js';
import { SOUTHEAST_ASIA_PEOPLE } from './southeast-asia.js';
import { USA_PEOPLE } from './usa.js';
import { WORLD_PEOPLE } from './world.js';

export const PEOPLE_TABLES: readonly PersonEntry[] = [
  ...JAPAN_LEADERS,
  ...JAPAN_MINISTERS,
  ...JAPAN_OFFICIALS,
  ...USA_PEOPLE,
  ...RUSSIA_PEOPLE,
  ...CHINA_PEOPLE,
  ...KOREA_PEOPLE,
  ...EUROPE_PEOPLE,
  ...EUROPE2_PEOPLE,
  ...ASIA_PACIFIC_PEOPLE,
  ...SOUTHEAST_ASIA_PEOPLE,
  ...AMERICAS_PEOPLE,
  ...WORLD_PEOPLE,
  ...MORE_LEADERS,
];
