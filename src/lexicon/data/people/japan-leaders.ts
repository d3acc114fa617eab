// Japan: prime ministers since 1945 (pages recall 吉田元総理 and 岸元総理) and, since 1972, their other cabinet offices. Source: 首相官邸 歴代内閣
// (https://www.kantei.go.jp/jp/rekidainaikaku/index.html), public record of appointment dates.
import { person } from './person.js';

const PM = '内閣総理大臣';
const FM = '外務大臣';
const CCS = '内閣官房長官';
const DCCS = '内閣官房副長官';

export const JAPAN_LEADERS = [
  person('higashikuni-naruhiko', '東久邇宮稔彦王', ['東久邇宮稔彦', '東久邇'], 'JPN', [[PM, '1945-08-17', '1945-10-09']]),
  person('shidehara-kijuro', '幣原喜重郎', ['幣原'], 'JPN', [[PM, '1945-10-09', '1946-05-22']]),
  person('yoshida-shigeru', '吉田茂', ['吉田'], 'JPN', [[PM, '1946-05-22', '1947-05-24'], [PM, '1948-10-15', '1954-12-10']]),
  person('katayama-tetsu', '片山哲', ['片山'], 'JPN', [[PM, '1947-05-24', '1948-03-10']]),
  person('ashida-hitoshi', '芦田均', ['芦田'], 'JPN', [[PM, '1948-03-10', '1948-10-15']]),
  person('hatoyama-ichiro', '鳩山一郎', ['鳩山'], 'JPN', [[PM, '1954-12-10', '1956-12-23']]),
  person('ishibashi-tanzan', '石橋湛山', ['石橋'], 'JPN', [[PM, '1956-12-23', '1957-02-25']]),
  person('kishi-nobusuke', '岸信介', ['岸'], 'JPN', [[PM, '1957-02-25', '1960-07-19']]),
  person('ikeda-hayato', '池田勇人', ['池田'], 'JPN', [[PM, '1960-07-19', '1964-11-09']]),
  person('sato-eisaku', '佐藤栄作', ['佐藤'], 'JPN', [[PM, '1964-11-09', '1972-07-07']]),
  person('tanaka-kakuei', '田中角栄', ['田中'], 'JPN', [[PM, '1972-07-07', '1974-12-09']]),
  person('miki-takeo', '三木武夫', ['三木'], 'JPN', [[PM, '1974-12-09', '1976-12-24']]),
  person('fukuda-takeo', '福田赳夫', ['福田'], 'JPN', [[PM, '1976-12-24', '1978-12-07']]),
  person('ohira-masayoshi', '大平正芳', ['大平'], 'JPN', [[PM, '1978-12-07', '1980-06-12']]),
  person('suzuki-zenko', '鈴木善幸', ['鈴木'], 'JPN', [[PM, '1980-07-17', '1982-11-27']]),
  person('nakasone-yasuhiro', '中曽根康弘', ['中曽根'], 'JPN', [[PM, '1982-11-27', '1987-11-06']]),
  person('takeshita-noboru', '竹下登', ['竹下'], 'JPN', [[PM, '1987-11-06', '1989-06-03']]),
  person('uno-sosuke', '宇野宗佑', ['宇野'], 'JPN', [[PM, '1989-06-03', '1989-08-10']]),
  person('kaifu-toshiki', '海部俊樹', ['海部'], 'JPN', [[PM, '1989-08-10', '1991-11-05']]),
  person('miyazawa-kiichi', '宮澤喜一', ['宮澤', '宮沢喜一', '宮沢'], 'JPN', [[PM, '1991-11-05', '1993-08-09']]),
  person('hosokawa-morihiro', '細川護熙', ['細川'], 'JPN', [[PM, '1993-08-09', '1994-04-28']]),
  person('hata-tsutomu', '羽田孜', ['羽田'], 'JPN', [
    [FM, '1993-08-09', '1994-04-28'],
    [PM, '1994-04-28', '1994-06-30'],
  ]),
  person('murayama-tomiichi', '村山富市', ['村山'], 'JPN', [[PM, '1994-06-30', '1996-01-11']]),
  person('hashimoto-ryutaro', '橋本龍太郎', ['橋本', '橋本竜太郎'], 'JPN', [[PM, '1996-01-11', '1998-07-30']]),
  person('obuchi-keizo', '小渕恵三', ['小渕'], 'JPN', [
    [FM, '1997-09-11', '1998-07-30'],
    [PM, '1998-07-30', '2000-04-05'],
  ]),
  person('mori-yoshiro', '森喜朗', ['森'], 'JPN', [[PM, '2000-04-05', '2001-04-26']]),
  person('koizumi-junichiro', '小泉純一郎', ['小泉'], 'JPN', [
    [PM, '2001-04-26', '2006-09-26'],
    [FM, '2002-01-30', '2002-02-01'],
  ]),
  person('abe-shinzo', '安倍晋三', ['安倍'], 'JPN', [
    [DCCS, '2000-07-04', '2003-09-22'],
    [CCS, '2005-10-31', '2006-09-26'],
    [PM, '2006-09-26', '2007-09-26'],
    [PM, '2012-12-26', '2020-09-16'],
  ]),
  person('fukuda-yasuo', '福田康夫', ['福田'], 'JPN', [
    [CCS, '2000-10-27', '2004-05-07'],
    [PM, '2007-09-26', '2008-09-24'],
  ]),
  person('aso-taro', '麻生太郎', ['麻生'], 'JPN', [
    [FM, '2005-10-31', '2007-08-27'],
    [PM, '2008-09-24', '2009-09-16'],
    ['副総理', '2012-12-26', '2021-10-04'],
    ['財務大臣', '2012-12-26', '2021-10-04'],
  ]),
  person('hatoyama-yukio', '鳩山由紀夫', ['鳩山'], 'JPN', [[PM, '2009-09-16', '2010-06-08']]),
  person('kan-naoto', '菅直人', ['菅'], 'JPN', [[PM, '2010-06-08', '2011-09-02']]),
  person('noda-yoshihiko', '野田佳彦', ['野田'], 'JPN', [[PM, '2011-09-02', '2012-12-26']]),
  person('suga-yoshihide', '菅義偉', ['菅'], 'JPN', [
    [CCS, '2012-12-26', '2020-09-16'],
    [PM, '2020-09-16', '2021-10-04'],
  ]),
  person('kishida-fumio', '岸田文雄', ['岸田'], 'JPN', [
    [FM, '2012-12-26', '2017-08-03'],
    [PM, '2021-10-04', '2024-10-01'],
    [FM, '2021-11-04', '2021-11-10'],
  ]),
  person('ishiba-shigeru', '石破茂', ['石破'], 'JPN', [
    ['防衛庁長官', '2002-09-30', '2004-09-27'],
    ['防衛大臣', '2007-09-26', '2008-08-02'],
    [PM, '2024-10-01', '2025-10-21'],
  ]),
  person('takaichi-sanae', '高市早苗', ['高市'], 'JPN', [[PM, '2025-10-21', null]]),
];
