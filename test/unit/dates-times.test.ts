import { describe, expect, it } from 'vitest';
import { completeDate, findFirstDate, findFullDate } from '../../src/parse/dates.js';
import { maskJapanTime, parseMeetingTime } from '../../src/parse/times.js';
import { parseNumber } from '../../src/parse/numbers.js';

const time = (s: string) => parseMeetingTime(maskJapanTime(s));

describe('era and western dates', () => {
  it('converts 平成, 令和 and 昭和 dates, including 元年 and kanji numerals', () => {
    expect(findFullDate('平成14年10月27日')).toMatchObject({ year: 2002, month: 10, day: 27 });
    expect(findFullDate('令和元年11月4日')).toMatchObject({ year: 2019, month: 11, day: 4 });
    expect(findFullDate('昭和五十三年八月十二日')).toMatchObject({ year: 1978, month: 8, day: 12 });
    expect(findFullDate('2024年6月14日')).toMatchObject({ year: 2024, month: 6, day: 14 });
    expect(parseNumber('二十七')).toBe(27);
    expect(parseNumber('二〇二四')).toBe(2024);
  });

  it('reads the English date line of a reposted page (「Tuesday, March 2, 2004」, 「2 March 2004」)', () => {
    expect(findFullDate('Tuesday, March 2, 2004')).toMatchObject({ year: 2004, month: 3, day: 2 });
    expect(findFullDate('掲載 2 March 2004')).toMatchObject({ year: 2004, month: 3, day: 2 });
    expect(findFullDate('Mayor of Tokyo, 2004')).toBeNull();
  });

  it('reads the numeric byline date of a news site or blog (「2024/01/15 10:30」, 「2024.1.15」), not a version number', () => {
    expect(findFullDate('2024/01/15 10:30 | 外交ニュース')).toMatchObject({ year: 2024, month: 1, day: 15 });
    expect(findFullDate('投稿日 2024.1.15')).toMatchObject({ year: 2024, month: 1, day: 15 });
    expect(findFullDate('更新 2024-01-15')).toMatchObject({ year: 2024, month: 1, day: 15 });
    expect(findFullDate('バージョン2024.1.15.2')).toBeNull();
    expect(findFullDate('2024/13/15')).toBeNull();
    expect(findFullDate('2024/1')).toBeNull();
  });

  it('completes a lead date from the header date', () => {
    const header = { year: 2017, month: 3, day: 28 };
    expect(completeDate(findFirstDate('本28日午後6時25分頃から')!, header)).toBe('2017-03-28');
    expect(completeDate(findFirstDate('8月10日、午前8時30分から')!, { year: 2021, month: 8, day: 11 })).toBe('2021-08-10');
    // A December meeting reported in a January page belongs to the year before.
    expect(completeDate(findFirstDate('12月30日、電話会談')!, { year: 2020, month: 1, day: 2 })).toBe('2019-12-30');
    expect(completeDate(findFirstDate('25日午前11時20分頃')!, null)).toBeNull();
  });

  it('does not read a duration in days as a date', () => {
    expect(findFirstDate('約3日間の日程で')).toBeNull();
  });
});

describe('meeting times', () => {
  it('reads a range with its local-time note', () => {
    expect(time('10月27日午前10時00分から10時50分(現地時間)まで、APEC')).toEqual({ start: '10:00', end: '10:50', durationMinutes: 50, timeNote: '現地時間' });
    expect(time('12:06から14:57にかけて')).toMatchObject({ start: '12:06', end: '14:57', durationMinutes: 171 });
    expect(time('15時05分から15時40分までの間')).toMatchObject({ start: '15:05', end: '15:40', durationMinutes: 35 });
  });

  it('reads a start and a duration, with MOFA\'s 午後19時 meaning 19:00', () => {
    expect(time('現地時間6月14日午後19時53分(日本時間15日午前2時53分)から約15分間')).toMatchObject({ start: '19:53', end: null, durationMinutes: 15 });
    expect(time('午前8時30分から15分間')).toMatchObject({ start: '08:30', durationMinutes: 15 });
    expect(time('午後4時15分頃から約1時間50分、迎賓館')).toMatchObject({ start: '16:15', durationMinutes: 110 });
    expect(time('午後0時45分頃から約30分間')).toMatchObject({ start: '12:45' });
  });

  it('ignores the Japan-time aside and reads a bare duration', () => {
    expect(time('9日現地時間18時(日本時間10日午前7時)より約50分間')).toMatchObject({ start: '18:00', durationMinutes: 50 });
    expect(time('ハノイにおいて、約1時間にわたり、首脳会議が開催')).toEqual({ start: null, end: null, durationMinutes: 60, timeNote: null });
  });
});

describe('a Japan-time clock with the local time in parentheses', () => {
  it('reads the local clock, the duration after it and notes 現地時間', () => {
    const lead = '2月17日、午後3時20分(現地時間同日午前10時20分)から約25分間、山田外務副大臣は、ガンマ外務大臣と会談した。';
    const masked = maskJapanTime(lead);
    expect(masked).toHaveLength(lead.length);
    expect(parseMeetingTime(masked)).toEqual({ start: '10:20', end: null, durationMinutes: 25, timeNote: '現地時間' });
  });
});

describe('durations', () => {
  it('reads 「約1時間半にわたって」 as 90 minutes, with or without a start clock', () => {
    expect(parseMeetingTime('4月11日、12時30分より約1時間半にわたって意見交換を行った。')).toMatchObject({ start: '12:30', durationMinutes: 90 });
    expect(parseMeetingTime('両首脳は約1時間半にわたり会談した。')).toMatchObject({ start: null, durationMinutes: 90 });
  });

  it('reads the duration after a masked Japan-time aside and 頃', () => {
    const lead = '現地時間2日午前11時50分(日本時間2日午後11時50分)頃から約50分間、山田総理は会談を行った。';
    expect(parseMeetingTime(maskJapanTime(lead))).toMatchObject({ start: '11:50', durationMinutes: 50, timeNote: '現地時間' });
  });

  it('reads the length written after the talks\' verb (会談を行った(約3時間)), and keeps it over the clocks\' difference', () => {
    expect(parseMeetingTime('1月10日、山田総理は、アルファ大統領と首脳会談を行った(約3時間)。')).toMatchObject({ start: null, durationMinutes: 180 });
    expect(parseMeetingTime('午前10時19分から10時38分まで首脳会談を行った(約20分間)。')).toMatchObject({ start: '10:19', end: '10:38', durationMinutes: 20 });
  });

  it('reads the talks\' length written beside their name when none follows the start clock', () => {
    const lead = '25日、午前10時頃から、アルファ・ベータ・ガンマ共和国首相(Mr. Alpha Beta)との間で、首脳会談(約50分間、同時通訳)及び昼食会(約55分)を実施した。';
    expect(parseMeetingTime(lead)).toMatchObject({ start: '10:00', durationMinutes: 50 });
  });
});

describe('clock labels inside a parenthesis that also holds the other clock', () => {
  it('keeps 現地時間 written before a Japan-time conversion in the same parenthesis', () => {
    expect(time('7月21日17時(現地時間。日本時間では22日0時)から約45分間、会談を行った。')).toMatchObject({ start: '17:00', durationMinutes: 45, timeNote: '現地時間' });
    expect(time('午前11時05分(現地時間,日本時間:午前8時05分)から約20分間、会談した。')).toMatchObject({ start: '11:05', durationMinutes: 20, timeNote: '現地時間' });
  });

  it('reads 「(日本時間)」 alone as the label of the clock before it, and a duration after two asides', () => {
    expect(time('午後0時15分頃(日本時間)(米国時間12日午後10時15分頃)から約20分間、電話会談を行った。')).toMatchObject({ start: '12:15', durationMinutes: 20, timeNote: '日本時間' });
  });
});

describe('a doubled 時', () => {
  it('reads 「午後6時時15分から約65分間」 as 18:15 for 65 minutes', () => {
    expect(time('本25日,午後6時時15分から約65分間,会談を行った。')).toMatchObject({ start: '18:15', durationMinutes: 65 });
  });
});

describe('noon and midnight in words', () => {
  it('reads 正午 as 12:00 and 午前零時 as 0 o\'clock, with the length after them', () => {
    expect(time('本7日正午から約1時間、総理は大統領と会談した。')).toMatchObject({ start: '12:00', durationMinutes: 60 });
    expect(time('4月30日午前零時5分から約20分間、電話会談を行った。')).toMatchObject({ start: '00:05', durationMinutes: 20 });
    expect(time('正午から午後0時45分まで会談した。')).toMatchObject({ start: '12:00', end: '12:45', durationMinutes: 45 });
  });
});

describe('a month and day in a year named relative to the page\'s', () => {
  it('completes 「本年1月4日」 in the header\'s year and 「昨年12月28日」 in the year before, where 年 hid them', () => {
    const header = { year: 2024, month: 1, day: 5 };
    expect(completeDate(findFirstDate('本年1月4日、山田大臣は、会談を行った。')!, header)).toBe('2024-01-04');
    expect(completeDate(findFirstDate('昨年12月28日、山田大臣は、会談を行った。')!, header)).toBe('2023-12-28');
    expect(completeDate(findFirstDate('来年3月1日から、協定が発効する。')!, header)).toBe('2025-03-01');
  });
});

describe('a header dated by year and month only', () => {
  const page = (header: string, lead: string) => [
    '日・アルファ首脳会談', header, '', ` ${lead}岸田文雄内閣総理大臣は、アルファ・ベータ・チリ大統領と首脳会談を行いました。`, '',
    '1 岸田総理大臣から、協力を深めたい旨述べました。', '',
  ].join('\n');

  it('completes the lead\'s day in the header\'s month and year (「令和5年3月」, 「2023年3月」), and dates the page to no day', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    for (const header of ['令和5年3月', '2023年3月', '(令和5年3月)']) {
      const result = await extractDocument({ source: 'month-header', text: page(header, '14日、') });
      expect(result.meetings[0]?.date).toBe('2023-03-14');
      expect(result.document.headerDate).toBeNull();
      expect(result.document.title).toBe('日・アルファ首脳会談');
    }
    const sameDay = await extractDocument({ source: 'month-header', text: page('令和5年3月', '同日、') });
    expect(sameDay.meetings[0]?.date).toBeNull();
  });

  it('takes no year and month from a line that says more (「令和5年3月の訪日以来」)', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const result = await extractDocument({ source: 'month-header', text: page('令和5年3月の訪日以来の会談', '14日、') });
    expect(result.meetings[0]?.date).toBeNull();
  });
});
