// Genre rules for the counterpart's side when the lead writes a foreign leader without a country
// (「アルファ・ベータ大統領」): the English name in parentheses, the meeting's name, the page's country
// line and its 「…へ戻る」 link each give it. Names are invented; the countries are real lexicon entries.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { englishParens } from '../../src/frame/side-clues.js';
import type { ExtractionResult } from '../../src/types.js';

const STATEMENT = '  1. 岸田総理大臣から、両国関係の発展を歓迎する旨述べました。';

function page(lines: { head?: string[]; lead: string; tail?: string[] }): Promise<ExtractionResult> {
  const text = [...(lines.head ?? []), '令和5年3月14日', '', ` 3月14日、${lines.lead}`, '', STATEMENT, '', ...(lines.tail ?? [])].join('\n');
  return extractDocument({ source: 'genre-sides', text });
}

function sides(result: ExtractionResult): Record<string, string | null> {
  const meeting = result.meetings[0];
  if (!meeting) throw new Error('no meeting');
  const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
  return Object.fromEntries(meeting.participants.map((p) => [name(p.entity), p.country]));
}

describe('the foreign side of a leader written without a country', () => {
  it('reads the country from the English name in parentheses after the leader', async () => {
    const result = await page({ lead: '岸田文雄内閣総理大臣は、アルファ・ベータ大統領(H.E. Mr. Alpha BETA, President of the Republic of Senegal)と首脳会談を行ったところ、概要は以下のとおりです。' });
    expect(sides(result)).toMatchObject({ 岸田文雄: 'JPN', 'アルファ・ベータ': 'SEN' });
  });

  it('reads it from the meeting name in the page title (日・X首脳会談)', async () => {
    const result = await page({ head: ['日・ケニア首脳会談', ''], lead: '岸田文雄内閣総理大臣は、アルファ・ベータ大統領と首脳会談を行ったところ、概要は以下のとおりです。' });
    expect(sides(result)).toMatchObject({ 'アルファ・ベータ': 'KEN' });
  });

  it('reads it from a page title naming talks at any level or under another name (日・X会談, 日・X次官協議, 日X戦略対話)', async () => {
    const lead = '山田外務大臣は、アルファ・ベータ大統領を表敬しました。';
    for (const head of ['日・ケニア会談', '日・ケニア次官協議', '日・ケニア戦略対話']) {
      expect(sides(await page({ head: [head, ''], lead }))).toMatchObject({ 'アルファ・ベータ': 'KEN' });
    }
  });

  it('reads it from the country line a page begins with and from its 「…へ戻る」 link', async () => {
    const lead = '岸田文雄内閣総理大臣は、アルファ・ベータ首相と会談を行ったところ、概要は以下のとおりです。';
    expect(sides(await page({ head: ['トンガ王国', ''], lead }))).toMatchObject({ 'アルファ・ベータ': 'TON' });
    expect(sides(await page({ lead, tail: ['ウルグアイ東方共和国へ戻る'] }))).toMatchObject({ 'アルファ・ベータ': 'URY' });
  });

  it('leaves the side unknown when the page points to two foreign countries', async () => {
    const lead = '岸田文雄内閣総理大臣は、アルファ・ベータ首相と会談を行ったところ、概要は以下のとおりです。';
    const result = await page({ head: ['トンガ王国', ''], lead, tail: ['ウルグアイ東方共和国へ戻る'] });
    expect(sides(result)['アルファ・ベータ']).toBeNull();
  });
});

describe('heads of international bodies', () => {
  it('sit for no country (欧州委員長), while a minister whose title names Europe sits for his own', async () => {
    const minister = await page({ lead: '岸田文雄内閣総理大臣は、アルファ・ベータ・フランス共和国欧州・外務大臣と会談を行ったところ、概要は以下のとおりです。' });
    expect(sides(minister)).toMatchObject({ 'アルファ・ベータ': 'FRA' });
    const president = await page({ lead: '岸田文雄内閣総理大臣は、ガンマ・デルタ欧州委員長と会談を行ったところ、概要は以下のとおりです。' });
    expect(sides(president)['ガンマ・デルタ']).toBeNull();
  });
});

describe('people the lead names who are not at the table', () => {
  it('leaves out the host who invited, the sender of a letter and the deceased', async () => {
    const invited = await page({ lead: '岸田文雄内閣総理大臣は、山川一郎衆議院議長の招待により訪日中のアルファ・ベータ国会議長(Speaker of the National Assembly of Kenya)の表敬を受けたところ、概要は以下のとおりです。' });
    expect(Object.keys(sides(invited))).toEqual(['岸田文雄', 'アルファ・ベータ']);
    const letter = await page({ lead: '山田外務大臣は、ガンマ・デルタ大統領の親書を携えて訪日中のイプシロン・ゼータ外務大臣と会談を行ったところ、概要は以下のとおりです。' });
    expect(Object.keys(sides(letter))).not.toContain('ガンマ・デルタ');
  });

  it('gives Japan to a member of Japan\'s houses and a ministry\'s secretary-general his country', async () => {
    const members = await page({ lead: '岸田文雄内閣総理大臣は、山川一郎衆議院議員とともに、アルファ・ベータ大統領(President of the Republic of Ghana)への表敬を行ったところ、概要は以下のとおりです。' });
    expect(sides(members)).toMatchObject({ 山川一郎: 'JPN', 'アルファ・ベータ': 'GHA' });
    const ministry = await page({ lead: '来日中のガンマ・オマーン外務事務総長は山田外務大臣を表敬したところ、概要は以下のとおりです。' });
    expect(sides(ministry)).toMatchObject({ ガンマ: 'OMN' });
  });
});

describe('an attendee block below the lead', () => {
  it('reads 「【同席者】」 followed by one line per side (「米 側: …」「日本側: …」)', async () => {
    const lead = '岸田文雄内閣総理大臣は、アルファ・ベータ米国大統領と首脳会談を行ったところ、概要は以下のとおりです。';
    const result = await page({ lead, tail: [] });
    const withBlock = await extractDocument({
      source: 'genre-sides',
      text: ['令和5年3月14日', '', ` 3月14日、${lead}`, '', '【同席者】', '', '米 側: ガンマ国務次官、デルタ報道官', '日本側: 山田外審、川上北米局長', '', STATEMENT].join('\n'),
    });
    expect(Object.keys(sides(result))).toHaveLength(2);
    expect(sides(withBlock)).toMatchObject({ ガンマ: 'USA', デルタ: 'USA', 山田: 'JPN', 川上: 'JPN' });
  });

  it('reads the block under a 「(同席者)」 heading right after the lead too', async () => {
    const lead = '岸田文雄内閣総理大臣は、アルファ・ベータ米国大統領と首脳会談を行ったところ、概要は以下のとおりです。';
    const withBlock = await extractDocument({
      source: 'genre-sides',
      text: ['令和5年3月14日', '', ` 3月14日、${lead}`, '（同席者）', '米側：ガンマ国務次官', '日本側：山田一郎外務審議官', '', STATEMENT].join('\n'),
    });
    expect(sides(withBlock)).toMatchObject({ ガンマ: 'USA', 山田一郎: 'JPN' });
  });

  it.each([
    ['a side in brackets with its names on the same line', ['(出席者)', '(米側)ガンマ国務次官/デルタ報道官', '(日本側)山田一郎外務審議官']],
    ['the heading and both sides on one line', ['【同席者】 米側:ガンマ国務次官、デルタ報道官 日本側:山田一郎外務審議官']],
    ['each side\'s attendees in brackets, with no heading', ['(先方同席者)ガンマ国務次官、デルタ報道官', '(当方同席者)山田一郎外務審議官']],
  ])('reads an attendee block laid out with %s', async (_, block) => {
    const lead = '岸田文雄内閣総理大臣は、アルファ・ベータ米国大統領と首脳会談を行ったところ、概要は以下のとおりです。';
    const withBlock = await extractDocument({
      source: 'genre-sides',
      text: ['令和5年3月14日', '', ` 3月14日、${lead}`, '', ...block, '', STATEMENT].join('\n'),
    });
    expect(sides(withBlock)).toMatchObject({ ガンマ: 'USA', デルタ: 'USA', 山田一郎: 'JPN' });
    // Right under the lead, with no blank line between, the same.
    const adjacent = await extractDocument({
      source: 'genre-sides',
      text: ['令和5年3月14日', '', ` 3月14日、${lead}`, ...block, '', STATEMENT].join('\n'),
    });
    expect(sides(adjacent)).toMatchObject({ ガンマ: 'USA', デルタ: 'USA', 山田一郎: 'JPN' });
    expect(adjacent.statements.map((st) => st.text)).toEqual([STATEMENT.trim().replace(/^1\. /u, '')]);
  });
});

describe('englishParens', () => {
  it('finds parenthesised English, nested one level, and ends an unclosed one at the line break', () => {
    const text = 'ベータ大統領(H.E. Mr. Beta (Jr.), President)と\n(' + 'Hello'.repeat(20000) + '\n(Republic of Chile)';
    const found = englishParens(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    expect(found).toEqual(['(H.E. Mr. Beta (Jr.), President)', '(Republic of Chile)']);
  });
});

describe('a meal as the meeting', () => {
  it('reads a lead reporting only a working dinner (ワーキング・ディナーを行いました) as a meal', async () => {
    const result = await page({ lead: '岸田文雄内閣総理大臣は、アルファ・ベータ・チリ共和国大統領とワーキング・ディナーを行いました。' });
    expect(result.meetings.map((m) => m.kind)).toEqual(['meal']);
  });
});

describe('a lead dated 同日', () => {
  it('takes the page\'s date for a lead that says only 「同日、」', async () => {
    const result = await extractDocument({
      source: 'genre-sides',
      text: ['令和5年3月14日', '', ' 同日、林芳正外務大臣は、アルファ・ベータ・チリ共和国外務大臣と会談を行いました。', '', STATEMENT].join('\n'),
    });
    expect(result.meetings.map((m) => m.date)).toEqual(['2023-03-14']);
  });
});

describe('陪席, the formal word for sitting in', () => {
  it('reads 陪席 lists and sentences as attendees, never as principals', async () => {
    const list = await page({ lead: '岸田文雄内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と首脳会談を行いました。（陪席者：日本側 山田一郎内閣官房副長官、チリ側 ガンマ・デルタ外務大臣）' });
    const sentence = await page({ lead: '岸田文雄内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と首脳会談を行いました。会談には、チリ側からガンマ・デルタ外務大臣が、日本側から山田一郎内閣官房副長官が陪席しました。' });
    for (const result of [list, sentence]) {
      expect(result.meetings[0]!.participants.filter((p) => p.role === 'principal')).toHaveLength(2);
      expect(sides(result)).toMatchObject({ 'ガンマ・デルタ': 'CHL', 山田一郎: 'JPN' });
    }
  });
});

describe('who sat at the table', () => {
  it('types talks between a head and a minister as a courtesy call', async () => {
    const pm = await page({ lead: '岸田文雄内閣総理大臣は、訪日中のアルファ・ベータ・チリ共和国外務大臣と会談を行いました。' });
    const fm = await page({ lead: '林芳正外務大臣は、アルファ・ベータ・チリ共和国大統領と会談を行いました。' });
    const heads = await page({ lead: '岸田文雄内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と会談を行いました。' });
    expect([pm, fm, heads].map((r) => r.meetings[0]!.kind)).toEqual(['courtesy_call', 'courtesy_call', 'summit']);
  });

  it('takes the principals from the lead\'s first sentence when it names both sides', async () => {
    const result = await page({ lead: '岸田文雄内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と会談を行いました。今回の会談は、2月のガンマ・デルタ・チリ共和国外務大臣の訪日に続くものです。' });
    expect(result.meetings[0]!.participants.filter((p) => p.role === 'principal').map((p) => p.entity)).toHaveLength(2);
  });
});

describe('attendee lists with unusual separators', () => {
  it('reads each side of 「【同席者】日本側:A、B;チリ側:C」 and 「(当方:A、B/先方:C)」', async () => {
    for (const list of ['【同席者】日本側:山田一郎アジア大洋州局長、佐藤次郎北東アジア課長;チリ側:ゼータ・イータ駐日チリ大使', '(同席者 当方:山田一郎アジア大洋州局長、佐藤次郎北東アジア課長/先方:ゼータ・イータ駐日チリ大使)']) {
      const result = await page({ lead: `午後2時から約30分間、岸田文雄内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と首脳会談を行いました。${list}` });
      expect(sides(result)).toMatchObject({ 山田一郎: 'JPN', 佐藤次郎: 'JPN', ゼータ・イータ: 'CHL' });
    }
  });
});

describe('the pair a page writes most', () => {
  it('reads no China in 日・中南米 or 日・中東, and still reads 日中', async () => {
    const { dominantPair } = await import('../../src/frame/side-clues.js');
    expect(dominantPair('日・中南米関係の強化と日・中南米協力、日・中東関係')).toEqual([]);
    expect(dominantPair('日中関係と日中協力')).toEqual(['JPN', 'CHN']);
  });
});

describe('principals a page implies but does not name', () => {
  it('adds the leaders of the day when only 両首脳 is written', async () => {
    const result = await page({ head: ['日中首脳会談', ''], lead: '両首脳は、日中関係について会談を行ったところ、概要は以下のとおりです。' });
    expect(sides(result)).toMatchObject({ 岸田文雄: 'JPN', 習近平: 'CHN' });
  });

  it('implies nobody of another rank than the one who is named: a director-general does not meet a head of state', async () => {
    const result = await page({ head: ['日中局長級協議', ''], lead: '山田太郎アジア大洋州局長は、アルファ中国外交部アジア司長と会談を行ったところ、概要は以下のとおりです。', tail: ['  2. 山田局長から、日中関係の改善について述べました。'] });
    expect(Object.values(sides(result))).not.toContain('CHN');
    expect(Object.keys(sides(result))).toEqual(['山田太郎']);
  });
});

describe('a Japanese official outside the lexicon', () => {
  it('is Japanese by an office only Japan has (外務事務次官, 外務報道官)', async () => {
    const result = await page({ head: ['日・チリ次官協議', ''], lead: '山田一郎外務事務次官は、アルファ・ベータ・チリ外務次官と会談を行ったところ、概要は以下のとおりです。' });
    expect(sides(result)).toMatchObject({ 山田一郎: 'JPN', 'アルファ・ベータ': 'CHL' });
  });
});

describe('the country a trip goes to', () => {
  it('gives its side to a counterpart the lead writes without a country', async () => {
    const result = await page({ head: ['林外務大臣のチリ訪問', ''], lead: 'チリを訪問中の林芳正外務大臣は、アルファ・ベータ大統領を表敬したところ、概要は以下のとおりです。' });
    expect(sides(result)).toMatchObject({ 林芳正: 'JPN', 'アルファ・ベータ': 'CHL' });
  });

  it('gives it to the counterparts of a trip report\'s sections too', async () => {
    const text = ['林外務大臣のチリ訪問', '令和5年3月14日', '', ' 3月14日、チリを訪問中の林芳正外務大臣は、以下のとおり要人と会談を行いました。', '',
      '1 ベータ大統領表敬', '林大臣から、両国関係の強化を述べ、アルファ・ベータ大統領から、日本の支援に謝意が表明されました。',
      '2 デルタ外相との会談', '林大臣とガンマ・デルタ外務大臣は、経済関係について意見交換を行いました。デルタ外相から、投資の拡大を要請しました。', ''].join('\n');
    const result = await extractDocument({ source: 'genre-sides', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings.map((m) => m.participants.map((p) => [name(p.entity), p.country]))).toEqual([
      [['林芳正', 'JPN'], ['アルファ・ベータ', 'CHL']],
      [['林芳正', 'JPN'], ['ガンマ・デルタ', 'CHL']],
    ]);
  });
});

describe('an attendee block of bulleted names', () => {
  it('reads one name per bullet line, under a side named on a line of its own', async () => {
    const result = await page({ lead: '岸田文雄内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と首脳会談を行いました。',
    });
    const text = ['令和5年3月14日', '', ' 3月14日、岸田文雄内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と首脳会談を行いました。',
      '(同席者)', '・山田一郎内閣官房副長官', '・川上二郎外務審議官', '(チリ側)', '・ガンマ・デルタ外務大臣', '', STATEMENT, ''].join('\n');
    const withBlock = await extractDocument({ source: 'bullets', text });
    expect(sides(result)).toEqual({ 岸田文雄: 'JPN', 'アルファ・ベータ': 'CHL' });
    expect(sides(withBlock)).toEqual({ 岸田文雄: 'JPN', 'アルファ・ベータ': 'CHL', 山田一郎: 'JPN', 川上二郎: 'JPN', 'ガンマ・デルタ': 'CHL' });
  });
});

describe('a counterpart the lead does not name as one', () => {
  it('is the one person of another side who speaks at a talk whose lead named only one side', async () => {
    // (A name before 「<country><party><office>」 is now read even where the lexicon lists no such office:
    // the guest here is a delegation the lead does not name.)
    const text = ['チリ', '', '令和5年3月14日', '', ' 3月14日、山田一郎外務副大臣は、訪日中のチリ国民革新党議員団と会談を行いました。', '',
      '  1. 冒頭、山田副大臣から、ベータ議連会長の訪日を歓迎する旨述べました。', '  2. ベータ議連会長から、日本の支援に感謝する旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'answering-side', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings[0]!.participants.map((p) => [name(p.entity), p.role, p.country])).toEqual([
      ['山田一郎', 'principal', 'JPN'], ['ベータ', 'principal', 'CHL'],
    ]);
  });

  it('takes a meal shared with someone (と昼食を共にしました) for a meeting', async () => {
    const result = await page({ lead: '山田一郎外務副大臣は、アルファ・ベータ・チリ外務次官と昼食を共にしました。' });
    expect(result.meetings.map((m) => m.kind)).toEqual(['meal']);
  });
});

describe('an honorary consul of Japan', () => {
  it('takes an honorary consul of Japan for a citizen of where he serves, placed by the page\'s 日・<country> pair', async () => {
    const result = await page({ lead: '山田一郎外務副大臣は、外務省の招待で来日中のアルファ・駐ラゴス日本国名誉領事の表敬を受けました。', tail: ['  2. 山田副大臣から、日・ナイジェリア関係の発展を歓迎する旨述べました。'] });
    expect(sides(result)).toEqual({ 山田一郎: 'JPN', アルファ: 'NGA' });
  });

  it('is the other side (先方) of a talk with a Japanese official', async () => {
    const result = await page({ lead: '山田一郎外務副大臣は、来日中のアルファ・駐ラゴス日本国名誉領事の表敬を受けました。', tail: ['  2. 先方からは、日本の支援に謝意が表明されるとともに、経済関係を強化したい旨の発言がありました。'] });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.statements.filter((s) => s.text.startsWith('先方')).map((s) => s.speakers.map(name))).toEqual([['アルファ']]);
  });
});

describe('the other side of a Japanese principal', () => {
  it('is the one foreign country the page names the talks with, for a kanji name whose office Japan has too (委員長)', async () => {
    const text = ['日朝首脳会談', '', '令和5年3月14日', '',
      ' 3月14日、山田太郎内閣総理大臣は、平壌において、川村委員長と日朝首脳会談を行いました。', '',
      '1 川村委員長から、会談を歓迎する旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'other-side', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name;
    expect(result.meetings[0]?.participants.map((p) => [name(p.entity), p.country])).toEqual([['山田太郎', 'JPN'], ['川村', 'PRK']]);
  });
});
