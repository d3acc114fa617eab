// Turkey, Saudi Arabia, Ukraine, Kenya, South Africa, Palestine, Pacific island leaders, and heads of
// the UN and EU (country '' : they act for the organisation). Source: government / organisation
// sites' office-holder lists (public record); MOFA summaries for spellings.
import { person } from './person.js';

const PM = '首相';
const P = '大統領';
const FM = '外務大臣';

export const WORLD_PEOPLE = [
  // Turkey
  person('erdogan-recep-tayyip', 'レジェップ・タイイップ・エルドアン', ['エルドアン', 'レジェップ・タイップ・エルドアン'], 'TUR', [
    [PM, '2003-03-14', '2014-08-28'],
    [P, '2014-08-28', null],
  ]),
  person('gul-abdullah', 'アブドゥッラー・ギュル', ['ギュル'], 'TUR', [[P, '2007-08-28', '2014-08-28']]),
  person('davutoglu-ahmet', 'アフメト・ダウトオール', ['ダウトオール'], 'TUR', [[PM, '2014-08-28', '2016-05-24']]),
  person('cavusoglu-mevlut', 'メヴリュット・チャヴシュオール', ['チャヴシュオール'], 'TUR', [
    [FM, '2014-08-29', '2015-08-28'],
    [FM, '2015-11-24', '2023-06-04'],
  ]),
  person('fidan-hakan', 'ハカン・フィダン', ['フィダン'], 'TUR', [[FM, '2023-06-04', null]]),
  // Saudi Arabia
  person('abdullah-bin-abdulaziz', 'アブドッラー・ビン・アブドルアズィーズ・アール・サウード', ['アブドッラー国王', 'アブドッラー'], 'SAU', [['国王', '2005-08-01', '2015-01-23']]),
  person('salman-bin-abdulaziz', 'サルマン・ビン・アブドルアズィーズ・アール・サウード', ['サルマン', 'サルマン国王'], 'SAU', [
    ['皇太子', '2012-06-18', '2015-01-23'],
    ['国王', '2015-01-23', null],
  ]),
  person('mohammed-bin-salman', 'ムハンマド・ビン・サルマン', ['ムハンマド皇太子', 'MBS'], 'SAU', [
    ['皇太子', '2017-06-21', null],
    [PM, '2022-09-27', null],
  ]),
  person('saud-al-faisal', 'サウード・アル・ファイサル', ['サウード外相'], 'SAU', [[FM, '1975-10-13', '2015-04-29']]),
  person('faisal-bin-farhan', 'ファイサル・ビン・ファルハーン', ['ファイサル'], 'SAU', [[FM, '2019-10-23', null]]),
  person('abdulaziz-bin-salman', 'アブドルアズィーズ・ビン・サルマン', ['アブドルアズィーズ'], 'SAU', [['エネルギー大臣', '2019-09-08', null]]),
  // Ukraine
  person('kuchma-leonid', 'レオニード・クチマ', ['クチマ'], 'UKR', [[P, '1994-07-19', '2005-01-23']]),
  person('yushchenko-viktor', 'ヴィクトル・ユーシチェンコ', ['ユーシチェンコ', 'ユシチェンコ'], 'UKR', [[P, '2005-01-23', '2010-02-25']]),
  person('yanukovych-viktor', 'ヴィクトル・ヤヌコーヴィチ', ['ヤヌコーヴィチ', 'ヤヌコビッチ'], 'UKR', [[P, '2010-02-25', '2014-02-22']]),
  person('poroshenko-petro', 'ペトロ・ポロシェンコ', ['ポロシェンコ'], 'UKR', [[P, '2014-06-07', '2019-05-20']]),
  person('zelenskyy-volodymyr', 'ヴォロディミル・ゼレンスキー', ['ゼレンスキー', 'Volodymyr Zelenskyy'], 'UKR', [[P, '2019-05-20', null]]),
  person('kuleba-dmytro', 'ドミトロ・クレーバ', ['クレーバ'], 'UKR', [[FM, '2020-03-04', '2024-09-05']]),
  person('sybiha-andrii', 'アンドリー・シビハ', ['シビハ'], 'UKR', [[FM, '2024-09-05', null]]),
  // Kenya, South Africa, Palestine
  person('moi-daniel-arap', 'ダニエル・アラップ・モイ', ['モイ'], 'KEN', [[P, '1978-10-14', '2002-12-30']]),
  person('kibaki-mwai', 'ムワイ・キバキ', ['キバキ'], 'KEN', [[P, '2002-12-30', '2013-04-09']]),
  person('kenyatta-uhuru', 'ウフル・ケニヤッタ', ['ケニヤッタ', 'Uhuru Kenyatta', 'ウフル・ムイガイ・ケニヤッタ'], 'KEN', [[P, '2013-04-09', '2022-09-13']]),
  person('ruto-william', 'ウィリアム・サモエイ・ルト', ['ルト', 'ウィリアム・ルト', 'サモエイ・ルト'], 'KEN', [[P, '2022-09-13', null]]),
  person('mandela-nelson', 'ネルソン・マンデラ', ['マンデラ'], 'ZAF', [[P, '1994-05-10', '1999-06-14']]),
  person('mbeki-thabo', 'ターボ・ムベキ', ['ムベキ'], 'ZAF', [[P, '1999-06-14', '2008-09-25']]),
  person('zuma-jacob', 'ジェイコブ・ズマ', ['ズマ'], 'ZAF', [[P, '2009-05-09', '2018-02-14']]),
  person('ramaphosa-cyril', 'シリル・ラマポーザ', ['ラマポーザ', 'Cyril Ramaphosa'], 'ZAF', [
    ['副大統領', '2014-05-26', '2018-02-15'],
    [P, '2018-02-15', null],
  ]),
  person('abu-amr-ziad', 'ジアード・アブーアムロ', ['アブーアムロ'], 'PSE'),
  person('abbas-mahmoud', 'マフムード・アッバース', ['アッバース', 'アッバス'], 'PSE', [[P, '2005-01-15', null]]),
  // Pacific island leaders
  person('remengesau-tommy', 'トミー・レメンゲサウ', ['レメンゲサウ'], 'PLW', [
    [P, '2001-01-19', '2009-01-15'],
    [P, '2013-01-17', '2021-01-21'],
  ]),
  person('tong-anote', 'アノテ・トン', ['トン'], 'KIR', [[P, '2003-07-10', '2016-03-11']]),
  person('tuilaepa-sailele', 'トゥイラエパ・サイレレ・マリエレガオイ', ['トゥイラエパ'], 'WSM', [[PM, '1998-11-23', '2021-07-24']]),
  person('mori-emanuel', 'エマニュエル・モリ', ['モリ'], 'FSM', [[P, '2007-05-11', '2015-05-11']]),
  person('loeak-christopher', 'クリストファー・ロヤック', ['ロヤック'], 'MHL', [[P, '2012-01-10', '2016-01-28']]),
  person('sopoaga-enele', 'エネレ・ソポアンガ', ['ソポアンガ'], 'TUV', [[PM, '2013-08-05', '2019-09-19']]),
  person('puna-henry', 'ヘンリー・プナ', ['プナ'], 'COK', [[PM, '2010-11-30', '2020-10-01']]),
  person('natuman-joe', 'ジョー・ナトゥマン', ['ナトゥマン'], 'VUT', [[PM, '2014-05-15', '2015-06-11']]),
  person('tuivakano-siale', 'シアレ・アタオンゴ・カイフォノ・トゥイバカノ', ['トゥイバカノ'], 'TON', [[PM, '2010-12-22', '2014-12-30']]),
  person('bainimarama-frank', 'フランク・バイニマラマ', ['バイニマラマ'], 'FJI', [[PM, '2007-01-05', '2022-12-24']]),
  // United Nations, EU, ASEAN (international civil servants)
  person('boutros-ghali-boutros', 'ブトロス・ブトロス＝ガリ', ['ガリ', 'ブトロス・ガリ'], '', [['国連事務総長', '1992-01-01', '1997-01-01']]),
  person('annan-kofi', 'コフィー・アナン', ['アナン', 'コフィ・アナン'], '', [['国連事務総長', '1997-01-01', '2007-01-01']]),
  person('guterres-antonio', 'アントニオ・グテーレス', ['グテーレス', 'アントニオ・マヌエル・デ・オリヴェイラ・グテーレス', 'António Guterres', 'António Manuel de Oliveira Guterres'], '', [['国連事務総長', '2017-01-01', null]]),
  person('santer-jacques', 'ジャック・サンテール', ['サンテール'], '', [['欧州委員会委員長', '1995-01-23', '1999-03-15']]),
  person('barroso-jose-manuel', 'ジョゼ・マヌエル・バローゾ', ['バローゾ'], '', [['欧州委員会委員長', '2004-11-22', '2014-11-01']]),
  person('juncker-jean-claude', 'ジャン＝クロード・ユンカー', ['ユンカー', 'ジャン・クロード・ユンカー'], '', [['欧州委員会委員長', '2014-11-01', '2019-12-01']]),
  person('von-der-leyen-ursula', 'ウルズラ・フォン・デア・ライエン', ['フォン・デア・ライエン', 'フォンデアライエン'], '', [['欧州委員会委員長', '2019-12-01', null]]),
  person('van-rompuy-herman', 'ヘルマン・ファン・ロンパイ', ['ファン・ロンパイ'], '', [['欧州理事会議長', '2009-12-01', '2014-12-01']]),
  person('tusk-donald', 'ドナルド・トゥスク', ['トゥスク'], '', [['欧州理事会議長', '2014-12-01', '2019-12-01']]),
  person('michel-charles', 'シャルル・ミシェル', ['ミシェル'], '', [['欧州理事会議長', '2019-12-01', '2024-12-01']]),
  person('costa-antonio', 'アントニオ・コスタ', ['コスタ'], '', [['欧州理事会議長', '2024-12-01', null]]),
  person('kao-kim-hourn', 'カオ・キムホン', ['カオ'], '', [['ASEAN事務総長', '2023-01-01', null]]),
  person('amano-yukiya', '天野之弥', ['天野'], 'JPN', [['IAEA事務局長', '2009-12-01', '2019-07-18']]),
  person('grossi-rafael', 'ラファエル・グロッシー', ['グロッシー'], '', [['IAEA事務局長', '2019-12-03', null]]),
  person('tedros-adhanom', 'テドロス・アダノム', ['テドロス'], '', [['WHO事務局長', '2017-07-01', null]]),
];
