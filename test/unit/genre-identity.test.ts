// A person's id is settled once the page has named him in full: from the fullest name (never the surname the
// page used first), from the lexicon when a full name or its first and last parts are known there, and, on a
// page without a date, from the era the page's known office holders share.
import { describe, expect, it } from 'vitest';
import { findPersonMentions } from '../../src/extract/persons.js';
import { clusterPeople } from '../../src/resolve/people.js';

const ids = (text: string, date: string | null = null) =>
  clusterPeople(findPersonMentions(text), date).map((c) => [c.id, [...c.names].sort()]);

describe('an id from the fullest name on the page', () => {
  it('names a kanji official by his full name when the surname came first', () => {
    expect(ids('山川大臣から、謝意が述べられた。なお、山川一郎防衛大臣は、翌日帰国した。'))
      .toEqual([['person:山川一郎', ['山川', '山川一郎']]]);
  });

  it('does not make a full name the page writes the lexicon\'s person of the same surname and another given name', () => {
    // The lexicon knows 岸田文雄; 岸田一郎 is someone else, and 岸田大臣 on his page is he.
    expect(ids('岸田一郎外務大臣は、会談を行った。岸田大臣から、謝意が述べられた。', '2023-03-14'))
      .toEqual([['person:岸田一郎', ['岸田', '岸田一郎']]]);
    expect(ids('岸田文雄外務大臣は、会談を行った。岸田大臣から、謝意が述べられた。', '2023-03-14')[0]?.[0]).toBe('person:kishida-fumio');
  });

  it('keeps two foreigners of one family name apart: the id holds the whole name', () => {
    const [first] = ids('アルファ・ガンマ大統領と会談した。');
    const [second] = ids('ベータ・ガンマ大統領と会談した。');
    expect(first?.[0]).not.toBe(second?.[0]);
  });

  it('joins a family name of several parts to the full name it ends', () => {
    expect(ids('アルファ・ベータ・デル・ガンマ大統領と会談した。デル・ガンマ大統領から、謝意が述べられた。'))
      .toEqual([[expect.any(String), ['アルファ・ベータ・デル・ガンマ', 'デル・ガンマ']]]);
  });
});

describe('the lexicon asked again once the page is read', () => {
  it('finds a lexicon person written with a middle name the lexicon leaves out', () => {
    expect(ids('ジャスティン・ピエール・トルドー首相と会談した。', '2019-06-01')[0]?.[0]).toBe('person:trudeau-justin');
  });

  it('finds a lexicon person whose known surname stands before a further family name', () => {
    expect(ids('ミシェル・アルファ・テメル・ベータ大統領と会談した。', '2017-06-01')[0]?.[0]).toBe('person:temer-michel');
    expect(ids('ジャン・アルファ・テメル・ベータ大統領と会談した。', '2017-06-01')[0]?.[0]).not.toBe('person:temer-michel');
  });

  it('tells two presidents of one family name apart by the era of an undated page', () => {
    const text = '小泉総理大臣は、盧武鉉大統領と会談した。ブッシュ大統領との会談について説明した。';
    expect(ids(text).map(([id]) => id)).toContain('person:bush-george-w');
  });
});

describe('two people of one family name on one page', () => {
  it('never joins two different full names through the family name they share', () => {
    const clusters = ids('アルファ・ガンマ大統領と会談した。ガンマ大統領から、謝意が述べられた。ベータ・ガンマ保健大臣が同席した。');
    expect(clusters.map(([, names]) => names)).toEqual([['アルファ・ガンマ', 'ガンマ'], ['ベータ・ガンマ']]);
  });

  it('joins the page\'s full name to a lexicon person whose listed name is another form of it', () => {
    const clusters = ids('バイニマラマ首相を表敬した。ジョサイア・ヴォレンゲ・バイニマラマ首相から、謝意が述べられた。', '2018-08-05');
    expect(clusters.map(([id]) => id)).toEqual(['person:bainimarama-frank']);
  });
});

describe('a surname the lexicon knows, with the office the page gives it', () => {
  it('names a former prime minister by 元総理, never an official or a minister of another time', () => {
    expect(ids('岸元総理大臣の業績に触れた。', '2015-05-01')[0]?.[0]).toBe('person:kishi-nobusuke');
    expect(ids('岸防衛大臣と会談した。', '2021-05-01')[0]?.[0]).not.toBe('person:kishi-nobusuke');
    expect(ids('吉田報道官が説明した。', '2015-05-01')[0]?.[0]).not.toBe('person:yoshida-shigeru');
    expect(ids('吉田報道官が説明した。')[0]?.[0]).not.toBe('person:yoshida-shigeru');
  });

  it('never gives a vice-minister the name of a prime minister who shared his family name', () => {
    expect(ids('ズン次官から、謝意が述べられた。', '2019-05-01')[0]?.[0]).not.toBe('person:nguyen-tan-dung');
    expect(ids('ズン首相から、謝意が述べられた。', '2010-05-01')[0]?.[0]).toBe('person:nguyen-tan-dung');
  });

  it('never gives a Japanese vice-minister or parliamentary secretary the name of a foreign minister of his surname', () => {
    for (const office of ['外務副大臣', '外務大臣政務官', '外務事務次官']) {
      expect(ids(`玄葉${office}から、謝意が述べられた。`, '2019-05-01')[0]?.[0], office).not.toBe('person:gemba-koichiro');
    }
    // A deputy prime minister is an office a minister holds as well: still the lexicon's man in his term.
    expect(ids('ミン副首相から、謝意が述べられた。', '2015-05-01')[0]?.[0]).toBe('person:pham-binh-minh');
    expect(ids('玄葉外務大臣から、謝意が述べられた。', '2012-05-01')[0]?.[0]).toBe('person:gemba-koichiro');
  });
});

describe('the country a Japanese office gives', () => {
  it('makes a kanji name with 副大臣 or 政務官 Japanese', () => {
    const [vice] = clusterPeople(findPersonMentions('山川一郎副大臣は、表敬を受けた。'), null);
    const [parl] = clusterPeople(findPersonMentions('川田次郎政務官から、謝意が述べられた。'), null);
    expect([vice?.country, parl?.country]).toEqual(['JPN', 'JPN']);
  });
});

describe('royal names with a regnal number', () => {
  it('joins 「<name>2世国王」 and 「<name>国王」 to the full name that begins with them', () => {
    const people = ids('訪日中のアルファ2世・イブン・ベータ・ガンマ国王陛下と会談した。アルファ2世国王から謝意が述べられた。アルファ国王は、…と述べた。');
    expect(people).toHaveLength(1);
    expect(people[0]![1]).toEqual(expect.arrayContaining(['アルファ2世・イブン・ベータ・ガンマ', 'アルファ2世', 'アルファ']));
  });
});

describe('a surname held at different ranks', () => {
  it('keeps 金委員長 apart from 金大中大統領 and from the lexicon\'s leader of that surname', () => {
    const people = ids('金委員長が誠意ある対応を行った。金大中大統領の包容政策への支持を伝えた。', '2002-09-17');
    expect(people).toHaveLength(2);
    // 委員長 shortens the office of the lexicon's 金正日 of that year (国防委員長).
    const chairman = people.find(([, names]) => (names as string[]).includes('金'));
    expect(chairman?.[0]).toBe('person:kim-jong-il');
    expect(people.find(([, names]) => (names as string[]).includes('金大中'))?.[0]).toBe('person:kim-dae-jung');
  });
});

describe('a leader is not a lexicon person known only below that rank', () => {
  it('does not make ケネディ大統領 the lexicon\'s ambassador of that surname, and joins him to his full name with an initial', () => {
    const people = ids('ジョン・F.ケネディ大統領と会談した。ケネディ大統領から謝意が述べられた。', '1962-05-01');
    expect(people).toHaveLength(1);
    expect(people[0]![0]).not.toBe('person:kennedy-caroline');
  });
});

describe('Arabic names with the father\'s name (ビン, イブン)', () => {
  const cluster = (text: string, short: string) => ids(text).find(([, names]) => (names as string[]).includes(short))?.[1];

  it('shortens a name that ends with the father\'s name to the given name, never to the father\'s', () => {
    // ゼータ国王 is the king (given name ゼータ), not the minister whose father is ゼータ.
    const text = 'ゼータ・ビン・イータ・アール・シータ・カタール国首長と会談した。イプシロン・ビン・ゼータ・エネルギー大臣が同席した。ゼータ首長から、謝意が述べられた。';
    expect(cluster(text, 'ゼータ')).toContain('ゼータ・ビン・イータ・アール・シータ');
    expect(cluster(text, 'ゼータ')).not.toContain('イプシロン・ビン・ゼータ');
  });

  it('still shortens a name with a family name after the father\'s to the family name', () => {
    const text = 'カッパ・ビン・ラムダ・アル・ミュー・オマーン国宮内省顧問と会談した。ミュー顧問から、謝意が述べられた。';
    expect(cluster(text, 'ミュー')).toContain('カッパ・ビン・ラムダ・アル・ミュー');
  });
});

describe('a former office (元/前) on the page', () => {
  it('names someone who held it before the date, not the namesake in another office then', () => {
    expect(ids('小泉総理より、福田官房長官の訪中が成功した旨述べた。温総理より、条約は福田元総理の在任中に締結された旨述べた。', '2003-08-11'))
      .toEqual(expect.arrayContaining([['person:fukuda-yasuo', ['福田', '福田康夫']], ['person:fukuda-takeo', ['福田', '福田赳夫']]]));
  });

  it('keeps one person whose former office it was (森前総理 on a page of 2003)', () => {
    expect(ids('小泉総理より、森前総理の訪中に言及した旨述べた。', '2003-08-11')).toEqual(expect.arrayContaining([['person:mori-yoshiro', ['森', '森喜朗']]]));
  });
});

/** A page of one lead and one numbered point, extracted whole; its people by name. */
async function leadAndPoint(date: string, lead: string, point: string) {
  const { extractDocument } = await import('../../src/pipeline.js');
  const result = await extractDocument({ source: 'genre-identity', text: ['外務省', '', date, '', ` ${lead}`, '', `  1. ${point}`, ''].join('\n') });
  const mentionsOf = (person: (e: { name: string; mentions: Array<{ text: string }> }) => boolean) =>
    result.entities.find((e) => e.type === 'Person' && person(e))?.mentions.map((m) => m.text);
  return { result, mentionsOf };
}

describe('an office the title places in a country', () => {
  it('never gives 衆議院議長 (Japan\'s) to a foreign speaker, nor a named country\'s office to another country\'s holder', async () => {
    const { mentionsOf } = await leadAndPoint('令和元年10月11日',
      '本11日、山田一郎内閣総理大臣は衆議院議長の招へいにより訪日中のアルファ・ベータ・チリ共和国下院議長と会談を行いました。',
      'ベータ下院議長から、ペルー大統領の訪日にも触れつつ、協力に感謝する旨述べました。');
    expect(mentionsOf((e) => e.name.includes('ベータ'))).not.toContain('衆議院議長');
    expect(mentionsOf((e) => e.name.includes('ベータ'))).not.toContain('ペルー大統領');
  });
});

describe('a deputy\'s office named alone', () => {
  it('does not give 「首相府次官等同席」 to a minister already named, who shares only the role', async () => {
    const { mentionsOf } = await leadAndPoint('令和元年8月5日',
      '5日、山田一郎外務大臣は、アルファ・ベータ・フィジー共和国首相を表敬しました(フィジー側から,首相府次官等同席)。',
      '山田大臣から、協力に感謝する旨述べました。');
    expect(mentionsOf((e) => e.name.startsWith('山田'))).not.toContain('首相府次官');
  });
});

describe('offices in brackets after a named person', () => {
  it('gives 「ベータ国王(首相兼国防相兼外相)」 to the king, not to a foreign minister named before', async () => {
    const { mentionsOf } = await leadAndPoint('令和5年10月9日',
      '9日、ブルネイを訪問中の山田一郎外務大臣は、アルファ・ベータ国王(首相兼国防相兼外相)への拝謁を行いました。',
      '山田大臣から、協力に感謝する旨述べました。');
    expect(mentionsOf((e) => e.name.includes('ベータ'))).toContain('首相兼国防相兼外相');
  });
});

describe('a surname given only an office of no rank', () => {
  it('is not the lexicon\'s minister or prime minister of that surname, so the official the lexicon lists is left (田中外務審議官 in 2004)', () => {
    expect(ids('日本側からは、田中外務審議官が同席した。', '2004-06-09').map(([id]) => id)).toEqual(['person:tanaka-hitoshi']);
  });
});

describe('an official the lexicon lists without dated offices', () => {
  it('is named by his surname alone only inside his years in service', () => {
    // The lexicon lists 田中均 (in the Foreign Ministry until 2005) with no dated office.
    expect(ids('田中アジア大洋州局長が同席した。', '2002-10-27')[0]?.[0]).toBe('person:tanaka-hitoshi');
    expect(ids('田中アジア大洋州局長が同席した。', '2024-03-05')[0]?.[0]).not.toBe('person:tanaka-hitoshi');
    // A full name is evidence enough on any date.
    expect(ids('田中均外務審議官が同席した。', '2024-03-05')[0]?.[0]).toBe('person:tanaka-hitoshi');
  });
});

describe('a surname that ends where a bureau\'s name could begin', () => {
  it('reads 「田中南米課長」 as 田中 of the South America Division, not 田 of a 中南米課', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const text = ['日・ペルー外相会談', '', '令和6年3月5日', '',
      ' 3月5日、山田一郎外務大臣は、訪日中のアルファ・ベータ・ペルー共和国外務大臣と外相会談を行いました。', '',
      '1 山田大臣から、訪日を歓迎しました。', '(参考)会談には、日本側から田中南米課長が同席した。', ''].join('\n');
    const result = await extractDocument({ source: 'department', text });
    const names = result.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(names).toContain('田中');
    expect(names).not.toContain('田');
    const tanaka = result.meetings[0]!.participants.find((p) => result.entities.find((e) => e.id === p.entity)?.name === '田中');
    expect(tanaka?.country).toBe('JPN');
  });
});

describe('the id of a kind of talks between one pair', () => {
  it('is one however the page sets the dot (日・ケニア / 日ケニア) or orders 電話 and 外相', async () => {
    const { idName } = await import('../../src/resolve/entities.js');
    expect(idName('Event', '日・ケニア首脳会談')).toBe(idName('Event', '日ケニア首脳会談'));
    expect(idName('Event', '日米電話外相会談')).toBe(idName('Event', '日米外相電話会談'));
    expect(idName('Event', '日・EU定期首脳協議')).toBe('日EU定期首脳協議');
    // A dot inside a list of partners stays: 日・ASEAN・メコン is not 日ASEAN・メコン.
    expect(idName('Event', '日・米・豪外相会談')).toBe('日・米・豪外相会談');
  });

  it('is one whether the partner is written in full or in its one-character form (日・フランス / 日仏, 日・ロシア / 日ロ / 日露)', async () => {
    const { idName } = await import('../../src/resolve/entities.js');
    expect(new Set(['日・フランス首脳会談', '日フランス首脳会談', '日仏首脳会談'].map((n) => idName('Event', n)))).toEqual(new Set(['日仏首脳会談']));
    expect(new Set(['日・ロシア外相会談', '日ロ外相会談', '日露外相会談'].map((n) => idName('Event', n)))).toEqual(new Set(['日露外相会談']));
    // A partner with no such form keeps its name; two partners (日中韓) are no one partner.
    expect(idName('Event', '日・ケニア首脳会談')).toBe('日ケニア首脳会談');
    expect(idName('Event', '日中韓首脳会議')).toBe('日中韓首脳会議');
  });

  it('makes a page\'s title and lead, which name its talks each way, one event', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const text = ['日・フランス首脳会談', '', '令和5年3月14日', '', ' 3月14日、山田太郎内閣総理大臣は、アルファ・ベータ・フランス共和国大統領との間で日仏首脳会談を行いました。', ''].join('\n');
    const result = await extractDocument({ source: 'pair-forms', text });
    expect(result.entities.filter((e) => e.type === 'Event').map((e) => [e.id, e.mentions.length])).toEqual([['event:日仏首脳会談', 2]]);
  });
});

describe('a family name of three characters alone', () => {
  it('keeps 「長谷川局長」 local to its page (one dictionary word), and 「山田太郎局長」 a name across pages', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const page = (name: string) => extractDocument({
      source: 'surname', text: ['日・アルファ外相会談', '', '令和5年3月14日', '', ` 3月14日、岸田文雄外務大臣は、ガンマ・デルタ・チリ外務大臣と外相会談を行いました(${name}アジア大洋州局長同席)。`, '', '1 岸田大臣から、協力を深めたい旨述べました。', ''].join('\n'),
    });
    const idOf = async (name: string) => (await page(name)).entities.find((e) => e.type === 'Person' && e.name === name)?.id;
    expect(await idOf('長谷川')).toMatch(/^person:長谷川@/u);
    expect(await idOf('山田太郎')).toBe('person:山田太郎');
  });
});
