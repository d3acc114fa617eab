// Republic of Korea: presidents, foreign ministers (外交通商部長官 1998-2013, 外交部長官 since) and
// prime ministers where they met Japan; DPRK leaders and foreign ministers. MOFA writes Korean names in
// kanji with the katakana reading in brackets (盧武鉉(ノ・ムヒョン)); both are aliases. Source:
// president.go.kr / mofa.go.kr office-holder lists (public record). Dates ending -01 are month-precise.
import { person } from './person.js';

const P = '大統領';
const FM = '外交部長官';
const FMT = '外交通商部長官';

export const KOREA_PEOPLE = [
  person('kim-young-sam', '金泳三', ['金', 'キム・ヨンサム'], 'KOR', [[P, '1993-02-25', '1998-02-25']]),
  person('kim-dae-jung', '金大中', ['金', 'キム・デジュン'], 'KOR', [[P, '1998-02-25', '2003-02-25']]),
  person('roh-moo-hyun', '盧武鉉', ['盧', 'ノ・ムヒョン', 'Roh Moo-hyun'], 'KOR', [[P, '2003-02-25', '2008-02-25']]),
  person('lee-myung-bak', '李明博', ['李', 'イ・ミョンバク'], 'KOR', [[P, '2008-02-25', '2013-02-25']]),
  person('park-geun-hye', '朴槿恵', ['朴', 'パク・クネ'], 'KOR', [[P, '2013-02-25', '2017-03-10']]),
  person('hwang-kyo-ahn', '黄教安', ['黄', 'ファン・ギョアン'], 'KOR', [
    ['国務総理', '2015-06-18', '2017-05-11'],
    ['大統領権限代行', '2016-12-09', '2017-05-10'],
  ]),
  person('moon-jae-in', '文在寅', ['文', 'ムン', 'ムン・ジェイン'], 'KOR', [[P, '2017-05-10', '2022-05-10']]),
  person('yoon-suk-yeol', '尹錫悦', ['尹', 'ユン', 'ユン・ソンニョル', 'YOON Suk Yeol'], 'KOR', [[P, '2022-05-10', '2025-04-04']]),
  person('lee-jae-myung', '李在明', ['李', 'イ・ジェミョン'], 'KOR', [[P, '2025-06-04', null]]),
  person('hong-soon-young', '洪淳瑛', ['洪', 'ホン・スンヨン'], 'KOR', [[FMT, '1998-08-04', '2000-01-14']]),
  person('lee-joung-binn', '李廷彬', ['李', 'イ・ジョンビン'], 'KOR', [[FMT, '2000-01-14', '2001-03-26']]),
  person('han-seung-soo', '韓昇洙', ['韓', 'ハン・スンス'], 'KOR', [[FMT, '2001-03-26', '2002-02-04']]),
  person('choi-sung-hong', '崔成泓', ['崔', 'チェ・ソンホン'], 'KOR', [[FMT, '2002-02-04', '2003-02-27']]),
  person('yoon-young-kwan', '尹永寛', ['尹', 'ユン・ヨングァン'], 'KOR', [[FMT, '2003-02-27', '2004-01-16']]),
  person('ban-ki-moon', '潘基文', ['潘', 'パン・ギムン'], 'KOR', [
    [FMT, '2004-01-17', '2006-11-10'],
    ['国連事務総長', '2007-01-01', '2017-01-01'],
  ]),
  person('song-min-soon', '宋旻淳', ['宋', 'ソン・ミンスン'], 'KOR', [[FMT, '2006-12-01', '2008-02-29']]),
  person('yu-myung-hwan', '柳明桓', ['柳', 'ユ・ミョンファン'], 'KOR', [[FMT, '2008-02-29', '2010-09-04']]),
  person('kim-sung-hwan', '金星煥', ['金', 'キム・ソンファン'], 'KOR', [[FMT, '2010-10-08', '2013-03-11']]),
  person('yun-byung-se', '尹炳世', ['尹', 'ユン', 'ユン・ビョンセ'], 'KOR', [[FM, '2013-03-11', '2017-06-18']]),
  person('kang-kyung-wha', '康京和', ['康', 'カン・ギョンファ'], 'KOR', [[FM, '2017-06-18', '2021-02-09']]),
  person('chung-eui-yong', '鄭義溶', ['鄭', 'チョン・ウィヨン'], 'KOR', [[FM, '2021-02-09', '2022-05-12']]),
  person('park-jin', '朴振', ['朴', 'パク・チン'], 'KOR', [[FM, '2022-05-12', '2024-01-10']]),
  person('cho-tae-yul', '趙兌烈', ['趙', 'チョ・テヨル'], 'KOR', [[FM, '2024-01-10', '2025-07-21']]),
  person('cho-hyun', '趙顕', ['趙', 'チョ・ヒョン'], 'KOR', [[FM, '2025-07-21', null]]),
  // DPRK
  person('kim-il-sung', '金日成', ['金', 'キム・イルソン'], 'PRK', [['国家主席', '1972-12-28', '1994-07-08']]),
  person('kim-jong-il', '金正日', ['金', 'キム・ジョンイル'], 'PRK', [
    ['国防委員長', '1993-04-09', '2011-12-17'],
    ['総書記', '1997-10-08', '2011-12-17'],
  ]),
  person('kim-jong-un', '金正恩', ['金', 'キム・ジョンウン'], 'PRK', [
    ['最高指導者', '2011-12-17', null],
    ['国務委員長', '2016-06-29', null],
    ['総書記', '2021-01-10', null],
  ]),
  person('paek-nam-sun', '白南淳', ['白', 'ペク・ナムスン'], 'PRK', [['外相', '1998-09-05', '2007-01-02']]),
  person('ri-su-yong', '李洙墉', ['李', 'リ・スヨン'], 'PRK', [['外相', '2014-04-09', '2016-05-09']]),
  person('ri-yong-ho', '李容浩', ['李', 'リ・ヨンホ'], 'PRK', [['外相', '2016-05-09', '2020-01-18']]),
  person('choe-son-hui', '崔善姫', ['崔', 'チェ・ソンヒ'], 'PRK', [['外相', '2022-06-11', null]]),
];
