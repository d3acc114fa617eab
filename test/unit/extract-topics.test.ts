// Topics: numbered section headings (1., １．, 1 + space) become topics with the issues they name;
// (1)/(2) paragraphs, ア/イ/ウ points, bullets and numbered paragraphs without headings do not.
import { describe, expect, it } from 'vitest';
import { entityMentioned, extract } from './extract-fixtures.js';

const headings = async (name: string) => (await extract(name)).topics.map((t) => [t.number, t.heading]);

describe('numbered sections', () => {
  it('reads full-width １．headings', async () => {
    expect(await headings('japan-india-2019-reiwa.txt')).toEqual([[1, '冒頭'], [2, '二国間関係'], [3, '地域情勢']]);
  });

  it('reads 1. headings, also on a page with navigation text', async () => {
    expect(await headings('japan-china-fm-2008.txt')).toEqual([[1, '冷凍ギョーザ事件'], [2, '東シナ海資源開発問題'], [3, '胡錦濤国家主席の訪日']]);
    expect(await headings('machimura-fradkov-2005-navpage.txt')).toEqual([[1, '日露関係全般'], [2, '経済関係'], [3, '領土問題']]);
    expect(await headings('japan-korea-2000-cutoff.txt')).toEqual([[1, '朝鮮半島情勢'], [2, '日韓関係']]);
  });

  it('reads "1 冒頭発言" headings without taking the ア/イ/ウ points under them for sections', async () => {
    expect(await headings('japan-australia-2014-points.txt')).toEqual([[1, '冒頭発言'], [2, '地域情勢']]);
  });

  it('has no topics for bullet lists (-, ・, ○) nor for numbered paragraphs that have no heading', async () => {
    for (const name of ['japan-us-telephone-2017.txt', 'japan-uk-2016-localtime.txt', 'koizumi-putin-dinner-2003.txt', 'japan-us-rok-fm-2018.txt', 'japan-china-2019-western.txt', 'lavrov-courtesy-call-2016.txt']) {
      expect((await extract(name)).topics, name).toEqual([]);
    }
  });
});

describe('issues of a topic', () => {
  it('links a heading to the event or issue it names, resolved to the same entity as in the body', async () => {
    const result = await extract('japan-china-fm-2008.txt');
    const [incident, seaIssue] = result.topics;
    expect(incident?.issues).toContain(entityMentioned(result, '冷凍ギョーザ事件', 'Event').id);
    expect(incident?.issues).toContain(entityMentioned(result, '中国製冷凍ギョーザ事件', 'Event').id);
    expect(seaIssue?.issues).toContain(entityMentioned(result, '東シナ海資源開発問題', 'Issue').id);
  });

  it('links 領土問題 to the territorial issue', async () => {
    const result = await extract('machimura-fradkov-2005-navpage.txt');
    expect(result.topics[2]?.issues).toContain(entityMentioned(result, '領土問題', 'Issue').id);
  });
});

describe('statements inside sections', () => {
  it('carry the section number and their (n) paragraph number', async () => {
    const result = await extract('japan-china-fm-2008.txt');
    expect(result.statements.map((s) => [s.topic, s.paragraph])).toEqual([
      [1, 1], [1, 2], [2, 1], [2, 2], [3, 1], [3, 2], [3, 3],
    ]);
  });

  it('carry a null topic where the document has no sections', async () => {
    const result = await extract('japan-us-telephone-2017.txt');
    expect(result.statements.length).toBeGreaterThan(0);
    expect(result.statements.every((s) => s.topic === null)).toBe(true);
  });
});
