// Statements: a paragraph split into its speech acts; speakers from Xより/Xから/Xは…旨述べた and
// 「Xから…の説明/発言があった」; continuation (更に, また); answers after これに対し (respondsTo); joint acts
// of 両首脳/両外相; role-only speakers (総理, 先方, 大統領, 同首相, 同大統領) resolved to the person;
// a speech-act label per statement; ア/イ/ウ points after 「概要以下のとおり述べた」.
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATH, extract, person, statementWith } from './extract-fixtures.js';
import type { ExtractionResult } from '../../src/types.js';

/** Speaker ids of the one statement holding `fragment`. */
function speakersOf(result: ExtractionResult, fragment: string): string[] {
  return statementWith(result, fragment).speakers;
}

describe('splitting paragraphs into speech acts', () => {
  it('splits 「…旨述べました。また、…旨述べました。」 into two statements of the same speaker', async () => {
    const result = await extract('japan-india-2019-reiwa.txt');
    const first = statementWith(result, '高速鉄道計画をはじめとする協力');
    const second = statementWith(result, '年内の訪印を楽しみにしている');
    expect(first.id).not.toBe(second.id);
    expect(second.paragraph).toBe(first.paragraph);
    expect(second.speakers).toEqual([person(result, '安倍総理').id]);
  });

  it('splits a question and its answer in one bullet (…旨述べました。これに対し、習主席から…)', async () => {
    const result = await extract('japan-china-2019-western.txt');
    const question = statementWith(result, '国賓としての訪日を実り多い');
    const answer = statementWith(result, '改善の勢いを保っている');
    expect(answer.paragraph).toBe(question.paragraph);
    expect(answer.speakers).toEqual([person(result, '習主席').id]);
    expect(answer.respondsTo).toBe(question.id);
  });

  it('splits two speakers reporting 「…について説明がありました」 in one bullet', async () => {
    const result = await extract('japan-us-rok-fm-2018.txt');
    expect(speakersOf(result, '米朝間の合意の履行')).toEqual([person(result, 'ポンペオ長官').id]);
    expect(speakersOf(result, '南北関係の現状')).toEqual([person(result, '康長官').id]);
  });

  it('keeps 意見交換 with no reported content out of the statements', async () => {
    const result = await extract('koizumi-putin-dinner-2003.txt');
    expect(result.statements.some((s) => s.text.includes('柔道や音楽'))).toBe(false);
  });

  it('numbers statements in document order', async () => {
    const result = await extract('japan-china-fm-2008.txt');
    expect(result.statements.map((s) => s.order)).toEqual(result.statements.map((_, i) => i + 1));
    expect(result.statements.map((s) => s.start)).toEqual([...result.statements.map((s) => s.start)].sort((a, b) => a - b));
  });
});

describe('speakers', () => {
  it('reads Xより…旨述べた, Xから…旨の発言があった and Xは…旨述べた', async () => {
    const fm = await extract('japan-china-fm-2008.txt');
    expect(speakersOf(fm, '食の安全に対する大きな不安')).toEqual([person(fm, '高村大臣').id]);
    expect(speakersOf(fm, '事務レベルの協議を加速')).toEqual([person(fm, '楊部長').id]);
    const dinner = await extract('koizumi-putin-dinner-2003.txt');
    expect(speakersOf(dinner, '率直に話し合う用意がある')).toEqual([person(dinner, 'プーチン大統領').id]);
  });

  it('carries the speaker over 更に、Xから and also', async () => {
    const result = await extract('japan-us-telephone-2017.txt');
    expect(speakersOf(result, '米国の引き続きの協力を要請')).toEqual([person(result, '安倍総理').id]);
  });

  it('resolves role-only speakers to the person: 総理, 先方, 大統領, 同首相, 同大統領', async () => {
    const visit = await extract('lavrov-courtesy-call-2016.txt');
    expect(speakersOf(visit, 'よろしくとの伝言')).toEqual([person(visit, 'ラブロフ外相').id]);
    expect(speakersOf(visit, '国連安保理決議の完全な履行')).toEqual([person(visit, '安倍総理').id]);
    const call = await extract('japan-us-telephone-2017.txt');
    expect(speakersOf(call, '日本の立場を全面的に支持')).toEqual([person(call, 'トランプ大統領').id]);
    const uk = await extract('japan-uk-2016-localtime.txt');
    expect(speakersOf(uk, '日本企業の英国における活動')).toEqual([person(uk, 'メイ首相').id]);
    const sample = await extract(SAMPLE_PATH);
    expect(speakersOf(sample, '自分の訪露の時には')).toEqual([person(sample, '小泉総理').id]);
  });

  it('gives both principals to 両首脳は…一致 / 両外相は…一致 / 両首脳は…意見交換を行い、…一致', async () => {
    const india = await extract('japan-india-2019-reiwa.txt');
    const pair = [person(india, '安倍総理').id, person(india, 'モディ首相').id].sort();
    expect([...speakersOf(india, '日印外務・防衛閣僚会合の年内の初開催')].sort()).toEqual(pair);
    expect([...speakersOf(india, '米国やASEANとも連携')].sort()).toEqual(pair);
    const fm = await extract('japan-china-fm-2008.txt');
    expect([...speakersOf(fm, '緊密に意思疎通していく')].sort()).toEqual([person(fm, '高村大臣').id, person(fm, '楊部長').id].sort());
    const au = await extract('japan-australia-2014-points.txt');
    expect(speakersOf(au, '一方的な現状変更の試みに反対')).toHaveLength(2);
  });
});

describe('answers', () => {
  it('points これに対し(て) at the statement just before it', async () => {
    const fm = await extract('japan-china-fm-2008.txt');
    expect(statementWith(fm, '早期に真相を明らかに').respondsTo).toBe(statementWith(fm, '食の安全に対する').id);
    expect(statementWith(fm, '事務レベルの協議を加速').respondsTo).toBe(statementWith(fm, 'できるだけ早く解決を図りたい').id);
    const korea = await extract('japan-korea-2000-cutoff.txt');
    expect(statementWith(korea, '敬意を表する').respondsTo).toBe(statementWith(korea, '相互に補完し合う').id);
  });

  it('leaves respondsTo empty where there is no answer marker', async () => {
    const fm = await extract('japan-china-fm-2008.txt');
    expect(statementWith(fm, '胡錦濤国家主席の訪日は日中関係にとって').respondsTo).toBeNull();
    expect(statementWith(fm, '新たな共同文書を発出').respondsTo).toBeNull();
  });
});

describe('points after 「概要以下のとおり述べた」', () => {
  it('makes each ア/イ/ウ point a statement of the speaker introduced above it', async () => {
    const result = await extract('japan-australia-2014-points.txt');
    const abbott = person(result, 'アボット首相').id;
    const abe = person(result, '安倍総理').id;
    for (const point of ['基本的価値と戦略的利益を共有', '新たな時代を開く', '安全保障協力を一層深め']) {
      expect(speakersOf(result, point), point).toEqual([abbott]);
    }
    for (const point of ['温かい歓迎に感謝する', '特別な戦略的パートナーシップ」へと']) {
      expect(speakersOf(result, point), point).toEqual([abe]);
    }
  });

  it('makes the answering points respond to the last point of the other side', async () => {
    const result = await extract('japan-australia-2014-points.txt');
    const last = statementWith(result, '安全保障協力を一層深め').id;
    expect(statementWith(result, '温かい歓迎に感謝する').respondsTo).toBe(last);
  });
});

describe('speech-act labels', () => {
  it('labels statements by their reporting predicate', async () => {
    const cases: Array<[string, string, string]> = [
      ['japan-india-2019-reiwa.txt', '温かい歓迎に謝意を表明', 'gratitude'],
      ['japan-india-2019-reiwa.txt', 'インドの理解と協力を求めました', 'request'],
      ['japan-india-2019-reiwa.txt', '初開催に向けて調整を進めることで一致', 'agreement'],
      ['japan-us-telephone-2017.txt', '引き続きの協力を要請', 'request'],
      ['lavrov-courtesy-call-2016.txt', '完全な履行が重要である旨強調', 'emphasis'],
      ['japan-us-rok-fm-2018.txt', '米朝間の合意の履行', 'explanation'],
      ['japan-us-rok-fm-2018.txt', '米韓両国の支持に謝意', 'gratitude'],
      ['japan-uk-2016-localtime.txt', '交渉を進めることを期待する', 'expectation'],
      ['japan-china-fm-2008.txt', '早期に真相を明らかにしたい', 'statement'],
      ['japan-korea-2000-cutoff.txt', '諸懸案の解決が不可欠である旨強調', 'emphasis'],
    ];
    for (const [name, fragment, act] of cases) {
      expect(statementWith(await extract(name), fragment).act, `${name}: ${fragment}`).toBe(act);
    }
  });
});
