// The parts of the exports that need no database: date bounds, country codes, the host rule.
import { describe, expect, it } from 'vitest';
import { countries } from '../../src/lexicon/index.js';
import { COW_STATES } from '../../src/export/cow-states.js';
import { compareCountries, countryCodes } from '../../src/export/country-codes.js';
import { parseDateRange } from '../../src/export/date-range.js';
import { hostOf } from '../../src/export/meetings.js';

describe('date range', () => {
  it('widens a year or a month to its first and last day', () => {
    expect(parseDateRange('2003', '2004-02')).toEqual({ from: '2003-01-01', to: '2004-02-31' });
    expect(parseDateRange(undefined, '2019-05-01')).toEqual({ from: null, to: '2019-05-01' });
  });

  it('refuses what is no date, and a range that ends before it starts', () => {
    expect(() => parseDateRange('03/01/2003', undefined)).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(() => parseDateRange('2019-02-30', undefined)).toThrow(/no such day/);
    expect(() => parseDateRange('2019-13', undefined)).toThrow(/no such month/);
    expect(() => parseDateRange('2005', '2004')).toThrow(/after --to/);
  });
});

describe('country codes', () => {
  it('gives CoW codes and abbreviations for the ISO ids of the lexicon', () => {
    expect(countryCodes('JPN')).toEqual({ iso3: 'JPN', ccode: 740, cowAbb: 'JPN', nameEn: 'Japan' });
    expect(countryCodes('GBR')).toMatchObject({ ccode: 200, cowAbb: 'UKG' });
    expect(countryCodes('DEU')).toMatchObject({ ccode: 255, cowAbb: 'GMY' });
    expect(countryCodes('HKG')).toMatchObject({ ccode: null, cowAbb: null, nameEn: 'Hong Kong' });
  });

  it('has one row per CoW state, every ISO id but Kosovo known to the lexicon', () => {
    const known = new Set(countries.map((c) => c.iso3));
    expect(COW_STATES.filter(([iso3]) => !known.has(iso3)).map(([iso3]) => iso3)).toEqual(['XKX']);
    expect(new Set(COW_STATES.map(([, , ccode]) => ccode)).size).toBe(COW_STATES.length);
    expect(new Set(COW_STATES.map(([, abb]) => abb)).size).toBe(COW_STATES.length);
  });

  it('orders countries by CoW code, those without one last', () => {
    expect(['JPN', 'HKG', 'USA', 'RUS'].sort(compareCountries)).toEqual(['USA', 'RUS', 'JPN', 'HKG']);
  });
});

describe('host of a meeting', () => {
  it('is the side whose country the meeting was held in', () => {
    expect(hostOf({ kind: 'summit', sides: ['JPN', 'RUS'], places: ['RUS'] })).toBe('RUS');
  });

  it('is unknown for calls, a third country and a page that names no place', () => {
    expect(hostOf({ kind: 'telephone', sides: ['JPN', 'USA'], places: ['USA'] })).toBeNull();
    expect(hostOf({ kind: 'summit', sides: ['JPN', 'CHN'], places: ['CHL'] })).toBeNull();
    expect(hostOf({ kind: 'summit', sides: ['JPN', 'CHN'], places: [] })).toBeNull();
  });
});
