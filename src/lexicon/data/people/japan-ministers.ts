// Japan: foreign ministers since 1989, chief cabinet secretaries since 1991 and deputy chief cabinet
// secretaries where they appear in talks. Sources: 外務省 歴代外務大臣
// (https://www.mofa.go.jp/mofaj/annai/honsho/sosiki/rekidai.html), 首相官邸 歴代内閣 (cabinet lists).
// Acting foreign ministers (臨時代理) are included because they take the talks in those days.
import { person } from './person.js';

const FM = '外務大臣';
const CCS = '内閣官房長官';
const DCCS = '内閣官房副長官';

export const JAPAN_MINISTERS = [
  person('nakayama-taro', '中山太郎', ['中山'], 'JPN', [[FM, '1989-08-10', '1991-11-05']]),
  person('watanabe-michio', '渡辺美智雄', ['渡辺'], 'JPN', [[FM, '1991-11-05', '1993-04-07']]),
  person('muto-kabun', '武藤嘉文', ['武藤'], 'JPN', [[FM, '1993-04-07', '1993-08-09']]),
  person('kakizawa-koji', '柿澤弘治', ['柿澤', '柿沢弘治', '柿沢'], 'JPN', [[FM, '1994-04-28', '1994-06-30']]),
  person('kono-yohei', '河野洋平', ['河野'], 'JPN', [
    [CCS, '1992-12-12', '1993-08-09'],
    [FM, '1994-06-30', '1996-01-11'],
    [FM, '1999-10-05', '2001-04-26'],
  ]),
  person('ikeda-yukihiko', '池田行彦', ['池田'], 'JPN', [[FM, '1996-01-11', '1997-09-11']]),
  person('komura-masahiko', '高村正彦', ['高村'], 'JPN', [
    [FM, '1998-07-30', '1999-10-05'],
    [FM, '2007-09-26', '2008-09-24'],
  ]),
  person('tanaka-makiko', '田中眞紀子', ['田中', '田中真紀子'], 'JPN', [[FM, '2001-04-26', '2002-01-30']]),
  person('kawaguchi-yoriko', '川口順子', ['川口'], 'JPN', [[FM, '2002-02-01', '2004-09-27']]),
  person('machimura-nobutaka', '町村信孝', ['町村'], 'JPN', [
    [FM, '2004-09-27', '2005-10-31'],
    [FM, '2007-08-27', '2007-09-26'],
    [CCS, '2007-09-26', '2008-09-24'],
  ]),
  person('nakasone-hirofumi', '中曽根弘文', ['中曽根'], 'JPN', [[FM, '2008-09-24', '2009-09-16']]),
  person('okada-katsuya', '岡田克也', ['岡田'], 'JPN', [[FM, '2009-09-16', '2010-09-17']]),
  person('maehara-seiji', '前原誠司', ['前原'], 'JPN', [[FM, '2010-09-17', '2011-03-07']]),
  person('edano-yukio', '枝野幸男', ['枝野'], 'JPN', [
    [CCS, '2011-01-14', '2011-09-02'],
    [FM, '2011-03-07', '2011-03-09'],
  ]),
  person('matsumoto-takeaki', '松本剛明', ['松本'], 'JPN', [[FM, '2011-03-09', '2011-09-02']]),
  person('gemba-koichiro', '玄葉光一郎', ['玄葉'], 'JPN', [[FM, '2011-09-02', '2012-12-26']]),
  person('kono-taro', '河野太郎', ['河野'], 'JPN', [
    [FM, '2017-08-03', '2019-09-11'],
    ['防衛大臣', '2019-09-11', '2020-09-16'],
  ]),
  person('motegi-toshimitsu', '茂木敏充', ['茂木'], 'JPN', [
    [FM, '2019-09-11', '2021-11-04'],
    [FM, '2025-10-21', null],
  ]),
  person('hayashi-yoshimasa', '林芳正', ['林'], 'JPN', [
    [FM, '2021-11-10', '2023-09-13'],
    [CCS, '2023-12-14', '2025-10-21'],
  ]),
  person('kamikawa-yoko', '上川陽子', ['上川'], 'JPN', [[FM, '2023-09-13', '2024-10-01']]),
  person('iwaya-takeshi', '岩屋毅', ['岩屋'], 'JPN', [
    ['防衛大臣', '2018-10-02', '2019-09-11'],
    [FM, '2024-10-01', '2025-10-21'],
  ]),
  // Chief cabinet secretaries (those not listed above)
  person('kato-koichi', '加藤紘一', ['加藤'], 'JPN', [[CCS, '1991-11-05', '1992-12-12']]),
  person('takemura-masayoshi', '武村正義', ['武村'], 'JPN', [[CCS, '1993-08-09', '1994-04-28']]),
  person('kumagai-hiroshi', '熊谷弘', ['熊谷'], 'JPN', [[CCS, '1994-04-28', '1994-06-30']]),
  person('igarashi-kozo', '五十嵐広三', ['五十嵐'], 'JPN', [[CCS, '1994-06-30', '1995-08-08']]),
  person('nosaka-koken', '野坂浩賢', ['野坂'], 'JPN', [[CCS, '1995-08-08', '1996-01-11']]),
  person('kajiyama-seiroku', '梶山静六', ['梶山'], 'JPN', [[CCS, '1996-01-11', '1997-09-11']]),
  person('muraoka-kanezo', '村岡兼造', ['村岡'], 'JPN', [[CCS, '1997-09-11', '1998-07-30']]),
  person('nonaka-hiromu', '野中広務', ['野中'], 'JPN', [[CCS, '1998-07-30', '1999-10-05']]),
  person('aoki-mikio', '青木幹雄', ['青木'], 'JPN', [[CCS, '1999-10-05', '2000-07-04']]),
  person('nakagawa-hidenao', '中川秀直', ['中川'], 'JPN', [[CCS, '2000-07-04', '2000-10-27']]),
  person('hosoda-hiroyuki', '細田博之', ['細田'], 'JPN', [
    [DCCS, '2003-09-22', '2004-05-07'],
    [CCS, '2004-05-07', '2005-10-31'],
  ]),
  person('shiozaki-yasuhisa', '塩崎恭久', ['塩崎'], 'JPN', [[CCS, '2006-09-26', '2007-08-27']]),
  person('yosano-kaoru', '与謝野馨', ['与謝野'], 'JPN', [[CCS, '2007-08-27', '2007-09-26']]),
  person('kawamura-takeo', '河村建夫', ['河村'], 'JPN', [[CCS, '2008-09-24', '2009-09-16']]),
  person('hirano-hirofumi', '平野博文', ['平野'], 'JPN', [[CCS, '2009-09-16', '2010-06-08']]),
  person('sengoku-yoshito', '仙谷由人', ['仙谷'], 'JPN', [[CCS, '2010-06-08', '2011-01-14']]),
  person('fujimura-osamu', '藤村修', ['藤村'], 'JPN', [[CCS, '2011-09-02', '2012-12-26']]),
  person('kato-katsunobu', '加藤勝信', ['加藤'], 'JPN', [
    [DCCS, '2012-12-26', '2015-10-07'],
    [CCS, '2020-09-16', '2021-10-04'],
  ]),
  person('matsuno-hirokazu', '松野博一', ['松野'], 'JPN', [[CCS, '2021-10-04', '2023-12-14']]),
  person('kihara-minoru', '木原稔', ['木原'], 'JPN', [[CCS, '2025-10-21', null]]),
  // Deputy chief cabinet secretaries and other ministers seen in talks
  person('ueno-kosei', '上野公成', ['上野'], 'JPN', [[DCCS, '2000-07-04', '2003-09-22']]),
  person('sugiura-seiken', '杉浦正健', ['杉浦'], 'JPN', [[DCCS, '2004-05-07', '2005-10-31']]),
  person('seko-hiroshige', '世耕弘成', ['世耕'], 'JPN', [
    [DCCS, '2012-12-26', '2016-08-03'],
    ['経済産業大臣', '2016-08-03', '2019-09-11'],
  ]),
  person('hagiuda-koichi', '萩生田光一', ['萩生田'], 'JPN', [[DCCS, '2015-10-07', '2017-08-03']]),
  person('nogami-kotaro', '野上浩太郎', ['野上'], 'JPN', [[DCCS, '2016-08-03', '2019-09-11']]),
  person('nishimura-yasutoshi', '西村康稔', ['西村'], 'JPN', [[DCCS, '2017-08-03', '2019-09-11']]),
  person('nishimura-akihiro', '西村明宏', ['西村'], 'JPN', [[DCCS, '2019-09-11', '2020-09-16']]),
  person('okada-naoki', '岡田直樹', ['岡田'], 'JPN', [[DCCS, '2019-09-11', '2020-09-16']]),
  person('kihara-seiji', '木原誠二', ['木原'], 'JPN', [[DCCS, '2021-10-04', '2023-09-13']]),
];
