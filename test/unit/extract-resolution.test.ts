// Resolution: one entity per real-world thing in a document (露/ロ/ロシア/ロシア連邦, ラヴロフ/ラブロフ,
// 小泉/小泉総理/総理, 訪ロ/訪露) and the same id for the same person or country in every document.
import { describe, expect, it } from 'vitest';
import { FIXTURE_NAMES, SAMPLE_PATH, entitiesNaming, entityById, extract, mentionTexts, person } from './extract-fixtures.js';

describe('one entity per thing in a document', () => {
  it('joins ロシア連邦, ロシア, 露 and ロ into RUS', async () => {
    const result = await extract('lavrov-courtesy-call-2016.txt');
    const russia = entityById(result, 'RUS');
    expect(russia?.type).toBe('Country');
    expect(mentionTexts(russia!)).toEqual(expect.arrayContaining(['ロシア連邦', 'ロシア', '露', 'ロ']));
    expect(result.entities.filter((e) => e.type === 'Country' && e.id !== 'RUS' && /ロシア|露/u.test(e.name))).toEqual([]);
  });

  it('joins the katakana variants ラヴロフ and ラブロフ into one person', async () => {
    const result = await extract('lavrov-courtesy-call-2016.txt');
    const lavrov = person(result, 'ラブロフ外相');
    expect(person(result, 'セルゲイ・ラヴロフ・ロシア連邦外務大臣').id).toBe(lavrov.id);
    // Other entities may name him (ラブロフ外相の訪日 is a visit); only one of them is a person.
    const people = [...entitiesNaming(result, 'ラヴロフ'), ...entitiesNaming(result, 'ラブロフ')].filter((e) => e.type === 'Person');
    expect(new Set(people.map((e) => e.id))).toEqual(new Set([lavrov.id]));
  });

  it('joins 小泉総理大臣, 小泉総理 and the bare title 総理 into one person', async () => {
    for (const path of ['koizumi-putin-dinner-2003.txt', SAMPLE_PATH]) {
      const result = await extract(path);
      const koizumi = person(result, '小泉総理');
      expect(person(result, '総理').id, path).toBe(koizumi.id);
      expect(result.entities.filter((e) => e.type === 'Person' && e.name.includes('小泉')), path).toHaveLength(1);
    }
    expect(person(await extract('koizumi-putin-dinner-2003.txt'), '小泉総理大臣').id).toBe(person(await extract('koizumi-putin-dinner-2003.txt'), '小泉総理').id);
  });

  it('joins 同大統領 and プーチン大統領, 大統領 and トランプ大統領', async () => {
    const dinner = await extract('koizumi-putin-dinner-2003.txt');
    expect(person(dinner, '同大統領').id).toBe(person(dinner, 'プーチン大統領').id);
    const call = await extract('japan-us-telephone-2017.txt');
    expect(person(call, '大統領').id).toBe(person(call, 'トランプ大統領').id);
  });

  it('joins 訪露 and 訪ロ into one visit', async () => {
    const result = await extract(SAMPLE_PATH);
    const visits = result.entities.filter((e) => e.type === 'Event' && e.mentions.some((m) => /訪[露ロ]/u.test(m.text)));
    expect(visits).toHaveLength(1);
    const forms = mentionTexts(visits[0]!).join(' ');
    expect(forms).toContain('訪露');
    expect(forms).toContain('訪ロ');
  });

  it('joins a name written with and without the country before the title (フラトコフ・ロシア首相, フラトコフロシア首相, フラトコフ首相)', async () => {
    const result = await extract('machimura-fradkov-2005-navpage.txt');
    const fradkov = person(result, 'フラトコフ首相');
    expect(person(result, 'フラトコフ・ロシア首相').id).toBe(fradkov.id);
    expect(person(result, 'フラトコフロシア首相').id).toBe(fradkov.id);
  });

  it('gives every entity of a document its own id', async () => {
    for (const name of FIXTURE_NAMES) {
      const ids = (await extract(name)).entities.map((e) => e.id);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });
});

describe('stable ids across documents', () => {
  it('gives the same person the same id in every document, whatever the title held', async () => {
    const abe = await Promise.all([
      ['japan-india-2019-reiwa.txt', '安倍総理'], ['japan-us-telephone-2017.txt', '安倍総理'],
      ['lavrov-courtesy-call-2016.txt', '安倍総理'], ['japan-australia-2014-points.txt', '安倍総理'],
      ['japan-uk-2016-localtime.txt', '安倍総理'], ['japan-china-2019-western.txt', '安倍総理'],
      ['koizumi-putin-dinner-2003.txt', '安倍官房副長官'],
    ].map(async ([name, surface]) => person(await extract(name!), surface!).id));
    expect(new Set(abe).size).toBe(1);
    expect(abe[0]).toMatch(/^person:/);
    const putin = await Promise.all([
      ['lavrov-courtesy-call-2016.txt', 'プーチン大統領'], ['koizumi-putin-dinner-2003.txt', 'プーチン大統領'],
      ['machimura-fradkov-2005-navpage.txt', 'プーチン大統領'], [SAMPLE_PATH, 'プーチン大統領'],
    ].map(async ([path, surface]) => person(await extract(path!), surface!).id));
    expect(new Set(putin).size).toBe(1);
    expect(person(await extract(SAMPLE_PATH), '小泉総理').id).toBe(person(await extract('koizumi-putin-dinner-2003.txt'), '小泉総理').id);
  });

  it('gives countries their ISO alpha-3 id everywhere', async () => {
    for (const name of FIXTURE_NAMES) {
      const result = await extract(name);
      const japan = result.entities.filter((e) => e.type === 'Country' && e.name === '日本');
      expect(japan.map((e) => e.id), name).toEqual(['JPN']);
      for (const country of result.entities.filter((e) => e.type === 'Country')) {
        expect(country.id, `${name}: ${country.name}`).toMatch(/^[A-Z]{3}$/);
      }
    }
  });
});
