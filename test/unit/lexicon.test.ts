import { describe, expect, it } from 'vitest';
import isoCountries from 'i18n-iso-countries';
import {
  agreements,
  countries,
  countryByAbbreviation,
  countryByIso3,
  events,
  findCountry,
  findNamed,
  findPersonBySurface,
  foldKatakanaVariants,
  issues,
  locations,
  organizations,
  people,
  personOffice,
  titleRole,
  titles,
  titleSuffixes,
  visitDestination,
} from '../../src/lexicon/index.js';
import type { NamedEntry } from '../../src/lexicon/index.js';

const PM = 'head_of_government';

describe('countries', () => {
  it('covers every ISO 3166-1 alpha-3 code of a state once, and Antarctica (ATA) as a place, not a state', () => {
    const codes = countries.map((c) => c.iso3);
    expect(new Set(codes).size).toBe(codes.length);
    for (const alpha3 of Object.keys(isoCountries.getAlpha3Codes()).filter((code) => code !== 'ATA')) expect(codes).toContain(alpha3);
    expect(codes).not.toContain('ATA');
    expect(findNamed('南極', 'location')?.id).toBe('location:南極');
    expect(codes.length).toBeGreaterThanOrEqual(248);
  });

  it('uses MOFA canonical names and keeps the formal ones as aliases', () => {
    expect(countryByIso3('RUS')?.name).toBe('ロシア');
    expect(findCountry('ロシア連邦')?.iso3).toBe('RUS');
    expect(findCountry('アメリカ合衆国')?.iso3).toBe('USA');
    expect(findCountry('米国')?.iso3).toBe('USA');
    expect(findCountry('イギリス')?.iso3).toBe('GBR');
    expect(findCountry('大韓民国')?.iso3).toBe('KOR');
    expect(findCountry('北朝鮮')?.iso3).toBe('PRK');
    expect(findCountry('我が国')?.iso3).toBe('JPN');
    expect(findCountry('South Africa')?.iso3).toBe('ZAF');
  });

  it('knows MOFA short names that i18n-iso-countries writes otherwise', () => {
    expect(countryByIso3('CAF')?.name).toBe('中央アフリカ');
    expect(findCountry('中央アフリカ共和国')?.iso3).toBe('CAF');
    expect(findCountry('セントクリストファー・ネービス')?.iso3).toBe('KNA');
    expect(findCountry('セントビンセント')?.iso3).toBe('VCT');
    expect(findCountry('米領サモア')?.iso3).toBe('ASM');
  });

  it('matches formal English names from parentheticals, case-insensitively', () => {
    expect(findCountry('Republic of Kenya')?.iso3).toBe('KEN');
    expect(findCountry('the United Mexican States')?.iso3).toBe('MEX');
    expect(findCountry('Lao People’ s Democratic Republic')?.iso3).toBe('LAO');
    expect(findCountry('REPUBLIC OF KOREA')?.iso3).toBe('KOR');
  });

  it('reads visit words', () => {
    expect(visitDestination('訪露')?.iso3).toBe('RUS');
    expect(visitDestination('訪ロ')?.iso3).toBe('RUS');
    expect(visitDestination('訪日')?.iso3).toBe('JPN');
    expect(visitDestination('来日')?.iso3).toBe('JPN');
    expect(visitDestination('訪中')?.iso3).toBe('CHN');
    expect(visitDestination('訪インド')?.iso3).toBe('IND');
    expect(visitDestination('訪問')).toBeUndefined();
  });

  it('keeps one-character forms out of findCountry and in countryByAbbreviation', () => {
    expect(findCountry('露')).toBeUndefined();
    expect(countryByAbbreviation('露')?.iso3).toBe('RUS');
    expect(countryByAbbreviation('ロ')?.iso3).toBe('RUS');
    expect(countryByAbbreviation('墨')?.iso3).toBe('MEX');
  });

  it('gives each surface form and abbreviation to one country only', () => {
    const seen = new Map<string, string>();
    for (const c of countries) {
      for (const s of [c.name, ...c.aliases, ...c.abbreviations]) {
        expect(seen.get(s) ?? c.iso3, `${s} claimed by ${seen.get(s)} and ${c.iso3}`).toBe(c.iso3);
        seen.set(s, c.iso3);
      }
    }
  });
});

describe('titles', () => {
  it('lists each surface once with a role', () => {
    const surfaces = titles.map((t) => t.title);
    expect(new Set(surfaces).size).toBe(surfaces.length);
    expect(titleRole('外相')).toBe('foreign_minister');
    expect(titleRole('国務院総理')).toBe(PM);
    expect(titleSuffixes[0]!.length).toBeGreaterThanOrEqual(titleSuffixes.at(-1)!.length);
  });

  it('knows the title of every office in the people tables', () => {
    const unknown = people.flatMap((p) => p.offices.filter((o) => !titleRole(o.title)).map((o) => `${p.key}:${o.title}`));
    expect(unknown).toEqual(['gorbachev-mikhail:ソ連大統領']);
  });
});

describe('named tables', () => {
  const tables: Array<[string, readonly NamedEntry[]]> = [
    ['organization', organizations],
    ['location', locations],
    ['issue', issues],
    ['event', events],
    ['agreement', agreements],
  ];

  it.each(tables)('%s ids are unique and follow the contract', (kind, entries) => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) expect(entry.id).toBe(`${kind}:${entry.name}`);
  });

  it.each(tables)('%s: no surface is claimed by two entries', (_kind, entries) => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      for (const s of new Set([entry.name, ...entry.aliases])) {
        expect(seen.get(s) ?? entry.id, `${s}`).toBe(entry.id);
        seen.set(s, entry.id);
      }
    }
  });

  it('places every located entry in a country the lexicon knows', () => {
    const unknown = tables.flatMap(([, entries]) => entries.filter((e) => e.country && !countryByIso3(e.country)).map((e) => `${e.id}:${e.country}`));
    expect(unknown).toEqual([]);
  });

  it('never repeats a country name as another type', () => {
    const countrySurfaces = new Set(countries.flatMap((c) => [c.name, ...c.aliases]));
    const clashes = tables.flatMap(([, entries]) =>
      entries.flatMap((e) => [e.name, ...e.aliases]).filter((s) => countrySurfaces.has(s)),
    );
    expect(clashes).toEqual([]);
  });

  it('finds entries by alias', () => {
    expect(findNamed('北方四島')?.id).toBe('location:北方領土');
    expect(findNamed('国際連合', 'organization')?.id).toBe('organization:国連');
    expect(findNamed('Ｇ２０')?.id).toBe('organization:G20');
    expect(findNamed('FOIP')?.id).toBe('agreement:自由で開かれたインド太平洋');
    expect(findNamed('国際テロ')?.id).toBe('issue:テロ');
  });
});

describe('people', () => {
  it('has unique keys and well-formed office dates', () => {
    const keys = people.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of people) {
      expect(p.key).toMatch(/^[a-z0-9-]+$/);
      for (const o of p.offices) {
        expect(o.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (o.to !== null) expect(o.to > o.from, `${p.key} ${o.title}`).toBe(true);
      }
    }
  });

  it('resolves who held an office on a date', () => {
    expect(personOffice(PM, 'JPN', '2002-10-27')?.name).toBe('小泉純一郎');
    expect(personOffice(PM, 'JPN', '2024-06-14')?.name).toBe('岸田文雄');
    expect(personOffice(PM, 'JPN', '2025-03-01')?.name).toBe('石破茂');
    expect(personOffice('総理', 'JPN', '1998-09-22')?.name).toBe('小渕恵三');
    expect(personOffice('head_of_state', 'RUS', '2002-10-27')?.name).toBe('ウラジーミル・プーチン');
    expect(personOffice('首相', 'RUS', '2002-10-27')?.name).toBe('ミハイル・カシヤノフ');
    expect(personOffice('外相', 'RUS', '2010-01-01')?.name).toBe('セルゲイ・ラヴロフ');
    expect(personOffice('foreign_minister', 'JPN', '2015-05-01')?.name).toBe('岸田文雄');
    expect(personOffice('官房長官', 'JPN', '2003-10-07')?.name).toBe('福田康夫');
    expect(personOffice('総理', 'CHN', '2003-10-07')?.name).toBe('温家宝');
    expect(personOffice('大統領', 'USA', '2024-06-14')?.name).toBe('ジョセフ・バイデン');
    expect(personOffice('大統領', 'USA', '2025-02-01')?.name).toBe('ドナルド・トランプ');
  });

  it('treats the end date as exclusive (the successor holds office that day)', () => {
    expect(personOffice(PM, 'JPN', '2024-10-01')?.name).toBe('石破茂');
    expect(personOffice(PM, 'JPN', '2024-09-30')?.name).toBe('岸田文雄');
  });

  it('finds people by surname, full name and katakana variants', () => {
    const lavrov = findPersonBySurface('ラヴロフ', 'RUS');
    expect(lavrov.map((p) => p.key)).toEqual(['lavrov-sergei']);
    expect(findPersonBySurface('ラブロフ').map((p) => p.key)).toEqual(['lavrov-sergei']);
    expect(findPersonBySurface('エリツイン').map((p) => p.key)).toEqual(['yeltsin-boris']);
    expect(findPersonBySurface('ジョセフバイデン')[0]?.key).toBe('biden-joseph');
    expect(findPersonBySurface('小泉純一郎')[0]?.key).toBe('koizumi-junichiro');
    expect(findPersonBySurface('Volodymyr ZELENSKYY')[0]?.key).toBe('zelenskyy-volodymyr');
    expect(findPersonBySurface('Juan Ramon De la Fuente Ramírez')[0]?.key).toBe('de-la-fuente-juan-ramon');
  });

  it('ranks the office holder first when a surname is shared', () => {
    expect(findPersonBySurface('菅', 'JPN', '2011-01-01')[0]?.key).toBe('kan-naoto');
    expect(findPersonBySurface('菅', 'JPN', '2021-01-01')[0]?.key).toBe('suga-yoshihide');
  });
});

describe('foldKatakanaVariants', () => {
  it('folds ヴ/ブ, separators and long vowels', () => {
    expect(foldKatakanaVariants('ラヴロフ')).toBe(foldKatakanaVariants('ラブロフ'));
    expect(foldKatakanaVariants('メドヴェージェフ')).toBe(foldKatakanaVariants('メドベジェフ'));
    expect(foldKatakanaVariants('ジョセフ・バイデン')).toBe('ジョセフバイデン');
    expect(foldKatakanaVariants('ティラソン')).not.toBe(foldKatakanaVariants('チラソン'));
  });

  it('folds the Arabic zi and si written ズィ/スィ onto ジ/シ', () => {
    expect(foldKatakanaVariants('アブドルアズィーズ')).toBe(foldKatakanaVariants('アブドルアジーズ'));
    expect(foldKatakanaVariants('スィースィ')).toBe(foldKatakanaVariants('シーシ'));
  });
});
