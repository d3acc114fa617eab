// A report of a visit that met several people, a numbered section per talk headed by whom it was with:
// each section is a meeting of its own with its own counterpart, time and statements. Names are invented.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';

const PAGE = [
  'デルタ共和国',
  '',
  '令和5年8月6日',
  '',
  '1.  8月4日から5日まで(現地時間),山田一郎外務大臣は,デルタ共和国を訪問したところ,概要は以下のとおりです。',
  '',
  '    1 アルファ・ベータ首相表敬',
  '     5日,午前11時05分(現地時間)から約20分間,山田大臣は,アルファ・ベータ首相(Hon. Alpha Beta, Prime Minister of the Republic of Fiji)を表敬しました。',
  '     山田大臣から,両国関係の発展を歓迎する旨述べました。',
  '',
  '    2 ガンマ・デルタ防衛・国家安全保障・外務大臣との会談',
  '     4日,午後4時40分(現地時間)から約45分間,山田大臣は,ガンマ・デルタ防衛・国家安全保障・外務大臣(Hon. Gamma Delta, Minister for Foreign Affairs of the Republic of Fiji)と会談を行いました。',
  '     ガンマ大臣から,日本の支援に感謝する旨述べました。',
  '',
].join('\n');

describe('several talks, a section each', () => {
  it('makes a meeting per section with its own counterpart, time and statements', async () => {
    const result = await extractDocument({ source: 'several', text: PAGE });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    const meetings = result.meetings.map((m) => ({ kind: m.kind, start: m.start, people: m.participants.map((p) => name(p.entity)) }));
    expect(meetings).toEqual([
      { kind: 'courtesy_call', start: '11:05', people: ['山田一郎', 'アルファ・ベータ'] },
      { kind: 'foreign_ministers', start: '16:40', people: ['山田一郎', 'ガンマ・デルタ'] },
    ]);
    const thanks = result.statements.find((s) => s.text.includes('支援に感謝'));
    expect(thanks?.meeting).toBe(result.meetings[1]!.id);
    expect(thanks?.speakers.map(name)).toEqual(['ガンマ・デルタ']);
  });

  it('holds each talk where the trip went, also on a cut copy that begins at the trip\'s lead', async () => {
    for (const text of [PAGE, PAGE.split('\n').slice(4).join('\n')]) {
      const result = await extractDocument({ source: 'several', text });
      expect(result.meetings).toHaveLength(2);
      expect(result.meetings.map((m) => m.location?.name)).toEqual(['デルタ共和国', 'デルタ共和国']);
    }
  });

  it('gives a counterpart named without a country the one country of the trip', async () => {
    const noCountry = PAGE.replace('Minister for Foreign Affairs of the Republic of Fiji', 'Minister for Foreign Affairs');
    const result = await extractDocument({ source: 'several', text: noCountry });
    expect(result.meetings.map((m) => m.participants.map((p) => p.country))).toEqual([['JPN', 'FJI'], ['JPN', 'FJI']]);
  });

  it('keeps a page with one talk under a heading as one meeting', async () => {
    const one = PAGE.split('\n').slice(0, 10).join('\n');
    const result = await extractDocument({ source: 'several', text: one });
    expect(result.meetings).toHaveLength(1);
  });
});

describe('witnesses of a ceremony', () => {
  it('are not principals (「…X大統領、Y大臣等列席の下、」)', async () => {
    const text = ['令和5年1月20日', '', ' 20日、大統領就任式は、首都の議事堂において、イプシロン・ゼータ大統領、イータ・シータ内務大臣等列席の下、山田一郎外務大臣とアルファ・ベータ大統領が会談を行ったところ、概要は以下のとおりです。', '', '  1. 山田大臣から祝意を述べました。'].join('\n');
    const result = await extractDocument({ source: 'witness', text });
    const names = result.meetings[0]!.participants.map((p) => result.entities.find((e) => e.id === p.entity)?.name);
    expect(names).not.toContain('イプシロン・ゼータ');
    expect(names).toContain('アルファ・ベータ');
  });
});

describe('the country visited, written 同国', () => {
  it('places the meeting in the country the lead named last', async () => {
    const text = ['外務省', '', '令和5年4月3日', '',
      ' 4月1日から3日まで、山田一郎衆議院議員は、総理特使として、アルファ・ベータ・セネガル共和国大統領の就任式典に参加するため同国を訪問したところ、概要は以下のとおりです。', '',
      '  1. 山田特使から、祝意を伝えました。', ''].join('\n');
    const result = await extractDocument({ source: 'same-country', text });
    expect(result.meetings[0]?.location?.id).toBe('SEN');
  });
});

describe('a trip lead and one talk under a heading', () => {
  it('makes the talk the page\'s meeting, where and on what occasion the trip went, typed by both titles', async () => {
    const text = ['デルタ共和国', '', '令和5年1月20日', '',
      '1月18日から20日まで,山田一郎外務大臣政務官は,総理特使としてベータ大統領就任式に出席するため,デルタ共和国を訪問したところ,概要以下のとおりです。',
      '1 ベータ大統領との会談', '',
      '大統領就任式に先立ち,山田政務官はアルファ・ベータ大統領と会談しました。',
      '山田政務官から,大統領就任に対する祝意を表明しました。', ''].join('\n');
    const result = await extractDocument({ source: 'one-talk', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings).toHaveLength(1);
    const [meeting] = result.meetings;
    expect(meeting!.participants.filter((p) => p.role === 'principal').map((p) => name(p.entity)).sort()).toEqual(['アルファ・ベータ', '山田一郎'].sort());
    expect(meeting!.location?.name).toBe('デルタ共和国');
    expect(meeting!.kind).toBe('courtesy_call');
  });
});


describe('two talks in one lead sentence', () => {
  const page = (lead: string, ...body: string[]) => extractDocument({
    source: 'clauses', text: ['令和5年8月6日', '', ` 8月5日、${lead}`, '', ...body.map((b, i) => `  ${i + 1}. ${b}`), ''].join('\n'),
  });

  it('makes a meeting of each clause that meets someone else, the visitor at both, statements with their counterpart', async () => {
    const result = await page('チリを訪問中の山田一郎外務大臣は、アルファ・ベータ・チリ共和国大統領を表敬し、その後、ガンマ・イプシロン外務大臣と会談を行いました。',
      'ベータ大統領から、山田大臣の訪問を歓迎する旨述べました。', 'イプシロン外務大臣から、経済関係の強化を提案しました。');
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings.map((m) => [m.kind, m.date, m.participants.map((p) => `${name(p.entity)}/${p.country}`)])).toEqual([
      ['courtesy_call', '2023-08-05', ['山田一郎/JPN', 'アルファ・ベータ/CHL']],
      ['foreign_ministers', '2023-08-05', ['山田一郎/JPN', 'ガンマ・イプシロン/CHL']],
    ]);
    expect(result.statements.map((s) => s.meeting)).toEqual([result.meetings[0]!.id, result.meetings[1]!.id]);
  });

  it('keeps talks and a meal with the same people one meeting', async () => {
    const result = await page('山田一郎外務大臣は、ガンマ・イプシロン・チリ共和国外務大臣と会談を行い、その後、ガンマ・イプシロン外務大臣と昼食を共にしました。');
    expect(result.meetings).toHaveLength(1);
  });
});

describe('calls on several people listed in one lead', () => {
  const lead = (list: string) => extractDocument({
    source: 'calls', text: ['令和5年5月25日', '', ` 山田一郎外務副大臣は、5月19日から20日にかけてチリを訪問し、${list}を行いました。`, '', '  1. 山田副大臣から、両国関係の発展を歓迎する旨述べました。', ''].join('\n'),
  });

  it('makes a courtesy call of each, with no day of its own when the trip spans days', async () => {
    const result = await lead('アルファ・ベータ大統領、ガンマ・デルタ首相、イプシロン・ゼータ外務大臣等への表敬・会談等');
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings.map((m) => [m.kind, m.date, m.participants.map((p) => name(p.entity))])).toEqual([
      ['courtesy_call', null, ['山田一郎', 'アルファ・ベータ']],
      ['courtesy_call', null, ['山田一郎', 'ガンマ・デルタ']],
      ['courtesy_call', null, ['山田一郎', 'イプシロン・ゼータ']],
    ]);
  });

  it('takes talks with each (とそれぞれ会談) for talks, not courtesy calls', async () => {
    const result = await lead('アルファ・ベータ外務大臣及びガンマ・デルタ外務大臣とそれぞれ会談');
    expect(result.meetings.map((m) => m.kind)).toEqual(['other', 'other']);
  });

  it('keeps people met at one table one meeting (A及びBと会談)', async () => {
    const result = await lead('アルファ・ベータ大統領及びガンマ・デルタ首相との会談');
    expect(result.meetings).toHaveLength(1);
  });
});

describe('a lead of two talks, each told under its own heading', () => {
  const PAGE2 = [
    '山田外務副大臣とラオス首相との会談',
    '',
    '令和6年3月14日',
    '',
    ' 3月14日、ラオスを訪問中の山田一郎外務副大臣は、アルファ・ベータ・ラオス人民民主共和国首相を表敬し、また、ガンマ外務大臣と会談しました。概要は以下のとおりです。',
    '',
    '1 ベータ首相表敬',
    '（1）山田副大臣から、ベータ首相の就任に祝意を述べました。',
    '（2）ベータ首相からは、日本の協力への謝意が表明されました。',
    '',
    '2 ガンマ外務大臣との会談',
    '（1）山田副大臣から、農業分野での協力を継続したい旨述べました。',
    '（2）ガンマ大臣からは、留学生の交流に期待する旨の発言がありました。',
    '',
  ].join('\n');

  it('gives the visitor\'s words under the second heading to the second talk', async () => {
    const result = await extractDocument({ source: 'two-talks', text: PAGE2 });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings.map((m) => m.participants.filter((p) => p.country !== 'JPN').map((p) => name(p.entity)))).toEqual([['アルファ・ベータ'], ['ガンマ']]);
    const meetingOf = (words: string) => result.meetings.findIndex((m) => m.id === result.statements.find((s) => s.text.includes(words))?.meeting);
    expect([meetingOf('就任に祝意'), meetingOf('謝意'), meetingOf('農業分野'), meetingOf('留学生')]).toEqual([0, 0, 1, 1]);
  });
});

describe('a trip report listing its talks, each told under a heading that names the pair', () => {
  const TRIP = [
    '山田総理の欧州各国訪問',
    '(概要)令和2年5月10日',
    '山田総理は4月28日より5月6日にかけて欧州各国を歴訪し、首脳会談を実施した。主要点は以下の通り。',
    '4月29日 日露首脳会談(ペトロフ大統領) 5月2日 日伊首脳会談(ロッシ首相)、日仏首脳会談(デュボワ大統領、ルフェーブル首相)',
    '1.日露首脳会談(4月29日)',
    '(1)両首脳は、首脳間の対話を緊密に継続することで一致。',
    '(2)ペトロフ大統領より、改革への支持は重要な意味を持つ旨発言。',
    '2.日伊首脳会談(5月2日)',
    '(1)両首脳は、サミットの成功に向け協力することで一致。',
    '3.日仏首脳会談(5月2日)',
    '(1)デュボワ大統領より、サミットの成功に協力したい旨発言。',
    '(2)ルフェーブル首相より、経済関係の強化を歓迎する旨発言。',
  ].join('\n');

  it('gives each counterpart the country its talk pairs with Japan, and each section\'s statements to its talk', async () => {
    const result = await extractDocument({ source: 'trip', text: TRIP });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings.map((m) => m.participants.filter((p) => p.country !== 'JPN').map((p) => `${name(p.entity)}/${p.country}`))).toEqual([
      ['ペトロフ/RUS'], ['ロッシ/ITA'], ['デュボワ/FRA', 'ルフェーブル/FRA'],
    ]);
    const meetingIndex = (id: string | null) => result.meetings.findIndex((m) => m.id === id);
    expect(result.statements.map((s) => [meetingIndex(s.meeting), s.speakers.map(name).sort().join('+')])).toEqual([
      [0, 'ペトロフ+山田'], [0, 'ペトロフ'], [1, 'ロッシ+山田'], [2, 'デュボワ'], [2, 'ルフェーブル'],
    ]);
  });
});

describe('talks a lead reports in sentences that follow one another', () => {
  const LEAD_PAGE = [
    '外務省', '', '令和5年3月14日', '',
    ' 3月14日、午後2時から約15分間、山田一郎外務大臣は、アルファ・ベータ・チリ共和国大統領を表敬しました。また、同日午後3時から約45分間、山田外務大臣は、ガンマ・デルタ・チリ共和国外務大臣と外相会談を行いました。概要は以下のとおりです。',
    '', '1 ベータ大統領表敬', '  山田大臣から、日チリ関係の強化を呼びかけました。',
    '2 日・チリ外相会談', '  山田大臣から、投資の拡大を歓迎する旨述べました。', '',
  ].join('\n');

  it('makes the sentence that goes on with 「また、」 a meeting of its own, with its time', async () => {
    const result = await extractDocument({ source: 'next-sentence', text: LEAD_PAGE });
    expect(result.meetings.map((m) => [m.kind, m.start, m.durationMinutes])).toEqual([['courtesy_call', '14:00', 15], ['foreign_ministers', '15:00', 45]]);
  });

  it('gives a section the talk whose kind its heading names when both talks were with one country', async () => {
    const oneSentence = LEAD_PAGE.replace('を表敬しました。また、同日午後3時から約45分間、山田外務大臣は、', 'を表敬し、その後、');
    const result = await extractDocument({ source: 'next-sentence', text: oneSentence });
    expect(result.meetings).toHaveLength(2);
    const investment = result.statements.find((s) => s.text.includes('投資の拡大'));
    expect(investment?.meeting).toBe(result.meetings[1]!.id);
  });
});

describe('a trip report whose talks are paragraphs under the countries visited', () => {
  const TRIP = [
    '外務省', '', '令和5年3月16日', '',
    ' 3月14日から16日まで、山田一郎外務大臣は、チリ及びペルーを訪問しました。概要は以下のとおりです。', '',
    '1 チリ',
    '  (1) 14日、山田大臣は、アルファ・ベータ・チリ共和国外務大臣と外相会談を行いました。山田大臣から、投資の拡大を歓迎する旨述べました。',
    '  (2) 同日、山田大臣は、ガンマ・デルタ・チリ共和国大統領を表敬しました。デルタ大統領から、日本の協力に感謝する旨述べました。',
    '2 ペルー',
    '  15日、山田大臣は、イプシロン・ゼータ・ペルー共和国外務大臣と外相会談を行いました。ゼータ外相から、日本との関係強化を望む旨述べました。', '',
  ].join('\n');

  it('makes each paragraph that opens like a lead a meeting, on its day (同日 the one before), in the country its section names', async () => {
    const result = await extractDocument({ source: 'trip', text: TRIP });
    expect(result.meetings.map((m) => [m.kind, m.date, m.location?.name])).toEqual([
      ['foreign_ministers', '2023-03-14', 'チリ'], ['courtesy_call', '2023-03-14', 'チリ'], ['foreign_ministers', '2023-03-15', 'ペルー'],
    ]);
  });

  it('puts each statement on the talk its paragraph reports', async () => {
    const result = await extractDocument({ source: 'trip', text: TRIP });
    const meetingOf = (words: string) => result.meetings.findIndex((m) => m.id === result.statements.find((s) => s.text.includes(words))?.meeting);
    expect([meetingOf('投資の拡大'), meetingOf('日本の協力に感謝'), meetingOf('関係強化を望む')]).toEqual([0, 1, 2]);
  });
});

describe('a lead that names each counterpart of a trip, a section per talk with its day', () => {
  it('seats at each talk the counterpart its section names, on the day its heading gives', async () => {
    const text = [
      '山田外務大臣政務官のデルタ訪問', '', '令和5年10月4日', '',
      ' 10月1日から3日まで、山田一郎外務大臣政務官は、デルタ共和国を訪問し、アルファ・ベータ大統領への表敬、ガンマ・イプシロン国務大臣との会談等を行ったところ、概要以下のとおりです。', '',
      '1 ベータ大統領表敬(2日)',
      '山田政務官から、協力を継続する旨述べました。ベータ大統領からは、日本の支援に謝意が表明されました。', '',
      '2 イプシロン国務大臣との会談(3日)',
      'イプシロン国務大臣から、日本の貢献を評価する旨の発言がありました。', '',
    ].join('\n');
    const result = await extractDocument({ source: 'trip-days', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings.map((m) => [m.date, m.participants.map((p) => name(p.entity))])).toEqual([
      ['2023-10-02', ['山田一郎', 'アルファ・ベータ']], ['2023-10-03', ['山田一郎', 'ガンマ・イプシロン']],
    ]);
  });
});

describe('a trip report with no lead of its own, its first talk right under the title', () => {
  const TRIP = [
    '山田外務大臣のチリ及びペルー訪問(結果)', '', '令和5年3月', '',
    '1 チリ',
    '(1) 3月14日、山田一郎外務大臣は、サンティアゴにおいて、アルファ・ベータ・チリ共和国外務大臣と外相会談を行いました。',
    '(2) 山田大臣から、投資の拡大を歓迎する旨述べました。',
    '2 ペルー',
    '(1) 3月15日、山田大臣は、リマにおいて、イプシロン・ゼータ・ペルー共和国外務大臣と外相会談を行いました。',
    '(2) ゼータ外相から、日本との関係強化を望む旨述べました。', '',
  ].join('\n');

  it('makes the talk it was framed from the first of the trip\'s talks, and each later one a meeting with its statements', async () => {
    const result = await extractDocument({ source: 'trip-no-lead', text: TRIP });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings.map((m) => [m.date, m.participants.map((p) => name(p.entity))])).toEqual([
      ['2023-03-14', ['山田一郎', 'アルファ・ベータ']], ['2023-03-15', ['山田一郎', 'イプシロン・ゼータ']],
    ]);
    const meetingOf = (words: string) => result.meetings.findIndex((m) => m.id === result.statements.find((s) => s.text.includes(words))?.meeting);
    expect([meetingOf('投資の拡大'), meetingOf('関係強化を望む')]).toEqual([0, 1]);
  });

  const NUMBERED = [
    '日・チリ外相会談', '', '令和5年3月14日', '',
    '1 3月14日、山田一郎外務大臣は、アルファ・ベータ・チリ共和国外務大臣と外相会談を行いました。山田大臣から、投資の拡大を歓迎する旨述べました。',
    '2 同日、山田大臣は、イプシロン・ゼータ・ペルー共和国外務大臣と外相会談を行いました。ゼータ外相から、日本との関係強化を望む旨述べました。', '',
  ].join('\n');

  it('makes a lead the first talk when a later item opens like a lead with someone else, numbered or not', async () => {
    for (const text of [NUMBERED, NUMBERED.replace('1 3月14日', ' 3月14日').replace('2 同日', ' 同日')]) {
    const result = await extractDocument({ source: 'lead-first', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings.map((m) => [m.date, m.participants.map((p) => name(p.entity))])).toEqual([
      ['2023-03-14', ['山田一郎', 'アルファ・ベータ']], ['2023-03-14', ['山田一郎', 'イプシロン・ゼータ']],
    ]);
    const meetingOf = (words: string) => result.meetings.findIndex((m) => m.id === result.statements.find((s) => s.text.includes(words))?.meeting);
    expect([meetingOf('投資の拡大'), meetingOf('関係強化を望む')]).toEqual([0, 1]);
    }
  });

  it('keeps one meeting for an aside about other talks and for talks that led up to the lead\'s', async () => {
    const aside = NUMBERED.replace('2 同日、山田大臣は、イプシロン・ゼータ・ペルー共和国外務大臣と外相会談を行いました。', '2 なお、両外相は、3月20日に、G20外相会合の機会に外相会談を行うことで一致しました。');
    const before = NUMBERED.replace('2 同日、', '2 3月10日、');
    for (const text of [aside, before]) expect((await extractDocument({ source: 'one-talk', text })).meetings).toHaveLength(1);
  });
});

describe('a counterpart named without a country under a section named by one', () => {
  it('is of the section\'s country, not of another stop of the trip', async () => {
    const text = [
      '外務省', '', '令和5年3月16日', '',
      ' 3月14日から16日まで、山田一郎外務大臣は、チリ及びペルーを訪問しました。概要は以下のとおりです。', '',
      '1 チリ',
      '  (1) 14日、山田大臣は、アルファ・ベータ・チリ共和国外務大臣と外相会談を行いました。山田大臣から、投資の拡大を歓迎する旨述べました。',
      '  (2) 同日、山田大臣は、ガンマ・デルタ大統領を表敬しました。デルタ大統領から、日本の協力に感謝する旨述べました。',
      '2 ペルー',
      '  (1) 15日、山田大臣は、イプシロン・ゼータ外務大臣と外相会談を行いました。ゼータ外相から、日本との関係強化を望む旨述べました。', '',
    ].join('\n');
    const result = await extractDocument({ source: 'trip-sides', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings.map((m) => m.participants.filter((p) => p.country !== 'JPN').map((p) => [name(p.entity), p.country]))).toEqual([
      [['アルファ・ベータ', 'CHL']], [['ガンマ・デルタ', 'CHL']], [['イプシロン・ゼータ', 'PER']],
    ]);
  });
});

describe('talks with several leaders, a section each headed by the leader alone', () => {
  const TALKS = [
    'G7サミットの際の各国首脳との懇談', '', '令和5年5月20日', '',
    ' 5月20日、G7広島サミットの機会に、岸田文雄内閣総理大臣は、各国首脳と懇談を行ったところ、概要は以下のとおりです。', '',
    '1 ジャン・デュポン・フランス首相',
    ' 岸田総理から、協力を強化したい旨述べました。デュポン首相からは、関与を強めたい旨の発言がありました。', '',
    '2 ハンス・ミュラー・ドイツ首相',
    ' 両首脳は、次回の会合の成功に向けて協力していくことで一致しました。', '',
  ].join('\n');

  it('makes each section a talk with the leader it names, and the pair of that talk agrees', async () => {
    const result = await extractDocument({ source: 'informal-talks', text: TALKS });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings.map((m) => m.participants.map((p) => [name(p.entity), p.country]))).toEqual([
      [['岸田文雄', 'JPN'], ['ジャン・デュポン', 'FRA']], [['岸田文雄', 'JPN'], ['ハンス・ミュラー', 'DEU']],
    ]);
    const agreed = result.statements.find((s) => s.text.includes('一致しました'))!;
    expect(agreed.meeting).toBe(result.meetings[1]!.id);
    expect(agreed.speakers.map(name).sort()).toEqual(['ハンス・ミュラー', '岸田文雄']);
  });

  it('keeps one meeting when the lead names whom it met, whatever the headings', async () => {
    const named = TALKS.replace('各国首脳と懇談', 'ジャン・デュポン・フランス首相と懇談');
    const result = await extractDocument({ source: 'named-lead', text: named });
    expect(result.meetings).toHaveLength(1);
  });
});

describe('a talk the lead reports and a section tells again', () => {
  it('takes the day, time and kind of the section\'s own lead line, the lead\'s attendees kept', async () => {
    const text = [
      'デルタ共和国', '', '令和5年8月6日', '',
      ' 8月4日から5日まで、山田一郎外務大臣は、デルタ共和国を訪問し、ガンマ・デルタ外務大臣と会談を行いました(当方同席者:鈴木二郎欧州局長)。概要は以下のとおりです。',
      '',
      '1 アルファ・ベータ首相表敬',
      ' 4日午後4時から約30分間、山田大臣は、アルファ・ベータ首相を表敬しました。',
      ' ベータ首相から、山田大臣の訪問を歓迎する旨述べました。',
      '',
      '2 日・デルタ外相会談',
      ' 5日午前9時から約60分間、山田大臣は、ガンマ・デルタ外務大臣と外相会談を行いました。',
      ' ガンマ大臣から、日本の支援に感謝する旨述べました。',
      '',
    ].join('\n');
    const result = await extractDocument({ source: 'told-again', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    const talks = result.meetings.find((m) => m.participants.some((p) => name(p.entity) === 'ガンマ・デルタ'))!;
    expect([talks.kind, talks.date, talks.start, talks.durationMinutes]).toEqual(['foreign_ministers', '2023-08-05', '09:00', 60]);
    expect(talks.participants.map((p) => [name(p.entity), p.role])).toEqual(expect.arrayContaining([['鈴木二郎', 'delegation']]));
  });
});

describe('a trip report whose talk is told in a short sentence', () => {
  it('makes 「15日、山田大臣は、ゼータ大統領を表敬しました。」 a meeting like a longer one, and a foreign minister who holds another office his own talk', async () => {
    const text = [
      '外務省', '', '令和5年3月16日', '',
      ' 3月14日から16日まで、山田一郎外務大臣は、チリ及びペルーを訪問しました。概要は以下のとおりです。', '',
      '1 チリ',
      '  14日、山田大臣は、ベータ大統領を表敬しました。ベータ大統領から、日本の協力に感謝する旨述べました。',
      '2 ペルー',
      '  (1) 15日、山田大臣は、ゼータ大統領を表敬しました。ゼータ大統領から、関係強化を望む旨述べました。',
      '  (2) 同日、山田大臣は、イータ首席閣僚兼外務大臣と外相会談を行いました。イータ大臣から、投資を歓迎する旨述べました。', '',
    ].join('\n');
    const result = await extractDocument({ source: 'trip-short', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings.map((m) => [m.kind, m.date, m.location?.name, m.participants.filter((p) => p.country !== 'JPN').map((p) => `${name(p.entity)}/${p.country}/${p.title}`)])).toEqual([
      ['courtesy_call', '2023-03-14', 'チリ', ['ベータ/CHL/大統領']],
      ['courtesy_call', '2023-03-15', 'ペルー', ['ゼータ/PER/大統領']],
      ['foreign_ministers', '2023-03-15', 'ペルー', ['イータ/PER/首席閣僚兼外務大臣']],
    ]);
    const meetingOf = (words: string) => result.meetings.findIndex((m) => m.id === result.statements.find((s) => s.text.includes(words))?.meeting);
    expect([meetingOf('日本の協力'), meetingOf('関係強化'), meetingOf('投資を歓迎')]).toEqual([0, 1, 2]);
  });
});

describe('a numbered sentence between sections headed by a person', () => {
  it('keeps counting: 「1. <person>」「2. <a sentence>」「3. <person>」 are two talks, sections 1 and 3', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const text = [
      '山田総理とアルファ、ベータ首脳等との懇談', '', '令和6年3月27日', '',
      ' 27日午後、山田総理は、サミットの会場において、各国首脳等との間で懇談等を行ったところ、その概要は以下のとおり。', '',
      '  1. ガンマ・アルファ首相',
      '    1. (1)山田総理より、地域情勢について連携していきたい旨述べた。',
      '    2. (2)これに対し、ガンマ首相からは、連携したい旨述べた。',
      '  2. また、山田総理は、同日午前の全体会合の際に、デルタ・カナダ首相との間でも挨拶を行った。',
      '  3. イプシロン・ノルウェー首相',
      '    1. (1)山田総理より、昨年の支援に感謝する旨述べた。',
      '',
    ].join('\n');
    const result = await extractDocument({ source: 'numbered-sentence', text });
    expect(result.topics.map((t) => [t.number, t.heading])).toEqual([[1, 'ガンマ・アルファ首相'], [3, 'イプシロン・ノルウェー首相']]);
    expect(result.meetings).toHaveLength(2);
  });
});
