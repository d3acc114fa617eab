// Cases found by testing the extractor on hand-written fixtures: each once went wrong, each is a
// pattern of the genre rather than of one document. Texts are short invented summaries.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import type { ExtractionResult } from '../../src/types.js';

const header = '日露外相会談\n平成28年4月15日\n';

async function run(body: string): Promise<ExtractionResult> {
  return extractDocument({ source: 'inline.txt', text: header + body });
}

function personBy(result: ExtractionResult, surface: string) {
  return result.entities.find((e) => e.type === 'Person' && e.mentions.some((m) => m.text === surface));
}

describe('people written with postings and offices', () => {
  it('keeps a posting (駐日, 駐ロシア) in the title, not in the name or the nationality', async () => {
    const r = await run(
      ' 4月15日午前10時から約1時間、岸田外務大臣はラヴロフ・ロシア外相と会談を行った。' +
        '(ロシア側同席者は、ガルージン駐日ロシア大使、日本側同席者は、上月駐ロシア大使。)\n1 岸田大臣から、協力したい旨述べた。\n',
    );
    const parts = r.meetings[0]!.participants;
    const galuzin = personBy(r, 'ガルージン駐日ロシア大使');
    const kozuki = personBy(r, '上月駐ロシア大使');
    expect(galuzin?.name).toMatch(/ガルージン/);
    expect(parts.find((p) => p.entity === galuzin?.id)).toMatchObject({ role: 'delegation', country: 'RUS', title: '駐日ロシア大使' });
    expect(parts.find((p) => p.entity === kozuki?.id)).toMatchObject({ role: 'delegation', country: 'JPN', title: '駐ロシア大使' });
  });

  it('does not read a surname ending in a known one-character name as that person (佐々江 is not 江沢民)', async () => {
    const r = await run(' 4月15日、岸田外務大臣はラヴロフ外相と会談を行った。(当方:佐々江アジア大洋州局長ほか同席。)\n');
    const sasae = personBy(r, '佐々江アジア大洋州局長');
    expect(sasae?.id).not.toBe('person:jiang-zemin');
    expect(sasae?.name).toBe('佐々江');
  });

  it('keeps an assistant office whole (外交部長助理)', async () => {
    const r = await run(' 4月15日、岸田外務大臣は王毅外交部長と会談を行った。(先方:崔天凱外交部長助理ほか同席。)\n');
    const cui = r.meetings[0]!.participants.find((p) => p.role === 'delegation');
    expect(cui?.title).toBe('外交部長助理');
  });
});

describe('times, joint acts and compounds', () => {
  it('carries 午後 from the start to an end written without it', async () => {
    const r = await run(' 本15日午後5時35分から6時15分まで、岸田外務大臣はラヴロフ外相と会談を行った。\n');
    expect(r.meetings[0]).toMatchObject({ start: '17:35', end: '18:15', durationMinutes: 40 });
  });

  it('splits 「…旨述べ、双方は…一致した」 into a statement and a joint agreement', async () => {
    const r = await run(' 4月15日、岸田外務大臣はラヴロフ外相と会談を行った。\n1 岸田大臣から、緊密に連携したい旨述べ、双方は、対話を続けることで一致した。\n');
    const [first, second] = r.statements;
    expect(first?.speakers).toHaveLength(1);
    expect(second?.speakers).toHaveLength(2);
    expect(second?.act).toBe('agreement');
  });

  it('finds the countries of a pair compound before a particle and of 露側', async () => {
    const r = await run(' 4月15日、岸田外務大臣はラヴロフ外相と会談を行った。\n1 岸田大臣から、日米が連携し、露側としても協力を期待する旨述べた。\n');
    const countries = r.entities.filter((e) => e.type === 'Country').map((e) => e.id);
    expect(countries).toEqual(expect.arrayContaining(['JPN', 'USA', 'RUS']));
  });

  it('labels a statement by its reporting verb, not by words of its content', async () => {
    const r = await run(' 4月15日、岸田外務大臣はラヴロフ外相と会談を行った。\n1 ラヴロフ外相から、一連の合意に基づき交渉を進めたい旨述べた。\n');
    expect(r.statements[0]?.act).toBe('statement');
  });

  it('never keeps a bare title as an alias', async () => {
    const r = await run(' 4月15日、岸田外務大臣はラヴロフ外相と会談を行った。\n1 外相から、協力したい旨述べた。\n');
    for (const e of r.entities.filter((x) => x.type === 'Person')) expect(e.aliases).not.toContain('外相');
  });
});
