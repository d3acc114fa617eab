// Germany and Italy: chancellors / prime ministers (首相), presidents, foreign ministers 1990-2025.
// Source: bundesregierung.de, auswaertiges-amt.de, governo.it, esteri.it office-holder lists (public
// record); katakana as on MOFA's country pages.
import { person } from './person.js';

const PM = '首相';
const P = '大統領';
const FM = '外務大臣';

export const EUROPE2_PEOPLE = [
  // Germany
  person('kohl-helmut', 'ヘルムート・コール', ['コール'], 'DEU', [[PM, '1982-10-01', '1998-10-27']]),
  person('schroeder-gerhard', 'ゲアハルト・シュレーダー', ['シュレーダー', 'ゲルハルト・シュレーダー'], 'DEU', [[PM, '1998-10-27', '2005-11-22']]),
  person('merkel-angela', 'アンゲラ・メルケル', ['メルケル'], 'DEU', [[PM, '2005-11-22', '2021-12-08']]),
  person('scholz-olaf', 'オラフ・ショルツ', ['ショルツ'], 'DEU', [[PM, '2021-12-08', '2025-05-06']]),
  person('merz-friedrich', 'フリードリヒ・メルツ', ['メルツ'], 'DEU', [[PM, '2025-05-06', null]]),
  person('kinkel-klaus', 'クラウス・キンケル', ['キンケル'], 'DEU', [[FM, '1992-05-18', '1998-10-27']]),
  person('fischer-joschka', 'ヨシュカ・フィッシャー', ['フィッシャー'], 'DEU', [[FM, '1998-10-27', '2005-11-22']]),
  person('steinmeier-frank-walter', 'フランク＝ヴァルター・シュタインマイヤー', ['シュタインマイヤー'], 'DEU', [
    [FM, '2005-11-22', '2009-10-28'],
    [FM, '2013-12-17', '2017-01-27'],
    [P, '2017-03-19', null],
  ]),
  person('westerwelle-guido', 'グイド・ヴェスターヴェレ', ['ヴェスターヴェレ'], 'DEU', [[FM, '2009-10-28', '2013-12-17']]),
  person('gabriel-sigmar', 'ジグマール・ガブリエル', ['ガブリエル'], 'DEU', [[FM, '2017-01-27', '2018-03-14']]),
  person('maas-heiko', 'ハイコ・マース', ['マース'], 'DEU', [[FM, '2018-03-14', '2021-12-08']]),
  person('baerbock-annalena', 'アンナレーナ・ベーアボック', ['ベーアボック'], 'DEU', [[FM, '2021-12-08', '2025-05-06']]),
  person('wadephul-johann', 'ヨハン・ヴァーデフール', ['ヴァーデフール'], 'DEU', [[FM, '2025-05-06', null]]),
  person('herzog-roman', 'ローマン・ヘルツォーク', ['ヘルツォーク'], 'DEU', [[P, '1994-07-01', '1999-07-01']]),
  person('rau-johannes', 'ヨハネス・ラウ', ['ラウ'], 'DEU', [[P, '1999-07-01', '2004-07-01']]),
  person('kohler-horst', 'ホルスト・ケーラー', ['ケーラー'], 'DEU', [[P, '2004-07-01', '2010-05-31']]),
  person('wulff-christian', 'クリスティアン・ヴルフ', ['ヴルフ'], 'DEU', [[P, '2010-06-30', '2012-02-17']]),
  person('gauck-joachim', 'ヨアヒム・ガウク', ['ガウク'], 'DEU', [[P, '2012-03-18', '2017-03-19']]),
  // Italy
  person('prodi-romano', 'ロマーノ・プローディ', ['プローディ', 'プロディ'], 'ITA', [
    [PM, '1996-05-17', '1998-10-21'],
    ['欧州委員会委員長', '1999-09-16', '2004-11-22'],
    [PM, '2006-05-17', '2008-05-08'],
  ]),
  person('dalema-massimo', 'マッシモ・ダレーマ', ['ダレーマ'], 'ITA', [[PM, '1998-10-21', '2000-04-25']]),
  person('amato-giuliano', 'ジュリアーノ・アマート', ['アマート'], 'ITA', [[PM, '2000-04-25', '2001-06-11']]),
  person('berlusconi-silvio', 'シルヴィオ・ベルルスコーニ', ['ベルルスコーニ'], 'ITA', [
    [PM, '2001-06-11', '2006-05-17'],
    [PM, '2008-05-08', '2011-11-16'],
  ]),
  person('monti-mario', 'マリオ・モンティ', ['モンティ'], 'ITA', [[PM, '2011-11-16', '2013-04-28']]),
  person('letta-enrico', 'エンリコ・レッタ', ['レッタ'], 'ITA', [[PM, '2013-04-28', '2014-02-22']]),
  person('renzi-matteo', 'マッテオ・レンツィ', ['レンツィ'], 'ITA', [[PM, '2014-02-22', '2016-12-12']]),
  person('gentiloni-paolo', 'パオロ・ジェンティローニ', ['ジェンティローニ'], 'ITA', [[PM, '2016-12-12', '2018-06-01']]),
  person('conte-giuseppe', 'ジュゼッペ・コンテ', ['コンテ'], 'ITA', [[PM, '2018-06-01', '2021-02-13']]),
  person('draghi-mario', 'マリオ・ドラギ', ['ドラギ'], 'ITA', [[PM, '2021-02-13', '2022-10-22']]),
  person('meloni-giorgia', 'ジョルジャ・メローニ', ['メローニ'], 'ITA', [[PM, '2022-10-22', null]]),
  person('tajani-antonio', 'アントニオ・タヤーニ', ['タヤーニ'], 'ITA', [[FM, '2022-10-22', null]]),
  person('mattarella-sergio', 'セルジョ・マッタレッラ', ['マッタレッラ'], 'ITA', [[P, '2015-02-03', null]]),
];
