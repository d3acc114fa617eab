// China: presidents (国家主席), general secretaries (総書記), premiers (国務院総理), foreign ministers
// (外交部長) 1988-2025, NPC chairmen and officials seen in Japan-China talks. Japanese readings of the
// names are written in kanji as MOFA does. Source: gov.cn / fmprc.gov.cn office-holder lists (public
// record). Dates ending -01 for 王毅's vice-minister and ambassador posts and 程永華 are month-precise only.
import { person } from './person.js';

const P = '国家主席';
const GS = '総書記';
const PM = '国務院総理';
const FM = '外交部長';
const NPC = '全国人民代表大会常務委員会委員長';

export const CHINA_PEOPLE = [
  person('mao-zedong', '毛沢東', ['毛主席'], 'CHN'),
  person('zhou-enlai', '周恩来', ['周総理'], 'CHN'),
  person('deng-xiaoping', '鄧小平', ['鄧'], 'CHN'),
  person('jiang-zemin', '江沢民', ['江'], 'CHN', [
    [GS, '1989-06-24', '2002-11-15'],
    [P, '1993-03-27', '2003-03-15'],
  ]),
  person('hu-jintao', '胡錦濤', ['胡'], 'CHN', [
    ['国家副主席', '1998-03-16', '2003-03-15'],
    [GS, '2002-11-15', '2012-11-15'],
    [P, '2003-03-15', '2013-03-14'],
  ]),
  person('xi-jinping', '習近平', ['習'], 'CHN', [
    ['国家副主席', '2008-03-15', '2013-03-14'],
    [GS, '2012-11-15', null],
    [P, '2013-03-14', null],
  ]),
  person('li-peng', '李鵬', ['李'], 'CHN', [
    [PM, '1988-04-09', '1998-03-17'],
    [NPC, '1998-03-16', '2003-03-15'],
  ]),
  person('zhu-rongji', '朱鎔基', ['朱'], 'CHN', [[PM, '1998-03-17', '2003-03-16']]),
  person('wen-jiabao', '温家宝', ['温'], 'CHN', [[PM, '2003-03-16', '2013-03-15']]),
  person('li-keqiang', '李克強', ['李', 'り・こくきょう'], 'CHN', [[PM, '2013-03-15', '2023-03-11']]),
  person('li-qiang', '李強', ['李'], 'CHN', [[PM, '2023-03-11', null]]),
  person('qian-qichen', '銭其琛', ['銭', '銭其シン'], 'CHN', [
    [FM, '1988-04-09', '1998-03-18'],
    ['副総理', '1993-03-29', '2003-03-17'],
  ]),
  person('tang-jiaxuan', '唐家璇', ['唐', '唐家セン'], 'CHN', [
    [FM, '1998-03-18', '2003-03-17'],
    ['国務委員', '2003-03-17', '2008-03-17'],
  ]),
  person('li-zhaoxing', '李肇星', ['李'], 'CHN', [[FM, '2003-03-17', '2007-04-27']]),
  person('yang-jiechi', '楊潔篪', ['楊'], 'CHN', [
    [FM, '2007-04-27', '2013-03-16'],
    ['国務委員', '2013-03-16', '2018-03-19'],
  ]),
  person('wang-yi', '王毅', ['王'], 'CHN', [
    ['外交部副部長', '2001-02-01', '2004-09-01'],
    ['駐日大使', '2004-09-01', '2007-09-01'],
    [FM, '2013-03-16', '2022-12-30'],
    ['国務委員', '2018-03-19', '2023-03-12'],
    [FM, '2023-07-25', null],
  ]),
  person('qin-gang', '秦剛', ['秦'], 'CHN', [[FM, '2022-12-30', '2023-07-25']]),
  person('wu-bangguo', '呉邦国', ['呉'], 'CHN', [[NPC, '2003-03-15', '2013-03-14']]),
  person('zhang-dejiang', '張徳江', ['張'], 'CHN', [[NPC, '2013-03-14', '2018-03-17']]),
  person('li-zhanshu', '栗戦書', ['栗'], 'CHN', [[NPC, '2018-03-17', '2023-03-10']]),
  person('zhao-leji', '趙楽際', ['趙'], 'CHN', [[NPC, '2023-03-10', null]]),
  person('zeng-qinghong', '曽慶紅', ['曽'], 'CHN', [['国家副主席', '2003-03-15', '2008-03-15']]),
  person('wang-qishan', '王岐山', ['王'], 'CHN', [['国家副主席', '2018-03-17', '2023-03-10']]),
  person('han-zheng', '韓正', ['韓'], 'CHN', [['国家副主席', '2023-03-10', null]]),
  person('he-lifeng', '何立峰', ['何'], 'CHN', [
    ['国家発展改革委員会主任', '2017-02-24', '2023-03-12'],
    ['副総理', '2023-03-12', null],
  ]),
  person('zhong-shan', '鐘山', ['鐘'], 'CHN', [['商務部長', '2017-02-24', '2020-12-26']]),
  person('cheng-yonghua', '程永華', ['程'], 'CHN', [['駐日大使', '2010-02-01', '2019-11-01']]),
  person('kong-xuanyou', '孔鉉佑', ['孔'], 'CHN', [['駐日大使', '2019-11-01', '2023-02-01']]),
  person('wu-jianghao', '呉江浩', ['呉'], 'CHN', [['駐日大使', '2023-02-01', null]]),
  person('wu-dawei', '武大偉', ['武'], 'CHN', [['駐日大使', '2001-07-01', '2004-09-01']]),
];
