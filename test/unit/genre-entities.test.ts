// Genre rules for things talked about, each on a minimal invented page: the situation of a named place
// (東アジア情勢) is an issue, and a numbered edition of a recurring event (TICAD7, 第7回アフリカ開発会議)
// is one event of its own whichever way it is written.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import type { ExtractionResult } from '../../src/types.js';

const LEAD = ' 3月14日、岸田文雄内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と首脳会談を行ったところ、概要は以下のとおりです。';

function page(...points: string[]): Promise<ExtractionResult> {
  const text = ['外務省', '', '令和5年3月14日', '', LEAD, '', ...points.map((p, i) => `  ${i + 1}. ${p}`), ''].join('\n');
  return extractDocument({ source: 'genre-entities', text });
}

const named = (result: ExtractionResult, type: string) => result.entities.filter((e) => e.type === type).map((e) => e.name);

describe('the situation of a place', () => {
  it('makes 「<region or country>情勢」 an issue, not 国際情勢', async () => {
    const result = await page('両首脳は、東アジア情勢及び南スーダン情勢について意見交換を行い、地域情勢と国際情勢について連携していくことで一致しました。');
    expect(named(result, 'Issue')).toEqual(expect.arrayContaining(['東アジア情勢', '南スーダン情勢']));
    expect(named(result, 'Issue')).not.toContain('国際情勢');
  });

  it('makes 「<place>の問題」 an issue, one with 「<place>問題」', async () => {
    const result = await page('両首脳は、南シナ海の問題について意見交換を行い、南シナ海問題の平和的解決が重要であることで一致しました。');
    const issues = result.entities.filter((e) => e.type === 'Issue' && /南シナ海/u.test(e.name));
    expect(issues).toHaveLength(1);
  });
});

describe('editions of a recurring event', () => {
  it('gives TICAD7 and 第7回アフリカ開発会議 one id, and the bare TICAD on the same page joins it', async () => {
    const result = await page('岸田総理大臣から、TICAD7の成果を踏まえ、第7回アフリカ開発会議のフォローアップを進めたい旨述べ、TICADへの協力を求めました。');
    const events = result.entities.filter((e) => e.type === 'Event' && /TICAD|アフリカ開発会議/u.test(e.name + e.aliases.join()));
    expect(events).toHaveLength(1);
    expect(events[0]!.aliases).toEqual(expect.arrayContaining(['第7回アフリカ開発会議', 'TICAD']));
    expect(events[0]!.id).toMatch(/-7$/u);
  });

  it('reads Roman numerals (TICAD VI) and keeps two editions on one page apart', async () => {
    const result = await page('岸田総理大臣から、TICAD VIの成功に謝意を表し、TICAD8への協力を求めました。');
    const ids = result.entities.filter((e) => e.type === 'Event').map((e) => e.id);
    expect(ids.some((id) => id.endsWith('-6'))).toBe(true);
    expect(ids.some((id) => id.endsWith('-8'))).toBe(true);
  });

  it('reads a Roman numeral written onto the acronym (TICADV), also as the acronym of a numbered edition', async () => {
    const result = await page('岸田総理大臣から、第5回アフリカ開発会議(TICADV)の成果に触れ、TICADVのフォローアップを進めたい旨述べました。');
    const events = result.entities.filter((e) => e.type === 'Event' && /TICAD|アフリカ開発会議/u.test(e.name + e.aliases.join()));
    expect(events).toHaveLength(1);
    expect(events[0]!.id).toMatch(/-5$/u);
    expect(events[0]!.mentions.map((m) => m.text)).toEqual(['第5回アフリカ開発会議', 'TICADV', 'TICADV']);
  });
});

describe('matters run together where a page lost its links\' separators', () => {
  it('reads 「気候変動北朝鮮問題」 and 「軍縮・不拡散サイバー安保理改革」 as the matters they list, but keeps エネルギー安全保障 and 人権問題 whole', async () => {
    const result = await page('両首脳は、気候変動北朝鮮問題等、及び軍縮・不拡散サイバー安保理改革等について、並びにエネルギー安全保障と人権問題について協力していくことで一致しました。');
    expect(named(result, 'Issue').sort()).toEqual(['エネルギー安全保障', 'サイバー', '人権', '北朝鮮問題', '安保理改革', '気候変動', '軍縮・不拡散'].sort());
  });
});

describe('matters, events and bodies named by the genre\'s compounds', () => {
  it('reads an initiative whose katakana head a ・ sets off from its tail (「包括的・戦略的パートナーシップ・イニシアティブ(CSPI)」) whole, and 航行の自由', async () => {
    const result = await page('両首脳は、包括的・戦略的パートナーシップ・イニシアティブ(CSPI)の下、航行の自由の確保に向けて協力していくことで一致しました。');
    expect(named(result, 'Agreement')).toContain('包括的・戦略的パートナーシップ・イニシアティブ');
    expect(named(result, 'Agreement')).not.toContain('戦略的パートナーシップ');
    expect(named(result, 'Issue')).toContain('航行の自由');
  });

  it('reads a field of security named by what it secures (サイバー安全保障) as one matter', async () => {
    const result = await page('両首脳は、サイバー安全保障の分野で協力していくことで一致しました。');
    expect(named(result, 'Issue')).toEqual(['サイバー安全保障']);
  });

  it('reads an arbitration between two states and a named contest as events', async () => {
    const result = await page('岸田総理大臣から、比中仲裁裁判の判断を踏まえた対応と、アルファ語スピーチ・コンテストの開催に触れました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['比中仲裁裁判', 'アルファ語スピーチ・コンテスト']));
  });

  it('reads a state\'s sovereignty and territorial integrity as one principle however its particles are written', async () => {
    const result = await page('両首脳は、ウクライナの主権と領土の一体性を擁護し、ウクライナの主権及び領土一体性を侵害する行為を非難することで一致しました。');
    const issues = result.entities.filter((x) => x.type === 'Issue');
    expect(issues.map((x) => [x.name, x.mentions.length])).toEqual([['ウクライナの主権と領土の一体性', 2]]);
  });

  it('reads a body\'s gathering named with the body and its acronym (「第2回ガンマ共同体(GC)閣僚会合」), and no UN inside 諸国連合', async () => {
    const result = await page('岸田総理大臣から、第2回ガンマ共同体(GC)閣僚会合の成功とベータ諸国連合(BCN)との協力を歓迎しました。');
    expect(named(result, 'Event')).toContain('第2回ガンマ共同体(GC)閣僚会合');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['ガンマ共同体', 'ベータ諸国連合']));
    expect(named(result, 'Organization').filter((n) => /^第|^国連$/u.test(n))).toEqual([]);
  });
});

describe('我が国 as one word', () => {
  it('reads no thing 国震災 in 「我が国震災の復興支援」', async () => {
    const result = await page('ベータ大統領から、我が国震災の復興支援に用意がある旨表明されました。');
    expect(named(result, 'Event').filter((n) => /震災/u.test(n))).toEqual([]);
  });
});

describe('a gathering\'s president', () => {
  it('reads the session, not 「…総会議」, in 「第76回国連総会議長」', async () => {
    const result = await page('岸田総理大臣から、第76回国連総会議長としてのガンマ大臣の活躍に敬意を表しました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['第76回国連総会']));
    expect(named(result, 'Event').filter((n) => /総会議/u.test(n))).toEqual([]);
  });
});

describe('the Games by their host city', () => {
  it('gives one id to the Games of a city however the year, a ・ or 競技大会 are written, and the listed one where it is', async () => {
    const result = await page('岸田総理大臣から、先般のリオ2016オリンピック競技大会の成功に祝意を表し、リオ・オリンピック閉会式への招待に謝意を述べ、東京2020オリンピック・パラリンピックへの協力を求めました。');
    const games = result.entities.filter((e) => e.type === 'Event' && /オリンピック/u.test(e.name));
    expect(games.map((e) => [e.id, e.mentions.length])).toEqual([['event:リオオリンピック', 2], ['event:東京オリンピック・パラリンピック', 1]]);
  });

  it('reads 五輪 as the Olympics of its host: 「パリ五輪」 is the id of 「パリ・オリンピック」', async () => {
    const result = await page('岸田総理大臣から、パリ五輪の成功に祝意を表し、パリ・オリンピックでの両国選手の活躍に触れました。');
    const games = result.entities.filter((e) => e.type === 'Event');
    expect(games.map((e) => [e.id, e.mentions.length])).toEqual([['event:パリオリンピック', 2]]);
  });
});

describe('plans named after a place', () => {
  it('keeps the year a plan looks to and a number that ends its quoted name (「日チリ・アジェンダ21」)', async () => {
    const result = await page('両首脳は、「日チリ・アジェンダ21」及び日・チリ・ビジョン2030が着実に進展していることを確認しました。');
    expect(named(result, 'Agreement')).toEqual(expect.arrayContaining(['日チリ・アジェンダ21', '日・チリ・ビジョン2030']));
  });
});

describe('a size or newness alone before a tail', () => {
  it('reads no issue in 「大改革」 and no accord in 「新計画」, but keeps 経済改革', async () => {
    const result = await page('岸田総理大臣から、ベータの大改革と新計画を支持し、経済改革の成功を祈る旨述べました。');
    expect(named(result, 'Issue')).not.toContain('大改革');
    expect(named(result, 'Agreement')).not.toContain('新計画');
    expect(named(result, 'Issue')).toContain('経済改革');
  });
});

describe('an accord named by its kind alone', () => {
  it('reads an accord\'s bare word in quotes (新たな「宣言」) as an accord, with an id of its page alone', async () => {
    const result = await page('両首脳は、新たな「宣言」と行動計画の策定に向けて協力することで一致しました。');
    const declaration = result.entities.find((e) => e.type === 'Agreement' && e.name === '宣言');
    expect(declaration?.mentions.map((m) => m.text)).toEqual(['宣言']);
    expect(declaration?.id).toMatch(/^agreement:宣言@/u);
  });
});

describe('one name written with and without its particles', () => {
  it('gives 「…に係る協力覚書」 and 「…協力覚書」 on one page one id', async () => {
    const result = await page('両首脳は、日チリ・パートナーシップに係る協力覚書を歓迎し、日チリ・パートナーシップ協力覚書に基づく協力を進めることで一致しました。');
    const accords = result.entities.filter((e) => e.type === 'Agreement' && /協力覚書/u.test(e.name));
    expect(accords).toHaveLength(1);
    expect(accords[0]!.mentions).toHaveLength(2);
  });
});

describe('acronyms a page defines', () => {
  it('makes an acronym in brackets after a named thing its short name there and wherever the page repeats it', async () => {
    const result = await page('岸田総理大臣から、日・チリ経済連携協定(EPA)の見直しを進めたい旨述べ、ベータ大統領から、EPAの見直しに期待する旨述べました。');
    const epa = result.entities.find((e) => e.type === 'Agreement' && e.name === '日・チリ経済連携協定');
    expect(epa?.mentions.map((m) => m.text)).toEqual(['日・チリ経済連携協定', 'EPA', 'EPA']);
  });

  it('reads a short name in brackets after a long one (…国際フォーラム(ABCフォーラム)) as the same thing', async () => {
    const result = await page('ベータ大統領から、海洋と人類の未来に関する国際フォーラム(ABCフォーラム)への参加に触れ、ABCフォーラムの成功を祈る旨述べました。');
    const events = result.entities.filter((e) => e.type === 'Event' && /フォーラム/u.test(e.name));
    expect(events).toHaveLength(1);
    expect(events[0]!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['ABCフォーラム']));
  });

  it('reads the acronym of the occasion the lead names (…閣僚理事会(MCM)に出席中の…) where the page repeats it', async () => {
    const text = ['外務省', '', '令和5年5月2日', '',
      ' 5月2日、ZETA 閣僚理事会(GMC)に出席中の上川陽子外務大臣は、アルファ・ベータ・チリ共和国外相と会談を行ったところ、概要は以下のとおりです。', '',
      '  1. ベータ外相から、今次GMCの議長国としての日本の貢献に謝意が述べられました。', ''].join('\n');
    const result = await extractDocument({ source: 'genre-entities', text });
    const occasion = result.entities.find((e) => e.type === 'Event' && e.name.startsWith('ZETA'));
    expect(occasion?.mentions.map((m) => m.text)).toEqual(['ZETA 閣僚理事会', 'GMC', 'GMC']);
  });

  it('takes a link\'s file type in brackets (「…共同声明(HTML)」) for no short name', async () => {
    const result = await page('両首脳は、日チリ共同声明(HTML)に署名し、HTML版の公開を歓迎しました。');
    expect(result.entities.flatMap((e) => e.mentions).some((m) => m.text === 'HTML')).toBe(false);
  });

  it('gives an acronym the page uses for two things to neither, and never cuts it out of a longer word', async () => {
    const result = await page('両首脳は、アルファ開発計画(ADP)及びアルファ開発機構(ADP)について意見交換を行い、ADPEの役割を評価しました。');
    expect(result.entities.flatMap((e) => e.mentions).some((m) => /ADP/u.test(m.text))).toBe(false);
  });
});

describe('visits', () => {
  it('reads no event in 「今次訪問」: a visit of nobody to nowhere once 今次 is cut', async () => {
    const result = await page('ベータ大統領から、今次訪問を通じて両国関係を発展させたい旨述べました。');
    expect(result.entities.filter((e) => e.type === 'Event').map((e) => e.name)).not.toContain('訪問');
  });

  it('reads a time before の as when the visit happens, not whose it is', async () => {
    const result = await page('ベータ大統領から、本年11月の訪日を楽しみにしている旨述べ、岸田総理大臣から、2006年の訪日の際の協力に謝意を表しました。');
    const events = result.entities.filter((e) => e.type === 'Event').map((e) => [e.name, ...e.aliases]).flat();
    expect(events).toContain('訪日');
    expect(events.some((n) => /月の|年の/u.test(n))).toBe(false);
  });
});

describe('quoted names', () => {
  it('takes 「…パートナーシップ」 as an agreement but not quoted speech about cooperation', async () => {
    const result = await page('岸田総理大臣から、「日チリ戦略的パートナーシップ」の下で、「技術協力を着実に進め、海洋分野の協力を強化したい」旨述べました。');
    const agreements = result.entities.filter((e) => e.type === 'Agreement').map((e) => e.name);
    expect(agreements).toContain('日チリ戦略的パートナーシップ');
    expect(agreements.some((n) => n.includes('強化したい') || n.includes('進め'))).toBe(false);
  });
});

describe('ministries', () => {
  it('gives 「<foreign country>外務省」 to that country, and plain 外務省 to Japan', async () => {
    const result = await page('ベータ大統領から、チリ共和国外務省と外務省の協力を歓迎する旨述べました。');
    const orgs = result.entities.filter((e) => e.type === 'Organization').map((e) => [e.name, e.country]);
    expect(orgs).toEqual(expect.arrayContaining([['チリ共和国外務省', 'CHL'], ['外務省', 'JPN']]));
  });
});

describe('event names with ・ before the tail', () => {
  it('reads 「G7エルマウ・サミット」 whole', async () => {
    const result = await page('両首脳は、6月のG7エルマウ・サミットに向けて緊密に連携していくことで一致しました。');
    expect(result.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toContain('G7エルマウ・サミット');
  });
});

describe('organisations and places by their tail', () => {
  it('reads 〜機構, 〜評議会, 〜調査会 as organisations (without a leading 次回の) and katakana 〜諸島, 〜港 as places', async () => {
    const result = await page('ベータ大統領から、海上保安機構と北極評議会への協力、次回プリオン専門調査会の開催、ナツナ諸島及びパティンバン港等の開発を歓迎する旨述べました。');
    const of = (type: string) => result.entities.filter((e) => e.type === type).map((e) => e.name);
    expect(of('Organization')).toEqual(expect.arrayContaining(['海上保安機構', '北極評議会', 'プリオン専門調査会']));
    expect(of('Location')).toEqual(expect.arrayContaining(['ナツナ諸島', 'パティンバン港']));
  });
});

describe('a body named after a person\'s second office', () => {
  it('begins the body\'s name after 兼 (two offices of one person), not at the first office', async () => {
    const result = await page('岸田総理大臣は、駐デルタ日本国名誉領事兼ベータ大統領府憲法改正諮問委員会委員のガンマ氏の功績に触れました。');
    const bodies = result.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(bodies).toContain('ベータ大統領府憲法改正諮問委員会');
    expect(bodies.some((b) => b.includes('兼'))).toBe(false);
  });
});

describe('launches, referendums and talks by their tail', () => {
  it('reads 〜ミサイル発射, 〜国民投票 and 〜政府間協議 as events', async () => {
    const result = await page('岸田総理大臣から、北朝鮮による弾道ミサイル発射を非難し、日朝政府間協議と独立を問う住民の国民投票について述べました。');
    expect(result.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toEqual(expect.arrayContaining(['北朝鮮による弾道ミサイル発射', '日朝政府間協議']));
    // Named whole with its actor, and found by its bare name too.
    expect(result.entities.find((e) => e.name === '北朝鮮による弾道ミサイル発射')?.aliases).toContain('弾道ミサイル発射');
  });
});

describe('a listed matter written with の', () => {
  it('reads 「国連安全保障理事会の改革」 as 安保理改革, the body mentioned too', async () => {
    const result = await page('両首脳は、国連安全保障理事会の改革について協力することで一致しました。');
    expect(result.entities.find((e) => e.type === 'Issue')?.id).toBe('issue:安保理改革');
    expect(result.entities.find((e) => e.type === 'Organization')?.id).toBe('organization:国連安保理');
  });
});

describe('accords named by their subject', () => {
  it('reads 「<subject>に関する覚書/協定/共同声明」 whole as an accord, with no bare 共同声明 beside it', async () => {
    const result = await page('両首脳は、インフラ協力に関する覚書への署名と、投資の相互促進及び相互保護に関する協定の発効を歓迎し、気候変動に関する共同声明を発出しました。');
    const accords = result.entities.filter((e) => e.type === 'Agreement');
    expect(accords.map((e) => e.name).sort()).toEqual(['インフラ協力に関する覚書', '投資の相互促進及び相互保護に関する協定', '気候変動に関する共同声明'].sort());
    expect(accords.find((e) => e.name === '気候変動に関する共同声明')?.mentions.map((m) => m.text)).toEqual(['気候変動に関する共同声明']);
  });

  it('keeps a listed accord after its subject (「平和条約に関するクラスノヤルスク合意」) the lexicon\'s, and a one-side 声明 no accord', async () => {
    const result = await page('両首脳は、平和条約に関するクラスノヤルスク合意を確認しました。', '岸田総理大臣から、ミサイル発射に関する声明について説明しました。');
    const accords = result.entities.filter((e) => e.type === 'Agreement').map((e) => e.id);
    expect(accords).toContain('agreement:クラスノヤルスク合意');
    expect(accords.filter((id) => /クラスノヤルスク|声明/u.test(id))).toEqual(['agreement:クラスノヤルスク合意']);
  });
});

describe('ids across pages', () => {
  it('shares a full name\'s id between pages but keeps a bare family name on its own page', async () => {
    const one = await page('ベータ大統領から、歓迎する旨述べ、ガンマ大臣からも謝意が述べられました。');
    const two = await page('ベータ大統領から、協力を提案し、ガンマ大臣からも賛意が示されました。 ');
    const idOf = (r: ExtractionResult, name: string) => r.entities.find((e) => e.type === 'Person' && e.name === name)?.id;
    expect(idOf(one, 'アルファ・ベータ')).toBe(idOf(two, 'アルファ・ベータ'));
    expect(idOf(one, 'ガンマ')).toMatch(/^person:ガンマ@/u);
    expect(idOf(one, 'ガンマ')).not.toBe(idOf(two, 'ガンマ'));
  });

  it('keeps on its page a partnership named without its pair, an accord named by its kind and an election named without its country', async () => {
    const words = ['戦略的パートナーシップ', '行動計画', '安保理決議', '総選挙', '大統領選挙'];
    const said = (text: string) => `ベータ大統領から、${text}の意義について述べました。`;
    const ids = (r: ExtractionResult) => new Map(r.entities.flatMap((e) => e.mentions.map((m) => [m.text, e.id] as const)));
    const one = ids(await page(...words.map(said)));
    const two = ids(await page(...words.map(said), '岸田総理から、謝意を表明しました。'));
    for (const word of words) {
      expect(one.get(word), word).toMatch(/@/u);
      expect(one.get(word), word).not.toBe(two.get(word));
    }
  });
});

describe('an issue word inside a longer compound', () => {
  it('does not read 投資環境, ビジネス環境 or 安全保障環境 as the environment, but keeps 環境 on its own; 日米安保 is the treaty', async () => {
    const result = await page('両首脳は、投資環境とビジネス環境の改善と地域の安全保障環境について意見交換を行い、環境分野の協力と日米安保の重要性を確認しました。');
    const issues = result.entities.filter((e) => e.type === 'Issue');
    const environment = issues.find((e) => e.name === '環境問題');
    expect(environment?.mentions.map((m) => m.text)).toEqual(['環境']);
    // 安保 inside 日米安保 is the treaty's word (an accord's name names the accord, not a matter).
    expect(issues.some((e) => e.mentions.some((m) => m.text === '安保'))).toBe(false);
    expect(result.entities.find((e) => e.type === 'Agreement' && e.mentions.some((m) => m.text === '日米安保'))).toBeDefined();
  });

  it('does not read 環境整備 or 環境づくり (preparing the conditions for something) as the environment', async () => {
    const result = await page('両首脳は、問題解決に係る環境整備と交流拡大の環境づくりを進めることで一致しました。');
    expect(result.entities.filter((e) => e.type === 'Issue').map((e) => e.name)).not.toContain('環境問題');
  });
});

describe('a listed body at the end of a longer body\'s name', () => {
  it('reads ドイツ連邦議会 as one body, with no US Congress from its 連邦議会', async () => {
    const result = await page('両首脳は、ドイツ連邦議会の役割について意見交換しました。');
    expect(named(result, 'Organization')).toContain('ドイツ連邦議会');
    expect(named(result, 'Organization')).not.toContain('米議会');
  });
});

describe('the Diet inside a longer word', () => {
  it('reads no 国会 in 途上国会議 or 参加国会合, but keeps it in 国会議員', async () => {
    const none = await page('両首脳は、開発途上国会議及び参加国会合に向けて連携していくことで一致しました。');
    expect(named(none, 'Organization')).not.toContain('国会');
    const diet = await page('両首脳は、国会議員の交流を歓迎しました。');
    expect(named(diet, 'Organization')).toContain('国会');
  });

  it('reads a parliament building (国会議事堂) as a place, not the Diet', async () => {
    const result = await page('岸田総理大臣は、国会議事堂前庭において歓迎式典に出席しました。');
    expect(named(result, 'Location')).toContain('国会議事堂');
    expect(named(result, 'Organization')).not.toContain('国会');
  });
});

describe('katakana spelling variants of a listed name', () => {
  it('finds 新型コロナウイルス感染症 when the page writes ウィルス', async () => {
    const result = await page('両首脳は、新型コロナウィルス感染症への対応について意見交換を行いました。');
    const covid = result.entities.find((e) => e.type === 'Issue' && e.mentions.some((m) => m.text === '新型コロナウィルス感染症'));
    expect(covid?.name).toBe('新型コロナウイルス感染症');
    expect(named(result, 'Issue')).not.toContain('感染症');
  });
});

describe('disasters, proclaimed days and communiqués', () => {
  it('reads 台風19号 and 〜地震 as events, 世界〜の日 as an event, and 〜共同コミュニケ as an agreement', async () => {
    const result = await page('両首脳は、台風19号と東部地震の被害について意見交換を行い、世界津波の日の意義を確認し、日・ベータ共同コミュニケを発出しました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['台風19号', '東部地震', '世界津波の日']));
    expect(named(result, 'Agreement')).toContain('日・ベータ共同コミュニケ');
  });

  it('reads ロシアの侵略 as the invasion of Ukraine and サヘル as a region', async () => {
    const result = await page('両首脳は、ロシアの侵略及びサヘル情勢について意見交換を行いました。');
    expect(named(result, 'Event')).toContain('ロシアによるウクライナ侵略');
    expect(named(result, 'Location')).toContain('サヘル');
    expect(named(result, 'Issue')).toContain('サヘル情勢');
  });
});

describe('strategies', () => {
  it('reads a government\'s 〜戦略 as a named document, but not 戦略的 or 戦略対話', async () => {
    const result = await page('林大臣から、国家安全保障戦略等について説明し、両国の戦略的パートナーシップ及び日・ベータ戦略対話の重要性を確認しました。');
    expect(named(result, 'Agreement')).toContain('国家安全保障戦略');
    expect(named(result, 'Agreement').filter((n) => /戦略$/u.test(n))).toEqual(['国家安全保障戦略']);
    expect(named(result, 'Event')).toContain('日・ベータ戦略対話');
  });

  it('keeps a listed name whole: no second agreement from the part a pattern finds inside it', async () => {
    const result = await page('林大臣から、「自由で開かれたインド太平洋戦略」について説明しました。');
    expect(named(result, 'Agreement')).toEqual(['自由で開かれたインド太平洋']);
  });
});

describe('parties', () => {
  it('reads 〜党 after a name as a party, not 与党 or 与党三党, and starts it after a person\'s name', async () => {
    const result = await page('ベータ大統領から、与党である新アゼルバイジャン党と与党三党について述べ、オメガ・ラム・ネパール・コングレス党幹部の訪日に触れました。');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['新アゼルバイジャン党', 'ネパール・コングレス党']));
    expect(named(result, 'Organization').filter((n) => /党$/u.test(n))).toHaveLength(2);
  });
});

describe('visits written after a titled name, and capitals', () => {
  it('reads 「<name><title>訪日」 without の as that person\'s visit, keeping the person', async () => {
    const result = await page('岸田総理大臣から、昨年のベータ大統領訪日及びガンマ外務大臣訪中の成果を評価しました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['ベータ大統領訪日', 'ガンマ外務大臣訪中']));
    expect(named(result, 'Person')).toContain('ガンマ');
  });

  it('reads the name after 首都 as a place even when the lexicon does not know it', async () => {
    const result = await page('会談は首都ソラノヴァの大統領府において行われました。');
    expect(named(result, 'Location')).toContain('ソラノヴァ');
  });
});

describe('places inside longer names', () => {
  it('reads ジョージア州 and ギニア湾 as places of their own, and リスボン条約 or ハーグ条約 as no mention of a city', async () => {
    const result = await page('岸田総理大臣から、米国ジョージア州での会合、ギニア湾の海賊対策及びリスボン条約の発効に触れました。');
    expect(named(result, 'Location')).toEqual(expect.arrayContaining(['ジョージア州', 'ギニア湾']));
    expect(named(result, 'Location')).not.toContain('リスボン');
    expect(named(result, 'Country')).not.toContain('ジョージア');
    expect(named(result, 'Country')).not.toContain('ギニア');
  });

  it('reads no China in 日・中南米関係: a one-character form that begins a region\'s name is the region\'s', async () => {
    const result = await page('両首脳は、日・中南米関係の強化で一致しました。');
    expect(named(result, 'Country')).not.toContain('中国');
    expect(named(result, 'Location')).toContain('中南米');
  });

  it('reads no Russia in the ロ that ends a katakana word before 米国 (在ベルカストロ米国総領事館)', async () => {
    const result = await page('岸田総理大臣から、在ベルカストロ米国総領事館での会合に触れました。');
    expect(named(result, 'Country')).not.toContain('ロシア');
    expect(named(result, 'Country')).toContain('米国');
  });

  it('still reads a pair written in kanji right after a katakana word (クラスノヤルスク日露首脳会談, テレビ日伯方式)', async () => {
    const result = await page('岸田総理大臣から、デジタル・テレビ日伯方式及びクラスノヤルスク日露首脳会談に触れました。');
    expect(named(result, 'Country')).toEqual(expect.arrayContaining(['ブラジル', 'ロシア']));
  });

  it('gives Japan no alias 衆議院 from a member of the house', async () => {
    const result = await page('山田一郎衆議院議員(日本・チリ友好議員連盟会長)が同席しました。');
    const japan = result.entities.find((e) => e.id === 'JPN');
    expect(japan?.aliases ?? []).not.toContain('衆議院');
    expect(japan?.mentions.map((m) => m.text) ?? []).not.toContain('衆議院');
  });
});

describe('names of people', () => {
  it('finds no country or place inside a foreign name (ロ in テオドロ・ロクシン, ワシントン in a given name)', async () => {
    const result = await page('テオドロ・ロクシン・フィリピン外務大臣及びジョージ・ワシントン・ガンマ国連代表が同席しました。');
    expect(named(result, 'Country')).not.toContain('ロシア');
    expect(named(result, 'Location')).not.toContain('ワシントン');
    expect(named(result, 'Country')).toContain('フィリピン');
  });
});

describe('ministerial councils', () => {
  it('reads a 閣僚理事会 as a meeting, like a 閣僚会合, and a standing 理事会 as a body', async () => {
    const result = await page('両首脳は、OECD閣僚理事会及び国連人権理事会で協力することで一致しました。');
    expect(named(result, 'Event')).toContain('OECD閣僚理事会');
    expect(named(result, 'Organization')).not.toContain('OECD閣僚理事会');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['OECD', '国連人権理事会']));
  });
});

describe('Japan before a country written in katakana', () => {
  it('reads 日 of 日・パキスタン and 日インドネシア as Japan, and no 日 of a date or of 本日', async () => {
    const result = await page('両首脳は、日・パキスタン関係及び日インドネシア協力について意見交換を行い、連携で一致しました。');
    const japan = result.entities.find((e) => e.id === 'JPN');
    expect(japan?.mentions.map((m) => m.text)).toEqual(['日', '日']);
    const dated = await page('ベータ大統領から、15日パキスタンで、また本日インドネシアで協議した旨述べました。');
    expect(dated.entities.find((e) => e.id === 'JPN')).toBeUndefined();
  });
});

describe('calls named by who called', () => {
  it('reads 外相電話会談 and 外相テレビ会談 as meetings, as it reads 首脳電話会談', async () => {
    const result = await page('両首脳は、先般の日・パキスタン外相電話会談及び日韓外相テレビ会談を歓迎しました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['日・パキスタン外相電話会談', '日韓外相テレビ会談']));
  });
});

describe('two listed matters, one inside the other', () => {
  it('keeps 安全保障 apart from 経済安全保障: the lexicon lists both', async () => {
    const result = await page('両首脳は、外交・安全保障分野での連携及び経済安全保障の強化で一致しました。');
    expect(named(result, 'Issue')).toEqual(expect.arrayContaining(['安全保障', '経済安全保障']));
  });
});

describe('accords named by the pair that made them', () => {
  it('reads an alliance named by its pair (米韓同盟, 日英同盟) as an agreement, and no alliance in 同盟国', async () => {
    const result = await page('両首脳は、米韓同盟及び日英同盟以来の絆に言及し、同盟国との連携を確認しました。');
    expect(named(result, 'Agreement')).toEqual(expect.arrayContaining(['米韓同盟', '日英同盟']));
    expect(named(result, 'Agreement').some((n) => n.includes('同盟国'))).toBe(false);
  });

  it('reads 日米合意, 日豪EPA and 日独ACSA as agreements, and no accord in a 合意 of no pair', async () => {
    const result = await page('両首脳は、日米合意に基づき、日豪EPA及び日独ACSAの着実な実施を確認し、両国間の合意を歓迎しました。');
    expect(named(result, 'Agreement')).toEqual(expect.arrayContaining(['日米合意', '日豪EPA', '日独ACSA']));
    expect(named(result, 'Agreement')).toHaveLength(3);
  });
});

describe('a visit belongs to its visitor', () => {
  it('makes 「X大統領の訪日」 and 「X大統領訪日」 one visit, and a bare 訪日 after another visitor and a time that visitor\'s own', async () => {
    const result = await page('ベータ大統領から、アルファ大統領の訪日及び今回のアルファ大統領訪日を歓迎する旨述べました。', '岸田総理大臣から、ガンマ首相の本年11月の訪日を期待する旨述べました。');
    const visits = result.entities.filter((e) => e.type === 'Event' && /訪日/u.test(e.name));
    expect(visits.map((e) => e.mentions.map((m) => m.text))).toEqual([['アルファ大統領の訪日', 'アルファ大統領訪日'], ['訪日']]);
    expect(visits[1]?.name).toBe('ガンマ首相の訪日');
  });
});

describe('a government of the day', () => {
  it('reads no body in 新内閣 or 内閣改造, and keeps 内閣官房', async () => {
    const result = await page('ベータ大統領から、新内閣の発足と内閣改造について説明があり、岸田総理大臣から、内閣官房との連携に触れました。');
    expect(named(result, 'Organization')).not.toContain('内閣');
    expect(named(result, 'Organization')).toContain('内閣官房');
  });
});

describe('launches written with の', () => {
  it('reads 「弾道ミサイルの発射」 as an event, as it reads 「弾道ミサイル発射」', async () => {
    const result = await page('岸田総理大臣から、ICBM級弾道ミサイルの発射を強く非難する旨述べました。');
    expect(named(result, 'Event')).toContain('ICBM級弾道ミサイルの発射');
  });
});

describe('places by their tail', () => {
  it('reads a katakana 〜島, a prefecture and an airfield as places, and none in 同県 or 島嶼国', async () => {
    const result = await page('両首脳は、ペリリュー島における慰霊、栃木県をはじめとするホストタウン、普天間飛行場の移設、福島県いわき市及び同県の復興、太平洋島嶼国の発展について述べました。');
    expect(named(result, 'Location')).toEqual(expect.arrayContaining(['ペリリュー島', '栃木県', '普天間飛行場', '福島県いわき市']));
    expect(named(result, 'Location')).not.toContain('同県');
    expect(named(result, 'Location')).not.toContain('福島県');
  });

  it('reads the prefecture someone comes from (「宮城県出身」) but none in 県民 or 県庁', async () => {
    const result = await page('ベータ大統領から、宮城県出身の大臣の就任を祝し、岩手県民と秋田県庁の協力に謝意を表しました。');
    expect(named(result, 'Location')).toContain('宮城県');
    expect(named(result, 'Location')).not.toContain('岩手県');
    expect(named(result, 'Location')).not.toContain('秋田県');
  });
});

describe('anniversaries', () => {
  it('reads an anniversary of a founding or a relation as an event, and no bare 「70周年」', async () => {
    const result = await page('両首脳は、日中平和友好条約締結40周年及び日本人のアルファ移住110周年を祝し、昨年70周年を迎えたことに触れました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['日中平和友好条約締結40周年', 'アルファ移住110周年']));
    expect(named(result, 'Event').some((n) => /^昨年|^70周年/u.test(n))).toBe(false);
  });

  it('reads what any noun run before N周年 remembers, without 両国 or a time before it, and two acts joined by 及び as one', async () => {
    const result = await page('両首脳は、来年の両国外交関係樹立40周年、ベータ政策30周年及び終戦80周年に触れ、本年が使節団出航及びアルファ上陸300周年に当たることを確認しました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['外交関係樹立40周年', 'ベータ政策30周年', '終戦80周年', '使節団出航及びアルファ上陸300周年']));
    expect(named(result, 'Event').some((n) => /^(?:両国|来年)/u.test(n))).toBe(false);
  });

  it('keeps an anniversary that does not say whose it is to its page, and folds one into the ceremony that marks it', async () => {
    const a = await page('両首脳は、本年の外交関係樹立60周年を歓迎しました。');
    const b = await extractDocument({ source: 'other', text: ['外務省', '', '令和5年4月1日', '', LEAD.replace('3月14日', '4月1日'), '', '  1. 両首脳は、本年の外交関係樹立60周年を歓迎しました。', ''].join('\n') });
    const idOf = (r: ExtractionResult) => r.entities.find((e) => e.name === '外交関係樹立60周年')?.id;
    expect(idOf(a)).toBeDefined();
    expect(idOf(a)).not.toBe(idOf(b));
    const ceremony = await page('ベータ大統領から、アルファ独立15周年を記念して独立15周年記念式典を開催した旨述べました。');
    expect(named(ceremony, 'Event').filter((n) => /15周年/u.test(n))).toEqual(['独立15周年記念式典']);
  });
});

describe('a question named by an act', () => {
  it('names 「<thing>の<act>問題」 with what the act is done to, and keeps 「北朝鮮の核問題」 the listed question', async () => {
    const result = await page('両首脳は、普天間飛行場の移設問題、通信記録の収集問題、難民の帰還問題及び北朝鮮の核問題について意見交換を行い、連携で一致しました。');
    expect(named(result, 'Issue')).toEqual(expect.arrayContaining(['普天間飛行場の移設問題', '通信記録の収集問題', '難民の帰還問題', '核問題']));
    expect(named(result, 'Issue')).not.toContain('移設問題');
    expect(named(result, 'Issue')).not.toContain('難民問題');
    expect(named(result, 'Location')).toContain('普天間飛行場');
  });
});

describe('the situation around a place', () => {
  it('reads 「<place>をめぐる情勢」 as the situation of the place, one with 「<place>情勢」', async () => {
    const result = await page('両首脳は、北朝鮮をめぐる情勢及び北朝鮮情勢、尖閣諸島を巡る情勢、南シナ海をめぐる問題について意見交換を行い、連携で一致しました。');
    const northKorea = result.entities.filter((e) => e.mentions.some((m) => /北朝鮮(?:をめぐる)?情勢/u.test(m.text)));
    expect(northKorea).toHaveLength(1);
    expect(northKorea[0]?.mentions.map((m) => m.text)).toEqual(['北朝鮮をめぐる情勢', '北朝鮮情勢']);
    expect(named(result, 'Issue')).toEqual(expect.arrayContaining(['尖閣諸島を巡る情勢', '南シナ海をめぐる問題']));
  });
});

describe('resolutions', () => {
  it('reads 〜決議 after the body that passed it as an agreement, and no agreement in a bare 「強力な決議」', async () => {
    const result = await page('両首脳は、国連決議及び国連総会決議の履行並びに強力な決議の必要性で一致しました。');
    expect(named(result, 'Agreement')).toEqual(expect.arrayContaining(['国連決議', '国連総会決議']));
    expect(named(result, 'Agreement')).toHaveLength(2);
  });
});

describe('peace processes', () => {
  it('reads the peace process of a place whole, with a bare 和平プロセス on the page as it, and keeps 中東和平 apart from 中東情勢', async () => {
    const result = await page('両首脳は、ミンダナオ和平プロセスの進展を歓迎し、和平プロセスへの支援で一致しました。', '岸田総理大臣から、中東和平及び中東情勢について述べました。');
    const mindanao = result.entities.find((e) => e.name === 'ミンダナオ和平プロセス');
    expect(mindanao?.type).toBe('Issue');
    expect(mindanao?.mentions.map((m) => m.text)).toEqual(['ミンダナオ和平プロセス', '和平プロセス']);
    expect(named(result, 'Issue')).toEqual(expect.arrayContaining(['中東和平', '中東情勢']));
  });
});

describe('the session of a year, a disaster by its kind, the Iran deal', () => {
  it('reads 明年のAPEC as an event with APEC inside it, 大規模な森林火災 as an event, and 核合意 as the Iran deal', async () => {
    const result = await page('岸田総理大臣から、アルファ州において大規模な森林火災で甚大な被害が生じたことにお見舞いを述べ、明年のAPECの成功及び核合意の遵守に触れました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['大規模な森林火災', '明年のAPEC']));
    expect(named(result, 'Organization')).toContain('APEC');
    expect(named(result, 'Agreement')).toContain('イラン核合意');
  });
});

describe('a visit word used as a verb', () => {
  it('reads no visit in 訪日された, 訪米する or 訪日させたい, and keeps 今回の訪日', async () => {
    const result = await page('ベータ大統領から、訪日されたチリ要人、国連総会のため訪米する機会、担当大臣を訪日させたい旨述べ、今回の訪日を歓迎しました。');
    const visits = result.entities.filter((e) => e.type === 'Event').flatMap((e) => e.mentions.map((m) => m.text)).filter((t) => /訪|来日/u.test(t));
    expect(visits).toEqual(['訪日']);
  });
});

describe('places inside the names of bodies, and seas', () => {
  it('reads no place in 北極評議会 or 欧州理事会, reads 北極海 as a place, and no sea in 中国海警', async () => {
    const result = await page('両首脳は、北極評議会及び欧州理事会での協力、北極海の環境並びに中国海警の活動について意見交換を行い、連携で一致しました。');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['北極評議会', '欧州理事会']));
    expect(named(result, 'Location')).toEqual(['北極海']);
    expect(named(result, 'Country')).toContain('中国');
  });
});

describe('aid to a place', () => {
  it('reads 「対アルファ支援」 and 「シリア支援」 as matters, one id with and without 対, and no aid in 日本支援', async () => {
    const result = await page('両首脳は、対アフリカ支援、アフリカ支援、シリア支援及び日本支援について意見交換を行い、連携で一致しました。');
    const africa = result.entities.filter((e) => e.type === 'Issue' && /アフリカ支援/u.test(e.name));
    expect(africa).toHaveLength(1);
    expect(africa[0]?.mentions.map((m) => m.text)).toEqual(['対アフリカ支援', 'アフリカ支援']);
    expect(named(result, 'Issue')).toContain('シリア支援');
    expect(named(result, 'Issue').some((n) => /日本支援/u.test(n))).toBe(false);
  });
});

describe('national assemblies', () => {
  it('reads 〜国民議会 as a body, and the country before it without the 国 of 国民', async () => {
    const result = await page('両首脳は、クウェート国民議会選挙の実施及びナイジェリア国民議会との交流について意見交換を行いました。');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['クウェート国民議会', 'ナイジェリア国民議会']));
    const kuwait = result.entities.find((e) => e.name === 'クウェート');
    expect(kuwait?.mentions.map((m) => m.text)).toEqual(['クウェート']);
  });
});

describe('regions written as one compound', () => {
  it('reads a compass word before a region and two regions written together as one region each', async () => {
    const result = await page('岸田総理大臣から、北大西洋及び西アフリカの情勢並びに欧州大西洋の安全保障について述べました。');
    expect(named(result, 'Location')).toEqual(expect.arrayContaining(['北大西洋', '西アフリカ', '欧州大西洋']));
    expect(named(result, 'Location')).not.toContain('大西洋');
    expect(named(result, 'Location')).not.toContain('欧州');
    expect(named(result, 'Location')).not.toContain('アフリカ');
  });

  it('reads Europe\'s parts written with 欧 as regions, and 中東欧 as Central and Eastern Europe, not the Middle East', async () => {
    const result = await page('岸田総理大臣から、中東欧地域及び中・東欧諸国、北欧、バルト三国並びに大洋州との協力について述べました。');
    const places = named(result, 'Location');
    expect(places).toEqual(expect.arrayContaining(['中東欧', '北欧', 'バルト', '大洋州']));
    expect(places).not.toContain('中東');
    expect(result.entities.find((e) => e.name === '中東欧')?.mentions.map((m) => m.text)).toEqual(['中東欧地域', '中・東欧']);
  });

  it('reads 北アイルランド as a place in the United Kingdom and 中央アフリカ as the country, not compass and region', async () => {
    const result = await page('岸田総理大臣から、北アイルランド及び中央アフリカの情勢について述べました。');
    expect(result.entities.find((e) => e.name === '北アイルランド')).toMatchObject({ type: 'Location', country: 'GBR' });
    expect(result.entities.find((e) => e.name === '中央アフリカ')).toMatchObject({ type: 'Country', id: 'CAF' });
    expect(result.entities.map((e) => e.id)).not.toContain('IRL');
  });

  it('reads a grouping named after a region as the organization, not the region', async () => {
    const result = await page('岸田総理大臣から、太平洋同盟、カリブ共同体(カリコム)及び環インド洋連合との協力並びにG4としての連携について述べました。');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['太平洋同盟', 'カリブ共同体', '環インド洋連合', 'G4']));
    expect(named(result, 'Location')).toEqual([]);
  });

  it('knows every capital by its ministry spelling, and never cuts a katakana word at a tail (ポルトープランス is no プラン)', async () => {
    const result = await page('岸田総理大臣から、ポルトープランス、キンシャサ及びパリキールにおける支援並びにリガでの会合について述べ、ミラプランカ州、サミットラ地区にも触れました。');
    expect(named(result, 'Location')).toEqual(expect.arrayContaining(['ポルトープランス', 'キンシャサ', 'パリキール', 'リガ']));
    expect(result.entities.find((e) => e.name === 'キンシャサ')?.country).toBe('COD');
    expect(named(result, 'Agreement')).toEqual([]);
    expect(named(result, 'Event')).toEqual([]);
    expect(named(result, 'Location')).not.toContain('パリ');
  });

  it('knows a conference by its other common names', async () => {
    const result = await page('岸田総理大臣から、核兵器不拡散条約運用検討会議及びシャングリラ・ダイアローグについて述べました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['NPT運用検討会議', 'シャングリラ会合']));
  });

  it('reads the words of a body\'s name as the body, not as a matter discussed, and knows the ministries', async () => {
    const result = await page('岸田総理大臣から、日米安全保障協議委員会、ベータ国際問題研究所及び環境省の取組について述べました。');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['日米安全保障協議委員会', 'ベータ国際問題研究所', '環境省']));
    expect(named(result, 'Issue')).toEqual([]);
  });

  it('reads a joint announcement or joint document by its name as an agreement', async () => {
    const result = await page('両首脳は、日チリ共同文書及び日チリ経済協力共同発表を歓迎しました。');
    expect(named(result, 'Agreement')).toEqual(expect.arrayContaining(['日チリ共同文書', '日チリ経済協力共同発表']));
  });

  it('keeps a country whose name begins with a compass word, and a word that only ends in one', async () => {
    const result = await page('岸田総理大臣から、南アフリカとの協力及び中東の情勢について述べました。');
    expect(named(result, 'Country')).toContain('南アフリカ');
    expect(named(result, 'Location')).toContain('中東');
  });
});

describe('happenings named with whose or where they are', () => {
  it('reads 「北朝鮮のミサイル発射」「天皇陛下の即位」「<name>大統領の国連演説」「<country>における火事」 as events, named whole', async () => {
    const result = await page('岸田総理大臣から、北朝鮮のミサイル発射を非難し、天皇陛下の即位への祝意に謝意を表し、ベータ大統領の国連演説を評価し、クウェートにおける火事にお見舞いを述べました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['北朝鮮のミサイル発射', '天皇陛下の即位', 'ベータ大統領の国連演説', 'クウェートにおける火事']));
  });

  it('reads the owner across his English name in brackets, and names the event without it, as the occasion of a visit too', async () => {
    const lead = ' 4月2日、山田一郎衆議院議員は、総理特使として、ガンマ・デルタ・セネガル共和国大統領(H.E. Mr. Gamma DELTA, President of the Republic of Senegal)の就任式典に参列するため同国を訪問し、デルタ大統領を表敬しました。';
    const result = await extractDocument({ source: 'genre-entities', text: ['特使のセネガル訪問', '', '令和5年4月3日', '', lead, '', '1 山田特使から、協力を深めたい旨述べました。', ''].join('\n') });
    const events = result.entities.filter((e) => e.type === 'Event' && /就任式典/u.test(e.name));
    expect(events.map((e) => e.name)).toEqual(['ガンマ・デルタ・セネガル共和国大統領の就任式典']);
    expect(result.meetings[0]?.occasion).toEqual({ id: events[0]!.id, name: 'ガンマ・デルタ・セネガル共和国大統領の就任式典' });
  });

  it('reads a coronation the same way (「<name>国王の戴冠式」)', async () => {
    const result = await page('岸田総理大臣から、ガンマ国王の戴冠式への招待に謝意を表しました。');
    expect(named(result, 'Event')).toContain('ガンマ国王の戴冠式');
  });

  it('reads no person in an election named by its office (「大統領選」「首相選」)', async () => {
    const result = await page('岸田総理大臣から、来年の大統領選と首相選について質問しました。');
    expect(result.meetings[0]!.participants).toHaveLength(2);
    const chilean = result.meetings[0]!.participants.find((p) => p.country === 'CHL')!.entity;
    expect(result.entities.find((e) => e.id === chilean)!.mentions.map((m) => m.text)).not.toContain('大統領');
    expect(named(result, 'Person').filter((n) => /^(?:大統領|首相)$/u.test(n))).toEqual([]);
  });

  it('needs a known owner and a named kind: not 「総理の演説」, and not the inauguration a minister attended', async () => {
    const result = await page('岸田総理大臣から、両国の演説に触れ、山田政務官の大統領就任式出席に言及しました。');
    expect(named(result, 'Event').filter((n) => /演説|山田政務官の/u.test(n))).toEqual([]);
  });
});

describe('visit words and spellings of one name', () => {
  it('reads 訪越 like 訪中: 訪 and any one-character country form', async () => {
    const result = await page('岸田総理大臣から、昨年の訪越の成果を評価しました。');
    expect(named(result, 'Event')).toContain('訪越');
  });

  it('makes one event of 日クウェート首脳会談 and 日・クウェート首脳会談 on one page', async () => {
    const result = await page('岸田総理大臣から、日チリ首脳会談の開催を歓迎し、次回の日・チリ首脳会談に期待する旨述べました。');
    expect(result.entities.filter((e) => e.type === 'Event' && /チリ首脳会談/u.test(e.name))).toHaveLength(1);
  });
});

describe('places the gazetteer need not know', () => {
  it('reads a city written after its country and ・, and a Japanese town with its prefecture', async () => {
    const result = await page('岸田総理大臣から、チリ・バルパライソにおける会合と山形県あさひ町の視察に触れました。');
    expect(named(result, 'Location')).toEqual(expect.arrayContaining(['バルパライソ', '山形県あさひ町']));
  });

  it('keeps a grouping written with + whole (ASEAN+3外相会合)', async () => {
    const result = await page('岸田総理大臣から、ASEAN+3外相会合の成功に期待する旨述べました。');
    expect(named(result, 'Event')).toContain('ASEAN+3外相会合');
    expect(named(result, 'Event')).not.toContain('3外相会合');
  });
});

describe('quoted matters', () => {
  it('reads 「「<word>」対策」 and 「「<word>」問題」 as issues, brackets and all', async () => {
    const result = await page('岸田総理大臣から、「瀬取り」対策及び「西サハラ」問題について述べました。');
    expect(named(result, 'Issue')).toEqual(expect.arrayContaining(['「瀬取り」対策', '「西サハラ」問題']));
  });
});

describe('a country\'s course', () => {
  it('reads 「<country>の復興/完全な非核化/EU離脱」 as a matter of its own, and 地域の復興 as the general one', async () => {
    const result = await page('岸田総理大臣から、チリの復興を支援し、北朝鮮の完全な非核化と英国のEU離脱について述べ、地域の復興に触れました。');
    expect(named(result, 'Issue')).toEqual(expect.arrayContaining(['チリの復興', '北朝鮮の完全な非核化', '英国のEU離脱']));
    const general = result.entities.find((e) => e.type === 'Issue' && e.mentions.some((m) => m.text === '復興'));
    expect(general?.mentions.map((m) => m.text)).toEqual(['復興']);
  });
});

describe('one ceremony per person on a page', () => {
  it('makes one event of 「大統領就任式」 and 「<name>新大統領の就任式」, and of 〜国葬儀 and 〜の国葬 of one person', async () => {
    const result = await page('岸田総理大臣から、大統領就任式への招待に謝意を述べ、ガンマ新大統領の就任式の成功を祝しました。また、デルタ前大統領国葬儀とデルタ前大統領の国葬に触れました。');
    const events = named(result, 'Event');
    expect(events.filter((n) => /就任式/u.test(n))).toHaveLength(1);
    expect(events.filter((n) => /国葬/u.test(n))).toHaveLength(1);
  });
});

describe('visits, festivals, dialogues and friendship bodies', () => {
  it('reads a kind of visit written after its destination as a visit (山田総理の米国公式訪問), never the kind alone', async () => {
    const result = await page('岸田総理大臣から、6月の山田総理の米国公式訪問に触れ、首脳間の年次相互訪問と二国間訪問を続けたい旨述べました。');
    expect(named(result, 'Event')).toContain('山田総理の米国公式訪問');
    expect(named(result, 'Event').filter((n) => /相互訪問|二国間訪問/u.test(n))).toEqual([]);
  });

  it('makes festivals, expositions and named policy dialogues events, but not a national festival in general', async () => {
    const result = await page('岸田総理大臣から、日チリ交流おまつりと日チリ音楽祭の成功、日チリ輸出管理政策対話の開催を歓迎し、国民的祭典にも触れました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['日チリ交流おまつり', '日チリ音楽祭', '日チリ輸出管理政策対話']));
    expect(named(result, 'Event')).not.toContain('国民的祭典');
  });

  it('makes a foundation, a council or a friendship league of two countries an organisation, not a bare 友好議員連盟', async () => {
    const result = await page('岸田総理大臣から、日チリ産業技術協力財団、日チリ・ビジネス促進協議会及びチリ日本友好議員連盟の活動を評価し、(AU)友好議員連盟にも触れました。');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['日チリ産業技術協力財団', '日チリ・ビジネス促進協議会', 'チリ日本友好議員連盟']));
    expect(named(result, 'Organization')).not.toContain('友好議員連盟');
  });
});

describe('an accord named by Japan and a partner written in full', () => {
  it('reads 日・チリEPA and 日ペルーFTA as the accords their long names name, one with 日チリ経済連携協定', async () => {
    const result = await page('両首脳は、日チリ経済連携協定の10周年を祝し、日・チリEPAの活用と日ペルーFTAに触れました。');
    const accords = result.entities.filter((e) => e.type === 'Agreement');
    expect(accords.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['日チリ経済連携協定', ['日チリ経済連携協定', '日・チリEPA']],
      ['日ペルー自由貿易協定', ['日ペルーFTA']],
    ]);
  });
});

describe('a country\'s act on something', () => {
  it('reads 「<country>による/の<thing><act>」 as a matter of its own, not the act alone or after a non-country', async () => {
    const result = await page('両首脳は、チリによるOECD加盟申請と米国のユネスコ復帰を歓迎し、両国の協力再開と同国の規制にも触れました。');
    expect(named(result, 'Issue')).toEqual(expect.arrayContaining(['チリによるOECD加盟申請', '米国のユネスコ復帰']));
    expect(named(result, 'Issue').filter((n) => /協力再開|同国の規制/u.test(n))).toEqual([]);
  });
});

describe('the safety of Japanese nationals', () => {
  it('is one issue however it is written (在留邦人の安全確保, 邦人の安全)', async () => {
    const result = await page('岸田総理大臣から、在留邦人の安全確保への協力を要請し、引き続き邦人の安全に万全を期したい旨述べました。');
    const issue = result.entities.find((e) => e.name === '邦人の安全確保');
    expect(issue?.mentions.map((m) => m.text)).toEqual(['在留邦人の安全確保', '邦人の安全']);
  });
});

describe('partnerships', () => {
  it('names a partnership by its kind, unquoted (総合的パートナーシップ, 包括的・戦略的パートナーシップ), never inside a longer name', async () => {
    const result = await page('両首脳は、両国の総合的パートナーシップと包括的・戦略的パートナーシップを確認し、「包括的・戦略的パートナーシップ・イニシアティブ」と環太平洋パートナーシップ協定にも触れました。');
    expect(named(result, 'Agreement').sort()).toEqual(['包括的・戦略的パートナーシップ', '包括的・戦略的パートナーシップ・イニシアティブ', '環太平洋パートナーシップ協定', '総合的パートナーシップ'].sort());
  });

  it('keeps a humanitarian situation (人道状況, 人道危機) apart from the aid sent to it (人道支援)', async () => {
    const result = await page('岸田総理大臣から、ガザ地区の人道状況に懸念を表明し、人道支援を拡充する旨述べました。');
    const issue = (written: string) => result.entities.find((e) => e.type === 'Issue' && e.mentions.some((m) => m.text === written))?.id;
    expect(issue('人道状況')).toBe('issue:人道状況');
    expect(issue('人道支援')).toBe('issue:人道支援');
  });

  it('takes the measures against a listed matter (気候変動対策) for that matter, one mention of it', async () => {
    const result = await page('両首脳は、気候変動対策で協力することで一致しました。');
    expect(result.entities.filter((e) => e.type === 'Issue').map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['気候変動', ['気候変動対策']]]);
  });

  it('takes a pair\'s partnership named by its kind alone for that pair\'s only on a page that names the partner', async () => {
    // The lexicon knows 日越 and 日豪 partnerships by these kinds; on a page with Chile they are Chile's kinds.
    const points = ['岸田総理大臣から、包括的戦略的パートナーシップを築きたい旨述べました。', 'ベータ大統領から、特別な戦略的パートナーシップを歓迎する旨述べました。'];
    const chile = await page(...points);
    expect(chile.entities.filter((e) => e.type === 'Agreement').map((e) => e.id).sort())
      .toEqual(['agreement:包括的戦略的パートナーシップ', 'agreement:特別な戦略的パートナーシップ']);
    const vietnam = await extractDocument({ source: 'genre-entities', text: ['外務省', '', '令和5年3月14日', '',
      ' 3月14日、岸田文雄内閣総理大臣は、アルファ・ベータ・ベトナム社会主義共和国首相と首脳会談を行いました。', '', `  1. ${points[0]}`, ''].join('\n') });
    expect(vietnam.entities.filter((e) => e.type === 'Agreement').map((e) => e.id)).toEqual(['agreement:日越広範な戦略的パートナーシップ']);
  });

  it('takes a country\'s matter written without its country (債務問題) for that country\'s only on a page that names it', async () => {
    const chile = await page('両首脳は、債務問題について意見交換を行いました。');
    expect(chile.entities.filter((e) => e.type === 'Issue').map((e) => e.id)).toEqual(['issue:債務問題']);
    const russia = await page('岸田総理大臣から、ロシアとの関係に触れ、債務問題の解決を求めました。');
    expect(russia.entities.filter((e) => e.type === 'Issue').map((e) => e.id)).toContain('issue:ロシアの債務問題');
  });

  it('takes 領土問題 for the Northern Territories only on a page that names Russia, the lexicon\'s partner of that matter', async () => {
    const chile = await page('両首脳は、領土問題の平和的解決が重要であることで一致しました。');
    expect(chile.entities.filter((e) => e.type === 'Issue').map((e) => e.id)).toEqual(['issue:領土問題']);
    const russia = await page('岸田総理大臣から、ロシアとの領土問題について説明しました。');
    expect(russia.entities.filter((e) => e.type === 'Issue').map((e) => e.id)).toEqual(['issue:北方領土問題']);
  });

  it('takes a foreign state\'s body by a shared name (首相府, 連邦議会) for the lexicon\'s state\'s only on a page that names that state', async () => {
    const chile = await page('ベータ大統領から、首相府と連邦議会の改革について説明がありました。');
    expect(chile.entities.filter((e) => e.type === 'Organization').map((e) => [e.id, e.country ?? null]).sort())
      .toEqual([['organization:連邦議会', null], ['organization:首相府', null]]);
    const us = await page('岸田総理大臣から、米国の連邦議会の動向に触れました。');
    expect(us.entities.find((e) => e.type === 'Organization')?.id).toBe('organization:米議会');
    // The body's own name may be what names the state (中国外交部, 米国務省).
    const named = await page('岸田総理大臣から、中国外交部と米国務省の発表に触れました。');
    expect(named.entities.filter((e) => e.type === 'Organization').map((e) => e.id).sort()).toEqual(['organization:国務省', 'organization:外交部']);
  });

  it('leaves a link\'s file type out of a quoted name (「戦略的パートナーシップ(PDF)」)', async () => {
    const result = await page('両首脳は、「戦略的パートナーシップ(PDF)」を確認しました。');
    expect(named(result, 'Agreement')).toEqual(['戦略的パートナーシップ']);
  });
});

describe('a gathering named by what it is about', () => {
  it('reads 「<subject>に関する<gathering>」 whole, without the when or whose before it', async () => {
    const result = await page('両首脳は、先般の持続可能な開発に関する世界首脳会議と英国のEU離脱に関する国民投票、山田大臣の核軍縮及びNPTに関するストックホルム会合への出席に触れました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['持続可能な開発に関する世界首脳会議', '英国のEU離脱に関する国民投票', '核軍縮及びNPTに関するストックホルム会合']));
    expect(named(result, 'Event')).not.toContain('世界首脳会議');
  });
});

describe('中米', () => {
  it('reads 中米 as Central America, not as China and the United States (which MOFA writes 米中)', async () => {
    const result = await page('アルファ大統領から、中米地域の統合への日本の協力に謝意を述べました。', '岸田総理から、米中関係について説明しました。');
    expect(named(result, 'Location')).toContain('中米');
    // 中国 and 米国 come from 米中 alone: one mention each.
    const mentions = (name: string) => result.entities.find((e) => e.name === name)?.mentions.length;
    expect([mentions('中国'), mentions('米国')]).toEqual([1, 1]);
  });
});

describe('a visit dated by a counted time', () => {
  it('reads 「…して以来の訪日」「2年連続の訪日」 as the visit, not as events named by the time', async () => {
    const result = await page(
      '岸田総理から、2015年に外務大臣として訪日して以来の訪日を歓迎しました。',
      '岸田総理から、アルファ・ベータ大統領の2年連続の訪日を歓迎しました。',
    );
    const events = named(result, 'Event');
    expect(events.filter((e) => /以来|連続/u.test(e))).toEqual([]);
    expect(events).toContain('アルファ・ベータ大統領の訪日');
  });

  it('gives a visit whose possessor points back (同議長一行の) or is the party of the day (一行の, 先方の) no id of its own', async () => {
    for (const whose of ['同議長一行の', '一行の', '先方の']) {
      const result = await page(`岸田総理から、${whose}訪日を歓迎しました。`);
      expect(result.entities.filter((e) => e.type === 'Event' && /訪日/u.test(e.name)).map((e) => e.id)).toEqual(['event:訪日']);
    }
  });

  it('reads 「X大統領の初の訪日」「…10回目の訪日」 as X\'s visit, not as a 初の訪日 every page\'s first visit would share', async () => {
    for (const counted of ['初の', '10回目の', '就任後初めての']) {
      const result = await page(`岸田総理から、アルファ・ベータ大統領の${counted}訪日を歓迎しました。`);
      expect(result.entities.filter((e) => e.type === 'Event' && /訪日/u.test(e.name)).map((e) => e.id)).toEqual(['event:アルファ・ベータの訪日']);
    }
  });
});

describe('a body inside a person\'s office', () => {
  it('makes no event of a name and the body it heads (「ガンマ太平洋諸島フォーラム事務局長」), and keeps whose visit it is', async () => {
    const result = await page('岸田総理大臣から、ガンマ太平洋諸島フォーラム事務局長との協力について述べました。', 'また、岸田総理大臣から、デルタ首相の訪日を歓迎しました。');
    expect(named(result, 'Event')).not.toContain('ガンマ太平洋諸島フォーラム');
    expect(named(result, 'Event')).not.toContain('太平洋諸島フォーラム');
    expect(named(result, 'Organization')).toContain('太平洋諸島フォーラム');
    expect(named(result, 'Event')).toContain('デルタ首相の訪日');
  });
});

describe('names the lexicon does not know, by their form', () => {
  it('takes a meeting with an edition number for an event, but not a generic one', async () => {
    const result = await page('ベータ大統領から、第3回アルファ開発会議の成功に向け協力したい旨述べ、第2回全体会合の日程について説明しました。');
    const events = named(result, 'Event');
    expect(events).toContain('第3回アルファ開発会議');
    expect(events).not.toContain('第2回全体会合');
  });

  it('takes a name followed by its acronym in brackets, or written in brackets after it, for a name', async () => {
    const result = await page('ベータ大統領から、ガンマ開発のための西方協力促進会合(WCPC)及びデルタ諸国連合(DCU)との協力を重視している旨述べ、ODN(オメガ開発機構)への支援を求めました。');
    expect(named(result, 'Event')).toContain('ガンマ開発のための西方協力促進会合');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['デルタ諸国連合', 'オメガ開発機構']));
  });

  it('does not make a pair before a body with an acronym part of its name', async () => {
    const result = await page('岸田総理大臣から、日本・デルタ諸国連合(DCU)友好議員連盟の活動を紹介しました。');
    expect(named(result, 'Organization')).toContain('デルタ諸国連合');
    expect(named(result, 'Organization')).not.toContain('日本・デルタ諸国連合');
  });

  it('takes an expo (万博) for an event like a 博覧会', async () => {
    const result = await page('ベータ大統領から、シグマ万博への日本の参加に謝意を表しました。');
    expect(named(result, 'Event')).toContain('シグマ万博');
  });
});

describe('places the gazetteer does not know, by their frame', () => {
  const at = (lead: string, venue = '') => extractDocument({ source: 'genre-places', text: ['首脳会談', '', '令和5年3月14日', ...(venue ? [venue] : []), '', ` ${lead}`, '', '1 両首脳は、協力を強化することで一致しました。', ''].join('\n') });
  const places = (r: ExtractionResult) => r.entities.filter((e) => e.type === 'Location').map((e) => [e.id, e.country]);

  it('takes the place a venue line names, and the gazetteer\'s when only a ・ tells them apart', async () => {
    expect(places(await at('3月14日、山田総理大臣は、ベータ大統領と首脳会談を行いました。', '(於:ベルカストロ)'))).toEqual([['location:ベルカストロ', null]]);
    const spelt = await at('3月14日、山田総理大臣は、ベータ大統領と首脳会談を行いました。', '(於:ニュー・ヨーク)');
    expect(places(spelt)).toEqual([['location:ニューヨーク', 'USA']]);
  });

  it('takes a katakana city right after a country in kanji, or after a country and ・ with the venue in brackets', async () => {
    const kanji = await at('3月14日、米国タラゴニアにおいて、山田総理大臣は、ベータ大統領と首脳会談を行いました。');
    expect(places(kanji)).toEqual([['location:タラゴニア', 'USA']]);
    expect(kanji.meetings[0]!.location?.id).toBe('location:タラゴニア');
    const bracketed = await at('3月14日、ベトナム・ヴァルモラ(国立会議場)において、山田総理大臣は、ベータ大統領と首脳会談を行いました。');
    expect(places(bracketed)).toEqual(expect.arrayContaining([['location:ヴァルモラ', 'VNM']]));
  });
});

describe('a line break inside the lead', () => {
  it('takes the city in brackets after a country on the line before, without the bracket', async () => {
    const text = ['首脳会談', '', '令和5年1月9日', '', ' 1月9日、国連安全保障理事会閣僚級公開討論に出席するため米国', '(ベルカストロ)を訪問中の山田一郎外務副大臣は、ベータ外相と会談を行いました。', '', '1 両者は、協力を強化することで一致しました。', ''].join('\n');
    const result = await extractDocument({ source: 'genre-places', text });
    expect(result.meetings[0]!.location?.name).toBe('ベルカストロ');
  });
});

describe('agencies, funds and protocols the lexicon does not know', () => {
  it('takes a named agency, fund or protocol by its tail, and not 関係機関 or 国際機関', async () => {
    const result = await page('ベータ大統領から、西方原子力機関及び北方通貨基金、関係機関、国際機関との協力を重視し、南方議定書の早期発効を求める旨述べました。');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['西方原子力機関', '北方通貨基金']));
    expect(named(result, 'Organization')).not.toEqual(expect.arrayContaining(['関係機関']));
    expect(named(result, 'Organization')).not.toEqual(expect.arrayContaining(['国際機関']));
    expect(named(result, 'Agreement')).toContain('南方議定書');
  });
});

describe('inside a building', () => {
  it('places talks held inside a building (…ハウス内において) at the building', async () => {
    const text = ['首脳会談', '', '令和5年3月14日', '', ' 3月14日、ベルカストロ・ハウス内において、山田一郎内閣総理大臣は、ベータ大統領と首脳会談を行いました。', '', '1 両首脳は、協力を強化することで一致しました。', ''].join('\n');
    const result = await extractDocument({ source: 'genre-places', text });
    expect(result.meetings[0]!.location?.name).toBe('ベルカストロ・ハウス');
  });
});

describe('gatherings and accords named after a place, a country or a body', () => {
  it('reads 〜会議, 〜会合, 〜対話 and 〜協議 after a known place, country pair or body as events, not after a common noun', async () => {
    const result = await page('両首脳は、来月のインド洋会議及びサヘル関連会合、日中ハイレベル経済対話、APEC閣僚級会合について意見交換を行い、関係省庁会議及び実務者会合、事務レベル協議を通じて連携していくことで一致しました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['インド洋会議', 'サヘル関連会合', '日中ハイレベル経済対話', 'APEC閣僚級会合']));
    expect(named(result, 'Event')).not.toEqual(expect.arrayContaining([expect.stringMatching(/関係省庁|実務者|事務レベル/u)]));
  });

  it('reads a meeting of ministers or governors by their office (国防大臣会合, 〜総裁会議)', async () => {
    const result = await page('双方は、太平洋島嶼国国防大臣会合及びG20財務大臣・中央銀行総裁会議に向けて緊密に連携していくことで一致しました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['太平洋島嶼国国防大臣会合', 'G20財務大臣・中央銀行総裁会議']));
  });

  it('reads 〜合意, 〜ビジョン and 〜ロードマップ after a place or a country pair as accords, not 早期合意', async () => {
    const result = await page('両首脳は、日・チリ協力ロードマップ及び日チリ共同ビジョンに署名し、リマ合意の着実な履行と交渉の早期合意で一致しました。');
    expect(named(result, 'Agreement')).toEqual(expect.arrayContaining(['日・チリ協力ロードマップ', '日チリ共同ビジョン', 'リマ合意']));
    expect(named(result, 'Agreement')).not.toContain('早期合意');
  });

  it('reads a plan named after a country with ・ before its tail and the year it looks to (日・チリ・ビジョン2040)', async () => {
    const result = await page('両首脳は、日・チリ・ビジョン2040の下での協力を確認し、本日共同声明を発出しました。');
    expect(named(result, 'Agreement')).toEqual(expect.arrayContaining(['日・チリ・ビジョン2040']));
    expect(result.entities.flatMap((e) => e.mentions.map((m) => m.text))).toContain('共同声明');
  });

  it('reads an assembly or an airline named by its country as an organisation, not 議会 alone or 両国議会', async () => {
    const result = await page('両首脳は、フィジー議会と韓国国会の交流、パキスタン航空の直行便再開を歓迎し、議会間交流及び両国議会の協力を確認しました。');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['フィジー議会', '韓国国会', 'パキスタン航空']));
    expect(named(result, 'Organization').some((n) => /^(?:両国)?議会/u.test(n))).toBe(false);
  });

  it('makes the situation of a place written in katakana an issue even when the lexicon does not know the place', async () => {
    const result = await page('両首脳は、ナゴルノ・カラバフ情勢及びイスラエル・パレスチナ情勢について意見交換を行いました。');
    expect(named(result, 'Issue')).toEqual(expect.arrayContaining(['ナゴルノ・カラバフ情勢', 'イスラエル・パレスチナ情勢']));
  });
});

describe('armed groups, export-control regimes and coercion (lexicon)', () => {
  it('names the armed groups the pages name as actors, the Wassenaar Arrangement and economic coercion', async () => {
    const result = await page('両首脳は、ハマス、ヒズボラ及びタリバンの動向、ワッセナー・アレンジメント並びに経済的威圧への対応について意見交換を行いました。');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['ハマス', 'ヒズボラ', 'タリバーン']));
    expect(named(result, 'Agreement')).toContain('ワッセナー・アレンジメント');
    expect(named(result, 'Issue')).toContain('経済的威圧');
  });

  it('types the four islands\' visa-free exchange as an event (visits), not an accord', async () => {
    const result = await page('両首脳は、四島交流を含む人的交流を継続することで一致しました。');
    expect(named(result, 'Event')).toContain('北方四島交流');
    expect(named(result, 'Agreement')).not.toContain('北方四島交流');
  });
});

describe('the security cooperation of a pair or a trio', () => {
  it('is their own matter, one id however 安全保障 is shortened, without the general 安全保障 inside it', async () => {
    const result = await page('両首脳は、日米韓安保協力を始めとする抑止力の強化を確認し、日豪安全保障協力を進めることで一致しました。');
    expect(result.entities.filter((e) => e.type === 'Issue').map((e) => e.id)).toEqual(expect.arrayContaining(['issue:日米韓安全保障協力', 'issue:日豪安全保障協力']));
    expect(named(result, 'Issue')).not.toContain('安全保障');
  });

  it('leaves a declaration named after it to the accords (日豪安全保障協力共同宣言)', async () => {
    const result = await page('両首脳は、日豪安全保障協力共同宣言に基づく協力を確認しました。');
    expect(result.entities.map((e) => e.id)).not.toContain('issue:日豪安全保障協力');
  });
});

describe('exhibitions, receptions, symposia and seminars', () => {
  it('are events by their tail, a quoted exhibition too, and an anniversary\'s reception is the reception', async () => {
    const result = await page('岸田総理大臣から、「日・アルファ文化協力写真展」の成功を歓迎し、外交関係樹立30周年記念レセプションに出席できたことを嬉しく思う旨述べました。',
      'ガンマ大統領から、日・アルファ経済シンポジウム及びアルファ投資セミナーの開催並びに浮世絵展覧会への協力に謝意が表明されました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['日・アルファ文化協力写真展', '外交関係樹立30周年記念レセプション', '日・アルファ経済シンポジウム', 'アルファ投資セミナー', '浮世絵展覧会']));
    expect(named(result, 'Agreement')).toEqual([]);
    expect(named(result, 'Event')).not.toContain('外交関係樹立30周年');
  });
});

describe('accords named by their purpose, plans named in quotes, and a name before a conjunction', () => {
  it('takes 「…のための覚書」「…に向けた覚書」「…に係る協定」 and a quoted plan with its tail outside the quote', async () => {
    const result = await page('岸田総理大臣から、インフラ分野における官民連携推進のための覚書、鉱物資源分野における協力強化に向けた覚書及び旅客予約記録に係る協定の署名を歓迎しました。',
      '両首脳は、「アルファ回廊」構想及び『南方開発』イニシアティブの下での協力を確認し、日本アルファ友好協力に関する共同ビジョン・ステートメント及びその実施計画を採択しました。');
    expect(named(result, 'Agreement')).toEqual(expect.arrayContaining(['インフラ分野における官民連携推進のための覚書', '鉱物資源分野における協力強化に向けた覚書',
      '旅客予約記録に係る協定', '「アルファ回廊」構想', '『南方開発』イニシアティブ', '日本アルファ友好協力に関する共同ビジョン・ステートメント']));
  });

  it('leaves a purpose after を or と to its clause, and an agreement reached for a purpose unnamed', async () => {
    const result = await page('両首脳は、ベータ銀行と日本輸出銀行とのグリーン債を含む協力促進に向けた覚書を歓迎し、早期妥結に向けた合意を確認しました。');
    expect(named(result, 'Agreement').filter((n) => /覚書|合意/u.test(n))).toEqual([]);
  });
});

describe('exchanges of notes, charters, communiqués and road maps', () => {
  it('are accords, named with their subject where the page gives it', async () => {
    const result = await page('両首脳の立会いの下、道路整備計画のための円借款に関する交換公文の署名が行われ、両首脳は、日・アルファ外交関係樹立に関する共同コミュニケ、アルファ憲章及び日アルファロードマップに言及しました。');
    expect(named(result, 'Agreement')).toEqual(expect.arrayContaining(['道路整備計画のための円借款に関する交換公文', '日・アルファ外交関係樹立に関する共同コミュニケ', 'アルファ憲章', '日アルファロードマップ']));
  });
});

describe('years two countries dedicate to each other, and a country\'s days', () => {
  it('are events (日アルファ交流年, 「日・アルファ友好年」, アルファ独立記念日)', async () => {
    const result = await page('両首脳は、本年の「日・アルファ友好年」及び明年の日アルファ交流年の成功に向けて協力し、アルファ独立記念日の式典にも言及しました。');
    expect(named(result, 'Event')).toEqual(expect.arrayContaining(['日・アルファ友好年', '日アルファ交流年', 'アルファ独立記念日']));
  });
});

describe('the Gulf', () => {
  it('is a region whose situation is a matter (湾岸情勢), apart from the war and the council named after it', async () => {
    const result = await page('両首脳は、湾岸情勢について意見交換を行い、湾岸戦争の教訓及び湾岸協力理事会(GCC)との対話について話し合いました。');
    expect(named(result, 'Issue')).toContain('湾岸情勢');
    expect(named(result, 'Event')).toContain('湾岸戦争');
    expect(named(result, 'Organization')).toContain('湾岸協力理事会');
  });
});

describe('frameworks the pages name', () => {
  it('knows FOIP written with a ・, the Visegrad group as V4, and Japan\'s Central Asia dialogue', async () => {
    const result = await page('両首脳は、「自由で開かれたインド・太平洋」の実現及び「V4+日本」の協力を推進し、「中央アジア+日本」対話を活用していくことで一致しました。');
    expect(named(result, 'Agreement')).toContain('自由で開かれたインド太平洋');
    expect(named(result, 'Location')).not.toContain('インド太平洋');
    expect(named(result, 'Organization')).toContain('ヴィシェグラード・グループ');
    expect(named(result, 'Event')).toContain('「中央アジア+日本」対話');
  });
});

describe('a year one country holds in another', () => {
  it('is an event in quotes (「日本におけるトルコ年」), kept to its page when it does not say where it is held', async () => {
    const result = await page('両大臣は、「2010年トルコにおける日本年」及び「日本におけるトルコ年」の成功を歓迎し、「中国年」の例にも触れ、本年を「平和の年」とすることで一致しました。');
    const events = result.entities.filter((e) => e.type === 'Event');
    expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(['2010年トルコにおける日本年', '日本におけるトルコ年', '中国年']));
    expect(events.map((e) => e.name)).not.toContain('平和の年');
    expect(events.find((e) => e.name === '中国年')?.id).toMatch(/@/u);
    expect(events.find((e) => e.name === '日本におけるトルコ年')?.id).not.toMatch(/@/u);
  });

  it('reads them in 『』 as in 「」', async () => {
    const result = await page('両大臣は、『日本におけるトルコ年』の成功を歓迎しました。');
    expect(named(result, 'Event')).toContain('日本におけるトルコ年');
  });
});

describe('special economic zones', () => {
  it('are places when named in katakana (アルファ経済特区), as islands and ports are', async () => {
    const result = await page('両首脳は、昨年開業したベータ経済特区及びガンマ港の開発を歓迎しました。');
    expect(named(result, 'Location')).toEqual(expect.arrayContaining(['ベータ経済特区', 'ガンマ港']));
  });
});

describe('a gathering held for an anniversary, and 今次', () => {
  it('is one event with the anniversary in its name, and 今次<gathering> is that gathering again', async () => {
    const result = await page('日本・チリ友好協力50周年特別首脳会議が開催され、両首脳は今次特別首脳会議の成功を歓迎しました。');
    const events = result.entities.filter((e) => e.type === 'Event');
    expect(events.map((e) => e.name)).toContain('日本・チリ友好協力50周年特別首脳会議');
    expect(events.map((e) => e.name)).not.toContain('日本・チリ友好協力50周年');
    expect(events.map((e) => e.name)).not.toContain('今次特別首脳会議');
  });
});

describe('同 and a head noun', () => {
  it('is a mention of the nearest thing named before it with that head, in the statement that says it', async () => {
    const result = await page(
      '岸田総理大臣から、アルファ条約の早期締結を目指したい旨述べ、ベータ大統領から、同条約の交渉を加速したい旨述べました。',
      'ベータ大統領から、ガンマ湾漁業問題について説明があり、岸田総理大臣から、同問題の平和的解決を求めました。',
    );
    const treaty = result.entities.find((e) => e.type === 'Agreement' && e.name === 'アルファ条約')!;
    const said = treaty.mentions.find((m) => m.text === '同条約');
    expect(said).toBeDefined();
    // Not a name of the treaty.
    expect(treaty.aliases).not.toContain('同条約');
    const statement = result.statements.find((s) => s.start <= said!.start && said!.end <= s.end)!;
    expect(statement.text).toMatch(/^ベータ大統領から/u);
    expect(statement.mentions).toContain(treaty.id);
    const matter = result.entities.find((e) => e.type === 'Issue' && e.mentions.some((m) => m.text === '同問題'));
    expect(matter?.name).toBe('ガンマ湾漁業問題');
  });

  it('is nothing inside a word (共同宣言, 合同会議) or without a thing of that head before it', async () => {
    const result = await page('両首脳は、共同宣言に署名し、合同会議の開催で一致しました。', 'ベータ大統領から、同機構への支援を求めました。');
    for (const e of result.entities) expect(e.mentions.map((m) => m.text)).not.toEqual(expect.arrayContaining(['同宣言']));
    expect(result.entities.some((e) => e.mentions.some((m) => m.text === '同会議' || m.text === '同機構'))).toBe(false);
  });
});

describe('one happening written two ways on a page', () => {
  it('makes 「…弾道ミサイルの発射」 and 「北朝鮮の弾道ミサイル発射」 one event, the owner\'s name kept', async () => {
    const result = await page(
      '岸田総理大臣から、北朝鮮による度重なる弾道ミサイルの発射は断じて容認できない旨述べました。',
      'ベータ大統領から、北朝鮮の弾道ミサイル発射を非難する旨述べました。',
    );
    const launches = result.entities.filter((e) => e.type === 'Event' && /ミサイル/u.test(e.name));
    expect(launches.map((e) => e.name)).toEqual(['北朝鮮の弾道ミサイル発射']);
    expect(launches[0]!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['弾道ミサイルの発射', '北朝鮮の弾道ミサイル発射']));
  });
});

describe('the Emperor, named by his title', () => {
  it('is the Emperor of the day, never a foreign monarch named before him', async () => {
    const result = await page('ガンマ国王陛下から、天皇陛下の御即位への祝意が表されました。');
    const emperor = result.entities.find((e) => e.mentions.some((m) => m.text === '天皇陛下'));
    expect(emperor?.id).toBe('person:naruhito');
  });

  it('grants an audience (御会見) that is a meeting, the imperial couple for Japan', async () => {
    const text = ['御会見', '', '令和5年3月14日', '',
      ' 3月14日、午前11時から約30分間、天皇皇后両陛下は、皇居において、国賓として訪日中のガンマ・チリ共和国大統領と御会見になりました。', '',
      '1 天皇陛下から、大統領の訪日を歓迎する旨述べられました。', ''].join('\n');
    const result = await extractDocument({ source: 'audience', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings.map((m) => m.participants.map((p) => [name(p.entity), p.country]))).toEqual([[['徳仁', 'JPN'], ['ガンマ', 'CHL']]]);
    expect(result.statements[0]?.speakers).toEqual(['person:naruhito']);
  });
});

describe('a consort named without a country', () => {
  it('is of the leader written right before her, and 総理夫人 is Japan\'s', async () => {
    const result = await page('ガンマ・デルタ・チリ共和国大統領及びイプシロン大統領夫人並びに山田花子総理夫人が出席しました。');
    const country = (name: string) => result.entities.find((e) => e.name === name)?.country;
    expect([country('イプシロン'), country('山田花子')]).toEqual(['CHL', 'JPN']);
  });

  it('stays without one when the page joins her to leaders of two countries', async () => {
    const result = await page('ガンマ・チリ共和国大統領及びイプシロン夫人、岸田総理大臣及びイプシロン夫人が会食しました。');
    expect(result.entities.find((e) => e.name === 'イプシロン')?.country ?? null).toBeNull();
  });
});

describe('the head of an international body', () => {
  it('sits for no state, even on a page whose title or trip names one', async () => {
    const text = ['日・チリ外相会談', '', '令和5年3月14日', '',
      ' 3月14日、上川陽子外務大臣は、サンティアゴを訪問中、クラウス・シュワブ世界経済フォーラム会長と会談を行いました。', '',
      '1 上川大臣から、協力を深めたい旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'body-head', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings[0]?.participants.map((p) => [name(p.entity), p.country])).toEqual([['上川陽子', 'JPN'], ['クラウス・シュワブ', null]]);
    expect(named(result, 'Organization')).toContain('世界経済フォーラム');
  });
});

describe('a Security Council resolution named by its number', () => {
  it('is that resolution, one id however 第, 号 and the Council are written, apart from the Council\'s resolutions in general', async () => {
    const result = await page('岸田総理大臣から、安保理決議第1718号及び国連安全保障理事会決議1718の完全な履行と、関連安保理決議の遵守について述べました。');
    const numbered = result.entities.filter((e) => e.type === 'Agreement' && /1718/u.test(e.mentions.map((m) => m.text).join()));
    expect(numbered.map((e) => [e.id, e.mentions.length])).toEqual([['agreement:安保理決議第1718号', 2]]);
    expect(named(result, 'Agreement')).toContain('国連安保理決議');
  });
});

describe('a matter\'s words inside an accord\'s name', () => {
  it('name the accord, not a matter under discussion (安保 in 日米安保条約, 安全保障 in …安全保障協力共同宣言)', async () => {
    const result = await page('岸田総理大臣から、日米安保条約と日豪安全保障協力共同宣言について述べました。');
    const accords = result.entities.filter((e) => e.type === 'Agreement').flatMap((e) => e.mentions.map((m) => m.text));
    expect(accords).toEqual(expect.arrayContaining(['日米安保条約', '日豪安全保障協力共同宣言']));
    expect(named(result, 'Issue')).toEqual([]);
  });
});

describe('an earthquake named by where it struck from', () => {
  it('is an event named whole (「チリ中部を震源とする地震」), when the place begins with one the lexicon knows', async () => {
    const result = await page('岸田総理大臣から、チリ中部を震源とする地震による被害へのお見舞いを述べました。');
    expect(named(result, 'Event')).toContain('チリ中部を震源とする地震');
  });
});

describe('an attack named with who made it', () => {
  it('is an event named whole (「ハマス等によるテロ攻撃」, 等 after the owner), but a listed matter stays the matter (サイバー攻撃)', async () => {
    const result = await page('岸田総理大臣から、ハマス等によるテロ攻撃を非難し、北朝鮮によるサイバー攻撃への懸念を述べました。');
    expect(named(result, 'Event')).toContain('ハマス等によるテロ攻撃');
    expect(named(result, 'Event').some((name) => name.includes('サイバー'))).toBe(false);
  });
});

describe('international bodies the lexicon lists', () => {
  it('knows regional and UN bodies nobody had listed (CELAC, アンデス共同体, OCHA, 国連人間居住計画, 常設仲裁裁判所)', async () => {
    const result = await page('岸田総理大臣から、ラテンアメリカ・カリブ諸国共同体、アンデス共同体、国連人道問題調整事務所(OCHA)、国連人間居住計画及び常設仲裁裁判所との協力について述べました。');
    expect(named(result, 'Organization')).toEqual(expect.arrayContaining(['ラテンアメリカ・カリブ諸国共同体', 'アンデス共同体', '国連人道問題調整事務所', '国連人間居住計画', '常設仲裁裁判所']));
    expect(named(result, 'Issue')).toEqual([]);
  });
});

describe('large cities beside the capitals', () => {
  it('are places in their countries (スラバヤ, ベンガルール and its older spelling, 仁川)', async () => {
    const result = await page('岸田総理大臣から、スラバヤ、バンガロール及び仁川の日本企業について述べました。');
    const places = result.entities.filter((e) => e.type === 'Location').map((e) => [e.name, e.country]);
    expect(places).toEqual(expect.arrayContaining([['スラバヤ', 'IDN'], ['ベンガルール', 'IND'], ['仁川', 'KOR']]));
  });
});
