// United States: presidents, vice presidents, secretaries of state and of defense 1989-2025, with the
// katakana MOFA uses (ティラソン, not ティラーソン). Source: whitehouse.gov / state.gov / defense.gov
// lists of office holders (public record); MOFA 日米首脳会談 / 日米外相会談 summaries for spellings.
import { person } from './person.js';

const P = '大統領';
const VP = '副大統領';
const SOS = '国務長官';
const DEF = '国防長官';

export const USA_PEOPLE = [
  person('bush-george-hw', 'ジョージ・H・W・ブッシュ', ['ブッシュ', 'ジョージ・ブッシュ'], 'USA', [
    [VP, '1981-01-20', '1989-01-20'],
    [P, '1989-01-20', '1993-01-20'],
  ]),
  person('clinton-bill', 'ビル・クリントン', ['クリントン', 'ウィリアム・ジェファーソン・クリントン', 'Bill Clinton'], 'USA', [
    [P, '1993-01-20', '2001-01-20'],
  ]),
  person('bush-george-w', 'ジョージ・W・ブッシュ', ['ブッシュ', 'ジョージ・ブッシュ', 'George W. Bush'], 'USA', [
    [P, '2001-01-20', '2009-01-20'],
  ]),
  person('obama-barack', 'バラク・オバマ', ['オバマ', 'Barack Obama'], 'USA', [[P, '2009-01-20', '2017-01-20']]),
  person('trump-donald', 'ドナルド・トランプ', ['トランプ', 'ドナルド・J・トランプ', 'Donald J. Trump', 'Donald Trump'], 'USA', [
    [P, '2017-01-20', '2021-01-20'],
    [P, '2025-01-20', null],
  ]),
  person('biden-joseph', 'ジョセフ・バイデン', ['バイデン', 'ジョー・バイデン', 'ジョセフ・R・バイデン', 'Joseph R. Biden, Jr.', 'Joseph R. Biden', 'Joe Biden'], 'USA', [
    [VP, '2009-01-20', '2017-01-20'],
    [P, '2021-01-20', '2025-01-20'],
  ]),
  person('biden-jill', 'ジル・バイデン', ['ジル・バイデン大統領夫人'], 'USA', [['大統領夫人', '2021-01-20', '2025-01-20']]),
  person('gore-al', 'アル・ゴア', ['ゴア'], 'USA', [[VP, '1993-01-20', '2001-01-20']]),
  person('cheney-dick', 'ディック・チェイニー', ['チェイニー'], 'USA', [[VP, '2001-01-20', '2009-01-20']]),
  person('pence-mike', 'マイク・ペンス', ['ペンス'], 'USA', [[VP, '2017-01-20', '2021-01-20']]),
  person('harris-kamala', 'カマラ・ハリス', ['ハリス'], 'USA', [[VP, '2021-01-20', '2025-01-20']]),
  person('vance-jd', 'J・D・ヴァンス', ['ヴァンス', 'ジェームズ・デビッド・ヴァンス', 'JD・ヴァンス'], 'USA', [[VP, '2025-01-20', null]]),
  person('baker-james', 'ジェームズ・ベーカー', ['ベーカー'], 'USA', [[SOS, '1989-01-25', '1992-08-23']]),
  person('christopher-warren', 'ウォーレン・クリストファー', ['クリストファー'], 'USA', [[SOS, '1993-01-20', '1997-01-17']]),
  person('albright-madeleine', 'マデレーン・オルブライト', ['オルブライト'], 'USA', [[SOS, '1997-01-23', '2001-01-20']]),
  person('powell-colin', 'コリン・パウエル', ['パウエル'], 'USA', [[SOS, '2001-01-20', '2005-01-26']]),
  person('rice-condoleezza', 'コンドリーザ・ライス', ['ライス', 'コンドリーサ・ライス'], 'USA', [
    ['国家安全保障担当大統領補佐官', '2001-01-20', '2005-01-26'],
    [SOS, '2005-01-26', '2009-01-20'],
  ]),
  person('clinton-hillary', 'ヒラリー・クリントン', ['クリントン', 'ヒラリー・ロダム・クリントン'], 'USA', [[SOS, '2009-01-21', '2013-02-01']]),
  person('kerry-john', 'ジョン・ケリー', ['ケリー'], 'USA', [[SOS, '2013-02-01', '2017-01-20']]),
  person('tillerson-rex', 'レックス・ティラソン', ['ティラソン', 'ティラーソン', 'レックス・ティラーソン'], 'USA', [[SOS, '2017-02-01', '2018-03-31']]),
  person('pompeo-mike', 'マイク・ポンペオ', ['ポンペオ', 'マイケル・ポンペオ'], 'USA', [[SOS, '2018-04-26', '2021-01-20']]),
  person('blinken-antony', 'アントニー・ブリンケン', ['ブリンケン'], 'USA', [[SOS, '2021-01-26', '2025-01-20']]),
  person('rubio-marco', 'マルコ・ルビオ', ['ルビオ'], 'USA', [[SOS, '2025-01-21', null]]),
  person('cohen-william', 'ウィリアム・コーエン', ['コーエン'], 'USA', [[DEF, '1997-01-24', '2001-01-20']]),
  person('rumsfeld-donald', 'ドナルド・ラムズフェルド', ['ラムズフェルド'], 'USA', [[DEF, '2001-01-20', '2006-12-18']]),
  person('gates-robert', 'ロバート・ゲーツ', ['ゲーツ', 'ゲイツ'], 'USA', [[DEF, '2006-12-18', '2011-07-01']]),
  person('panetta-leon', 'レオン・パネッタ', ['パネッタ'], 'USA', [[DEF, '2011-07-01', '2013-02-27']]),
  person('hagel-chuck', 'チャック・ヘーゲル', ['ヘーゲル'], 'USA', [[DEF, '2013-02-27', '2015-02-17']]),
  person('carter-ashton', 'アシュトン・カーター', ['カーター'], 'USA', [[DEF, '2015-02-17', '2017-01-20']]),
  person('mattis-james', 'ジェームズ・マティス', ['マティス'], 'USA', [[DEF, '2017-01-20', '2019-01-01']]),
  person('esper-mark', 'マーク・エスパー', ['エスパー'], 'USA', [[DEF, '2019-07-23', '2020-11-09']]),
  person('austin-lloyd', 'ロイド・オースティン', ['オースティン'], 'USA', [[DEF, '2021-01-22', '2025-01-20']]),
  person('hegseth-pete', 'ピート・ヘグセス', ['ヘグセス'], 'USA', [[DEF, '2025-01-25', null]]),
  person('sullivan-jake', 'ジェイク・サリバン', ['サリバン'], 'USA', [['国家安全保障担当大統領補佐官', '2021-01-20', '2025-01-20']]),
  person('armitage-richard', 'リチャード・アーミテージ', ['アーミテージ'], 'USA', [['国務副長官', '2001-03-26', '2005-02-22']]),
  person('kennedy-caroline', 'キャロライン・ケネディ', ['ケネディ'], 'USA', [['大使', '2013-11-19', '2017-01-18']]),
  person('emanuel-rahm', 'ラーム・エマニュエル', ['エマニュエル'], 'USA'),
];
