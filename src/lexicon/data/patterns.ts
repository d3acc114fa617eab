// Tails that make a noun run into an entity of a given type, for the extractor's pattern rules
// (〜問題 → Issue, 〜条約 → Agreement, 〜首脳会合 → Event…), as listed in issue 3 and seen in MOFA
// summaries. Longest-first ordering is applied by the loader. Visit words: 訪 + a country's
// one-character form (訪日, 訪露, 訪ロ, 訪中) plus the irregular ones below.

export type SuffixKind = 'event' | 'agreement' | 'issue' | 'organization';

/**
 * Tails the extractor uses. Kept to what names a thing in this genre: broader tails (〜政府, 〜党, 〜情勢,
 * 〜同盟, 〜合意) were tried and mostly produced generic phrases, so they are left out.
 */
export const ENTITY_SUFFIXES: Record<SuffixKind, string[]> = {
  event: [
    // incidents, wars, disasters
    '事件', 'テロ事件', '戦争', '大戦', '紛争', '侵略', '大震災', '震災', '大地震', '地震', '豪雨', '森林火災',
    // ceremonies and fora a leader attends
    '就任式', '記念式典', 'フォーラム',
    // festivals and expositions held in a partner's name (日韓交流おまつり, 日越音楽祭); games are the lexicon's
    // (a 競技大会 tail around a listed オリンピック would make a second event of it)
    // years two countries dedicate to each other (日メキシコ交流年, 日・アルファ友好年) and days a country keeps
    '交流年', '友好年', '観光年', '協力年', '記念日',
    'フェスティバル', 'おまつり', '音楽祭', '祭典', '博覧会', '万博',
    // exhibitions, receptions held to mark an anniversary, symposia and seminars held under a name
    '写真展', '展示会', '展覧会', '美術展', '記念レセプション', '記念行事', 'シンポジウム', 'セミナー',
    // summits and conferences
    // 閣僚理事会 (OECD's ministerial council) is a meeting of ministers, like 閣僚会合, not the standing 理事会
    '首脳会合', '首脳会議', 'サミット', '外相会合', '外相会議', '閣僚会合', '閣僚会議', '閣僚理事会',
    // …and of other ministers or governors, by their office (国防大臣会合, 財務大臣・中央銀行総裁会議, 閣僚級会合)
    '大臣会合', '大臣会議', '閣僚級会合', '総裁会議', '総会', '国葬儀', '合同葬',
    // other talks, dialogues, negotiations and elections a summary refers to
    '首脳会談', '外相会談', '首脳電話会談', '外相電話会談', '首脳テレビ会談', '外相テレビ会談', '戦略対話', '政策対話', '経済協議', '次官級協議', '局長級協議', '交渉', '総選挙', '選挙', '再選', '国民投票', '政府間協議',
    // launches a meeting condemns (弾道ミサイル発射)
    'ミサイル発射', 'ミサイルの発射',
    // an arbitration between two states (比中仲裁裁判, 南シナ海仲裁判断) and a contest held under a name (日本語スピーチ・コンテスト)
    '仲裁裁判', '仲裁判断', 'コンテスト',
  ],
  agreement: [
    '条約', '協定', '議定書', '共同宣言', '宣言', '共同声明', '声明', '共同発表', '共同文書', '共同コミュニケ', 'コミュニケ', '行動計画', '計画', 'プラン', '覚書', '決議',
    // an exchange of notes (円借款に関する交換公文) and a charter (ASEAN憲章)
    '交換公文', '憲章',
    'イニシアティブ', 'イニシアティヴ',
  ],
  // reforms, countermeasures and sanctions under discussion (WTO改革, 海賊対策, 対露制裁)
  issue: ['問題', '改革', '対策', '制裁'],
  // a country's national or federal assembly (ナイジェリア国民議会, ドイツ連邦議会); 議会 alone is too common a word
  // …and the foundations, councils and leagues of two countries' friendship (日韓産業技術協力財団, 日ルワンダ友好議員連盟)
  // …and research institutes (日本国際問題研究所, 戦略国際問題研究所)
  organization: ['委員会', '分科会', '理事会', '評議会', '機構', '調査会', '連絡会', '国民議会', '連邦議会', '財団', '協議会', '協会', '議員連盟', '研究所'],
};

/** Tails that name a thing only after a long head (経済改革プログラム, not 文化プログラム): at least 4 characters. */
export const LONG_HEAD_AGREEMENT_SUFFIXES: readonly string[] = ['プログラム', 'パッケージ', 'ロードマップ'];

/** Visit words that are not 訪 + one-character form: [surface, ISO3 of the destination]. */
export const IRREGULAR_VISITS: ReadonlyArray<[string, string]> = [
  ['来日', 'JPN'],
  ['訪日', 'JPN'],
  ['来訪', ''],
];
