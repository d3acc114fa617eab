// Participants: principals from the lead sentence with their countries and the titles they held that
// day; delegations from attendee lists by side (先方:…、当方:… / ロシア側同席者は…、日本側同席者は…);
// people only mentioned are not participants.
import { describe, expect, it } from 'vitest';
import { entitiesNaming, extract, onlyMeeting, participation, person } from './extract-fixtures.js';

describe('principals', () => {
  it('finds both heads of the talks in the lead, with side and title', async () => {
    const result = await extract('japan-india-2019-reiwa.txt');
    const principals = onlyMeeting(result).participants.filter((p) => p.role === 'principal');
    expect(principals).toHaveLength(2);
    expect(participation(result, '安倍晋三内閣総理大臣')).toMatchObject({ role: 'principal', country: 'JPN', title: '内閣総理大臣' });
    expect(participation(result, 'ナレンドラ・モディ・インド首相')).toMatchObject({ role: 'principal', country: 'IND', title: '首相' });
  });

  it('finds the three ministers of a 日米韓 meeting joined by 及び', async () => {
    const result = await extract('japan-us-rok-fm-2018.txt');
    expect(onlyMeeting(result).participants.filter((p) => p.role === 'principal')).toHaveLength(3);
    expect(participation(result, '河野太郎外務大臣')).toMatchObject({ role: 'principal', country: 'JPN', title: '外務大臣' });
    expect(participation(result, 'マイク・ポンペオ米国国務長官')).toMatchObject({ role: 'principal', country: 'USA', title: '国務長官' });
    expect(participation(result, '康京和韓国外交部長官')).toMatchObject({ role: 'principal', country: 'KOR', title: '外交部長官' });
  });

  it('reads principals across the genre: a telephone call, a courtesy call received, a dinner hosted by the other side', async () => {
    const call = await extract('japan-us-telephone-2017.txt');
    expect(participation(call, 'ドナルド・トランプ米国大統領')).toMatchObject({ role: 'principal', country: 'USA', title: '大統領' });
    const visit = await extract('lavrov-courtesy-call-2016.txt');
    expect(participation(visit, '安倍晋三内閣総理大臣')).toMatchObject({ role: 'principal', country: 'JPN' });
    expect(participation(visit, 'セルゲイ・ラヴロフ・ロシア連邦外務大臣')).toMatchObject({ role: 'principal', country: 'RUS', title: '外務大臣' });
    const dinner = await extract('koizumi-putin-dinner-2003.txt');
    expect(participation(dinner, '小泉総理大臣')).toMatchObject({ role: 'principal', country: 'JPN' });
    expect(participation(dinner, 'プーチン大統領')).toMatchObject({ role: 'principal', country: 'RUS', title: '大統領' });
  });

  it('splits a katakana run name+country+title (フラトコフロシア首相) into a principal of that country', async () => {
    const result = await extract('machimura-fradkov-2005-navpage.txt');
    expect(participation(result, 'フラトコフロシア首相')).toMatchObject({ role: 'principal', country: 'RUS', title: '首相' });
    expect(participation(result, '町村外務大臣')).toMatchObject({ role: 'principal', country: 'JPN', title: '外務大臣' });
  });

  it('reads a kanji name followed by its reading in parentheses (楊潔篪(よう・けつち)中国外交部長)', async () => {
    const result = await extract('japan-china-fm-2008.txt');
    expect(participation(result, '楊部長')).toMatchObject({ role: 'principal', country: 'CHN', title: '外交部長' });
    expect(participation(result, '高村外務大臣')).toMatchObject({ role: 'principal', country: 'JPN', title: '外務大臣' });
  });
});

describe('delegations by side', () => {
  it('reads the other side of (先方:…、当方:…同席) into its delegation', async () => {
    const result = await extract('japan-china-fm-2008.txt');
    const cui = entitiesNaming(result, '崔天凱').filter((e) => e.type === 'Person');
    expect(cui).toHaveLength(1);
    expect(onlyMeeting(result).participants.find((p) => p.entity === cui[0]?.id)).toMatchObject({ role: 'delegation', country: 'CHN' });
  });

  it('reads ロシア側同席者は…、日本側同席者は… with each side\'s country and the titles held that day', async () => {
    const result = await extract('koizumi-putin-dinner-2003.txt');
    expect(participation(result, 'イワノフ外相')).toMatchObject({ role: 'delegation', country: 'RUS', title: '外相' });
    expect(participation(result, 'ロシュコフ駐日大使')).toMatchObject({ role: 'delegation', country: 'RUS', title: '駐日大使' });
    expect(participation(result, '川口外務大臣')).toMatchObject({ role: 'delegation', country: 'JPN', title: '外務大臣' });
    expect(participation(result, '安倍官房副長官')).toMatchObject({ role: 'delegation', country: 'JPN', title: '官房副長官' });
  });

  it('keeps the title held at the meeting on the participation, not on the person', async () => {
    const dinner = await extract('koizumi-putin-dinner-2003.txt');
    const summit = await extract('japan-india-2019-reiwa.txt');
    const asDeputy = participation(dinner, '安倍官房副長官');
    const asPrimeMinister = participation(summit, '安倍総理');
    expect(asDeputy?.entity).toBe(asPrimeMinister?.entity);
    expect(asDeputy?.title).toBe('官房副長官');
    expect(asPrimeMinister?.title).toBe('内閣総理大臣');
    expect(Object.keys(person(summit, '安倍総理'))).not.toContain('title');
  });

  it('lists the Japanese attendee of a courtesy call on the Japanese side', async () => {
    const result = await extract('lavrov-courtesy-call-2016.txt');
    expect(participation(result, '世耕内閣官房副長官')).toMatchObject({ role: 'delegation', country: 'JPN', title: '内閣官房副長官' });
  });
});

describe('people only mentioned', () => {
  it('are entities but not participants', async () => {
    for (const [name, surface] of [
      ['lavrov-courtesy-call-2016.txt', 'プーチン大統領'],
      ['japan-china-fm-2008.txt', '胡錦濤国家主席'],
      ['machimura-fradkov-2005-navpage.txt', 'プーチン大統領'],
    ] as const) {
      const result = await extract(name);
      expect(person(result, surface).type, name).toBe('Person');
      expect(participation(result, surface), `${name}: ${surface}`).toBeUndefined();
    }
  });

  it('has exactly the two principals when the text lists nobody else', async () => {
    for (const name of ['japan-india-2019-reiwa.txt', 'japan-us-telephone-2017.txt', 'japan-uk-2016-localtime.txt', 'japan-china-2019-western.txt', 'japan-korea-2000-cutoff.txt', 'japan-australia-2014-points.txt']) {
      const participants = onlyMeeting(await extract(name)).participants;
      expect(participants.map((p) => p.role), name).toEqual(['principal', 'principal']);
    }
  });
});
