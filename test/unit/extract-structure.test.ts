// Document structure: title, header date vs meeting date, era and western dates, times (ranges,
// start + duration, 午後19時 style, 現地時間), place, occasion and meeting kind, on the fixtures.
import { describe, expect, it } from 'vitest';
import { extract, onlyMeeting } from './extract-fixtures.js';

describe('title', () => {
  it('is the heading line, not the country line above it nor the date below', async () => {
    expect((await extract('japan-india-2019-reiwa.txt')).document.title).toBe('日印首脳会談');
    expect((await extract('japan-us-telephone-2017.txt')).document.title).toBe('日米首脳電話会談');
  });

  it('skips the navigation and breadcrumb lines of an old ministry page', async () => {
    const { title } = (await extract('machimura-fradkov-2005-navpage.txt')).document;
    expect(title).toMatch(/^町村外務大臣とフラトコフ・ロシア首相との会談/);
    expect(title).not.toMatch(/過去の記録|トップページ|外務省/);
  });
});

describe('dates', () => {
  it('reads a Reiwa first-year (元年) header written with full-width digits; 本２７日 is that day', async () => {
    const result = await extract('japan-india-2019-reiwa.txt');
    expect(result.document.headerDate).toBe('2019-06-27');
    expect(onlyMeeting(result).date).toBe('2019-06-27');
  });

  it('dates a meeting reported as 本23日 / 本15日 / 本8日 on the header day', async () => {
    for (const [name, iso] of [
      ['japan-us-telephone-2017.txt', '2017-08-23'],
      ['lavrov-courtesy-call-2016.txt', '2016-04-15'],
      ['japan-australia-2014-points.txt', '2014-07-08'],
    ] as const) {
      const result = await extract(name);
      expect(result.document.headerDate, name).toBe(iso);
      expect(onlyMeeting(result).date, name).toBe(iso);
    }
  });

  it('keeps the header (publication) date apart from a month-day meeting date, taking the year from the header', async () => {
    for (const [name, header, meeting] of [
      ['japan-china-fm-2008.txt', '2008-02-28', '2008-02-27'],
      ['koizumi-putin-dinner-2003.txt', '2003-01-10', '2003-01-09'],
      ['machimura-fradkov-2005-navpage.txt', '2005-01-15', '2005-01-14'],
      ['japan-uk-2016-localtime.txt', '2016-09-05', '2016-09-04'],
    ] as const) {
      const result = await extract(name);
      expect(result.document.headerDate, name).toBe(header);
      expect(onlyMeeting(result).date, name).toBe(meeting);
    }
  });

  it('reads a western header date (2019年12月23日) and a Heisei one (平成12年)', async () => {
    expect(onlyMeeting(await extract('japan-china-2019-western.txt')).date).toBe('2019-12-23');
    expect(onlyMeeting(await extract('japan-korea-2000-cutoff.txt')).date).toBe('2000-09-23');
  });
});

describe('times', () => {
  it('reads ranges written 12:06から12:40にかけて, 15時05分から15時40分までの間 and 午前10時10分から12時10分まで', async () => {
    for (const [name, start, end, minutes] of [
      ['japan-us-rok-fm-2018.txt', '12:06', '12:40', 34],
      ['japan-china-2019-western.txt', '15:05', '15:40', 35],
      ['japan-korea-2000-cutoff.txt', '10:10', '12:10', 120],
    ] as const) {
      const m = onlyMeeting(await extract(name));
      expect({ start: m.start, end: m.end, durationMinutes: m.durationMinutes }, name).toEqual({ start, end, durationMinutes: minutes });
    }
  });

  it('reads a start and a duration (約15分間, 約2時間40分, 約1時間) with 午前/午後, leaving the end open', async () => {
    for (const [name, start, minutes] of [
      ['japan-us-telephone-2017.txt', '08:30', 15],
      ['koizumi-putin-dinner-2003.txt', '20:10', 160],
      ['japan-china-fm-2008.txt', '15:00', 120],
      ['japan-australia-2014-points.txt', '11:30', 60],
      ['lavrov-courtesy-call-2016.txt', '16:40', 30],
    ] as const) {
      const m = onlyMeeting(await extract(name));
      expect({ start: m.start, end: m.end, durationMinutes: m.durationMinutes }, name).toEqual({ start, end: null, durationMinutes: minutes });
    }
  });

  it('takes 午後19時10分 as 19:10 and the local time, not the Japan time in parentheses', async () => {
    const m = onlyMeeting(await extract('japan-uk-2016-localtime.txt'));
    expect({ start: m.start, durationMinutes: m.durationMinutes, timeNote: m.timeNote }).toEqual({ start: '19:10', durationMinutes: 35, timeNote: '現地時間' });
  });

  it('notes 現地時間 written before the date, and no note where the text gives none', async () => {
    expect(onlyMeeting(await extract('japan-us-rok-fm-2018.txt')).timeNote).toBe('現地時間');
    expect(onlyMeeting(await extract('japan-us-telephone-2017.txt')).timeNote).toBeNull();
  });
});

describe('place and occasion', () => {
  it('takes the place from …において / …を訪問中 and the occasion from …に出席するため', async () => {
    const india = onlyMeeting(await extract('japan-india-2019-reiwa.txt'));
    expect(india.location?.name).toBe('大阪');
    expect(india.occasion?.name).toBe('G20大阪サミット');
    const uk = onlyMeeting(await extract('japan-uk-2016-localtime.txt'));
    expect(uk.location?.name).toBe('杭州');
    expect(uk.occasion?.name).toBe('G20杭州サミット');
    const rok = onlyMeeting(await extract('japan-us-rok-fm-2018.txt'));
    expect(rok.location).toEqual({ id: 'SGP', name: 'シンガポール' });
    expect(rok.occasion?.name).toBe('ASEAN関連外相会議');
  });

  it('accepts the country visited or the city named for 「Xを訪問中の…は、Yにおいて」', async () => {
    expect(['北京', '中国']).toContain(onlyMeeting(await extract('japan-china-2019-western.txt')).location?.name);
    expect(['モスクワ', 'ロシア']).toContain(onlyMeeting(await extract('machimura-fradkov-2005-navpage.txt')).location?.name);
    expect(['キャンベラ', '豪州']).toContain(onlyMeeting(await extract('japan-australia-2014-points.txt')).location?.name);
    expect(onlyMeeting(await extract('koizumi-putin-dinner-2003.txt')).location?.name).toBe('モスクワ');
  });

  it('has no place for a telephone call and no occasion where none is named', async () => {
    const call = onlyMeeting(await extract('japan-us-telephone-2017.txt'));
    expect(call.location).toBeNull();
    expect(call.occasion).toBeNull();
    expect(onlyMeeting(await extract('koizumi-putin-dinner-2003.txt')).occasion).toBeNull();
  });

  it('names the occasion 日中韓サミット without taking it for the meeting itself', async () => {
    const m = onlyMeeting(await extract('japan-china-2019-western.txt'));
    expect(m.occasion?.name).toBe('日中韓サミット');
    expect(m.kind).toBe('summit');
  });
});

describe('meeting kind', () => {
  it('tells summits, foreign ministers, telephone calls, courtesy calls and dinners apart', async () => {
    for (const [name, kind] of [
      ['japan-india-2019-reiwa.txt', 'summit'],
      ['japan-korea-2000-cutoff.txt', 'summit'],
      ['japan-uk-2016-localtime.txt', 'summit'],
      ['japan-china-fm-2008.txt', 'foreign_ministers'],
      ['japan-us-telephone-2017.txt', 'telephone'],
      ['lavrov-courtesy-call-2016.txt', 'courtesy_call'],
      ['koizumi-putin-dinner-2003.txt', 'meal'],
    ] as const) {
      expect(onlyMeeting(await extract(name)).kind, name).toBe(kind);
    }
  });

  it('takes a 日米韓 foreign ministers meeting as multilateral or foreign ministers (the genre allows both)', async () => {
    expect(['multilateral', 'foreign_ministers']).toContain(onlyMeeting(await extract('japan-us-rok-fm-2018.txt')).kind);
  });
});

describe('a document cut off mid-sentence', () => {
  it('still extracts its meeting and keeps the unfinished last paragraph', async () => {
    const result = await extract('japan-korea-2000-cutoff.txt');
    expect(result.meetings).toHaveLength(1);
    expect(result.statements.at(-1)?.text).toMatch(/日韓投資協定の早期妥結に向けて$/);
  });
});
