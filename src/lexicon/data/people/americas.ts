// Canada, Brazil, Mexico: heads of government / state and foreign ministers 1993-2025. Mexican compound
// surnames are kept whole (ペニャ・ニエト, デ・ラ・フエンテ). Source: pm.gc.ca, gov.br, gob.mx
// office-holder lists (public record); MOFA summaries for spellings.
import { person } from './person.js';

const PM = '首相';
const P = '大統領';
const FM = '外務大臣';

export const AMERICAS_PEOPLE = [
  // Canada
  person('chretien-jean', 'ジャン・クレティエン', ['クレティエン'], 'CAN', [[PM, '1993-11-04', '2003-12-12']]),
  person('martin-paul', 'ポール・マーティン', ['マーティン'], 'CAN', [[PM, '2003-12-12', '2006-02-06']]),
  person('harper-stephen', 'スティーヴン・ハーパー', ['ハーパー', 'スティーブン・ハーパー'], 'CAN', [[PM, '2006-02-06', '2015-11-04']]),
  person('trudeau-justin', 'ジャスティン・トルドー', ['トルドー'], 'CAN', [[PM, '2015-11-04', '2025-03-14']]),
  person('carney-mark', 'マーク・カーニー', ['カーニー'], 'CAN', [[PM, '2025-03-14', null]]),
  person('joly-melanie', 'メラニー・ジョリー', ['ジョリー'], 'CAN', [[FM, '2021-10-26', '2025-05-13']]),
  person('anand-anita', 'アニタ・アナンド', ['アナンド'], 'CAN', [[FM, '2025-05-13', null]]),
  // Brazil
  person('cardoso-fernando-henrique', 'フェルナンド・エンリケ・カルドーゾ', ['カルドーゾ', 'カルドゾ'], 'BRA', [[P, '1995-01-01', '2003-01-01']]),
  person('lula-da-silva', 'ルイス・イナシオ・ルーラ・ダ・シルヴァ', ['ルーラ', 'ルーラ・ダ・シルヴァ'], 'BRA', [
    [P, '2003-01-01', '2011-01-01'],
    [P, '2023-01-01', null],
  ]),
  person('rousseff-dilma', 'ジルマ・ルセフ', ['ルセフ'], 'BRA', [[P, '2011-01-01', '2016-08-31']]),
  person('temer-michel', 'ミシェル・テメル', ['テメル'], 'BRA', [[P, '2016-08-31', '2019-01-01']]),
  person('bolsonaro-jair', 'ジャイール・ボルソナーロ', ['ボルソナーロ', 'ボルソナロ'], 'BRA', [[P, '2019-01-01', '2023-01-01']]),
  // Mexico
  person('zedillo-ernesto', 'エルネスト・セディージョ', ['セディージョ'], 'MEX', [[P, '1994-12-01', '2000-12-01']]),
  person('fox-vicente', 'ビセンテ・フォックス', ['フォックス'], 'MEX', [[P, '2000-12-01', '2006-12-01']]),
  person('calderon-felipe', 'フェリペ・カルデロン', ['カルデロン'], 'MEX', [[P, '2006-12-01', '2012-12-01']]),
  person('pena-nieto-enrique', 'エンリケ・ペニャ・ニエト', ['ペニャ・ニエト', 'ペニャニエト'], 'MEX', [[P, '2012-12-01', '2018-12-01']]),
  person('lopez-obrador-andres-manuel', 'アンドレス・マヌエル・ロペス・オブラドール', ['ロペス・オブラドール', 'ロペスオブラドール'], 'MEX', [[P, '2018-12-01', '2024-10-01']]),
  person('sheinbaum-claudia', 'クラウディア・シェインバウム', ['シェインバウム'], 'MEX', [[P, '2024-10-01', null]]),
  person('meade-jose-antonio', 'ホセ・アントニオ・ミード・クリブレーニャ', ['ミード', 'ホセ・アントニオ・ミード', 'José Antonio Meade Kuribreña', 'José Antonio Meade'], 'MEX', [[FM, '2012-12-01', '2015-08-27']]),
  person('ruiz-massieu-claudia', 'クラウディア・ルイス・マシュー', ['ルイス・マシュー'], 'MEX', [[FM, '2015-08-27', '2017-01-04']]),
  person('videgaray-luis', 'ルイス・ビデガライ', ['ビデガライ'], 'MEX', [[FM, '2017-01-04', '2018-12-01']]),
  person('ebrard-marcelo', 'マルセロ・エブラル', ['エブラル'], 'MEX', [[FM, '2018-12-01', '2023-06-12']]),
  person('de-la-fuente-juan-ramon', 'フアン・ラモン・デ・ラ・フエンテ・ラミレス', ['デ・ラ・フエンテ', 'デラフエンテ', 'フアン・ラモン・デ・ラ・フエンテ', 'Juan Ramón de la Fuente', 'Juan Ramón de la Fuente Ramírez'], 'MEX', [[FM, '2024-10-01', null]]),
];
