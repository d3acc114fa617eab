// Tails that make a noun run into an entity of a given type, for the extractor's pattern rules
// (〜問題 → Issue, 〜条約 → Agreement, 〜首脳会合 → Event…), as listed in issue 3 and seen in MOFA
// summaries. Longest-first ordering is applied by the loader. Visit words: 訪 + a country's
// one-character form (訪日, 訪露, 訪ロ, 訪中) plus the irregular ones below.

export type SuffixKind = 'event' | 'agreement' | 'issue' | 'organization';

export const ENTITY_SUFFIXES: Record<SuffixKind, string[]> = {
  event: [
    '首脳会議', '首脳会合', 'サミット', '外相会議', '外相会合', '閣僚会議', '閣僚会合', '首脳会談',
    '外相会談', '戦略対話', '事件', '戦争', '大震災', '地震', '津波', '大会', '競技大会', '万博',
    '博覧会', '周年', '記念行事', '選挙', '総選挙', '国際会議', 'フォーラム', '対話', '交渉',
  ],
  agreement: [
    '条約', '協定', '共同声明', '声明', '共同宣言', '宣言', '行動計画', '計画', '合意', 'プラン',
    'イニシアティブ', 'イニシアティヴ', 'パートナーシップ', '議定書', '憲章', '枠組み', '枠組',
    '同盟', 'プログラム', 'パッケージ', '覚書', 'ビジョン', '原則',
  ],
  issue: ['問題', '情勢', '危機'],
  organization: [
    '委員会', '機構', '機関', '基金', '銀行', '理事会', '連合', '事務局', '評議会', '共同体',
    '省', '庁', '党', '政府', '議会', '軍',
  ],
};

/** Visit words that are not 訪 + one-character form: [surface, ISO3 of the destination]. */
export const IRREGULAR_VISITS: ReadonlyArray<[string, string]> = [
  ['来日', 'JPN'],
  ['訪日', 'JPN'],
  ['来訪', ''],
];
