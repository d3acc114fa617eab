// The judgements of `diplograph audit`, on plain rows read from the graph (pure, unit-tested): which
// person ids are not people or rest on a partial name, which ids are likely one person, which meetings
// lack a date or a foreign side.
import { foldKatakanaVariants } from '../lexicon/index.js';
import { isLexiconPersonId, isPartialName } from '../resolve/people.js';
import { meetingGaps } from '../frame/meeting-gaps.js';

export interface PersonRow {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  documents: number;
  pages: string[];
}

export interface MeetingRow {
  id: string;
  kind: string;
  date: string | null;
  page: string;
  principals: Array<{ country: string | null; title: string | null }>;
}


/** Words of the genre that stand where a name would: a country, an office, an assembly, a determiner. */
const NOT_A_NAME = /^(?:各|前|新|現|元|故|第.|同|両|本|人|世|者)$|(?:共和国|王国|連邦|合衆国|議院|国会|議会|省|庁|党|委員会|政府|大使館|事務局|機関)$|^(?:兼|第)/u;

export type PersonProblem = 'not a name' | 'one character: a surname alone, or not a name' | 'partial name on several pages';

/** Why a person id is suspicious, or null. */
export function personProblem(p: PersonRow): PersonProblem | null {
  if (NOT_A_NAME.test(p.name) && [...p.name].length > 1) return 'not a name';
  // 岸, 菅, 李 are surnames; 人 and 新 are not: one character is worth a look either way.
  if ([...p.name].length === 1) return /^[\u3400-\u9FFF]$/u.test(p.name) && !NOT_A_NAME.test(p.name) ? 'one character: a surname alone, or not a name' : 'not a name';
  // A surname or one part of a foreign name made into an id shared by pages has no evidence of one person.
  if (!isLexiconPersonId(p.id) && isPartialName(p.name) && p.documents >= 2) return 'partial name on several pages';
  return null;
}

const fold = (name: string) => foldKatakanaVariants(name.replace(/[・=＝\s]/gu, ''));
const parts = (name: string) => name.split(/[・=＝]/u).filter(Boolean);

/**
 * Groups of ids that are likely one person: the same name once katakana variants and separators are
 * folded (ラヴロフ / ラブロフ), or a one-part name equal to the family name of exactly one full name of
 * the same country.
 */
export function likelyDuplicates(people: PersonRow[]): PersonRow[][] {
  const byFolded = new Map<string, PersonRow[]>();
  for (const p of people) {
    // The full name, and full katakana names among the aliases (titled aliases such as 河野外務大臣 are
    // shared by different people of one family).
    const fullNames = [p.name, ...p.aliases.filter((n) => /^[\u30A1-\u30FA\u30FC・=＝]+$/u.test(n) && parts(n).length > 1)];
    for (const key of new Set(fullNames.map(fold))) {
      const group = byFolded.get(key) ?? [];
      if (!group.includes(p)) group.push(p);
      byFolded.set(key, group);
    }
  }
  const groups = [...byFolded.values()].filter((g) => g.length > 1);
  for (const short of people.filter((p) => /^[\u30A1-\u30FA\u30FC]+$/u.test(p.name))) {
    const hosts = people.filter((p) => p !== short && parts(p.name).length > 1 && fold(parts(p.name).at(-1) ?? '') === fold(short.name) &&
      (p.country === null || short.country === null || p.country === short.country));
    if (hosts.length === 1) groups.push([hosts[0]!, short]);
  }
  const seen = new Set<string>();
  // Two lexicon people are reviewed facts (ジョセフ・バイデン and ジル・バイデン are two people).
  return groups.filter((g) => !g.every((p) => isLexiconPersonId(p.id))).filter((g) => {
    const key = g.map((p) => p.id).sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface MeetingProblems {
  undated: MeetingRow[];
  withoutForeignSide: MeetingRow[];
  principalsWithoutCountry: MeetingRow[];
}

/** The rules of the ingest summary (meetingGaps), over the whole graph. */
export function meetingProblems(meetings: MeetingRow[]): MeetingProblems {
  const out: MeetingProblems = { undated: [], withoutForeignSide: [], principalsWithoutCountry: [] };
  for (const m of meetings) {
    const gaps = meetingGaps(m);
    if (gaps.undated) out.undated.push(m);
    if (gaps.withoutForeignSide) out.withoutForeignSide.push(m);
    if (gaps.principalsWithoutCountry > 0) out.principalsWithoutCountry.push(m);
  }
  return out;
}
