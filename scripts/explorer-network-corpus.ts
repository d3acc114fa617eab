// A meeting network large enough for the explorer's render budget (500+ people), as ExtractionResults
// written by the real writer: the text generator's tables hold about 200 distinct people, too few.
// Each document is one meeting of two Japanese and two partner officials with one statement; people,
// countries and years are drawn deterministically, so every run builds the same graph.
import { createHash } from 'node:crypto';
import type { ExtractionResult, MeetingKind } from '../src/types.js';
import { JAPANESE_GIVEN, JAPANESE_SURNAMES } from './corpus-tables.js';

const PARTNERS: Array<[id: string, name: string]> = [
  ['USA', '米国'], ['RUS', 'ロシア'], ['CHN', '中国'], ['KOR', '韓国'], ['IND', 'インド'], ['AUS', 'オーストラリア'],
  ['GBR', '英国'], ['FRA', 'フランス'], ['DEU', 'ドイツ'], ['ITA', 'イタリア'], ['CAN', 'カナダ'], ['BRA', 'ブラジル'],
  ['IDN', 'インドネシア'], ['VNM', 'ベトナム'], ['THA', 'タイ'], ['PHL', 'フィリピン'], ['MYS', 'マレーシア'], ['SGP', 'シンガポール'],
  ['TUR', 'トルコ'], ['EGY', 'エジプト'], ['ZAF', '南アフリカ'], ['MEX', 'メキシコ'], ['ESP', 'スペイン'], ['POL', 'ポーランド'],
];
const GIVEN = ['アレクサンダー', 'マリア', 'ジョン', 'アンナ', 'ピーター', 'エレナ', 'デイビッド', 'ソフィア', 'マイケル', 'ルーカス', 'イザベル', 'トーマス', 'ナディア', 'ポール', 'クララ', 'サイモン', 'ローラ'];
const FAMILY = ['ハリソン', 'ヴォルコフ', 'モレノ', 'シャルマ', 'ベルナール', 'ケラー', 'ロッシ', 'ノヴァク', 'サントス', 'グエン', 'タナット', 'レイエス', 'ハッサン', 'ペトロフ', 'シルバ', 'コワルスキ', 'アンデション'];
const KINDS: MeetingKind[] = ['summit', 'foreign_ministers', 'telephone', 'courtesy_call', 'meal', 'multilateral'];
const JAPANESE_PEOPLE = 100;
const PER_PARTNER = 18;

type Rng = () => number;

function rngFrom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rng: Rng, count: number) => Math.floor(rng() * count);

function japanese(index: number): { id: string; name: string } {
  const surname = JAPANESE_SURNAMES[index % JAPANESE_SURNAMES.length]!;
  const given = JAPANESE_GIVEN[Math.floor(index / JAPANESE_SURNAMES.length) % JAPANESE_GIVEN.length]!;
  return { id: `person:bench-jpn-${index}`, name: `${surname}${given}` };
}

function partner(country: string, index: number): { id: string; name: string } {
  const seed = index + country.charCodeAt(0) * 7 + country.charCodeAt(1);
  return { id: `person:bench-${country.toLowerCase()}-${index}`, name: `${GIVEN[seed % GIVEN.length]}・${FAMILY[(seed * 5 + index) % FAMILY.length]}${index}` };
}

/** `count` one-meeting documents between Japan and the partner countries, 2001–2020. */
export function explorerNetworkCorpus(count: number, seed = 12): ExtractionResult[] {
  const rng = rngFrom(seed);
  const results: ExtractionResult[] = [];
  for (let index = 0; index < count; index++) {
    const [countryId, countryName] = PARTNERS[pick(rng, PARTNERS.length)]!;
    const ours = [japanese(pick(rng, JAPANESE_PEOPLE)), japanese(pick(rng, JAPANESE_PEOPLE))];
    const theirs = [partner(countryId, pick(rng, PER_PARTNER)), partner(countryId, pick(rng, PER_PARTNER))];
    if (ours[0]!.id === ours[1]!.id) ours.pop();
    if (theirs[0]!.id === theirs[1]!.id) theirs.pop();
    const date = `${2001 + (index % 20)}-${String(1 + pick(rng, 12)).padStart(2, '0')}-${String(1 + pick(rng, 28)).padStart(2, '0')}`;
    const title = `日・${countryName}会談(概要)第${index + 1}回`;
    const said = `${ours[0]!.name}より、${countryName}との協力を一層強化したい旨述べた。`;
    const text = `${title}\n\n(1) ${said}\n`;
    const start = text.indexOf(said);
    const docId = createHash('sha256').update(text).digest('hex');
    const meetingId = `${docId}:m1`;
    const people = [...ours.map((p) => ({ ...p, country: 'JPN' })), ...theirs.map((p) => ({ ...p, country: countryId }))];
    results.push({
      contractVersion: 1,
      document: { id: docId, source: `bench/explorer/${index + 1}.txt`, title, text, encoding: 'UTF-8', headerDate: date },
      meetings: [{
        id: meetingId, kind: KINDS[pick(rng, KINDS.length)]!, date, start: null, end: null, durationMinutes: null, timeNote: null, location: null, occasion: null,
        participants: people.map((p, i) => ({ entity: p.id, role: i === 0 || i === ours.length ? 'principal' : 'delegation', title: null, country: p.country })),
      }],
      entities: [
        ...people.map((p) => ({ id: p.id, type: 'Person' as const, name: p.name, aliases: [p.name], country: p.country, mentions: [] })),
        { id: 'JPN', type: 'Country', name: '日本', aliases: ['日本'], country: null, mentions: [] },
        { id: countryId, type: 'Country', name: countryName, aliases: [countryName], country: null, mentions: [] },
      ],
      topics: [],
      statements: [{ id: `${docId}:s1`, meeting: meetingId, topic: null, paragraph: 1, order: 1, speakers: [ours[0]!.id], respondsTo: null, act: 'statement', text: said, start, end: start + said.length, mentions: [] }],
      extractorVersion: 'bench-explorer-1',
    });
  }
  return results;
}
