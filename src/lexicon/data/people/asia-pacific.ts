// Australia, India, Indonesia, Singapore, Malaysia: heads of government / state and foreign ministers
// 1996-2025. Katakana as on MOFA's country pages and summaries. Source: pm.gov.au, dfat.gov.au,
// pmindia.gov.in, mea.gov.in, setneg.go.id, kemlu.go.id, pmo.gov.sg, pmo.gov.my (public record).
import { person } from './person.js';

const PM = '首相';
const P = '大統領';
const FM = '外務大臣';

export const ASIA_PACIFIC_PEOPLE = [
  // Australia
  person('howard-john', 'ジョン・ハワード', ['ハワード'], 'AUS', [[PM, '1996-03-11', '2007-12-03']]),
  person('rudd-kevin', 'ケビン・ラッド', ['ラッド', 'ケヴィン・ラッド'], 'AUS', [
    [PM, '2007-12-03', '2010-06-24'],
    [FM, '2010-09-14', '2012-02-22'],
    [PM, '2013-06-27', '2013-09-18'],
  ]),
  person('gillard-julia', 'ジュリア・ギラード', ['ギラード'], 'AUS', [[PM, '2010-06-24', '2013-06-27']]),
  person('abbott-tony', 'トニー・アボット', ['アボット'], 'AUS', [[PM, '2013-09-18', '2015-09-15']]),
  person('turnbull-malcolm', 'マルコム・ターンブル', ['ターンブル'], 'AUS', [[PM, '2015-09-15', '2018-08-24']]),
  person('morrison-scott', 'スコット・モリソン', ['モリソン'], 'AUS', [[PM, '2018-08-24', '2022-05-23']]),
  person('albanese-anthony', 'アンソニー・アルバニージー', ['アルバニージー'], 'AUS', [[PM, '2022-05-23', null]]),
  person('downer-alexander', 'アレクサンダー・ダウナー', ['ダウナー'], 'AUS', [[FM, '1996-03-11', '2007-12-03']]),
  person('smith-stephen', 'スティーブン・スミス', ['スミス'], 'AUS', [[FM, '2007-12-03', '2010-09-14']]),
  person('carr-bob', 'ボブ・カー', ['カー'], 'AUS', [[FM, '2012-03-13', '2013-09-18']]),
  person('bishop-julie', 'ジュリー・ビショップ', ['ビショップ'], 'AUS', [[FM, '2013-09-18', '2018-08-28']]),
  person('payne-marise', 'マリズ・ペイン', ['ペイン'], 'AUS', [[FM, '2018-08-28', '2022-05-23']]),
  person('wong-penny', 'ペニー・ウォン', ['ウォン'], 'AUS', [[FM, '2022-05-23', null]]),
  // India
  person('gujral-ik', 'I・K・グジュラール', ['グジュラール'], 'IND', [[PM, '1997-04-21', '1998-03-19']]),
  person('vajpayee-atal-bihari', 'アタル・ビハーリー・ヴァージペーイー', ['ヴァージペーイー', 'バジパイ'], 'IND', [[PM, '1998-03-19', '2004-05-22']]),
  person('singh-manmohan', 'マンモハン・シン', ['シン'], 'IND', [[PM, '2004-05-22', '2014-05-26']]),
  person('modi-narendra', 'ナレンドラ・モディ', ['モディ', 'Narendra Modi'], 'IND', [[PM, '2014-05-26', null]]),
  person('singh-jaswant', 'ジャスワント・シン', ['シン'], 'IND', [[FM, '1998-12-05', '2002-07-01']]),
  person('sinha-yashwant', 'ヤシュワント・シンハ', ['シンハ'], 'IND', [[FM, '2002-07-01', '2004-05-22']]),
  person('mukherjee-pranab', 'プラナブ・ムカジー', ['ムカジー', 'ムカルジー'], 'IND', [
    [FM, '2006-10-24', '2009-05-22'],
    [P, '2012-07-25', '2017-07-25'],
  ]),
  person('krishna-sm', 'S・M・クリシュナ', ['クリシュナ'], 'IND', [[FM, '2009-05-22', '2012-10-28']]),
  person('khurshid-salman', 'サルマン・クルシード', ['クルシード'], 'IND', [[FM, '2012-10-28', '2014-05-26']]),
  person('swaraj-sushma', 'スシュマ・スワラージ', ['スワラージ'], 'IND', [[FM, '2014-05-26', '2019-05-30']]),
  person('jaishankar-subrahmanyam', 'スブラマニヤム・ジャイシャンカル', ['ジャイシャンカル', 'S・ジャイシャンカル'], 'IND', [[FM, '2019-05-30', null]]),
  person('kovind-ram-nath', 'ラーム・ナート・コーヴィンド', ['コーヴィンド', 'コヴィンド'], 'IND', [[P, '2017-07-25', '2022-07-25']]),
  person('murmu-droupadi', 'ドラウパディ・ムルム', ['ムルム'], 'IND', [[P, '2022-07-25', null]]),
  // Indonesia
  person('suharto', 'スハルト', [], 'IDN', [[P, '1968-03-27', '1998-05-21']]),
  person('habibie-bj', 'B・J・ハビビ', ['ハビビ'], 'IDN', [[P, '1998-05-21', '1999-10-20']]),
  person('wahid-abdurrahman', 'アブドゥルラフマン・ワヒド', ['ワヒド', 'ワヒッド'], 'IDN', [[P, '1999-10-20', '2001-07-23']]),
  person('megawati-sukarnoputri', 'メガワティ・スカルノプトリ', ['メガワティ'], 'IDN', [[P, '2001-07-23', '2004-10-20']]),
  person('yudhoyono-susilo-bambang', 'スシロ・バンバン・ユドヨノ', ['ユドヨノ'], 'IDN', [[P, '2004-10-20', '2014-10-20']]),
  person('widodo-joko', 'ジョコ・ウィドド', ['ジョコ', 'ウィドド', 'ジョコウィ'], 'IDN', [[P, '2014-10-20', '2024-10-20']]),
  person('prabowo-subianto', 'プラボウォ・スビアント', ['プラボウォ'], 'IDN', [[P, '2024-10-20', null]]),
  person('wirajuda-hassan', 'ハッサン・ウィラユダ', ['ウィラユダ'], 'IDN', [[FM, '2001-08-10', '2009-10-22']]),
  person('natalegawa-marty', 'マルティ・ナタレガワ', ['ナタレガワ'], 'IDN', [[FM, '2009-10-22', '2014-10-20']]),
  person('marsudi-retno', 'ルトノ・マルスディ', ['ルトノ'], 'IDN', [[FM, '2014-10-27', '2024-10-20']]),
  person('sugiono', 'スギオノ', [], 'IDN', [[FM, '2024-10-21', null]]),
  // Singapore
  person('lee-kuan-yew', 'リー・クアンユー', ['リー'], 'SGP', [[PM, '1959-06-05', '1990-11-28']]),
  person('goh-chok-tong', 'ゴー・チョクトン', ['ゴー'], 'SGP', [[PM, '1990-11-28', '2004-08-12']]),
  person('lee-hsien-loong', 'リー・シェンロン', ['リー'], 'SGP', [[PM, '2004-08-12', '2024-05-15']]),
  person('wong-lawrence', 'ローレンス・ウォン', ['ウォン'], 'SGP', [[PM, '2024-05-15', null]]),
  person('balakrishnan-vivian', 'ヴィヴィアン・バラクリシュナン', ['バラクリシュナン'], 'SGP', [[FM, '2015-10-01', null]]),
  // Malaysia
  person('mahathir-mohamad', 'マハティール・モハマド', ['マハティール'], 'MYS', [
    [PM, '1981-07-16', '2003-10-31'],
    [PM, '2018-05-10', '2020-03-01'],
  ]),
  person('abdullah-badawi', 'アブドラ・バダウィ', ['アブドラ', 'バダウィ'], 'MYS', [[PM, '2003-10-31', '2009-04-03']]),
  person('najib-razak', 'ナジブ・ラザク', ['ナジブ'], 'MYS', [[PM, '2009-04-03', '2018-05-10']]),
  person('muhyiddin-yassin', 'ムヒディン・ヤシン', ['ムヒディン'], 'MYS', [[PM, '2020-03-01', '2021-08-16']]),
  person('ismail-sabri', 'イスマイル・サブリ・ヤコブ', ['イスマイル・サブリ', 'イスマイル'], 'MYS', [[PM, '2021-08-21', '2022-11-24']]),
  person('anwar-ibrahim', 'アンワル・イブラヒム', ['アンワル'], 'MYS', [[PM, '2022-11-24', null]]),
];
