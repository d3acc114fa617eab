// Genre rules for person mentions, each on a minimal sentence: a formal country name, an assembly or an
// institution between a name and a title, and the words that stand where a name would (各, 現, 共和国)
// never make a person.
import { describe, expect, it } from 'vitest';
import { findPersonMentions } from '../../src/extract/persons.js';
import { findCountry } from '../../src/lexicon/index.js';

const people = (sentence: string) => findPersonMentions(sentence).map((m) => [m.name, m.title?.text ?? null, m.country]);

describe('formal country names', () => {
  it('reads a short name followed by a formal suffix as the country', () => {
    expect(findCountry('セネガル共和国')?.iso3).toBe('SEN');
    expect(findCountry('ウルグアイ東方共和国')?.iso3).toBe('URY');
    expect(findCountry('オマーン国')?.iso3).toBe('OMN');
    expect(findCountry('共和国')).toBeUndefined();
    expect(findCountry('中国')?.iso3).toBe('CHN');
  });

  it('takes the formal name before a title as the person\'s country, never as a name', () => {
    expect(people('訪日中のアルファ・ベータ・セネガル共和国大統領と会談した。')).toEqual([['アルファ・ベータ', '大統領', 'SEN']]);
    expect(people('ガンマ・デルタ・パキスタン・イスラム共和国外務大臣と会談した。')).toEqual([['ガンマ・デルタ', '外務大臣', 'PAK']]);
    expect(people('イプシロン・モルディブ共和国外務担当国務大臣と')).toEqual([['イプシロン', '外務担当国務大臣', 'MDV']]);
  });

  it('keeps a formal name with words before its state word (社会主義共和国, 東方共和国) out of the title', () => {
    expect(people('アルファ・ベータ・ベトナム社会主義共和国外務大臣と会談した。')).toEqual([['アルファ・ベータ', '外務大臣', 'VNM']]);
    expect(people('ガンマ・デルタ・ウルグアイ東方共和国外務大臣と会談した。')).toEqual([['ガンマ・デルタ', '外務大臣', 'URY']]);
    expect(people('イプシロン・ラオス人民民主共和国外務大臣と')).toEqual([['イプシロン', '外務大臣', 'LAO']]);
  });

  it('reads a name whose end is a title\'s start (連邦 of アラブ首長国連邦 and 連邦大統領) as the country, and its acronym in brackets before the title', () => {
    expect(people('ガンマ・デルタ・アラブ首長国連邦大統領と会談した。')).toEqual([['ガンマ・デルタ', '大統領', 'ARE']]);
    expect(people('ガンマ・デルタ・アラブ首長国連邦(UAE)大統領と会談した。')).toEqual([['ガンマ・デルタ', '大統領', 'ARE']]);
  });
});

describe('a line break before a title', () => {
  it('takes no country from the line above a title (a heading 「(イ)ベータ」 then 「総理の…」)', () => {
    const mentions = findPersonMentions('- (イ)エル・サルヴァドル\n総理の中南米諸国歴訪を希望。');
    expect(mentions.map((m) => [m.title?.text ?? null, m.country, m.countrySpan])).toEqual([['総理', null, null]]);
    expect(mentions.every((m) => !'- (イ)エル・サルヴァドル\n総理'.slice(m.start, m.end).includes('\n'))).toBe(true);
  });
});

describe('the titles of a couple', () => {
  it('reads no person in 「国王王妃両陛下」 or 「大統領夫妻」 without a name, but keeps a named one (山田総理大臣夫妻)', () => {
    expect(people('ベルギー国王王妃両陛下の訪日を歓迎し、大統領夫妻主催晩餐会に出席した山田総理大臣夫妻は')).toEqual([['山田', '総理大臣', null]]);
  });
});

describe('offices written around a name', () => {
  it('keeps 第一 and 名誉 with the office, and a post in a city before the state it serves', () => {
    expect(people('アルファ・ベータ・チェコ共和国第一外務副大臣と')).toEqual([['アルファ・ベータ', '第一外務副大臣', 'CZE']]);
    // An honorary consul of Japan is a citizen of where he serves: 日本国 says whom he serves, not his country.
    expect(people('ガンマ・駐デルタ日本国名誉領事兼')).toEqual([['ガンマ', '駐デルタ日本国名誉領事', null]]);
  });

  it('reads the office\'s tense between a katakana name and its title (X次期議長)', () => {
    expect(people('アルファ=ベータ次期議長より、')).toEqual([['アルファ=ベータ', '議長', null]]);
    expect(people('アルファ=ベータEU次期欧州理事会議長と')).toEqual([['アルファ=ベータ', '欧州理事会議長', null]]);
  });

  it('reads a portfolio ending in 担当 after a katakana name, never swallowing a kanji name', () => {
    expect(people('アルファ国家安全保障問題担当大統領補佐官、')).toEqual([['アルファ', '国家安全保障問題担当大統領補佐官', null]]);
    expect(people('山田経済担当大臣と')[0]?.[0]).not.toBe('');
  });

  it('reads a Chinese name ending in katakana (王其シン) whole, but not a country abbreviation before a name', () => {
    expect(people('先方:王其シン副総理、李家セン外交部長他')).toEqual([['王其シン', '副総理', null], ['李家セン', '外交部長', null]]);
    expect(people('印シン首相と')).toEqual([['シン', '首相', null]]);
  });

  it('reads a minister\'s portfolios joined by ・ as one office, a state before them as his country', () => {
    expect(people('アルファ・ベータ防衛・国家安全保障・外務大臣(Hon.')).toEqual([['アルファ・ベータ', '防衛・国家安全保障・外務大臣', null]]);
    expect(people('ガンマ・デルタ高等教育・研究・イノベーション大臣を')).toEqual([['ガンマ・デルタ', '高等教育・研究・イノベーション大臣', null]]);
    expect(people('イプシロン・モロッコ王国外務・国際協力大臣(H.E.')).toEqual([['イプシロン', '外務・国際協力大臣', 'MAR']]);
  });

  it('reads 外審, the attendee lists\' short form of 外務審議官', () => {
    expect(people('日本側: 山田外審、川上北米局長')).toEqual([['山田', '外審', null], ['川上', '北米局長', null]]);
  });

  it('reads a foreign ministry\'s bureau as part of the office (外交部東北アジア局長)', () => {
    expect(people('李一男外交部東北アジア局長ほか')).toEqual([['李一男', '局長', null]]);
  });

  it('never takes a phrase holding a country, an office or an association for a name', () => {
    expect(people('(アルファ日本友好国会議員連盟会長)')).toEqual([]);
    // The host is a person; nothing of the meal's name (主催日・ベータ) is one.
    expect(people('山田外務大臣主催日・ベータ外相昼食会')).toEqual([['山田', '外務大臣', null]]);
  });

  it('takes a named holder before 主催, 就任 or 在任 for a person, and the office alone before them for none', () => {
    expect(people('アルファ前大統領主催晩餐会において')).toEqual([['アルファ', '前大統領', null]]);
    expect(people('山田大臣就任以来、8回目の会談')).toEqual([['山田', '大臣', null]]);
    expect(people('大統領主催晩餐会と外務大臣就任の祝意')).toEqual([]);
  });
});

describe('assemblies and institutions between a name and a title', () => {
  it('skips the house of an assembly and a parliamentary league (議連)', () => {
    expect(people('アルファ議連会長から、')).toEqual([['アルファ', '会長', null]]);
    expect(people('山川元衆議院議員が同席した。')).toEqual([['山川元', '議員', 'JPN']]);
    expect(people('山川一郎衆議院議長の招待により')).toEqual([['山川一郎', '衆議院議長', 'JPN']]);
    expect(people('ゼータ・エータ・フィンランド共和国国会議長と')).toEqual([['ゼータ・エータ', '議長', 'FIN']]);
  });

  it('skips a ministry preceded by its country and keeps that country', () => {
    expect(people('シータ・イオタ・オマーン国宮内省顧問と')).toEqual([['シータ・イオタ', '顧問', 'OMN']]);
  });
});

describe('words that are not names', () => {
  it('makes no person of a side or a place named before an office (同国外相, 先方大臣, 両国外相, 現地大使, 在京大使)', () => {
    for (const words of ['同国外相', '先方大臣', '両国外相', '現地大使', '在京大使']) expect(people(`${words}と会談した。`)).toEqual([]);
  });

  it('reads the portfolios of foreign cabinets written with 相 (保健相, 教育相, 法相) and 暫定首相, 首席閣僚 as offices', () => {
    for (const office of ['保健相', '教育相', '法相', '観光相', '暫定首相', '首席閣僚']) expect(people(`アルファ・ベータ${office}と会談した。`)).toEqual([['アルファ・ベータ', office, null]]);
  });

  it('reads 新 between a katakana name and its office as the office\'s tense (「ベータ新首相」)', () => {
    expect(people('ベータ新首相と会談した。')).toEqual([['ベータ', '首相', null]]);
  });

  it('makes no person of 各国大使, 議長国 or a party delegation', () => {
    expect(people('駐日各国大使を招いた。')).toEqual([]);
    expect(people('制裁委員会議長国であるカッパ')).toEqual([]);
    expect(people('ポーランド(現議長国)')).toEqual([]);
    expect(people('ラムダ党(LP)議員団と意見交換した。')).toEqual([]);
    expect(people('アラブ首長国連邦を訪問した。')).toEqual([]);
  });

  it('makes no person of a count of office holders (三外相, 二首脳, 5首脳)', () => {
    const named = (sentence: string) => people(sentence).filter(([name]) => name !== '');
    expect(named('三外相は、協力を進めることで一致した。')).toEqual([]);
    expect(named('二首脳及び5首脳の会合が開かれた。')).toEqual([]);
    expect(named('王外交部長と会談した。').map(([name]) => name)).toEqual(['王']);
  });

  it('takes no word of the sentence before a kanji name into it (その後, 一方, 今後)', async () => {
    // As extraction reads them: the run before a title, then the dictionary's reading of it (name-reading.ts).
    const { findMentions } = await import('../../src/extract/mentions.js');
    const { tokenLookup } = await import('../../src/nlp/tokenizer.js');
    const names = async (sentence: string) => findMentions(sentence, await tokenLookup(sentence)).persons.map((m) => m.name);
    expect(await names('また、その後山田大臣は、議会を視察した。')).toEqual(['山田']);
    expect(await names('一方山田大臣からは、支援を表明した。')).toEqual(['山田']);
    expect(await names('今後山田大臣は、両国を訪問する。')).toEqual(['山田']);
    expect(await names('後藤大臣は、議会を視察した。')).toEqual(['後藤']);
    expect(await names('本日山田大臣は、14日山田大臣から、')).toEqual(['山田', '山田']);
    // 貴 (you) and 同 (the one just named) after a word of time are references, as alone.
    expect((await names('今貴大臣が述べたことは、来年同大統領が訪日する。')).filter((name) => name !== '')).toEqual([]);
  });

  it('keeps a surname that opens with a word of tense (前田, 新藤, 元木), and still reads 前王外交部長 as 王', () => {
    const names = (sentence: string) => people(sentence).map(([name]) => name);
    expect(names('前田大臣、新藤大臣、元木大臣と会談した。')).toEqual(['前田', '新藤', '元木']);
    expect(names('前王外交部長と会談した。')).toEqual(['王']);
    expect(names('前山田大臣と会談した。')).toEqual(['山田']);
  });

  it('reads the president of the UN General Assembly (国連総会議長) as an office, and no name in an edition\'s number (第76回)', () => {
    expect(people('ガンマ国連総会議長と会談した。')).toEqual([['ガンマ', '国連総会議長', null]]);
    expect(people('第76回国連総会議長としての活躍').filter(([name]) => name !== '')).toEqual([]);
  });
});

describe('a generation after the family name', () => {
  it('keeps 「・Jr」 in the mention but not in the name (「アルファ・E・ベータ・Jr・パラオ共和国大統領」 is ベータ大統領)', () => {
    const sentence = 'アルファ・E・ベータ・Jr・パラオ共和国大統領と会談した。';
    const [m] = findPersonMentions(sentence);
    expect([m?.name, m?.country, sentence.slice(m!.start, m!.end)]).toEqual(['アルファ・E・ベータ', 'PLW', 'アルファ・E・ベータ・Jr・パラオ共和国大統領']);
    expect(people('アルファ・E・ベータ・Jr.・パラオ共和国大統領と会談した。')).toEqual([['アルファ・E・ベータ', '大統領', 'PLW']]);
  });
});

describe('regnal numbers', () => {
  it('keeps a regnal number inside a name as part of it', () => {
    expect(people('アルファ2世・ベータ・ガンマ国王陛下に拝謁した。')[0]?.[0]).toBe('アルファ2世・ベータ・ガンマ');
    expect(people('デルタ2世女王')[0]?.[0]).toBe('デルタ2世');
  });
});

describe('a person later named by an inner part of the full name', () => {
  const clustersOf = async (text: string) => {
    const { clusterPeople } = await import('../../src/resolve/people.js');
    return clusterPeople(findPersonMentions(text), null).map((c) => [...c.names].sort());
  };

  it('joins 「ガンマ大臣」 to 「アルファ・ガンマ・デルタ外務大臣」 (a double surname, family name first)', async () => {
    expect(await clustersOf('山田外務大臣は、アルファ・ガンマ・デルタ・チリ共和国外務大臣と会談した。ガンマ大臣から、謝意が述べられた。'))
      .toEqual(expect.arrayContaining([['アルファ・ガンマ・デルタ', 'ガンマ'].sort()]));
  });

  it('leaves the short name alone when two people on the page share that part', async () => {
    const clusters = await clustersOf('アルファ・ガンマ・デルタ外務大臣及びベータ・ガンマ・イプシロン大使と会談した。ガンマ大臣から、謝意が述べられた。');
    expect(clusters).toEqual(expect.arrayContaining([['ガンマ']]));
  });

  it('leaves an envoy apart from a president whose middle name he bears (「アルファ・ガンマ・デルタ大統領」「ガンマ駐米大使」)', async () => {
    const clusters = await clustersOf('山田総理大臣は、アルファ・ガンマ・デルタ・チリ共和国大統領と会談した。出席者はガンマ駐米大使ほか。');
    expect(clusters).toEqual(expect.arrayContaining([['アルファ・ガンマ・デルタ'], ['ガンマ']]));
  });
});

describe('an international organisation between name and title', () => {
  it('skips the organisation, with or without its acronym in parentheses', () => {
    expect(people('イプシロン・ゼータ国際原子力機関(IAEA)事務局長と会談した。')).toEqual([['イプシロン・ゼータ', '事務局長', null]]);
    expect(people('イプシロン・ゼータ国際原子力機関事務局長と会談した。')).toEqual([['イプシロン・ゼータ', '事務局長', null]]);
  });
});

describe('words of a title that are no name', () => {
  it('never makes a person of 人 (在外モロッコ人大臣) or 第一 (内閣官房第一副長官)', () => {
    expect(people('アルファ在外モロッコ人大臣と会談した。').map(([name]) => name)).not.toContain('人');
    expect(people('ベータ・モンゴル内閣官房第一副長官と会談した。').map(([name]) => name)).not.toContain('第一');
  });
});

describe('a second office after 兼 that lists portfolios', () => {
  it('keeps 副首相兼外務・移民大臣 one title of one person, a foreign minister\'s', () => {
    const found = findPersonMentions('上川大臣は、アルファ・ベータ・ヨルダン副首相兼外務・移民大臣と会談した。');
    expect(found.map((m) => [m.name, m.title?.text, m.title?.role, m.country])).toEqual([
      ['上川', '大臣', 'minister', null],
      ['アルファ・ベータ', '副首相兼外務・移民大臣', 'foreign_minister', 'JOR'],
    ]);
  });
});

describe('an office nobody listed before 兼 and a katakana name', () => {
  it('reads 首席閣僚兼外務大臣 as one title, a foreign minister\'s, though 首席 opens like a department word', () => {
    const found = findPersonMentions('上川大臣は、アルファ・ベータ首席閣僚兼外務大臣と会談した。');
    expect(found.map((m) => [m.name, m.title?.text, m.title?.role])).toEqual([
      ['上川', '大臣', 'minister'],
      ['アルファ・ベータ', '首席閣僚兼外務大臣', 'foreign_minister'],
    ]);
  });
});

describe('a Chinese official\'s party office before his post', () => {
  it('keeps 中国共産党中央政治局委員兼外交部長 one title, and a run ending in 兼 never a name', () => {
    expect(people('上川大臣は、王毅中国共産党中央政治局委員兼外交部長と会談した。')).toEqual([['上川', '大臣', null], ['王毅', '中国共産党中央政治局委員兼外交部長', 'CHN']]);
    // An office nobody listed before 兼: its words are never taken for a name.
    expect(people('上川大臣は、張三党中央書記処書記兼外交部長と会談した。')).toEqual([['上川', '大臣', null]]);
  });

  it('reads a party\'s central department between the party and the office (中国共産党中央対外連絡部長) as his body, not his name', () => {
    expect(people('上川大臣は、張三中国共産党中央対外連絡部長と会談した。')).toEqual([['上川', '大臣', null], ['張三', '部長', 'CHN']]);
  });
});

describe('a foreign portfolio nobody listed', () => {
  it('reads the kanji after a katakana name up to 大臣 or 長官 as the office, never a country', () => {
    expect(people('ベータ・ガンマ農業大臣が同席した。')).toEqual([['ベータ・ガンマ', '農業大臣', null]]);
    expect(people('ベータ・ガンマ青年スポーツ大臣が同席した。')).toEqual([['ベータ・ガンマ', '青年スポーツ大臣', null]]);
    expect(people('ガンマ米国務長官と会談した。')).toEqual([['ガンマ', '国務長官', 'USA']]);
  });
});

describe('a place or a state before the office', () => {
  it('reads a portfolio list after a state\'s formal name, and never a region as a name', () => {
    expect(people('アルファ・ベータ・モロッコ王国外務・アフリカ協力・在外モロッコ人大臣と会談した。'))
      .toEqual([['アルファ・ベータ', '外務・アフリカ協力・在外モロッコ人大臣', 'MAR']]);
    expect(people('アルファ・モロッコ王国農業大臣と')).toEqual([['アルファ', '農業大臣', 'MAR']]);
    expect(people('アフリカ協力大臣と')).toEqual([]);
  });

  it('leaves a known city written as the last part before a title out of the name', () => {
    expect(people('アルファ・ビン・ベータ・アブダビ皇太子と')).toEqual([['アルファ・ビン・ベータ', '皇太子', null]]);
  });

  it('leaves the place a governor or a mayor governs out of the name, the office\'s tense too, and gives him its country', () => {
    expect(people('山田一郎東京都知事と')).toEqual([['山田一郎', '知事', 'JPN']]);
    expect(people('鈴木二郎前大阪府知事と')).toEqual([['鈴木二郎', '知事', 'JPN']]);
    expect(people('アルファ・ベータ前ニューヨーク市長と')).toEqual([['アルファ・ベータ', '市長', 'USA']]);
    // An office of no place stays as it was: the name is the run before it.
    expect(people('山田一郎知事と')).toEqual([['山田一郎', '知事', null]]);
  });
});

describe('the English name and office in parentheses', () => {
  it('reads past a long English parenthesis between the name and the country\'s title', () => {
    expect(people('訪日中のアルファ・ベータ(Mr. Alpha BETA, Vice Minister, Ministry of Foreign Affairs of the Oriental Republic of Uruguay)ウルグアイ東方共和国外務次官の表敬を受けた。'))
      .toEqual([['アルファ・ベータ', '外務次官', 'URY']]);
  });
});

describe('an organisation and its organ between name and title', () => {
  it('reads past 「アフリカ連合(AU)委員会」 and the separator before an organisation', () => {
    expect(people('アルファ・ベータ・アフリカ連合(AU)委員会委員長と会談した。')).toEqual([['アルファ・ベータ', '委員長', null]]);
    expect(people('アルファ・ベータ・世界銀行総裁と会談した。')).toEqual([['アルファ・ベータ', '総裁', null]]);
  });

  it('reads a portfolio holding 国 (国際関係協力大臣) after a state\'s formal name', () => {
    expect(people('アルファ・ベータ・ボツワナ共和国国際関係協力大臣と')).toEqual([['アルファ・ベータ', '国際関係協力大臣', 'BWA']]);
  });
});

describe('a country before the name', () => {
  it('gives a foreign name the country written before it with の (チリのアルファ・ベータ大統領)', () => {
    expect(people('チリのアルファ・ベータ大統領と会談した。')).toEqual([['アルファ・ベータ', '大統領', 'CHL']]);
    expect(people('チリ共和国のアルファ外務大臣と会談した。')).toEqual([['アルファ', '外務大臣', 'CHL']]);
  });
});

describe('a couple', () => {
  it('keeps the person of 「X大統領夫妻」', () => {
    expect(people('アルファ・ベータ・チリ共和国大統領夫妻と夕食会を行った。')).toEqual([['アルファ・ベータ', '大統領', 'CHL']]);
  });
});

describe('Japanese names with a given name in hiragana', () => {
  it('reads 「<surname><kana given name><title>」 at the start of a clause as one name', () => {
    expect(people('本日、山川さくら外務大臣政務官は、会談した。')).toEqual([['山川さくら', '外務大臣政務官', null]]);
  });

  it('takes no particle or verb ending for a given name', () => {
    expect(people('本日、東京において総理は').map(([name]) => name)).not.toContain('東京において');
    expect(people('会場には大臣が').map(([name]) => name)).not.toContain('会場には');
  });
});

describe('MOFA short and older country names', () => {
  it('reads マーシャル, ソロモン and クック as the island states in 「<name>・<country><title>」', () => {
    expect(people('アルファ・マーシャル大統領及びベータ・ソロモン首相と会談した。')).toEqual([['アルファ', '大統領', 'MHL'], ['ベータ', '首相', 'SLB']]);
  });

  it('knows the spellings of older pages (東チモール, エル・サルヴァドル, ニカラグァ)', () => {
    expect(['東チモール', 'エル・サルヴァドル', 'ニカラグァ'].map((n) => findCountry(n)?.iso3)).toEqual(['TLS', 'SLV', 'NIC']);
  });
});

describe('middle initials', () => {
  it('keeps 「・E・」 and 「F.」 inside a katakana name', () => {
    expect(people('アルファ・E・ベータ大統領及びガンマ・F.デルタ首相と会談した。').map(([name]) => name)).toEqual(['アルファ・E・ベータ', 'ガンマ・F.デルタ']);
  });
});

describe('an office named in general', () => {
  it('reads no person in 外相レベル, 外務大臣再任 or 「首脳、外相を含めた」', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const lead = ' 3月14日、午後2時から約30分間、山田太郎外務大臣は、アルファ・ベータ・チリ共和国外務大臣と外相会談を行ったところ、概要は以下のとおりです。';
    const text = ['外務省', '', '令和5年3月14日', '', lead, '', '  1. 山田大臣から、外相レベルを含め、首脳、外相を含めた両国間交流を進めたい旨述べ、ベータ外相から外務大臣再任への祝意が示された。', ''].join('\n');
    const result = await extractDocument({ source: 'office', text });
    const mentions = result.entities.filter((e) => e.type === 'Person').flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).not.toContain('外相');
    expect(mentions).not.toContain('外務大臣');
  });
});

describe('the office of a body before a title', () => {
  it('never reads 「…弁公室」「…事務局」 as a name, whether after 兼 or alone', () => {
    expect(people('山田外務大臣は、アルファ共産党中央政治局委員兼中央外事工作委員会弁公室主任と会談した。').map((p) => p[0])).toEqual(['山田']);
    expect(people('山田大臣は、ベータ・ガンマ中央外事工作委員会弁公室主任と会談した。').map((p) => p[0])).not.toContain('委員会弁公室');
    expect(people('山田大臣は、中央事務局主任と会談した。').map((p) => p[0])).toEqual(['山田']);
  });
});

describe('an office written before the name with の', () => {
  it('gives 「<country><title>の<name>閣下/氏」 the office and country, and makes no second, unnamed person', () => {
    expect(people('山田外務大臣は、訪日中のセネガル共和国外務大臣のアルファ・ベータ閣下と会談した。')).toEqual([['山田', '外務大臣', null], ['アルファ・ベータ', '外務大臣', 'SEN']]);
    expect(people('来日中のウルグアイ東方共和国大統領のガンマ・デルタ氏と会談した。')).toEqual([['ガンマ・デルタ', '大統領', 'URY']]);
  });

  it('reads an office the lexicon does not list after a country and its party (<country><party><office>の<name>氏)', () => {
    const [person] = findPersonMentions('訪日中のベトナム共産党上級幹部のイプシロン・ゼータ氏の表敬を受けた。');
    expect([person?.name, person?.title?.text, person?.country]).toEqual(['イプシロン・ゼータ', '上級幹部', 'VNM']);
  });

  it('makes the guest so written a principal of the talks the lead reports, with the country', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const text = ['日・セネガル外相会談', '', '令和5年3月14日', '', '3月14日、午後5時から約30分間、山田外務大臣は、訪日中のセネガル共和国外務大臣のアルファ・ベータ閣下と会談を行いました。', '', '1 ベータ大臣から、両国関係の強化を進めたい旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'genre-persons', text });
    const guest = result.entities.find((e) => e.name === 'アルファ・ベータ');
    expect(result.meetings[0]?.participants.find((p) => p.entity === guest?.id)).toMatchObject({ role: 'principal', country: 'SEN', title: '外務大臣' });
    expect(result.statements[0]?.speakers).toEqual([guest?.id]);
  });

  it('reads 「<name>・<country><party><office>」 where the lexicon lists no such office', () => {
    expect(people('訪日中のアルファ・ベータ・ベトナム共産党上級幹部と会談した。')).toEqual([['アルファ・ベータ', '上級幹部', 'VNM']]);
    // The party's own name may hold ・: the name ends where ・ opens the country.
    expect(people('訪日中のガンマ・デルタ・ネパール・イプシロン党中央委員と会談した。')).toEqual([['ガンマ・デルタ', '中央委員', 'NPL']]);
    // A title the lexicon lists is read as before.
    expect(people('訪日中のアルファ・ベータ・ベトナム共産党書記長と会談した。')).toEqual([['アルファ・ベータ', '書記長', 'VNM']]);
  });

  it('needs the honorific: 「大統領のイニシアティブ」 names no one', () => {
    expect(people('アルファ大統領は、大統領のイニシアティブを説明した。')).toEqual([['アルファ', '大統領', null], ['', '大統領', null]]);
  });
});

describe('two names sharing one office after 両', () => {
  it('reads 「A、B両大臣」 as two holders of the office, neither a 両-minister', () => {
    expect(people('会談には、ガンマ、デルタ両大臣が同席した。')).toEqual([['ガンマ', '大臣', null], ['デルタ', '大臣', null]]);
    expect(people('山田及び川村両議員が同席した。')).toEqual([['山田', '議員', null], ['川村', '議員', null]]);
  });

  it('reads no one in a pair of countries (日米両首脳) or after a titled name', () => {
    expect(people('日米両首脳は、連携を確認した。')).toEqual([]);
    expect(people('山田首相、ベータ両首脳は、')).toEqual([['山田', '首相', null]]);
  });
});

describe('a family name in Latin initials, and a legislature', () => {
  it('keeps the initials after the katakana of the rest (…・KC), and reads 立法議会 as the assembly between the country and the title', () => {
    expect(people('訪日中のアルファ・ベータ・KCネパール立法議会議員と')).toEqual([['アルファ・ベータ・KC', '議員', 'NPL']]);
    expect(people('ジョージ・W・ブッシュ大統領と')).toEqual([['ジョージ・W・ブッシュ', '大統領', null]]);
  });
});

describe('a state\'s body with the title', () => {
  it('gives the person its country when its name begins with the country\'s, and never from an acronym or 外交部', () => {
    expect(people('王毅中国共産党中央政治局委員と会談した。')).toEqual([['王毅', '中国共産党中央政治局委員', 'CHN']]);
    expect(people('康京和外交部長官と会談した。')).toEqual([['康京和', '外交部長官', null]]);
    expect(people('アルファNSC上級部長と会談した。').map(([, , country]) => country)).toEqual([null]);
  });
});

describe('an envoy or an aide after a country', () => {
  it('is of that country (ガンマ・デルタ・チリ大統領特使), while a country before a division is the division\'s (上月ロシア課長)', () => {
    expect(people('ガンマ・デルタ・チリ大統領特使の表敬を受けた。')).toEqual([['ガンマ・デルタ', '大統領特使', 'CHL']]);
    expect(people('ガンマ・デルタ・チリ大統領報道官が同席した。')).toEqual([['ガンマ・デルタ', '大統領報道官', 'CHL']]);
    expect(people('上月ロシア課長が同席した。')).toEqual([['上月', 'ロシア課長', null]]);
  });
});

describe('同 between a katakana name and the office', () => {
  it('reads 「ガンマ・デルタ同議長」 (the chair of the body just named) as the person, not a reference back', () => {
    const found = findPersonMentions('アルファ・ベータ太平洋諸島フォーラム事務局長及びガンマ・デルタ同議長の表敬を受けた。');
    expect(found.map((m) => [m.name, m.title?.text ?? null])).toEqual([['アルファ・ベータ', '事務局長'], ['ガンマ・デルタ', '議長']]);
  });
});

describe('the head of a delegation named with its country', () => {
  it('is of that country (「X上院議員を団長とする米国連邦議会上院議員団」)', () => {
    expect(people('山田総理は、ジョン・スミス上院議員を団長とする米国連邦議会上院議員団の表敬を受けた。')).toEqual([['山田', '総理', null], ['ジョン・スミス', '議員', 'USA']]);
    expect(people('ジョン・スミス上院議員が同席した。')).toEqual([['ジョン・スミス', '議員', null]]);
  });
});

describe('a portfolio list with an acronym', () => {
  it('reads 「外務・EU・協力大臣」 as one office, a foreign minister\'s, after the country', () => {
    const found = findPersonMentions('上川大臣は、アルファ・ベータ・スペイン外務・EU・協力大臣と会談した。');
    expect(found.map((m) => [m.name, m.title?.text, m.title?.role, m.country])).toEqual([
      ['上川', '大臣', 'minister', null],
      ['アルファ・ベータ', '外務・EU・協力大臣', 'foreign_minister', 'ESP'],
    ]);
  });
});

describe('Japanese party leaders', () => {
  it('are read with their party between name and office (山口那津男公明党代表), of Japan', () => {
    expect(people('山田総理は、川口三郎公明党代表と会談した。')).toEqual([['山田', '総理', null], ['川口三郎', '代表', 'JPN']]);
  });
});
