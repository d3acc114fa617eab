// Genre rules for a meeting's kind, each on a minimal sentence: the words of a call or a video call,
// an audience (拝謁), and plain 会談 typed by who met whom.
import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../src/parse/lead.js';
import { kindFromWhoMet } from '../../src/frame/lead-frame.js';
import { findPersonMentions } from '../../src/extract/persons.js';
import { extractDocument } from '../../src/pipeline.js';

const kindOf = (lead: string, title = '') => kindFromWhoMet(classifyKind(title, lead), findPersonMentions(lead), `${title}\n${lead}`);

describe('meeting kind', () => {
  it('reads calls and video calls whatever sits between the words', () => {
    expect(classifyKind('', '本日、日露電話首脳会談が行われた。')).toBe('telephone');
    expect(classifyKind('', '山田外務副大臣は、アルファ外務次官とテレビ会談を行った。')).toBe('video');
  });

  it('reads talks held over a call placed in the clause before them as a call, whoever placed it, and 「オンラインで会談」 as video', () => {
    expect(classifyKind('', '9月20日、アルファ大統領から山田総理大臣に電話があり、約15分間会談した。')).toBe('telephone');
    expect(classifyKind('', '9月20日、山田総理大臣は、アルファ大統領に電話をかけ、会談した。')).toBe('telephone');
    expect(classifyKind('', '9月20日、山田総理大臣は、アルファ大統領とオンラインで会談を行った。')).toBe('video');
    expect(classifyKind('', '9月20日、山田総理大臣は、アルファ大統領と会談を行った。')).toBe('summit');
  });

  it('reads a working lunch written without its dot, or attended at another\'s invitation, as a meal; not one attended before talks', () => {
    expect(classifyKind('', '山田外務大臣は、ベータ大統領とワーキングランチを行いました。')).toBe('meal');
    expect(classifyKind('', '山田外務大臣は、ベータ大統領主催のワーキングランチに出席したところ、概要は以下のとおりです。')).toBe('meal');
    expect(classifyKind('', '山田総理大臣は、ベータ国王主催の午餐会に出席した後、午後2時から首脳会談を行ったところ、概要は以下のとおりです。')).toBe('summit');
  });

  it('reads a brief encounter (会話を交わし, 挨拶を交わし, 接触し) as a meeting, and a call received (の訪問を受け) as a courtesy call', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const meetingOf = async (verb: string) => (await extractDocument({ source: 'encounter', text: ['会談', '', '令和5年3月14日', '', ` 3月14日、山田一郎内閣総理大臣は、ガンマ・デルタ・ケニア大統領と${verb}。`, '', '1 山田総理大臣から、協力を深めたい旨述べました。', ''].join('\n') })).meetings[0];
    for (const verb of ['短時間会話を交わしました', '挨拶を交わしました', '接触しました']) expect((await meetingOf(verb))?.participants).toHaveLength(2);
    const received = await extractDocument({ source: 'encounter', text: ['外務省', '', '令和5年3月14日', '', ' 3月14日、山田一郎内閣総理大臣は、ガンマ・デルタ・ケニア大統領の訪問を受けました。', '', '1 山田総理大臣から、協力を深めたい旨述べました。', ''].join('\n') });
    expect(received.meetings[0]?.kind).toBe('courtesy_call');
  });

  it('reads an audience with a king as a courtesy call', () => {
    expect(classifyKind('', '山田外務大臣は、ベータ国王陛下を拝謁したところ、概要は以下のとおり。')).toBe('courtesy_call');
  });

  it('reads the meeting of a group\'s ministers as multilateral, like its summit', () => {
    expect(classifyKind('', '山田外務大臣は、アルファ中国外交部長及びベータ韓国外交部長官と日中韓外相会議を行いました。')).toBe('multilateral');
    expect(classifyKind('', '山田外務大臣は、日米豪印外相会合に出席しました。')).toBe('multilateral');
    expect(classifyKind('', '山田総理大臣は、日中韓首脳会議を行いました。')).toBe('multilateral');
  });

  it('reads a gathering of ministers that Japan hosted (「…外相会合を主催」) as multilateral, but not a pull-aside before one', () => {
    expect(classifyKind('第10回日・アルファ外相会合', '7月16日、山田外務大臣は、東京において第10回日・アルファ外相会合を主催しました。')).toBe('multilateral');
    expect(classifyKind('', '7月16日、山田外務大臣は、東京において第10回日・アルファ外相会合を主催しました。')).toBe('multilateral');
    expect(classifyKind('', '13日、東アジア首脳会議に出席中の山田総理大臣は、東アジア首脳会議前に、ベータ国王陛下と短時間立ち話を行いました。', '東アジア首脳会議')).toBe('other');
    // Two states' ministers are no gathering of many: a 2+2 is held between a pair.
    expect(classifyKind('第2回日・フィリピン外務・防衛閣僚会合(「2+2」)', '8日、山田外務大臣及び川上防衛大臣は、マニラにおいて、第2回日・フィリピン外務・防衛閣僚会合を開催しました。')).not.toBe('multilateral');
  });

  it('reads the part Japan took in a gathering of many states, with no one met across a table, as multilateral', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const page = (lead: string) => extractDocument({ source: 'gathering', text: ['外務省', '', '令和6年4月18日', '', ` ${lead}`, '', '  1. 山田大臣から、協力を呼びかけました。', ''].join('\n') });
    expect((await page('4月18日、イタリアにおいて開催されたG7外相会合に出席した山田一郎外務大臣は、セッションにおいて発言しました。')).meetings[0]?.kind).toBe('multilateral');
    // Talks held on its occasion stay talks.
    expect((await page('4月18日、G7外相会合に出席中の山田一郎外務大臣は、ガンマ・デルタ英国外務大臣と会談を行いました。')).meetings[0]?.kind).toBe('foreign_ministers');
  });

  it('types plain talks by who met whom', () => {
    expect(kindOf('山田外務大臣は、ガンマ・デルタ外務大臣と会談を行った。')).toBe('foreign_ministers');
    expect(kindOf('山田外務大臣は、イプシロン国際原子力機関(IAEA)事務局長と会談を行った。')).toBe('foreign_ministers');
    expect(kindOf('山田総理大臣は、ゼータ大統領と会談を行った。')).toBe('summit');
    // An explicit 首脳 keeps the summit; a lead naming no title keeps what the words say.
    expect(kindOf('山田外務大臣は、エータ外務大臣と会談を行った。', '日・エータ首脳会談')).toBe('summit');
    expect(kindOf('両者は会談を行った。')).toBe('summit');
  });

  it('gives talks held by a vice-minister or a parliamentary vice-minister no foreign ministers\' kind', () => {
    expect(kindOf('山田外務大臣政務官は、ガンマ・デルタ外務次官と会談を行った。')).toBe('other');
    expect(kindOf('山田外務副大臣は、ガンマ・デルタ外務大臣と会談を行った。')).toBe('other');
  });

  it('reads an exchange of views over a meal as a meal', () => {
    expect(classifyKind('', '山田外務副大臣は、ガンマ外務次官と昼食を交えつつ意見交換を行った。')).toBe('meal');
    expect(classifyKind('', '山田外務大臣は、ガンマ外務大臣と夕食を共にしながら意見交換を行った。')).toBe('meal');
    expect(classifyKind('', '山田外務副大臣は、ガンマ外務次官と昼食を共にしました。')).toBe('meal');
  });
});

describe('the lead paragraph and its place', () => {
  it('takes no visit, venue of an event or bracketed aside for the place', async () => {
    const { findOccasion, findPlace } = await import('../../src/parse/lead.js');
    expect(findPlace('21日、モスクワ訪問中の山田前総理は、ベータ大統領と会談を行った。今回の山田前総理の訪問においては、経済が議論された。', 0)?.text).toBe('モスクワ');
    expect(findPlace('27日、核セキュリティ・サミットの会場において、山田総理は、ベータ大統領と立ち話を行った。', 0)).toBeNull();
    expect(findOccasion('27日、核セキュリティ・サミットの会場において、山田総理は、ベータ大統領と立ち話を行った。', 0)?.text).toBe('核セキュリティ・サミット');
    expect(findPlace('9日、山田政務官は、訪日中のデルタ外務次官(デルタ次官は、チリ外務省においてアジアを担当。)と会談した。', 0)).toBeNull();
    expect(findPlace('9日、東京において、山田政務官は、デルタ外務次官と会談した。', 0)?.text).toBe('東京');
  });

  it('takes the occasion from the visitor\'s first words when the lead gives none (「今回ドーハフォーラム参加のために…訪問し」), not a non-event', async () => {
    const page = (first: string) => extractDocument({ source: 'purpose', text: ['会談', '', '令和5年3月14日', '', ' 14日、山田一郎外務大臣は、訪問中のカタールにおいて、ガンマ・デルタ・カタール国首相を表敬しました。', '', `- 冒頭、山田大臣から、${first}、ガンマ首相にお会いでき光栄である旨述べました。`, ''].join('\n') });
    expect((await page('今回ドーハフォーラム参加のためにカタールを訪問し')).meetings[0]?.occasion?.name).toBe('ドーハフォーラム');
    expect((await page('今回経済ミッション参加のためにカタールを訪問し')).meetings[0]?.occasion).toBeNull();
  });

  it('takes the ceremony an envoy attended in his role for the occasion (「同国の建国記念式典に、総理特使として参列するとともに」), not talks attended so', async () => {
    const { findOccasion } = await import('../../src/parse/lead.js');
    expect(findOccasion('14日、山田大臣は、アルファ国を訪問し、同国の建国記念式典に、総理特使として参列するとともに、ガンマ大統領を表敬しました。', 0)?.text).toBe('建国記念式典');
    expect(findOccasion('14日、山田大臣は、ガンマ大統領との会談に、日本側代表として出席し、協力を確認しました。', 0)).toBeNull();
  });

  it('takes no kind of visit (公式訪問中, 公式実務訪問中) for the place', async () => {
    const { findPlace } = await import('../../src/parse/lead.js');
    expect(findPlace('9日、山田総理大臣は、公式訪問中のガンマ・デルタ・チリ大統領と首脳会談を行った。', 0)).toBeNull();
    expect(findPlace('9日、山田総理大臣は、公式実務訪問中のガンマ・デルタ・チリ大統領と首脳会談を行った。', 0)).toBeNull();
    expect(findPlace('10日、チリ訪問中の山田外務大臣は、ガンマ外務大臣と会談を行った。', 0)?.text).toBe('チリ');
  });

  it('takes the building of a room named in quotes (迎賓館「朝日の間」), and for 同地 or 当地 the place the lead named before, or none', async () => {
    const { findPlace } = await import('../../src/parse/lead.js');
    expect(findPlace('9日、迎賓館「朝日の間」において、山田総理大臣は、ガンマ大統領と首脳会談を行った。', 0)?.text).toBe('迎賓館');
    const place = async (lead: string) => (await extractDocument({ source: 'here', text: ['会談', '', '令和5年3月14日', '', lead, '', '1 山田総理大臣から、協力を深めたい旨述べました。', ''].join('\n') })).meetings[0]?.location?.name ?? null;
    expect(await place(' 14日、サンティアゴを訪問中の山田一郎内閣総理大臣は、同地において、ガンマ・デルタ・チリ大統領と首脳会談を行いました。')).toBe('サンティアゴ');
    expect(await place(' 14日、当地において、山田一郎内閣総理大臣は、ガンマ・デルタ・チリ大統領と首脳会談を行いました。')).toBeNull();
  });

  it('takes no building named by its kind alone (ホテル, 宿舎) and no known place inside an envoy\'s residence (日本大使公邸)', async () => {
    const { findPlace } = await import('../../src/parse/lead.js');
    expect(findPlace('9日、サンティアゴ市内のホテルにおいて、山田総理大臣は、ガンマ大統領と首脳会談を行った。', 0)).toBeNull();
    expect(findPlace('9日、先方の宿舎において、山田総理大臣は、ガンマ大統領と首脳会談を行った。', 0)).toBeNull();
    expect(findPlace('9日、帝国ホテルにおいて、山田総理大臣は、ガンマ大統領と首脳会談を行った。', 0)?.text).toBe('帝国ホテル');
    const lead = ' 14日、日本大使公邸において、山田一郎内閣総理大臣は、ガンマ・デルタ・チリ大統領と首脳会談を行いました。';
    const result = await extractDocument({ source: 'residence', text: ['会談', '', '令和5年3月14日', '', lead, '', '1 山田総理大臣から、協力を深めたい旨述べました。', ''].join('\n') });
    expect(result.meetings[0]?.location?.id).not.toBe('location:公邸');
    expect(result.meetings[0]?.location?.name).toBe('日本大使公邸');
  });

  it('takes a building before 「で、」 for the place, but not the means or the moment (電話で、, 冒頭で、)', async () => {
    const { findPlace } = await import('../../src/parse/lead.js');
    expect(findPlace('9日、山田外務大臣は、飯倉公館で、ガンマ外務大臣と会談を行った。', 0)?.text).toBe('飯倉公館');
    expect(findPlace('9日、山田外務大臣は、ガンマ外務大臣と電話で、約20分間会談を行った。', 0)).toBeNull();
    expect(findPlace('9日、会談の冒頭で、山田外務大臣は、歓迎の意を表した。', 0)).toBeNull();
  });

  it('takes a city the gazetteer knows before で (「訪問先のニューヨークで」), but not a country, and not 「…での」', async () => {
    const { findPlace } = await import('../../src/parse/lead.js');
    expect(findPlace('9日、山田総理大臣は、訪問先のニューヨークでガンマ大統領と会談しました。', 0)?.text).toBe('ニューヨーク');
    expect(findPlace('9日、山田総理大臣は、米国ニューヨークで、ガンマ大統領と会談しました。', 0)?.text).toBe('ニューヨーク');
    expect(findPlace('9日、山田総理大臣は、日本でガンマ大統領と会談しました。', 0)).toBeNull();
    expect(findPlace('9日、山田総理大臣は、ジュネーブでの協議を踏まえ、ガンマ大統領と電話会談を行いました。', 0)).toBeNull();
  });

  it('starts a lead wrapped over two lines at its first line, so its date and occasion are read', async () => {
    const { parseLayout } = await import('../../src/parse/layout.js');
    const text = ['デルタ共和国', '', '令和5年3月10日', '', '3月9日(現地時間),国連総会に出席するため米国', '(ニューヨーク)を訪問中の山田外務大臣は,ガンマ外務大臣と会談を行ったところ,概要は以下のとおりです。', '', '  1. 山田大臣から歓迎する旨述べました。'].join('\n');
    const layout = parseLayout(text);
    expect(text.slice(layout.lead!.start, layout.lead!.end)).toMatch(/^3月9日\(現地時間\),国連総会.*概要は以下のとおりです。$/su);
    expect(layout.title).toBe('デルタ共和国');
  });

  it('does not take a title line or a date line above the lead into it', async () => {
    const { parseLayout } = await import('../../src/parse/layout.js');
    const text = ['日・デルタ外相会談', '令和5年3月10日', '3月9日,山田外務大臣は,ガンマ外務大臣と会談を行ったところ,概要は以下のとおりです。'].join('\n');
    expect(text.slice(parseLayout(text).lead!.start)).toMatch(/^3月9日,山田/u);
  });

  it('reads a date or clock at the start of a line as no topic number, a number glued to a heading as one', async () => {
    const { parseTopicLine } = await import('../../src/parse/sections.js');
    expect(parseTopicLine('1月9日(現地時間),国連総会に出席するため米国')).toBeNull();
    expect(parseTopicLine('9日(現地時間)、山田外務大臣は')).toBeNull();
    expect(parseTopicLine('1日露関係')).toMatchObject({ number: 1, heading: '日露関係' });
    expect(parseTopicLine('2. 地域情勢')).toMatchObject({ number: 2, heading: '地域情勢' });
  });

  it('keeps the place a call was made from (「Xを訪問中の…大臣は、…電話会談」)', async () => {
    const { frameMeeting } = await import('../../src/frame/lead-frame.js');
    const lead = 'セネガル共和国を訪問中の山田外務大臣は、ガンマ外務大臣と電話会談を行いました。';
    const frame = frameMeeting(lead, '', { start: 0, end: lead.length }, null, findPersonMentions(lead));
    expect(frame.kind).toBe('telephone');
    expect(frame.place?.text).toBe('セネガル共和国');
  });
});

describe('the meeting place as a whole name', () => {
  const placeOf = async (lead: string) => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const text = ['外務省', '', '令和5年3月14日', '', ` ${lead}`, '', '  1. 山田総理大臣から、歓迎する旨述べました。', ''].join('\n');
    return (await extractDocument({ source: 'place', text })).meetings[0]?.location?.name;
  };

  it('keeps 大統領公邸 whole, and takes the city of 「ベトナム・ハノイ」', async () => {
    expect(await placeOf('3月14日、山田太郎内閣総理大臣は、大統領公邸において、アルファ・ベータ・チリ共和国大統領と会談を行いました。')).toBe('大統領公邸');
    expect(await placeOf('3月14日、山田太郎内閣総理大臣は、ベトナム・ハノイにおいて、アルファ・ベータ・チリ共和国大統領と会談を行いました。')).toBe('ハノイ');
  });

  it('takes no second place from the head word of a named venue, and no person from a title before it', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const text = ['外務省', '', '令和5年3月14日', '', ' 3月14日、山田太郎内閣総理大臣は、大統領公邸において、アルファ・ベータ・チリ共和国大統領と会談を行いました。', '', '  1. 山田総理大臣から、歓迎する旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'place', text });
    expect(result.entities.filter((e) => e.type === 'Location').map((e) => e.name)).toEqual(['大統領公邸']);
    const president = result.entities.find((e) => e.name === 'アルファ・ベータ');
    expect(president?.mentions.map((m) => m.text)).not.toContain('大統領');
  });

  it('takes a venue the talks are named after from the title (「川奈首脳会談」), not the end of a country\'s name (…首長国連邦首脳会談)', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const page = (title: string, lead: string) => [title, '', '令和5年3月14日', '', ` ${lead}`, ''].join('\n');
    const venue = await extractDocument({ source: 'venue', text: page('川奈日チリ首脳会談', '3月14日、山田太郎内閣総理大臣は、川奈において、アルファ・ベータ・チリ共和国大統領と会談を行いました。') });
    expect(venue.meetings[0]?.location?.name).toBe('川奈');
    const country = await extractDocument({ source: 'venue', text: page('日・アラブ首長国連邦首脳会談', '3月14日、山田太郎内閣総理大臣は、アルファ・ベータ・アラブ首長国連邦大統領と会談を行いました。') });
    expect(country.meetings[0]?.location).toBeNull();
    expect(country.entities.filter((e) => e.type === 'Location')).toEqual([]);
  });
});

describe('old-style leads', () => {
  it('reads the first heading glued to the end of the lead line as section 1, and 「(於総理官邸)」 as the place', async () => {
    const { parseLayout } = await import('../../src/parse/layout.js');
    const { findOccasion, findPlace } = await import('../../src/parse/lead.js');
    const lead = '6月7日、山田総理は、ガンマ首相と会談したところ(於総理官邸)、概要次のとおり(当方:鈴木官房副長官同席)。1.弔意表明';
    const text = ['平成12年6月7日', '', lead, '(1)山田総理より、謝意を表明。', '2.二国間関係', '(1)ガンマ首相より、支援に感謝する旨発言。'].join('\n');
    const layout = parseLayout(text);
    expect(layout.sections.map((s) => [s.number, s.heading])).toEqual([[1, '弔意表明'], [2, '二国間関係']]);
    expect(text.slice(layout.lead!.start, layout.lead!.end)).toMatch(/同席\)。$/u);
    expect(findPlace(lead, 0)?.text).toBe('総理官邸');
  });
});

describe('more of who met whom and on what occasion', () => {
  it('types a foreign minister meeting a parliament speaker as other, not foreign ministers\' talks', () => {
    expect(kindOf('山田外務大臣は、ガンマ・デルタ国会議長と会談を行った。')).toBe('other');
  });

  it('takes a quoted occasion whole (「「…に関するストックホルム会合」出席のため」)', async () => {
    const { findOccasion } = await import('../../src/parse/lead.js');
    expect(findOccasion('「核軍縮と核兵器不拡散条約(NPT)に関するストックホルム会合」出席のためスウェーデンを訪問中の山田外務大臣は、', 0)?.text)
      .toBe('核軍縮と核兵器不拡散条約(NPT)に関するストックホルム会合');
  });

  it('reads 電話による会談 as a call and ウェブ会議形式 as a video meeting', async () => {
    const { kindOf } = await import('../../src/parse/lead.js');
    expect(kindOf('山田総理大臣は、アルファ大統領と約15分間、電話による会談を行った。')).toBe('telephone');
    expect(kindOf('山田外務大臣は、アルファ外務大臣とウェブ会議形式で会談を行った。')).toBe('video');
  });

  it('takes the event a visitor is attending (「第78回国連総会に出席中の…」) as the occasion', async () => {
    const { findOccasion } = await import('../../src/parse/lead.js');
    expect(findOccasion('第78回国連総会に出席中の山田総理大臣は、', 0)?.text).toBe('第78回国連総会');
    expect(findOccasion('G20外相会合出席中の山田外務大臣は、', 0)?.text).toBe('G20外相会合');
  });

  it('reads an occasion named in full as one event, not also the bare gathering at its end (…第4回首脳会合)', async () => {
    const text = ['外務省', '', '令和6年4月18日', '',
      ' 4月18日、ZEM(ゼータ欧州会合)第4回首脳会合出席のためベータ国に滞在中の山田一郎総理大臣は、アルファ・ガンマ大統領と首脳会談を行いました。', '',
      '  1. 山田総理大臣から、協力を呼びかけました。', ''].join('\n');
    const result = await extractDocument({ source: 'occasion', text });
    expect(result.meetings[0]?.occasion?.name).toBe('ZEM(ゼータ欧州会合)第4回首脳会合');
    expect(result.entities.filter((e) => e.type === 'Event').map((e) => e.name)).not.toContain('第4回首脳会合');
  });

  it('leaves 等 (and others) after an occasion\'s name out of it (「日・アルファ外相会合等出席のため」)', async () => {
    const { findOccasion } = await import('../../src/parse/lead.js');
    expect(findOccasion('日・アルファ外相会合等出席のためベータ国を訪問中の山田外務大臣は、', 0)?.text).toBe('日・アルファ外相会合');
  });

  it('takes a ceremony whose name holds の whole when the lexicon knows it (即位礼正殿の儀, 大喪の礼)', async () => {
    const { findOccasion } = await import('../../src/parse/lead.js');
    expect(findOccasion('山田総理大臣は、即位礼正殿の儀に参列するため訪日中のベータ大統領と会談を行いました。', 0)?.text).toBe('即位礼正殿の儀');
    expect(findOccasion('山田総理大臣は、大喪の礼参列のため訪日中のベータ大統領と会談を行いました。', 0)?.text).toBe('大喪の礼');
    // A name the lexicon does not know is not stretched over の.
    expect(findOccasion('山田総理大臣は、建国記念の式典に参列するため訪問中のベータ大統領と会談を行いました。', 0)?.text).not.toBe('建国記念の式典');
  });
});

describe('companions of the subject', () => {
  it('makes those a principal came 「…とともに」 his delegation, on his side', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const lead = ' 3月14日、山田太郎内閣官房長官は、佐藤一郎衆議院議員及び鈴木次郎衆議院議員とともに、ガンマ・デルタ・チリ共和国大統領への表敬を行いました。';
    const result = await extractDocument({ source: 'companions', text: ['外務省', '', '令和5年3月14日', '', lead, '', '  1. 山田長官から、歓迎する旨述べました。', ''].join('\n') });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name;
    const roles = result.meetings[0]!.participants.map((p) => [name(p.entity), p.role, p.country]);
    expect(roles).toEqual(expect.arrayContaining([['佐藤一郎', 'delegation', 'JPN'], ['鈴木次郎', 'delegation', 'JPN']]));
    expect(roles.filter(([, role]) => role === 'principal').map(([n]) => n).sort()).toEqual(['ガンマ・デルタ', '山田太郎'].sort());
  });
});


describe('an occasion named with whose it is', () => {
  it('takes 「山田元総理の国葬儀に参列するため」 whole, not the bare 国葬儀 every state funeral would share', async () => {
    const lead = ' 14日、山田元総理の国葬儀に参列するため訪日中のガンマ・デルタ・チリ大統領と、梅原一郎内閣総理大臣は首脳会談を行いました。';
    const result = await extractDocument({ source: 'funeral', text: ['会談', '', '令和5年3月14日', '', lead, '', '1 梅原総理大臣から、弔意への謝意を述べました。', ''].join('\n') });
    expect(result.meetings[0]?.occasion?.name).toBe('山田元総理の国葬儀');
  });
});

describe('a meeting stated as a block of facts', () => {
  it('reads 「1 日時:」「2 場所:」「3 出席者:」 and its side lines as the meeting: date, clocks, place, each side\'s head and delegation', async () => {
    const text = ['日・チリ外相会談', '', '令和6年2月6日', '', '1 日時:令和6年2月6日(火曜日)午後3時から午後3時45分', '2 場所:飯倉公館', '3 出席者:',
      '日本側:山田一郎外務大臣、鈴木二郎中南米局長', 'チリ側:イプシロン・ゼータ外務・貿易省首席次官ほか', '4 概要', '山田大臣から、ゼータ大臣の訪日を歓迎する旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'fact-block', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name;
    const [meeting] = result.meetings;
    expect([meeting?.date, meeting?.start, meeting?.end, meeting?.location?.name]).toEqual(['2024-02-06', '15:00', '15:45', '飯倉公館']);
    expect(meeting?.participants.map((p) => [name(p.entity), p.role, p.country])).toEqual(expect.arrayContaining([
      ['山田一郎', 'principal', 'JPN'], ['イプシロン・ゼータ', 'principal', 'CHL'], ['鈴木二郎', 'delegation', 'JPN']]));
    expect(result.statements[0]?.meeting).toBe(meeting?.id);
  });

  it('reads side lines with the side in brackets (「(日本側)A、B」) as the block\'s, not as statements', async () => {
    const text = ['山田外務大臣とゼータ・チリ外務大臣との会談(概要)', '', '令和6年2月', '', '1.日時:令和6年2月6日(火)16時30分~17時30分', '2.場所:飯倉公館', '3.出席者:',
      '(日本側)山田一郎外務大臣、鈴木二郎中南米局長', '(チリ側)イプシロン・ゼータ外務大臣、アルファ・ベータ駐日大使', '4.概要', '山田大臣より、ゼータ大臣の訪日を歓迎する旨述べた。', ''].join('\n');
    const result = await extractDocument({ source: 'fact-block-brackets', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name;
    expect(result.meetings[0]?.participants.map((p) => [name(p.entity), p.role, p.country])).toEqual([
      ['山田一郎', 'principal', 'JPN'], ['イプシロン・ゼータ', 'principal', 'CHL'], ['鈴木二郎', 'delegation', 'JPN'], ['アルファ・ベータ', 'delegation', 'CHL']]);
    expect(result.statements.map((st) => st.text)).toEqual(['山田大臣より、ゼータ大臣の訪日を歓迎する旨述べた。']);
  });
});

describe('talks held under another name', () => {
  it('takes 「…と第3回日・チリ政策協議を行いました」, 「…と政策対話を行いました」, 面談 and 会った for a meeting of the two', async () => {
    for (const held of ['第3回日・チリ政策協議を行いました', '政策対話を行いました', '面談しました', '会いました']) {
      const lead = ` 3月14日、山田一郎外務審議官は、訪日中のイプシロン・チリ共和国外務次官と${held}。`;
      const result = await extractDocument({ source: 'consultations', text: ['外務省', '', '令和5年3月14日', '', lead, '', '  1. イプシロン次官から、協力を強化したい旨述べました。', ''].join('\n') });
      const name = (id: string) => result.entities.find((e) => e.id === id)?.name;
      expect(result.meetings.map((m) => [m.date, m.participants.map((p) => name(p.entity)).sort()])).toEqual([['2023-03-14', ['イプシロン', '山田一郎']]]);
      expect(result.statements[0]?.meeting).toBe(result.meetings[0]?.id);
    }
  });
});

describe('who sat in, said in the lead', () => {
  it('takes 「なお、先方からは…が同席しました。」 and 「当方からは…が同席」 as that side\'s delegation', async () => {
    const lead = ' 3月14日、岸田文雄内閣総理大臣は、ガンマ・デルタ・チリ共和国大統領と首脳会談を行ったところ、概要は以下のとおりです。';
    for (const [note, expected] of [
      ['なお、先方からはイプシロン・ゼータ外務大臣が同席しました。', [['イプシロン・ゼータ', 'CHL']]],
      ['なお、当方からは木原誠二内閣官房副長官が同席しました。', [['木原誠二', 'JPN']]],
    ] as const) {
      const text = ['外務省', '', '令和5年3月14日', '', lead + note, '', '  1. 岸田総理大臣から、歓迎する旨述べました。', ''].join('\n');
      const result = await extractDocument({ source: 'lead-attendance', text });
      const name = (id: string) => result.entities.find((e) => e.id === id)?.name;
      expect(result.meetings[0]!.participants.filter((p) => p.role === 'delegation').map((p) => [name(p.entity), p.country])).toEqual(expected);
    }
  });
});

describe('who sat in, said below the lead', () => {
  const lead = ' 3月14日、岸田文雄内閣総理大臣は、ガンマ・デルタ・チリ共和国大統領と首脳会談を行いました。';
  const roles = async (...body: string[]) => {
    const result = await extractDocument({ source: 'later-attendance', text: ['外務省', '', '令和5年3月14日', '', lead, '', ...body, ''].join('\n') });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name;
    return result.meetings[0]!.participants.filter((p) => p.role === 'delegation').map((p) => [name(p.entity), p.country]);
  };

  it('takes 「会談には、日本側から…が、チリ側から…が同席しました。」 at the end of the body as the delegations', async () => {
    expect(await roles('  1. 岸田総理大臣から、歓迎する旨述べました。', '  2. 会談には、日本側から木原誠二内閣官房副長官が、チリ側からイプシロン・ゼータ外務大臣が同席しました。'))
      .toEqual([['木原誠二', 'JPN'], ['イプシロン・ゼータ', 'CHL']]);
  });

  it('takes the same sentence as a note (「(参考)」「※」) or without the comma', async () => {
    expect(await roles('  1. 岸田総理大臣から、歓迎する旨述べました。', '（参考）会談には、日本側から木原誠二内閣官房副長官が同席しました。')).toEqual([['木原誠二', 'JPN']]);
    expect(await roles('  1. 岸田総理大臣から、歓迎する旨述べました。', '※会談には木原誠二内閣官房副長官が同席しました。')).toEqual([['木原誠二', 'JPN']]);
  });

  it('takes no one who attended something else (「…は式典に同席した」)', async () => {
    expect(await roles('  1. 岸田総理大臣から、歓迎する旨述べました。', '  2. その後、木原誠二内閣官房副長官は、記念式典に同席しました。')).toEqual([]);
  });
});

describe('the place of a call', () => {
  const callPlace = async (lead: string) => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const text = ['外務省', '', '令和5年3月14日', '', ` ${lead}`, '', '  1. 山田大臣から、協力を求めました。', ''].join('\n');
    const meeting = (await extractDocument({ source: 'call', text })).meetings[0];
    return { kind: meeting?.kind, place: meeting?.location?.name ?? null };
  };

  it('is where the caller was, never where the person called happened to be', async () => {
    expect(await callPlace('セネガル共和国を訪問中の山田太郎外務大臣は、3月14日午後3時から約20分間、パオロ・ロッシ・イタリア外務大臣と電話会談を行ったところ、概要は以下のとおりです。'))
      .toEqual({ kind: 'telephone', place: 'セネガル' });
    expect(await callPlace('3月14日、午後2時から約15分間、山田太郎外務大臣は、米国訪問中のパオロ・ロッシ・イタリア外務大臣(H.E. Mr. Paolo Rossi, Minister)との間で日伊外相電話会談を行ったところ、概要は以下のとおりです。'))
      .toEqual({ kind: 'telephone', place: null });
  });
});

describe('names set with a half-width space', () => {
  it('keeps the Latin part of an occasion written 「OECD 閣僚理事会」', async () => {
    const { findOccasion } = await import('../../src/parse/lead.js');
    expect(findOccasion('5月2日、OECD 閣僚理事会に出席中の山田外務大臣は、ベータ外相と会談した。', 0)?.text).toBe('OECD 閣僚理事会');
    expect(findOccasion('5月2日 閣僚理事会に出席中の山田外務大臣は、ベータ外相と会談した。', 0)?.text).toBe('閣僚理事会');
  });
});

describe('one id for a name with and without the half-width space', () => {
  it('gives 「OECD 閣僚理事会」 and 「OECD閣僚理事会」 the same occasion id', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const occasionId = async (name: string) => {
      const text = ['外務省', '', '令和5年5月2日', '', ` 5月2日、${name}に出席中の山田太郎外務大臣は、アルファ・ベータ・チリ共和国外務大臣と会談を行いました。`, '', '  1. 山田大臣から、協力を求めました。', ''].join('\n');
      return (await extractDocument({ source: name, text })).meetings[0]?.occasion?.id;
    };
    expect(await occasionId('OECD 閣僚理事会')).toBe(await occasionId('OECD閣僚理事会'));
  });
});

describe('the chair of a multilateral meeting', () => {
  it('makes the chair named in the body the other principal when the lead named only one side', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const text = ['外務省', '', '令和6年10月10日', '',
      ' 10月10日午前11時から約1時間、アルファ国の首都ベータにて、第9回日・ガンマ首脳会議が開催され、山田太郎内閣総理大臣が出席したところ、概要は以下のとおりです。', '',
      '  1. 山田総理大臣は、議長であるデルタ・イプシロン・チリ共和国大統領に続いて、概要以下のとおり述べました。', '    1. 協力を一層強化したい。', ''].join('\n');
    const result = await extractDocument({ source: 'chair', text });
    const meeting = result.meetings[0]!;
    expect(meeting.kind).toBe('multilateral');
    const names = meeting.participants.filter((p) => p.role === 'principal').map((p) => result.entities.find((e) => e.id === p.entity)?.name);
    expect(names).toEqual(['山田太郎', 'デルタ・イプシロン']);
  });

  it('reads 「議長国チリのX大統領から」 as the chair too', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const text = ['外務省', '', '令和6年10月10日', '',
      ' 10月10日午前11時から約1時間、アルファ国の首都ベータにて、第9回日・ガンマ首脳会議が開催され、山田太郎内閣総理大臣が出席しました。', '',
      '  1. 山田総理大臣から、協力を一層強化したい旨述べました。', '  2. 最後に、議長国チリのデルタ・イプシロン大統領から、会議の成果を総括する発言がありました。', ''].join('\n');
    const result = await extractDocument({ source: 'chair-country', text });
    const names = result.meetings[0]!.participants.filter((p) => p.role === 'principal').map((p) => result.entities.find((e) => e.id === p.entity)?.name);
    expect(names).toEqual(['山田太郎', 'デルタ・イプシロン']);
  });
});

describe('more ways a lead names the occasion', () => {
  it('reads 「(TICAD 9)に参加するため」 whole and 「…サミットに際して」, but no occasion in a visit 「に際し」', async () => {
    const { findOccasion } = await import('../../src/parse/lead.js');
    expect(findOccasion('第9回アルファ開発会議(TICAD 9)に参加するため訪日中のベータ大統領と会談した。', 0)?.text).toBe('第9回アルファ開発会議');
    expect(findOccasion('カナダにおけるガンマ・サミットに際してベータ大統領との間で首脳会談を行った。', 0)?.text).toBe('ガンマ・サミット');
    expect(findOccasion('ベータ大統領の訪日に際し、会談を行った。', 0)).toBeNull();
  });
});

describe('a city in a country\'s parenthesis', () => {
  it('takes the city of 「ロシア(ウラジオストク)訪問中」 and keeps a reading in parentheses as no place', async () => {
    const { findPlace } = await import('../../src/parse/lead.js');
    expect(findPlace('9月7日、ロシア(ウラジオストク)訪問中の山田外務大臣は、ベータ外相と会談した。', 0)?.text).toBe('ウラジオストク');
    expect(findPlace('釜山(プサン)を訪問中の山田総理大臣は、ベータ大統領と会談した。', 0)?.text).toBe('釜山');
  });
});

describe('talks with a former head', () => {
  it('are no summit: a summit is between sitting heads', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const kindOf = async (lead: string) => {
      const text = ['外務省', '', '令和4年9月28日', '', ` ${lead}`, '', '  1. 岸田総理大臣から、歓迎する旨述べました。', ''].join('\n');
      return (await extractDocument({ source: 'former', text })).meetings[0]?.kind;
    };
    expect(await kindOf('9月28日、岸田文雄内閣総理大臣は、アルファ・ベータ英国元首相と会談を行いました。')).toBe('other');
    expect(await kindOf('9月28日、岸田文雄内閣総理大臣は、アルファ・ベータ英国首相と会談を行いました。')).toBe('summit');
  });
});

describe('old evaluation pages (概要と評価)', () => {
  const oldPage = () => ['ガンマ前総理大臣合同葬に際する会談', '日豪首脳会談', '(概要と評価)平成12年6月12日',
    '1.全般的評価アルファ豪首相は、6月8日(木)から9日(金)まで、ガンマ前総理の葬儀に参列するために訪日。',
    '滞在中、アルファ首相は、山田総理との日豪首脳会談を行った(約20分間)。',
    '今回の日豪首脳会談は、両首脳にとって最初の顔合わせであり、冒頭、アルファ首相より、ガンマ総理逝去に対する弔意が述べられた。2.日豪首脳会談の概要(8日(木)10:19-10:38於:迎賓館「朝日の間」)',
    '- (1)日豪関係', '山田総理より、関係を強化したい旨述べた。', ''].join('\n');

  it('takes no prose line into the title, the occasion from the title, the place after 於, and no dead man as a principal', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const result = await extractDocument({ source: 'old', text: oldPage() });
    expect(result.document.title).toBe('ガンマ前総理大臣合同葬に際する会談日豪首脳会談');
    const meeting = result.meetings[0]!;
    expect(meeting.occasion?.name).toBe('ガンマ前総理大臣合同葬');
    expect(meeting.location?.name).toBe('迎賓館');
    const names = meeting.participants.map((p) => result.entities.find((e) => e.id === p.entity)?.name);
    expect(names).not.toContain('ガンマ');
  });
});

describe('the occasion a title names', () => {
  it('reads 「<event>における<talks>」 in a title as the occasion, and no place before における as one', async () => {
    const { findOccasionInTitle } = await import('../../src/parse/lead.js');
    expect(findOccasionInTitle('ASEAN+3首脳会議における日中首脳会談')?.text).toBe('ASEAN+3首脳会議');
    expect(findOccasionInTitle('ニューヨークにおける日米首脳会談')).toBeNull();
  });
});

describe('a dinner a host held', () => {
  it('reads 晩さん会 as a meal and 「…を迎賓館で開催しました」 as its place', async () => {
    const { extractDocument } = await import('../../src/pipeline.js');
    const lead = ' 3月14日、午後7時00分から約80分間、山田太郎内閣総理大臣夫妻は、国賓として訪日中のアルファ・ベータ・チリ共和国大統領夫妻を歓迎する晩さん会を迎賓館で開催しました。';
    const text = ['外務省', '', '令和5年3月14日', '', lead, '', '  1. 山田総理大臣から、歓迎する旨述べました。', ''].join('\n');
    const meeting = (await extractDocument({ source: 'dinner', text })).meetings[0];
    expect(meeting?.kind).toBe('meal');
    expect(meeting?.location?.name).toBe('迎賓館');
  });
});

describe('settings that place talks inside an event', () => {
  it('reads 「…の場で」「…に合わせて」「…の合間に」「…の折に」 as the occasion when an event comes before them', async () => {
    const { findOccasion } = await import('../../src/parse/lead.js');
    expect(findOccasion('本日、アルファ関連首脳会議の場で、山田総理はベータ首相と立ち話を行いました。', 0)?.text).toBe('アルファ関連首脳会議');
    expect(findOccasion('第80回国連総会ハイレベルウィークに合わせて、山田外務大臣はベータ外相と会談しました。', 0)?.text).toBe('第80回国連総会ハイレベルウィーク');
    expect(findOccasion('ガンマ首脳会合の合間に、山田総理大臣はベータ大統領と懇談しました。', 0)?.text).toBe('ガンマ首脳会合');
    expect(findOccasion('デルタ外相会合の折に、山田外務大臣はベータ外相と会談しました。', 0)?.text).toBe('デルタ外相会合');
    expect(findOccasion('アルファ安保理閣僚級公開討論の機会を捉え、山田外務大臣はベータ外相と会談しました。', 0)?.text).toBe('アルファ安保理閣僚級公開討論');
  });

  it('takes none where what comes before names no event (a visit, the talks themselves)', async () => {
    const { findOccasion } = await import('../../src/parse/lead.js');
    expect(findOccasion('ベータ大統領の訪日に合わせて、山田総理は晩餐会を主催しました。', 0)).toBeNull();
    expect(findOccasion('首脳会談の場で、山田総理はベータ大統領に謝意を述べました。', 0)).toBeNull();
    // A visit before 「に際し」 does not hide the event a later setting names.
    expect(findOccasion('訪日に際し、ガンマ首脳会議の場で、山田総理はベータ大統領と会談しました。', 0)?.text).toBe('ガンマ首脳会議');
  });
});

describe('a title of two lines run together', () => {
  it('does not take the word for talks before the second line for the venue', async () => {
    const text = ['アルファ前大統領国葬儀に際する会談', '日豪首脳会談', '', '令和5年3月14日', '',
      ' 山田一郎内閣総理大臣は、ベータ豪首相との日豪首脳会談を行った。', '', '1 両首脳は、協力を強化することで一致した。', ''].join('\n');
    const result = await extractDocument({ source: 'genre-meetings', text });
    expect(result.meetings[0]!.location).toBeNull();
  });
});

describe('an occasion whose name begins with a quoted part', () => {
  it('takes the quoted part in, and names no fragment of the listed dialogue inside it', async () => {
    const text = ['日・キルギス外相会談', '', '令和5年11月10日', '',
      ' 本10日午後3時から約35分間、林芳正外務大臣は、「中央アジア+日本」対話・第9回外相会合出席のため来日中のアルファ・ベータ・キルギス共和国外務大臣と会談を行いました。', '',
      '1 林大臣から、「中央アジア+日本」対話の次回会合の成功に期待する旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'quoted-occasion', text });
    const events = result.entities.filter((e) => e.type === 'Event').map((e) => e.name);
    expect(result.meetings[0]!.occasion?.name).toBe('「中央アジア+日本」対話・第9回外相会合');
    expect(events).toContain('「中央アジア+日本」対話');
    expect(events).not.toContain('対話・第9回外相会合');
  });
});

describe('the talks of the title (標記会談)', () => {
  it('take their principals from the title when the lead names no one, never the dead an occasion is held for', async () => {
    const text = ['山田前総理大臣合同葬に際する会談', '梅原総理とアルファ・ベータ・ケニア大統領との会談', '令和5年3月14日', '',
      ' 14日、午前11時より約25分、官邸において標記会談が行われたところ、概要以下の通り。', '', '1 梅原総理より、両国関係の強化を歓迎する旨述べた。', ''].join('\n');
    const result = await extractDocument({ source: 'hyoki', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.meetings[0]!.participants.map((p) => `${name(p.entity)}/${p.country}`)).toEqual(['梅原/JPN', 'アルファ・ベータ/KEN']);
  });
});

describe('talks with several countries at once', () => {
  it('are multilateral, and 標記会談 is of the kind its title says', () => {
    expect(classifyKind('梅原総理と中南米7カ国の首脳等との会談', '14日、官邸において標記会談が行われたところ、概要以下の通り。')).toBe('multilateral');
    expect(classifyKind('梅原総理とアルファ大統領との夕食会', '14日、官邸において標記会談が行われたところ、概要以下の通り。')).toBe('meal');
    expect(classifyKind('', '梅原総理は、アフリカ5か国の外相との会談を行った。')).toBe('multilateral');
  });
});

describe('talks under another name, then a meal', () => {
  it('are of the talks\' kind: the meal after them does not name what was held', () => {
    const lead = '林田外務大臣は、訪日中のアルファ・インド外務大臣と日印外相間戦略対話を行いました。また、会談後、林田大臣主催の夕食会を行いました。';
    expect(classifyKind('日・インド外相会談', lead)).toBe('foreign_ministers');
    expect(classifyKind('', '山田外務審議官は、ベータ外務次官と政策協議を行いました。また、夕食会を行いました。')).not.toBe('meal');
  });
});

describe('what was held, read before the title', () => {
  it('reads 「…を表敬訪問しました」 as a courtesy call and 「…とワーキング・ブレックファストを行いました」 as a meal', () => {
    expect(classifyKind('会談', '山田総理大臣は、ガンマ大統領を表敬訪問しました。')).toBe('courtesy_call');
    expect(classifyKind('会談', '山田総理大臣は、ガンマ大統領とワーキング・ブレックファストを行いました。')).toBe('meal');
  });
});
