// Longest-match lookup of the lexicon's names in the text: countries, organisations, places, events,
// issues, agreements and known people. Built once per thread.
import {
  agreements, countries, events, issues, locations, organizations, people,
} from '../lexicon/index.js';
import type { NamedEntry } from '../lexicon/types.js';
import type { EntityType } from '../types.js';
import type { RawMention } from './mention.js';

interface GazetteerEntry {
  type: EntityType;
  id: string;
  name: string;
  country: string | null;
}

/** Names too ambiguous to match on their own in running text (they still match inside patterns). */
const TOO_AMBIGUOUS = new Set(['中', '日', '米', '英', '仏', '独', '伊', '加', '豪', '印', '韓', '朝', '露', 'ロ', '国', '西', '南', '北']);

function addNamed(map: Map<string, GazetteerEntry>, type: EntityType, entries: readonly NamedEntry[]): void {
  for (const e of entries) {
    for (const surface of [e.name, ...e.aliases]) {
      if (surface.length < 2 && !/^[A-Z]+$/.test(surface)) continue;
      if (!map.has(surface)) map.set(surface, { type, id: e.id, name: e.name, country: e.country ?? null });
    }
  }
}

function build(): { map: Map<string, GazetteerEntry>; maxLength: number } {
  const map = new Map<string, GazetteerEntry>();
  for (const p of people) {
    for (const surface of [p.name, ...p.aliases]) {
      if (surface.length >= 2 && !map.has(surface)) {
        map.set(surface, { type: 'Person', id: `person:${p.key}`, name: p.name, country: p.country || null });
      }
    }
  }
  for (const c of countries) {
    for (const surface of [c.name, ...c.aliases]) {
      if (surface.length >= 2 && !TOO_AMBIGUOUS.has(surface) && !map.has(surface)) {
        map.set(surface, { type: 'Country', id: c.iso3, name: c.name, country: c.iso3 });
      }
    }
  }
  addNamed(map, 'Organization', organizations);
  addNamed(map, 'Agreement', agreements);
  addNamed(map, 'Event', events);
  addNamed(map, 'Issue', issues);
  addNamed(map, 'Location', locations);
  let maxLength = 0;
  for (const key of map.keys()) maxLength = Math.max(maxLength, key.length);
  return { map, maxLength };
}

let built: ReturnType<typeof build> | null = null;

function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

/** Every lexicon name in `text`, longest match first, left to right, without overlaps. */
export function findLexiconMentions(text: string): RawMention[] {
  built ??= build();
  const { map, maxLength } = built;
  const found: RawMention[] = [];
  let i = 0;
  while (i < text.length) {
    let hit: { length: number; entry: GazetteerEntry } | null = null;
    for (let length = Math.min(maxLength, text.length - i); length >= 1; length--) {
      const entry = map.get(text.slice(i, i + length));
      if (!entry) continue;
      // Latin acronyms must stand alone (EU in "EUR" is not the EU).
      if (/^[A-Za-z0-9]/.test(text[i] ?? '') && (isLatin(text[i - 1]) || isLatin(text[i + length]))) continue;
      hit = { length, entry };
      break;
    }
    if (!hit) {
      i++;
      continue;
    }
    const { length, entry } = hit;
    found.push({
      start: i, end: i + length, text: text.slice(i, i + length),
      type: entry.type, id: entry.id, name: entry.name, country: entry.country,
    });
    i += length;
  }
  return found;
}
