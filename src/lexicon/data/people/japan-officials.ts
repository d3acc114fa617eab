// Japan: emperors and senior officials who appear as delegation members or envoys. Offices only where
// the dates are public record (国家安全保障局長: 内閣官房; 天皇: 宮内庁); others carry none and are
// resolved by name only, and a surname alone names them only inside their years in service (approximate, from
// public biographies: the year they joined the Foreign Ministry to the year after they left public service).
import { person } from './person.js';

export const JAPAN_OFFICIALS = [
  person('akihito', '明仁', ['上皇', '上皇陛下'], 'JPN', [['天皇', '1989-01-07', '2019-05-01']]),
  person('naruhito', '徳仁', [], 'JPN', [
    ['皇太子', '1991-02-23', '2019-05-01'],
    ['天皇', '2019-05-01', null],
  ]),
  person('yachi-shotaro', '谷内正太郎', ['谷内'], 'JPN', [
    ['外務事務次官', '2005-01-04', '2008-01-18'],
    ['国家安全保障局長', '2014-01-07', '2019-09-13'],
  ]),
  person('kitamura-shigeru', '北村滋', ['北村'], 'JPN', [['国家安全保障局長', '2019-09-13', '2021-07-07']]),
  person('akiba-takeo', '秋葉剛男', ['秋葉'], 'JPN', [
    ['外務事務次官', '2018-01-12', '2021-07-01'],
    ['国家安全保障局長', '2021-07-07', '2025-07-01'],
  ]),
  person('takano-toshiyuki', '高野紀元', ['高野'], 'JPN', [], [1967, 2008]),
  person('bessho-koro', '別所浩郎', ['別所'], 'JPN', [], [1975, 2020]),
  person('kozuki-toyohisa', '上月豊久', ['上月'], 'JPN', [], [1982, 2021]),
  person('yokoi-yutaka', '横井裕', ['横井'], 'JPN', [], [1979, 2021]),
  person('togo-kazuhiko', '東郷和彦', ['東郷'], 'JPN', [], [1968, 2002]),
  person('tanaka-hitoshi', '田中均', ['田中'], 'JPN', [], [1969, 2005]),
  person('nikai-toshihiro', '二階俊博', ['二階'], 'JPN', [
    ['運輸大臣', '1999-10-05', '2000-07-04'],
    ['経済産業大臣', '2005-10-31', '2006-09-26'],
    ['経済産業大臣', '2008-08-02', '2009-09-16'],
  ]),
  person('hasekura-tsunenaga', '支倉常長', ['支倉'], 'JPN'),
];
