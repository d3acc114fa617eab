// A meeting's title as an analyst would name it. The page title is the best source when it names a
// meeting (日露首脳会談(概要) → 日露首脳会談), but many pages are titled with their site section
// (外務省・新着情報) and some report several meetings (a summit and the dinner after it). Then the title
// is made from what the graph knows: the sides and the kind (日本・ケニア首脳会談).

/** Site sections and other page titles that name no meeting. */
const SECTION_TITLE = /新着情報|トップページ|ホーム|報道発表|会見記録|Ministry of Foreign Affairs|^外務省$/i;
/** Words a title naming a meeting contains. */
const MEETING_WORD = /会談|会合|会議|表敬|会見|懇談|会食|夕食|昼食|朝食|協議|対話|サミット|訪問|電話/;
/** "(概要)" and the like at the end of a summary's title. */
const SUMMARY_TAIL = /\s*[（(](?:概要|概要と評価|結果概要)[)）]\s*$/;

const KIND_WORD: Record<string, string> = {
  summit: '首脳会談',
  foreign_ministers: '外相会談',
  telephone: '電話会談',
  video: 'テレビ会談',
  courtesy_call: '表敬',
  meal: '会食',
  multilateral: '会合',
  other: '会談',
};

export interface TitleParts {
  meetingId: string;
  kind: unknown;
  documentTitle: unknown;
  /** Countries of the meeting (BETWEEN), each with id and name. */
  countries: Array<{ id: string; name?: unknown }>;
}

/** The page title when it names this meeting (the page's first one), else sides + kind. */
export function meetingTitle({ meetingId, kind, documentTitle, countries }: TitleParts): string {
  const title = typeof documentTitle === 'string' ? documentTitle.trim() : '';
  const firstOfPage = /:m1$/.test(meetingId);
  if (firstOfPage && title !== '' && MEETING_WORD.test(title) && !SECTION_TITLE.test(title)) {
    return title.replace(SUMMARY_TAIL, '');
  }
  // Japan first (the ministry's own side), then the others by id.
  const sides = [...countries].sort((a, b) => (a.id === 'JPN' ? -1 : b.id === 'JPN' ? 1 : a.id.localeCompare(b.id)));
  const names = sides.map((country) => (typeof country.name === 'string' ? country.name : country.id));
  const word = KIND_WORD[typeof kind === 'string' ? kind : 'other'] ?? KIND_WORD.other;
  return `${names.join('・')}${word}`;
}
