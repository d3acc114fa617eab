// Vietnam, Philippines, Thailand, Cambodia, Laos, Myanmar, Brunei, Mongolia: leaders and foreign
// ministers seen in Japan's talks 1997-2025. Vietnamese names as MOFA writes them (グエン・タン・ズン,
// ファム・ミン・チン). Source: government portals of each country and MOFA country pages (public record).
import { person } from './person.js';

const PM = '首相';
const P = '大統領';
const FM = '外務大臣';

export const SOUTHEAST_ASIA_PEOPLE = [
  // Vietnam
  person('phan-van-khai', 'ファン・ヴァン・カイ', ['カイ'], 'VNM', [[PM, '1997-09-25', '2006-06-27']]),
  person('nguyen-tan-dung', 'グエン・タン・ズン', ['ズン', 'Nguyen Tan Dung'], 'VNM', [[PM, '2006-06-27', '2016-04-07']]),
  person('nguyen-xuan-phuc', 'グエン・スアン・フック', ['フック'], 'VNM', [
    [PM, '2016-04-07', '2021-04-05'],
    ['国家主席', '2021-04-05', '2023-01-18'],
  ]),
  person('pham-minh-chinh', 'ファム・ミン・チン', ['チン'], 'VNM', [[PM, '2021-04-05', null]]),
  person('tran-duc-luong', 'チャン・ドゥック・ルオン', ['ルオン'], 'VNM', [['国家主席', '1997-09-24', '2006-06-27']]),
  person('nguyen-minh-triet', 'グエン・ミン・チエット', ['チエット'], 'VNM', [['国家主席', '2006-06-27', '2011-07-25']]),
  person('truong-tan-sang', 'チュオン・タン・サン', ['サン'], 'VNM', [['国家主席', '2011-07-25', '2016-04-02']]),
  person('tran-dai-quang', 'チャン・ダイ・クアン', ['クアン'], 'VNM', [['国家主席', '2016-04-02', '2018-09-21']]),
  person('nguyen-phu-trong', 'グエン・フー・チョン', ['チョン'], 'VNM', [
    ['書記長', '2011-01-19', '2024-07-19'],
    ['国家主席', '2018-10-23', '2021-04-05'],
  ]),
  person('vo-van-thuong', 'ヴォー・ヴァン・トゥオン', ['トゥオン'], 'VNM', [['国家主席', '2023-03-02', '2024-03-21']]),
  person('to-lam', 'トー・ラム', ['ラム'], 'VNM', [
    ['国家主席', '2024-05-22', '2024-10-21'],
    ['書記長', '2024-08-03', null],
  ]),
  person('luong-cuong', 'ルオン・クオン', ['クオン'], 'VNM', [['国家主席', '2024-10-21', null]]),
  person('pham-gia-khiem', 'ファム・ザー・キエム', ['キエム'], 'VNM', [
    ['副首相', '1997-09-29', '2011-08-03'],
    [FM, '2006-06-27', '2011-08-03'],
  ]),
  person('pham-binh-minh', 'ファム・ビン・ミン', ['ミン'], 'VNM', [[FM, '2011-08-03', '2021-04-08']]),
  person('bui-thanh-son', 'ブイ・タイン・ソン', ['ソン'], 'VNM', [[FM, '2021-04-08', null]]),
  // Philippines
  person('ramos-fidel', 'フィデル・ラモス', ['ラモス'], 'PHL', [[P, '1992-06-30', '1998-06-30']]),
  person('estrada-joseph', 'ジョセフ・エストラーダ', ['エストラーダ'], 'PHL', [[P, '1998-06-30', '2001-01-20']]),
  person('arroyo-gloria', 'グロリア・マカパガル・アロヨ', ['アロヨ'], 'PHL', [[P, '2001-01-20', '2010-06-30']]),
  person('aquino-benigno-iii', 'ベニグノ・アキノ3世', ['アキノ'], 'PHL', [[P, '2010-06-30', '2016-06-30']]),
  person('duterte-rodrigo', 'ロドリゴ・ドゥテルテ', ['ドゥテルテ'], 'PHL', [[P, '2016-06-30', '2022-06-30']]),
  person('marcos-ferdinand-jr', 'フェルディナンド・マルコス', ['マルコス', 'フェルディナンド・ロムアルデス・マルコス'], 'PHL', [[P, '2022-06-30', null]]),
  // Thailand
  person('chuan-leekpai', 'チュアン・リークパイ', ['チュアン'], 'THA', [[PM, '1997-11-09', '2001-02-17']]),
  person('thaksin-shinawatra', 'タクシン・チナワット', ['タクシン'], 'THA', [[PM, '2001-02-17', '2006-09-19']]),
  person('surayud-chulanont', 'スラユット・チュラノン', ['スラユット'], 'THA', [[PM, '2006-10-01', '2008-01-29']]),
  person('abhisit-vejjajiva', 'アピシット・ウェーチャチーワ', ['アピシット'], 'THA', [[PM, '2008-12-17', '2011-08-05']]),
  person('yingluck-shinawatra', 'インラック・チナワット', ['インラック'], 'THA', [[PM, '2011-08-05', '2014-05-07']]),
  person('prayut-chan-o-cha', 'プラユット・チャンオーチャー', ['プラユット'], 'THA', [[PM, '2014-08-24', '2023-08-22']]),
  person('srettha-thavisin', 'セーター・タウィーシン', ['セーター', 'セター'], 'THA', [[PM, '2023-08-22', '2024-08-14']]),
  person('paetongtarn-shinawatra', 'ペートンタン・チナワット', ['ペートンタン'], 'THA', [[PM, '2024-08-16', '2025-08-29']]),
  person('anutin-charnvirakul', 'アヌティン・チャーンウィーラクン', ['アヌティン'], 'THA', [[PM, '2025-09-07', null]]),
  // Cambodia, Laos, Myanmar, Brunei
  person('hun-sen', 'フン・セン', [], 'KHM', [[PM, '1998-11-30', '2023-08-22']]),
  person('hun-manet', 'フン・マネット', ['マネット'], 'KHM', [[PM, '2023-08-22', null]]),
  person('thongloun-sisoulith', 'トンルン・シースリット', ['トンルン'], 'LAO', [
    [PM, '2016-04-20', '2021-03-22'],
    ['国家主席', '2021-03-22', null],
  ]),
  person('phankham-viphavanh', 'パンカム・ヴィパヴァン', ['パンカム'], 'LAO', [[PM, '2021-03-22', '2022-12-30']]),
  person('sonexay-siphandone', 'ソーンサイ・シーパンドン', ['シーパンドン', 'ソーンサイ', 'Sonexay Siphandone'], 'LAO', [[PM, '2022-12-30', null]]),
  person('aung-san-suu-kyi', 'アウン・サン・スー・チー', ['スー・チー'], 'MMR', [['国家最高顧問', '2016-04-06', '2021-02-01']]),
  person('min-aung-hlaing', 'ミン・アウン・フライン', [], 'MMR'),
  person('hassanal-bolkiah', 'ハサナル・ボルキア', ['ボルキア'], 'BRN', [['国王', '1967-10-05', null]]),
  // Mongolia, Kazakhstan
  person('dorjkhand-togmid', 'トグミド・ドルジハンド', ['ドルジハンド', 'Togmid Dorjkhand'], 'MNG'),
  person('elbegdorj-tsakhia', 'ツァヒャ・エルベグドルジ', ['エルベグドルジ'], 'MNG', [[P, '2009-06-18', '2017-07-10']]),
  person('altankhuyag-norov', 'ノロブ・アルタンホヤグ', ['アルタンホヤグ'], 'MNG', [[PM, '2012-08-10', '2014-11-05']]),
  person('enkhbold-miyegombo', 'ミエーゴンボ・エンフボルド', ['エンフボルド', 'Miyegombo Enkhbold'], 'MNG', [['国家大会議議長', '2016-07-05', '2019-02-01']]),
  person('khurelsukh-ukhnaa', 'ウフナー・フレルスフ', ['フレルスフ'], 'MNG', [[P, '2021-06-25', null]]),
  person('nazarbayev-nursultan', 'ヌルスルタン・ナザルバエフ', ['ナザルバエフ'], 'KAZ', [[P, '1991-12-10', '2019-03-20']]),
  person('tokayev-kassym-jomart', 'カシムジョマルト・トカエフ', ['トカエフ'], 'KAZ', [[P, '2019-03-20', null]]),
];
