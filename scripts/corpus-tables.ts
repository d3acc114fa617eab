// Tables the synthetic corpus generator draws from. Invented people (no real person's words are put in
// anyone's mouth); countries, titles, events and topics are the genre's usual vocabulary.

export interface CountryRow {
  name: string;
  /** Short form used in meeting names: 日米, 日・フィンランド. */
  short: string;
  capital: string;
  leaderTitle: string;
  /** Surnames (katakana) of invented officials. */
  surnames: string[];
}

export const COUNTRIES: CountryRow[] = [
  { name: '米国', short: '米', capital: 'ワシントン', leaderTitle: '大統領', surnames: ['ハリソン', 'ブルックス', 'ウェルズ', 'モーガン'] },
  { name: 'ロシア', short: '露', capital: 'モスクワ', leaderTitle: '大統領', surnames: ['ヴォルコフ', 'ソコロフ', 'ベロフ', 'オルロフ'] },
  { name: '中国', short: '中', capital: '北京', leaderTitle: '国家主席', surnames: ['王', '李', '張', '劉'] },
  { name: '韓国', short: '韓', capital: 'ソウル', leaderTitle: '大統領', surnames: ['朴', '金', '崔', '鄭'] },
  { name: 'インド', short: '印', capital: 'ニューデリー', leaderTitle: '首相', surnames: ['シャルマ', 'ヴェルマ', 'メーラ', 'ラオ'] },
  { name: 'オーストラリア', short: '豪', capital: 'キャンベラ', leaderTitle: '首相', surnames: ['マクレガー', 'ハミルトン', 'フレイザー'] },
  { name: '英国', short: '英', capital: 'ロンドン', leaderTitle: '首相', surnames: ['ウィンザム', 'ケンドール', 'アシュトン'] },
  { name: 'フランス', short: '仏', capital: 'パリ', leaderTitle: '大統領', surnames: ['ルフェーブル', 'ボワイエ', 'ガルニエ'] },
  { name: 'ドイツ', short: '独', capital: 'ベルリン', leaderTitle: '首相', surnames: ['ハルトマン', 'ケスラー', 'ブラント'] },
  { name: 'イタリア', short: '伊', capital: 'ローマ', leaderTitle: '首相', surnames: ['ロッシ', 'コロンボ', 'ファッブリ'] },
  { name: 'カナダ', short: '加', capital: 'オタワ', leaderTitle: '首相', surnames: ['トレンブレー', 'マクドナルド', 'ギャニオン'] },
  { name: 'ブラジル', short: 'ブラジル', capital: 'ブラジリア', leaderTitle: '大統領', surnames: ['カルヴァーリョ', 'メデイロス', 'ピント'] },
  { name: 'メキシコ', short: 'メキシコ', capital: 'メキシコシティ', leaderTitle: '大統領', surnames: ['ガルシア', 'モラレス', 'レジェス'] },
  { name: 'チリ', short: 'チリ', capital: 'サンティアゴ', leaderTitle: '大統領', surnames: ['フエンテス', 'ソト', 'ムニョス'] },
  { name: 'インドネシア', short: 'インドネシア', capital: 'ジャカルタ', leaderTitle: '大統領', surnames: ['スハルディ', 'プラボウォ', 'ウィラント'] },
  { name: 'ベトナム', short: '越', capital: 'ハノイ', leaderTitle: '首相', surnames: ['グエン', 'チャン', 'レー'] },
  { name: 'タイ', short: 'タイ', capital: 'バンコク', leaderTitle: '首相', surnames: ['スワンナプーム', 'チャイヤポン', 'シリワット'] },
  { name: 'フィリピン', short: '比', capital: 'マニラ', leaderTitle: '大統領', surnames: ['サントス', 'レイエス', 'ビリャヌエバ'] },
  { name: 'シンガポール', short: 'シンガポール', capital: 'シンガポール', leaderTitle: '首相', surnames: ['タン', 'リム', 'ゴー'] },
  { name: 'マレーシア', short: 'マレーシア', capital: 'クアラルンプール', leaderTitle: '首相', surnames: ['イスマイル', 'ラザク', 'ハッサン'] },
  { name: 'トルコ', short: 'トルコ', capital: 'アンカラ', leaderTitle: '大統領', surnames: ['ユルマズ', 'デミル', 'シャヒン'] },
  { name: 'サウジアラビア', short: 'サウジアラビア', capital: 'リヤド', leaderTitle: '皇太子', surnames: ['アル・ファイサル', 'アル・サウード'] },
  { name: 'エジプト', short: 'エジプト', capital: 'カイロ', leaderTitle: '大統領', surnames: ['マンスール', 'ファラグ', 'ハリール'] },
  { name: '南アフリカ', short: '南ア', capital: 'プレトリア', leaderTitle: '大統領', surnames: ['ムベキ', 'ンコシ', 'ダラミニ'] },
  { name: 'ケニア', short: 'ケニア', capital: 'ナイロビ', leaderTitle: '大統領', surnames: ['オティエノ', 'キマニ', 'ワンジク'] },
  { name: 'フィンランド', short: 'フィンランド', capital: 'ヘルシンキ', leaderTitle: '首相', surnames: ['ヴィルタネン', 'コルホネン', 'ニエミ'] },
  { name: 'スウェーデン', short: 'スウェーデン', capital: 'ストックホルム', leaderTitle: '首相', surnames: ['リンドクヴィスト', 'ベリマン', 'ホルム'] },
  { name: 'ポーランド', short: 'ポーランド', capital: 'ワルシャワ', leaderTitle: '首相', surnames: ['ノヴァク', 'コヴァルスキ', 'ヴィシニェフスキ'] },
  { name: 'ウクライナ', short: 'ウクライナ', capital: 'キーウ', leaderTitle: '大統領', surnames: ['シェフチェンコ', 'ボンダレンコ', 'クラフチュク'] },
  { name: 'モンゴル', short: 'モンゴル', capital: 'ウランバートル', leaderTitle: '大統領', surnames: ['バトバヤル', 'ガンバータル', 'エンフバト'] },
  { name: 'ニュージーランド', short: 'NZ', capital: 'ウェリントン', leaderTitle: '首相', surnames: ['ファーガソン', 'ロビンソン', 'テ・ファレ'] },
  { name: 'アルゼンチン', short: 'アルゼンチン', capital: 'ブエノスアイレス', leaderTitle: '大統領', surnames: ['フェルナンデス', 'ロペス', 'ゴメス'] },
];

export const JAPANESE_SURNAMES = ['山田', '佐藤', '高橋', '田中', '伊藤', '渡辺', '中村', '小林', '加藤', '吉田', '山口', '松本', '井上', '木村', '林', '清水', '森川', '池田', '橋本', '石川', '前田', '藤田', '岡田', '後藤', '長谷川', '村上', '近藤', '坂本', '遠藤', '青木'];
export const JAPANESE_GIVEN = ['一郎', '健太', '誠', '直樹', '裕子', '明美', '博', '浩二', '恵子', '俊介', '和也', '聡', '真理子', '修', '隆'];
export const DELEGATION_TITLES = ['官房副長官', '外務審議官', '総理秘書官', '欧州局長', 'アジア大洋州局長', '北米局長', '経済局長', '駐在大使', '総合外交政策局長'];
export const PARTNER_DELEGATION_TITLES = ['外務次官', '大統領府長官', '首相補佐官', '駐日大使', '経済相', '国防相', '首席補佐官'];

export interface OccasionRow {
  name: string;
  city: string;
}

export const OCCASIONS: OccasionRow[] = [
  { name: 'APEC首脳会議', city: 'リマ' },
  { name: 'G20サミット', city: 'ブエノスアイレス' },
  { name: '国連総会', city: 'ニューヨーク' },
  { name: 'ASEAN関連首脳会議', city: 'ビエンチャン' },
  { name: 'G7外相会合', city: 'トロント' },
  { name: '東アジア首脳会議', city: 'クアラルンプール' },
  { name: 'ASEM首脳会合', city: 'ブリュッセル' },
  { name: 'ミュンヘン安全保障会議', city: 'ミュンヘン' },
];

export interface TopicRow {
  heading: string;
  /** What the Japanese side says; {P} is the partner country. */
  japan: string[];
  partner: string[];
  /** Things both sides agree on (両首脳は…ことで一致した). */
  agreed: string[];
}

export const TOPICS: TopicRow[] = [
  { heading: '二国間関係', japan: ['{P}との関係を一層強化したい', '来年の外交関係樹立記念の年を両国民の交流拡大の機会としたい', '首脳間の往来を活発にしていきたい'], partner: ['日本は{P}にとって重要なパートナーである', '両国関係は過去最高の水準にある', '日本からの招待に感謝する'], agreed: ['ハイレベルの往来を継続していく', '両国関係を新たな段階に引き上げていく'] },
  { heading: '経済関係', japan: ['両国間の貿易・投資を一層拡大させたい', '日本企業のビジネス環境の改善を期待する', '経済連携協定の交渉を加速させたい'], partner: ['日本からの投資を歓迎する', 'インフラ分野での日本の技術に期待している', '経済関係の潜在力は大きい'], agreed: ['経済連携協定の早期締結を目指す', '投資環境の整備に向けた協議を開始する'] },
  { heading: '安全保障', japan: ['地域の安全保障環境は厳しさを増している', '防衛当局間の対話を深めたい', '海洋安全保障分野での協力を進めたい'], partner: ['安全保障分野での日本との協力を重視している', '防衛装備品協力の可能性を検討したい'], agreed: ['外務・防衛当局間の協議を定例化する', '安全保障分野の協力を強化していく'] },
  { heading: '北朝鮮問題', japan: ['核・ミサイル開発は断じて容認できない', '拉致問題の早期解決に向けて理解と協力を求めたい', '安保理決議の完全な履行が重要である'], partner: ['拉致問題に関する日本の立場を支持する', '朝鮮半島の非核化が重要である'], agreed: ['北朝鮮問題について緊密に連携していく'] },
  { heading: 'エネルギー協力', japan: ['エネルギー安全保障は両国共通の課題である', '液化天然ガスの安定供給を期待する', '再生可能エネルギー分野での協力を進めたい'], partner: ['エネルギー分野での日本との協力を拡大したい', '省エネルギー技術に関心を有している'], agreed: ['エネルギー分野の対話を立ち上げる'] },
  { heading: '気候変動', japan: ['気候変動対策で国際社会を主導していきたい', '途上国の排出削減を支援していく'], partner: ['気候変動問題での日本の貢献を評価する', '新たな国際枠組みの構築に協力したい'], agreed: ['気候変動問題で協力していく'] },
  { heading: '国連改革', japan: ['安保理改革は待ったなしの課題である', '日本の常任理事国入りへの支持を求めたい'], partner: ['安保理改革の必要性については認識を共有する', '日本の立場を理解する'], agreed: ['国連改革について引き続き協議していく'] },
  { heading: '地域情勢', japan: ['自由で開かれた地域秩序を維持することが重要である', '力による一方的な現状変更の試みに反対する'], partner: ['地域の平和と安定のために日本と協力したい', '航行の自由は重要である'], agreed: ['地域情勢について意見交換を継続する'] },
  { heading: '人的交流', japan: ['青少年交流を拡大したい', '査証手続の緩和を検討している', '留学生の受入れを増やしたい'], partner: ['日本語学習者が増えている', '観光分野での交流を拡大したい'], agreed: ['人的交流の拡大に取り組む'] },
  { heading: '科学技術協力', japan: ['科学技術協力協定に基づく協力を進めたい', '宇宙分野での協力の可能性を探りたい'], partner: ['情報通信分野での協力に大きな期待を寄せている', '共同研究を拡大したい'], agreed: ['科学技術合同委員会を開催する'] },
  { heading: '開発協力', japan: ['質の高いインフラ投資を通じて発展を支援したい', '円借款による支援を継続する'], partner: ['日本の政府開発援助に感謝する', '人材育成分野での支援を期待する'], agreed: ['開発協力に関する政策対話を行う'] },
  { heading: 'テロ対策', japan: ['テロは断じて許されない', 'テロ対策分野での情報共有を進めたい'], partner: ['国際テロとの闘いで日本と連携したい', '犠牲者への哀悼の意に感謝する'], agreed: ['テロ対策で協力を強化する'] },
  { heading: 'WTO・通商', japan: ['自由貿易体制の維持・強化が重要である', '保護主義に対抗していく必要がある'], partner: ['多角的貿易体制を支持する', '農産品の市場アクセスについて協議したい'], agreed: ['自由貿易の推進で協力する'] },
  { heading: '保健・医療', japan: ['感染症対策で協力したい', 'ユニバーサル・ヘルス・カバレッジの推進を支援したい'], partner: ['保健分野での日本の支援に謝意を表する', '医薬品分野での協力に関心がある'], agreed: ['保健分野の協力を推進する'] },
  { heading: '文化交流', japan: ['文化交流年の成功に向けて協力したい', '日本文化への関心の高まりを歓迎する'], partner: ['日本文化は{P}で非常に人気がある', '文化遺産の保護で協力したい'], agreed: ['文化交流を一層促進する'] },
];

export const MEETING_KINDS = [
  { suffix: '首脳会談', japanTitle: '内閣総理大臣', japanShort: '総理', partnerRole: 'leader', verb: '会談を行った', both: '両首脳' },
  { suffix: '外相会談', japanTitle: '外務大臣', japanShort: '大臣', partnerRole: 'fm', verb: '会談を行った', both: '両外相' },
  { suffix: '首脳電話会談', japanTitle: '内閣総理大臣', japanShort: '総理', partnerRole: 'leader', verb: '電話会談を行った', both: '両首脳' },
  { suffix: '外相電話会談', japanTitle: '外務大臣', japanShort: '大臣', partnerRole: 'fm', verb: '電話会談を行った', both: '両外相' },
  { suffix: '首脳会談及びワーキング・ディナー', japanTitle: '内閣総理大臣', japanShort: '総理', partnerRole: 'leader', verb: '首脳会談及びワーキング・ディナーを行った', both: '両首脳' },
] as const;
