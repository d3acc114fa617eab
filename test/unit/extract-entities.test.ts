// Entities: people as name + title (titles stay titles), katakana runs split into name + country +
// title, countries from names and from one-character abbreviations inside compounds (日露, 日米韓,
// 米朝), organisations, events, issues, agreements, places; nothing from navigation text.
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATH, entitiesNaming, entityMentioned, extract, mentionTexts, person } from './extract-fixtures.js';
import type { ExtractionResult } from '../../src/types.js';

const TITLES = ['総理', '総理大臣', '内閣総理大臣', '首相', '大統領', '国家主席', '外務大臣', '外相', '国務長官', '外交部長', '外交部長官', '官房副長官', '大使', '局長'];

/** The entity type that the text `surface` is a mention of. */
function typeOf(result: ExtractionResult, surface: string): string {
  return entityMentioned(result, surface).type;
}

describe('people', () => {
  it('reads a surname or a full name before a title as a person, with the country of the side', async () => {
    const result = await extract('japan-china-fm-2008.txt');
    expect(person(result, '高村外務大臣')).toMatchObject({ name: '高村正彦', country: 'JPN' });
    expect(person(result, '胡錦濤国家主席')).toMatchObject({ name: '胡錦濤', country: 'CHN' });
    expect(person(await extract('japan-korea-2000-cutoff.txt'), '森総理')).toMatchObject({ country: 'JPN' });
  });

  it('never makes a title an entity of its own', async () => {
    for (const name of ['japan-india-2019-reiwa.txt', 'japan-us-rok-fm-2018.txt', 'japan-china-fm-2008.txt', 'koizumi-putin-dinner-2003.txt']) {
      const names = (await extract(name)).entities.map((e) => e.name);
      expect(names.filter((n) => TITLES.includes(n)), name).toEqual([]);
    }
  });

  it('splits フラトコフロシア首相 into the name フラトコフ, the country RUS and the title 首相', async () => {
    const fradkov = person(await extract('machimura-fradkov-2005-navpage.txt'), 'フラトコフロシア首相');
    expect(fradkov.name).toContain('フラトコフ');
    expect(fradkov.name).not.toContain('ロシア');
    expect(fradkov.country).toBe('RUS');
    expect(fradkov.aliases).toContain('フラトコフ');
  });

  it('makes no second person of the English name in parentheses', async () => {
    const result = await extract('japan-india-2019-reiwa.txt');
    const modi = person(result, 'モディ首相').id;
    expect(entitiesNaming(result, 'Modi').filter((e) => e.id !== modi)).toEqual([]);
    expect(result.entities.filter((e) => e.type === 'Person')).toHaveLength(2);
  });
});

describe('countries', () => {
  it('reads one-character abbreviations inside compounds: 日露, 日米韓, 米朝, 米韓', async () => {
    const rok = await extract('japan-us-rok-fm-2018.txt');
    const at = rok.document.text.indexOf('日米韓外相会談');
    const ids = (offset: number) => rok.entities.filter((e) => e.mentions.some((m) => m.start === offset && m.end === offset + 1)).map((e) => e.id);
    expect([ids(at), ids(at + 1), ids(at + 2)]).toEqual([['JPN'], ['USA'], ['KOR']]);
    const usNk = rok.document.text.indexOf('米朝首脳会談');
    expect([ids(usNk), ids(usNk + 1)]).toEqual([['USA'], ['PRK']]);
    const nav = await extract('machimura-fradkov-2005-navpage.txt');
    expect(mentionTexts(nav.entities.find((e) => e.id === 'RUS')!)).toContain('露');
  });

  it('uses ISO alpha-3 ids and reads short and formal names (豪州, 英国, ロシア連邦, 中華人民共和国)', async () => {
    expect(entityMentioned(await extract('japan-australia-2014-points.txt'), '豪州').id).toBe('AUS');
    expect(entityMentioned(await extract('japan-uk-2016-localtime.txt'), '英国').id).toBe('GBR');
    expect(entityMentioned(await extract('lavrov-courtesy-call-2016.txt'), 'ロシア連邦').id).toBe('RUS');
    expect(entityMentioned(await extract('japan-china-fm-2008.txt'), '中華人民共和国').id).toBe('CHN');
    expect(entityMentioned(await extract('japan-india-2019-reiwa.txt'), 'インド').id).toBe('IND');
  });
});

describe('organisations, events, issues, agreements, places', () => {
  it('types organisations, also when named inside an event (G20 in G20大阪サミット)', async () => {
    const india = await extract('japan-india-2019-reiwa.txt');
    expect(typeOf(india, 'ASEAN')).toBe('Organization');
    expect(entitiesNaming(india, 'G20').map((e) => e.type).sort()).toEqual(['Event', 'Organization']);
    expect(typeOf(await extract('japan-us-telephone-2017.txt'), '国連安保理')).toBe('Organization');
  });

  it('types events: 〜事件, 〜サミット, 〜会議, 〜会合, 〜大会, visits (訪ロ), wars', async () => {
    expect(typeOf(await extract('japan-china-fm-2008.txt'), '中国製冷凍ギョーザ事件')).toBe('Event');
    expect(typeOf(await extract('japan-india-2019-reiwa.txt'), 'G20大阪サミット')).toBe('Event');
    expect(typeOf(await extract('japan-india-2019-reiwa.txt'), '日印外務・防衛閣僚会合')).toBe('Event');
    expect(typeOf(await extract('japan-us-rok-fm-2018.txt'), 'ASEAN関連外相会議')).toBe('Event');
    expect(entitiesNaming(await extract('japan-china-2019-western.txt'), '東京オリンピック').map((e) => e.type)).toEqual(['Event']);
    expect(entitiesNaming(await extract('japan-korea-2000-cutoff.txt'), 'ワールドカップ').map((e) => e.type)).toEqual(['Event']);
    expect(entitiesNaming(await extract('lavrov-courtesy-call-2016.txt'), '訪ロ').map((e) => e.type)).toEqual(['Event']);
    expect(typeOf(await extract(SAMPLE_PATH), '第二次大戦')).toBe('Event');
  });

  it('types issues: 〜問題 and named themes', async () => {
    expect(typeOf(await extract('japan-china-fm-2008.txt'), '東シナ海資源開発問題')).toBe('Issue');
    expect(typeOf(await extract('japan-india-2019-reiwa.txt'), '拉致問題')).toBe('Issue');
    expect(typeOf(await extract('japan-uk-2016-localtime.txt'), '英国のEU離脱')).toBe('Issue');
    expect(typeOf(await extract('lavrov-courtesy-call-2016.txt'), '核・ミサイル問題')).toBe('Issue');
  });

  it('types agreements: 〜条約, 〜協定, 〜計画, 〜決議 and named partnerships', async () => {
    expect(typeOf(await extract('machimura-fradkov-2005-navpage.txt'), '日露通好条約')).toBe('Agreement');
    expect(typeOf(await extract('japan-australia-2014-points.txt'), '日豪経済連携協定')).toBe('Agreement');
    expect(typeOf(await extract('koizumi-putin-dinner-2003.txt'), '日露行動計画')).toBe('Agreement');
    expect(typeOf(await extract('japan-korea-2000-cutoff.txt'), '日韓投資協定')).toBe('Agreement');
    expect(typeOf(await extract('japan-us-rok-fm-2018.txt'), '国連安保理決議')).toBe('Agreement');
    expect(typeOf(await extract('japan-india-2019-reiwa.txt'), '「日印特別戦略的グローバル・パートナーシップ」')).toBe('Agreement');
    expect(typeOf(await extract('japan-china-fm-2008.txt'), '「戦略的互恵関係」')).toBe('Agreement');
  });

  it('types cities, regions, islands and seas as locations', async () => {
    expect(typeOf(await extract('japan-australia-2014-points.txt'), 'キャンベラ')).toBe('Location');
    expect(typeOf(await extract('japan-australia-2014-points.txt'), '南シナ海')).toBe('Location');
    expect(typeOf(await extract('japan-china-2019-western.txt'), '尖閣諸島')).toBe('Location');
    expect(typeOf(await extract('koizumi-putin-dinner-2003.txt'), 'モスクワ')).toBe('Location');
  });
});

describe('navigation text', () => {
  it('is left out of the document text and gives no entity', async () => {
    const result = await extract('machimura-fradkov-2005-navpage.txt');
    for (const furniture of ['外務省', 'トップページ', 'サイトマップ', 'キッズ外務省', 'ODA', 'へ戻る']) {
      expect(result.document.text, furniture).not.toContain(furniture);
    }
    for (const furniture of ['外務省', 'キッズ外務省', 'ODA', '過去の記録', '渡航関連情報', '各国・地域情勢']) {
      expect(entitiesNaming(result, furniture), furniture).toEqual([]);
    }
    expect(result.document.text).toContain('フラトコフロシア首相と会談を行った');
  });
});
