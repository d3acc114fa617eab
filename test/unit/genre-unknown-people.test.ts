// People the lexicon does not know: every name on these pages is invented, so what the extractor finds it
// finds from the genre (titles, the page's pair of countries, Japan as one side), as on a page about
// people who took office after the lexicon was written.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import type { ExtractionResult } from '../../src/types.js';

function page(title: string, lead: string, ...points: string[]): Promise<ExtractionResult> {
  const text = [title, '', '令和5年3月14日', '', ` ${lead}`, '', ...points, ''].join('\n');
  return extractDocument({ source: 'genre-unknown-people', text });
}

const principals = (result: ExtractionResult) =>
  result.meetings[0]!.participants.filter((p) => p.role === 'principal').map((p) => `${p.title}/${p.country}`).sort();

describe('people the lexicon does not know', () => {
  it('finds the speaker after a numbering in parentheses (kuromoji reads ASCII brackets as nouns)', async () => {
    const result = await page('日韓首脳会談', '3月14日、山田一郎内閣総理大臣は、韓国の桑原敏夫大統領と首脳会談を行いました。',
      '(1)桑原大統領より、支援に感謝している旨述べました。',
      '(2)山田総理より、協力を強化したい旨述べました。');
    expect(result.statements.map((s) => s.speakers.length)).toEqual([1, 1]);
    expect(result.statements[0]!.speakers[0]).toMatch(/桑原/u);
  });

  it('gives a kanji name its country when the country and の stand before it', async () => {
    // The title names no country: only 中国の says whose premier he is.
    const result = await page('首脳会談', '3月14日、山田一郎内閣総理大臣は、中国の浅野健一国務院総理と首脳会談を行いました。',
      '1 浅野総理から、両国関係の改善を歓迎する旨述べました。');
    expect(principals(result)).toEqual(['内閣総理大臣/JPN', '国務院総理/CHN']);
  });

  it('does not take a premier for Japanese because the page also calls him 総理', async () => {
    const result = await page('日中首脳会談', '3月14日、山田一郎内閣総理大臣は、浅野健一国務院総理と首脳会談を行いました。',
      '1 浅野総理から、両国関係の改善を歓迎する旨述べました。');
    expect(principals(result)).toEqual(['内閣総理大臣/JPN', '国務院総理/CHN']);
  });

  it('gives a president with a kanji name the country of the page\'s pair', async () => {
    const result = await page('日韓首脳会談', '3月14日、山田総理は、桑原敏夫大統領と首脳会談を行いました。',
      '1 桑原大統領から、両国関係の改善を歓迎する旨述べました。');
    expect(principals(result)).toEqual(['大統領/KOR', '総理/JPN']);
  });

  it('takes the other principal of a foreign one for Japan\'s', async () => {
    const result = await page('日英外相会談', '3月14日、ロンドンを訪問中の真鍋大臣は、モルネ外相と会談を行いました。',
      '1 真鍋大臣より、協力を強化したい旨述べました。');
    expect(principals(result)).toEqual(['外相/GBR', '大臣/JPN']);
  });

  it('keeps a surname the sentence makes a common noun (桑原 after 及び)', async () => {
    const result = await page('日英首脳会談', '3月14日、片岡健一内閣総理大臣は、ロベルタ英国首相と首脳会談を行いました。本会談には、日本側から野沢外務大臣及び桑原内閣官房副長官等が同席しました。',
      '1 片岡総理から、協力を強化したい旨述べました。');
    expect(result.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toContain('桑原');
  });

  it('starts a name after a time word glued to it (本日片岡総理, 5年間片岡総理)', async () => {
    const result = await page('日英首脳会談', '3月14日、片岡健一内閣総理大臣は、ロベルタ英国首相と首脳会談を行いました。',
      '1 ロベルタ首相から、5年間片岡総理との間で協力を深めてきた旨述べ、本日片岡総理と会談できて嬉しい旨述べました。');
    const names = result.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(names).not.toContain('年間片岡');
    expect(names).not.toContain('本日片岡');
    expect(result.entities.find((e) => e.name === '片岡健一')!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['片岡総理']));
  });

  it('places the counterpart of a trip\'s talk in the country the trip went to, named formally', async () => {
    const text = ['山田外務大臣政務官のパラオ共和国訪問', '', '令和5年1月20日', '',
      ' 1月18日から20日まで、山田一郎外務大臣政務官は、パラオ共和国を訪問したところ、概要以下のとおりです。', '',
      '1 モルネ大統領との会談', '大統領就任式に先立ち、山田政務官はロベルタ・モルネ大統領と会談しました。', '山田政務官から、祝意を表明しました。', ''].join('\n');
    const result = await extractDocument({ source: 'genre-unknown-people', text });
    expect(principals(result)).toEqual(['外務大臣政務官/JPN', '大統領/PLW']);
  });

  it('reads 相 for 大臣 in a minister\'s office', async () => {
    const result = await page('日英外相電話会談', '3月14日、真鍋外務大臣は、カザレス・ソラーノ英国外務・英連邦相と電話会談を行いました。',
      '1 ソラーノ大臣より、就任の挨拶がありました。');
    expect(principals(result)).toEqual(['外務・英連邦相/GBR', '外務大臣/JPN']);
  });
});

describe('a visit written 訪+one character', () => {
  it('places a counterpart with a kanji name in the country 訪韓 names', async () => {
    const result = await page('首脳会談', '15日、訪韓した山田一郎内閣総理大臣は、真鍋敏夫大統領との間で首脳会談を行いました。',
      '1 真鍋大統領より、両国関係の発展を歓迎する旨述べました。');
    expect(principals(result)).toEqual(['内閣総理大臣/JPN', '大統領/KOR']);
  });
});

describe('the head of a body the lexicon does not know', () => {
  it('reads name, body and office apart (ガンマ・デルタ西方開発機構(WDO)事務局長)', async () => {
    const result = await page('会談', '3月14日、山田一郎外務大臣は、ガンマ・デルタ西方開発機構(WDO)事務局長と会談を行いました。',
      '1 デルタ事務局長から、日本の協力に謝意を表明しました。');
    expect(result.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(expect.arrayContaining(['ガンマ・デルタ']));
    expect(result.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual(['西方開発機構']);
  });
});

describe('a surname that is also a word for a place', () => {
  it('keeps 松原大臣 and 山上大臣 as people (the dictionary reads 松原 as a pine grove), and 共同議長 as no one', async () => {
    const result = await page('日英外相会談', '3月14日、松原一郎外務大臣は、ロベルタ英国外務・英連邦大臣と会談を行いました。',
      '1 松原大臣より、協力を強化したい旨述べました。', '2 ロベルタ大臣より、山上経済産業大臣の訪英を歓迎する旨述べ、共同議長として会合を主催したい旨述べました。');
    const people = result.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['松原一郎', '山上']));
    expect(people).not.toContain('共同');
    expect(result.statements[0]!.speakers).toEqual(['person:松原一郎']);
  });
});

describe('a page that names no country for the counterpart', () => {
  it('places him in the country the page pairs with Japan (日中関係, 日中間)', async () => {
    const result = await page('外務省・新着情報', '11月18日、辻一郎外務大臣は、王明国務委員兼外交部長と電話会談を行いました。',
      '1 辻大臣から、日中関係の安定的な発展が重要である旨述べました。', '2 王国務委員から、日中間の対話を続けたい旨述べました。');
    expect(principals(result)).toEqual(['国務委員兼外交部長/CHN', '外務大臣/JPN']);
  });
});

describe('a space between surname and given name', () => {
  it('joins 「辻　一郎外務大臣」 into one name, and a surname the page uses before a title elsewhere', async () => {
    const result = await page('日英外相会談', '3月14日、訪英中の辻　一郎外務大臣は、ロベルタ英国外務・英連邦大臣と会談を行いました。北浜 二郎外務副大臣が同席しました。',
      '1 辻大臣より、協力を強化したい旨述べました。', '2 北浜副大臣より、補足しました。');
    const people = result.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['辻一郎', '北浜二郎']));
    expect(people).not.toContain('一郎');
    expect(people).not.toContain('二郎');
  });

  it('does not join a word that is no surname (日本側 山田外務大臣)', async () => {
    const result = await page('日英外相会談', '3月14日、山田一郎外務大臣は、ロベルタ英国外務・英連邦大臣と会談を行いました。同席者は日本側 山田外務大臣ほか。',
      '1 山田大臣より、協力を強化したい旨述べました。');
    expect(result.entities.filter((e) => e.type === 'Person').map((e) => e.name)).not.toContain('日本側山田');
  });
});

describe('a minister\'s portfolio between the name and 大臣', () => {
  const people = async (lead: string) => {
    const result = await page('会談', lead, '1 両者は、協力を強化することで一致しました。');
    return result.entities.filter((e) => e.type === 'Person').map((e) => `${e.name}|${e.mentions.map((m) => m.text).join(',')}`);
  };

  it('reads a katakana portfolio after a kanji surname as the office (河野デジタル大臣)', async () => {
    expect(await people('3月14日、浅野デジタル大臣は、ロベルタ・ベネシュ大臣と会談を行いました。')).toEqual(expect.arrayContaining(['浅野|浅野デジタル大臣']));
  });

  it('cuts the matter of a 担当大臣 from the name (片岡経済安全保障担当大臣)', async () => {
    expect(await people('3月14日、片岡経済安全保障担当大臣は、ロベルタ・ベネシュ大臣と会談を行いました。')).toEqual(expect.arrayContaining(['片岡|片岡経済安全保障担当大臣']));
  });

  it('reads a foreign ministry nobody listed between a katakana name and the office (外務・貿易省次官, 貿易省次官)', async () => {
    expect(await people('3月14日、山田一郎外務審議官は、ロベルタ・ベネシュ外務・貿易省次官と会談を行いました。')).toEqual(expect.arrayContaining(['ロベルタ・ベネシュ|ロベルタ・ベネシュ外務・貿易省次官']));
    expect(await people('3月14日、山田一郎外務審議官は、ロベルタ・ベネシュ貿易省次官と会談を行いました。')).toEqual(expect.arrayContaining(['ロベルタ・ベネシュ|ロベルタ・ベネシュ貿易省次官']));
    expect(await people('3月14日、山田一郎外務審議官は、ロベルタ・ベネシュ外務・ディアスポラ省首席次官と会談を行いました。')).toEqual(expect.arrayContaining(['ロベルタ・ベネシュ|ロベルタ・ベネシュ外務・ディアスポラ省首席次官']));
  });

  it('keeps a country\'s presidential office between name and office the person\'s (フィリピン大統領府報道官)', async () => {
    const result = await page('会談', '3月14日、山田一郎外務報道官は、ガンマ・デルタ・フィリピン大統領府報道官と会談を行いました。', '1 両者は、協力を強化することで一致しました。');
    expect(result.entities.find((e) => e.name === 'ガンマ・デルタ')?.country).toBe('PHL');
  });
});

describe('an ambassador resident in Tokyo', () => {
  it('reads 在京 before the country as the posting, like 駐日, and an embassy (大使館) as no one', async () => {
    const result = await page('表敬', '3月14日、山田一郎外務大臣は、ガンマ・デルタ在京ケニア大使の表敬を受けました。',
      '1 デルタ大使から、新しい在日ケニア大使館の開所式に祝意が述べられました。');
    const people = result.entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name)).toEqual(expect.arrayContaining(['ガンマ・デルタ']));
    expect(people.map((e) => e.name)).not.toContain('在京');
    expect(people.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('在日ケニア大使');
  });
});

describe('the office\'s tense before the country', () => {
  it('finds the name before 元 or 次期 and the country (ガンマ・デルタ元ケニア大統領)', async () => {
    for (const tense of ['元', '次期']) {
      const result = await page('会談', `3月14日、山田一郎外務大臣は、ガンマ・デルタ${tense}ケニア大統領と会談を行いました。`, '1 両者は、協力を強化することで一致しました。');
      expect(result.entities.find((e) => e.name === 'ガンマ・デルタ')?.country).toBe('KEN');
    }
  });
});

describe('a person named by a title with his own name in parentheses', () => {
  it('is one person under both names (「ベータ公爵殿下(アルファ王子)」)', async () => {
    const result = await page('日英外相会談', '3月14日、山田一郎外務大臣は、ガンマ・デルタ英国外務大臣と会談を行いました。',
      '1 山田大臣から、記念行事にベータ公爵殿下(アルファ王子)の御臨席を賜ったことに御礼を述べました。');
    const people = result.entities.filter((e) => e.type === 'Person' && e.mentions.some((m) => /ベータ|アルファ/u.test(m.text)));
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['ベータ公爵殿下', 'アルファ王子']);
  });
});

describe('officials listed with their bureau or department', () => {
  it('reads the name up to the department, whether persons.ts lists it or not, and 部長 after a department as an official', async () => {
    const result = await page('日・ケニア外相会談', '3月14日、林芳正外務大臣は、来日中のベータ・ガンマ・ケニア共和国外務大臣と外相会談を行いました。',
      '【同席者】', '日本側:山田太郎アジア大洋州局長/佐藤花子南部アジア部長/鈴木一郎南西アジア課長/高橋次郎対外連携室長/岡野正敬参事官',
      '1 林大臣から、両国関係の強化を歓迎する旨述べました。');
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings[0]!.participants.filter((p) => p.role === 'delegation').map((p) => name(p.entity))).toEqual(['山田太郎', '佐藤花子', '鈴木一郎', '高橋次郎', '岡野正敬']);
  });
});

describe('an attendee list written office first, or in Latin letters', () => {
  const lead = '3月14日、山田一郎外務大臣は、訪日中のアルファ・ベータ・ケニア共和国外務大臣と会談を行ったところ、概要は以下のとおりです。';
  const delegation = async (...lines: string[]) => {
    const result = await page('日・ケニア外相会談', lead, ...lines, '1　山田大臣から、歓迎する旨述べました。');
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name;
    return result.meetings[0]!.participants.filter((p) => p.role === 'delegation').map((p) => [name(p.entity), p.title, p.country]);
  };

  it('seats 「アフリカ部長 鈴木太郎」 and 「大使 山田花子(駐ケニア大使)」 on their side, and 「Mr. John Doe(駐日ケニア大使)」 on his', async () => {
    expect(await delegation('(同席者)', '日本側:アフリカ部長 鈴木太郎、大使 山田花子(駐ケニア大使)', 'ケニア側:Mr. John Doe(駐日ケニア大使)')).toEqual([
      ['鈴木太郎', 'アフリカ部長', 'JPN'], ['山田花子', '大使', 'JPN'], ['John Doe', '駐日ケニア大使', 'KEN'],
    ]);
  });

  it('reads no one from an office and a word after a space outside such a list', async () => {
    const result = await page('外務大臣 談話', lead, '外務大臣 談話', '1　山田大臣から、歓迎する旨述べました。');
    expect(result.entities.filter((e) => e.type === 'Person').map((e) => e.name)).not.toContain('談話');
  });
});

describe('a company between a name and its office', () => {
  it('makes no person of the company\'s name or its tail (トヨタ自動車社長, 日立製作所会長), and keeps a surname a company shares (三井)', async () => {
    const result = await page('会談', ' 3月14日、山田一郎内閣総理大臣は、ジョン・スミス・トヨタ自動車社長及びジェーン・ドウ・日立製作所会長の表敬を受けました。',
      '山田総理大臣から、三井外務副大臣の同席の下、歓迎の意を述べました。');
    const people = result.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).not.toContain('自動車');
    expect(people).not.toContain('日立製作所');
    expect(people).toContain('三井');
  });
});

describe('a word the dictionary reads as an organisation', () => {
  it('makes no person of the first portfolio of a list (「2012年に社会・保健相として訪日」)', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const text = ['会談', '', '令和5年3月14日', '', ' 3月14日、山田一郎外務大臣は、ガンマ・デルタ・チリ外務大臣と外相会談を行いました。', '', '1 山田大臣から、2012年に社会・保健相として訪日して以来の訪日を歓迎しました。', ''].join('\n');
    const result = await extractDocument({ source: 'organisation-word', text });
    expect(result.entities.filter((x) => x.type === 'Person').map((x) => x.name).sort()).toEqual(['ガンマ・デルタ', '山田一郎']);
  });
});
