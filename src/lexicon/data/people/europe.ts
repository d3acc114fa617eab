// UK, France, Germany, Italy: heads of state / government and foreign ministers 1990-2025. Katakana as
// on MOFA's country pages (ゲアハルト・シュレーダー, テリーザ・メイ, オラフ・ショルツ). Germany's
// Bundeskanzler is 首相 in MOFA usage. Source: gov.uk, elysee.fr, bundesregierung.de, governo.it
// office-holder lists (public record).
import { person } from './person.js';

const PM = '首相';
const P = '大統領';
const UKFM = '外務・英連邦大臣';
const UKFM2 = '外務・英連邦・開発大臣';
const FM = '外務大臣';
const FRFM = '欧州・外務大臣';

export const EUROPE_PEOPLE = [
  // United Kingdom
  person('major-john', 'ジョン・メージャー', ['メージャー'], 'GBR', [[PM, '1990-11-28', '1997-05-02']]),
  person('blair-tony', 'トニー・ブレア', ['ブレア'], 'GBR', [[PM, '1997-05-02', '2007-06-27']]),
  person('brown-gordon', 'ゴードン・ブラウン', ['ブラウン'], 'GBR', [[PM, '2007-06-27', '2010-05-11']]),
  person('cameron-david', 'デービッド・キャメロン', ['キャメロン', 'デーヴィッド・キャメロン', 'デイヴィッド・キャメロン'], 'GBR', [
    [PM, '2010-05-11', '2016-07-13'],
    [UKFM2, '2023-11-13', '2024-07-05'],
  ]),
  person('may-theresa', 'テリーザ・メイ', ['メイ', 'テレーザ・メイ'], 'GBR', [[PM, '2016-07-13', '2019-07-24']]),
  person('johnson-boris', 'ボリス・ジョンソン', ['ジョンソン'], 'GBR', [
    [UKFM, '2016-07-13', '2018-07-09'],
    [PM, '2019-07-24', '2022-09-06'],
  ]),
  person('truss-liz', 'エリザベス・トラス', ['トラス', 'リズ・トラス'], 'GBR', [
    [UKFM2, '2021-09-15', '2022-09-06'],
    [PM, '2022-09-06', '2022-10-25'],
  ]),
  person('sunak-rishi', 'リシ・スナク', ['スナク'], 'GBR', [[PM, '2022-10-25', '2024-07-05']]),
  person('starmer-keir', 'キア・スターマー', ['スターマー'], 'GBR', [[PM, '2024-07-05', null]]),
  person('cook-robin', 'ロビン・クック', ['クック'], 'GBR', [[UKFM, '1997-05-02', '2001-06-08']]),
  person('straw-jack', 'ジャック・ストロー', ['ストロー'], 'GBR', [[UKFM, '2001-06-08', '2006-05-05']]),
  person('beckett-margaret', 'マーガレット・ベケット', ['ベケット'], 'GBR', [[UKFM, '2006-05-05', '2007-06-28']]),
  person('miliband-david', 'デービッド・ミリバンド', ['ミリバンド'], 'GBR', [[UKFM, '2007-06-28', '2010-05-12']]),
  person('hague-william', 'ウィリアム・ヘイグ', ['ヘイグ'], 'GBR', [[UKFM, '2010-05-12', '2014-07-14']]),
  person('hammond-philip', 'フィリップ・ハモンド', ['ハモンド'], 'GBR', [[UKFM, '2014-07-15', '2016-07-13']]),
  person('hunt-jeremy', 'ジェレミー・ハント', ['ハント', 'Jeremy Hunt'], 'GBR', [[UKFM, '2018-07-09', '2019-07-24']]),
  person('raab-dominic', 'ドミニク・ラーブ', ['ラーブ'], 'GBR', [
    [UKFM, '2019-07-24', '2020-09-02'],
    [UKFM2, '2020-09-02', '2021-09-15'],
  ]),
  person('cleverly-james', 'ジェームズ・クレバリー', ['クレバリー', 'クレヴァリー'], 'GBR', [[UKFM2, '2022-09-06', '2023-11-13']]),
  person('lammy-david', 'デービッド・ラミー', ['ラミー'], 'GBR', [[UKFM2, '2024-07-05', '2025-09-05']]),
  person('cooper-yvette', 'イヴェット・クーパー', ['クーパー'], 'GBR', [[UKFM2, '2025-09-05', null]]),
  person('elizabeth-ii', 'エリザベス2世', ['エリザベス女王', 'エリザベス二世'], 'GBR', [['女王', '1952-02-06', '2022-09-08']]),
  person('charles-iii', 'チャールズ3世', ['チャールズ国王', 'チャールズ皇太子', 'チャールズ'], 'GBR', [
    ['皇太子', '1958-07-26', '2022-09-08'],
    ['国王', '2022-09-08', null],
  ]),
  person('prince-william', 'ウィリアム王子', ['ウィリアム', 'ケンブリッジ公爵', 'ウィリアム皇太子', 'Prince William'], 'GBR', [['皇太子', '2022-09-09', null]]),
  // France
  person('mitterrand-francois', 'フランソワ・ミッテラン', ['ミッテラン'], 'FRA', [[P, '1981-05-21', '1995-05-17']]),
  person('chirac-jacques', 'ジャック・シラク', ['シラク'], 'FRA', [[P, '1995-05-17', '2007-05-16']]),
  person('sarkozy-nicolas', 'ニコラ・サルコジ', ['サルコジ'], 'FRA', [[P, '2007-05-16', '2012-05-15']]),
  person('hollande-francois', 'フランソワ・オランド', ['オランド'], 'FRA', [[P, '2012-05-15', '2017-05-14']]),
  person('macron-emmanuel', 'エマニュエル・マクロン', ['マクロン'], 'FRA', [[P, '2017-05-14', null]]),
  person('juppe-alain', 'アラン・ジュペ', ['ジュペ'], 'FRA', [
    [PM, '1995-05-17', '1997-06-02'],
    [FM, '2011-02-27', '2012-05-16'],
  ]),
  person('jospin-lionel', 'リオネル・ジョスパン', ['ジョスパン'], 'FRA', [[PM, '1997-06-02', '2002-05-06']]),
  person('raffarin-jean-pierre', 'ジャン＝ピエール・ラファラン', ['ラファラン'], 'FRA', [[PM, '2002-05-06', '2005-05-31']]),
  person('villepin-dominique', 'ドミニク・ド・ヴィルパン', ['ド・ヴィルパン', 'ヴィルパン'], 'FRA', [
    [FM, '2002-05-07', '2004-03-31'],
    [PM, '2005-05-31', '2007-05-17'],
  ]),
  person('fillon-francois', 'フランソワ・フィヨン', ['フィヨン'], 'FRA', [[PM, '2007-05-17', '2012-05-15']]),
  person('ayrault-jean-marc', 'ジャン＝マルク・エロー', ['エロー'], 'FRA', [
    [PM, '2012-05-15', '2014-03-31'],
    [FM, '2016-02-11', '2017-05-17'],
  ]),
  person('valls-manuel', 'マニュエル・ヴァルス', ['ヴァルス'], 'FRA', [[PM, '2014-03-31', '2016-12-06']]),
  person('cazeneuve-bernard', 'ベルナール・カズヌーヴ', ['カズヌーヴ'], 'FRA', [[PM, '2016-12-06', '2017-05-15']]),
  person('philippe-edouard', 'エドゥアール・フィリップ', ['フィリップ'], 'FRA', [[PM, '2017-05-15', '2020-07-03']]),
  person('castex-jean', 'ジャン・カステックス', ['カステックス'], 'FRA', [[PM, '2020-07-03', '2022-05-16']]),
  person('borne-elisabeth', 'エリザベット・ボルヌ', ['ボルヌ'], 'FRA', [[PM, '2022-05-16', '2024-01-09']]),
  person('attal-gabriel', 'ガブリエル・アタル', ['アタル'], 'FRA', [[PM, '2024-01-09', '2024-09-05']]),
  person('barnier-michel', 'ミシェル・バルニエ', ['バルニエ'], 'FRA', [
    [FM, '2004-03-31', '2005-06-02'],
    [PM, '2024-09-05', '2024-12-13'],
  ]),
  person('bayrou-francois', 'フランソワ・バイル', ['バイル', 'バイルー'], 'FRA', [[PM, '2024-12-13', '2025-09-09']]),
  person('lecornu-sebastien', 'セバスチャン・ルコルニュ', ['ルコルニュ'], 'FRA', [[PM, '2025-09-09', null]]),
  person('vedrine-hubert', 'ユベール・ヴェドリーヌ', ['ヴェドリーヌ'], 'FRA', [[FM, '1997-06-04', '2002-05-07']]),
  person('douste-blazy-philippe', 'フィリップ・ドゥスト＝ブラジ', ['ドゥスト＝ブラジ', 'ドゥスト・ブラジ'], 'FRA', [[FM, '2005-06-02', '2007-05-18']]),
  person('kouchner-bernard', 'ベルナール・クシュネル', ['クシュネル'], 'FRA', [[FM, '2007-05-18', '2010-11-14']]),
  person('alliot-marie-michele', 'ミシェル・アリヨ＝マリー', ['アリヨ＝マリー', 'アリヨマリー'], 'FRA', [[FM, '2010-11-14', '2011-02-27']]),
  person('fabius-laurent', 'ローラン・ファビウス', ['ファビウス'], 'FRA', [[FM, '2012-05-16', '2016-02-11']]),
  person('le-drian-jean-yves', 'ジャン＝イヴ・ル・ドリアン', ['ル・ドリアン', 'ルドリアン'], 'FRA', [[FRFM, '2017-05-17', '2022-05-20']]),
  person('colonna-catherine', 'カトリーヌ・コロナ', ['コロナ'], 'FRA', [[FRFM, '2022-05-20', '2024-01-11']]),
  person('sejourne-stephane', 'ステファン・セジュルネ', ['セジュルネ'], 'FRA', [[FRFM, '2024-01-11', '2024-09-21']]),
  person('barrot-jean-noel', 'ジャン＝ノエル・バロ', ['バロ'], 'FRA', [[FRFM, '2024-09-21', null]]),
];
