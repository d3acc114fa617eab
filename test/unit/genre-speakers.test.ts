// Genre rules for who said what, each on a minimal invented page: the topic named before the speaker
// (「<topic>に関し、<minister>から」), a reply inside the sentence it answers (「…説明があり、これに対し、…」).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import type { ExtractionResult } from '../../src/types.js';

const LEAD = ` 3月14日、午後2時から約30分間、岸田文雄内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と首脳会談を行ったところ、概要は以下のとおりです。`;

function page(...points: string[]): Promise<ExtractionResult> {
  const text = ['外務省', '', '令和5年3月14日', '', LEAD, '', ...points.map((p, i) => `  ${i + 1}. ${p}`), ''].join('\n');
  return extractDocument({ source: 'genre-speakers', text });
}

function speakerNames(result: ExtractionResult, fragment: string): string[] {
  const statement = result.statements.find((s) => s.text.includes(fragment));
  if (!statement) throw new Error(`no statement holds ${fragment}`);
  return statement.speakers.map((id) => result.entities.find((e) => e.id === id)?.name ?? id);
}

describe('the topic before the speaker', () => {
  it('gives 「<topic>に関し、<Japanese minister>から」 to the minister, not to whoever spoke last', async () => {
    const result = await page('ベータ大統領から、両国関係の発展を歓迎する旨述べました。', '地域情勢に関し、岸田総理大臣から、緊張緩和に貢献したい旨述べました。');
    expect(speakerNames(result, '緊張緩和に貢献')).toEqual(['岸田文雄']);
  });

  it('reads past a clause of what came before (「冒頭、<leader>からの歓迎の発言を受け、<minister>から」) to the speaker', async () => {
    const result = await page('冒頭、ベータ大統領からの訪問歓迎の発言を受け、岸田総理大臣から、関係を強化したい旨述べたのに対し、ベータ大統領から、協力を期待する旨述べました。');
    expect(speakerNames(result, '関係を強化したい')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '協力を期待する')).toEqual(['アルファ・ベータ']);
  });

  it('reads past a first clause of what happened to one given the floor (「…意見交換が行われ、<minister>より、」「首脳会談冒頭、<leader>から、」)', async () => {
    const result = await page(
      'ベータ大統領から、支援に感謝する旨述べました。',
      '地域情勢についても意見交換が行われ、岸田総理大臣より、地域の安定に貢献したい旨述べました。',
      '首脳会談冒頭、ベータ大統領から、訪日を楽しみにしていた旨述べました。',
    );
    expect(speakerNames(result, '地域の安定に貢献')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '訪日を楽しみに')).toEqual(['アルファ・ベータ']);
  });

  it('reads 「<topic>について、<foreign leader>から」 the same way', async () => {
    const result = await page('岸田総理大臣から、改革の成功を期待する旨述べました。', '経済関係について、ベータ大統領から、投資の拡大を歓迎する旨述べました。');
    expect(speakerNames(result, '投資の拡大')).toEqual(['アルファ・ベータ']);
  });
});

describe('a reply inside the sentence it answers', () => {
  it('splits 「Xからは…説明があり、これに対し、Yから…旨述べた」 into two statements, the second answering the first', async () => {
    const result = await page('ベータ大統領からは、国内の改革について説明があり、これに対し、岸田総理大臣から、改革の成功を期待する旨述べました。');
    const [explanation, reply] = result.statements;
    expect(result.statements).toHaveLength(2);
    expect(speakerNames(result, '国内の改革')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '改革の成功')).toEqual(['岸田文雄']);
    expect(reply!.respondsTo).toBe(explanation!.id);
  });
});

describe('the floor passing inside a sentence', () => {
  it('splits after any act answered with 「…たのに対し、」, not only after 述べた', async () => {
    const result = await page('岸田総理大臣から、災害へのお見舞いを申し上げたのに対し、ベータ大統領から、支援への謝意が述べられました。');
    expect(speakerNames(result, 'お見舞い')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '支援への謝意')).toEqual(['アルファ・ベータ']);
  });

  it('splits 「Xから…について説明し、Y大統領は…」 where the next speaker is named', async () => {
    const result = await page('岸田総理大臣から、安全保障政策について説明し、ベータ大統領は、説明に感謝する旨述べました。');
    expect(speakerNames(result, '安全保障政策')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '説明に感謝')).toEqual(['アルファ・ベータ']);
  });
});

describe('questions, exchanges and joint acts in one sentence', () => {
  it('splits 「Xから…旨表明したところ、Yからは…」: the asker does not answer, the second speaker does', async () => {
    const result = await page('岸田総理大臣から、協力したい旨表明したところ、ベータ大統領からは、積極的に協力したい旨述べました。');
    const [ask, answer] = result.statements;
    expect(speakerNames(result, '協力したい旨表明')).toEqual(['岸田文雄']);
    expect(ask!.respondsTo).toBeNull();
    expect(speakerNames(result, '積極的に協力')).toEqual(['アルファ・ベータ']);
    expect(answer!.respondsTo).toBe(ask!.id);
  });

  it('gives the words after 「両首脳は…意見交換を行い、Xから」 to X', async () => {
    const result = await page('両首脳は、地域情勢についても意見交換を行い、岸田総理大臣から、連携を求めました。');
    expect(speakerNames(result, '連携を求め')).toEqual(['岸田文雄']);
  });

  it('splits 「X大統領は…を歓迎し、両首脳は…一致」 into X\'s act and a joint one', async () => {
    const result = await page('ベータ大統領は、交流の拡大を歓迎し、両首脳は、交流を一層拡大することで一致しました。');
    expect(speakerNames(result, '交流の拡大を歓迎')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '一層拡大').sort()).toEqual(['アルファ・ベータ', '岸田文雄'].sort());
  });

  it('keeps the speaker through 「…旨述べるとともに、両国は…である旨」', async () => {
    const result = await page('岸田総理大臣から、訪問を歓迎する旨述べるとともに、両国は重要なパートナーである旨述べました。');
    expect(speakerNames(result, '重要なパートナー')).toEqual(['岸田文雄']);
  });

  it('passes the floor at 「…要請があり、Y総理大臣から…」 even without a comma after から', async () => {
    const result = await page('ベータ大統領から、会議の成功に向けた協力要請があり、岸田総理大臣から緊密に連携したい旨述べました。');
    expect(speakerNames(result, '協力要請')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '緊密に連携')).toEqual(['岸田文雄']);
  });
});

describe('more places where the floor passes, and where it does not', () => {
  it('splits 「Xから、…に祝意を表し、Y大統領からは、…」 at the clause that ends before an office holder', async () => {
    const result = await page('岸田総理大臣から、ベータ大統領の就任に祝意を表し、ベータ大統領からは、日本の支援に謝意が述べられました。');
    expect(speakerNames(result, '就任に祝意')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '支援に謝意が述べ')).toEqual(['アルファ・ベータ']);
  });

  it('splits after a passive clause too (「Xからは、…が示され、Y総理からは、…」)', async () => {
    const result = await page('ベータ大統領からは、日本の技術への関心が示され、岸田総理大臣からは、協力の用意がある旨応じました。');
    expect(speakerNames(result, '技術への関心')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '協力の用意')).toEqual(['岸田文雄']);
  });

  it('reads 「…旨の回答がありました」 as a reply to what was said before', async () => {
    const result = await page('ベータ大統領より、地域情勢に関する説明があり、岸田総理大臣より、引き続き連携したい旨の回答がありました。');
    const explanation = result.statements.find((s) => s.text.includes('地域情勢'));
    const reply = result.statements.find((s) => s.text.includes('引き続き連携'));
    expect(speakerNames(result, '引き続き連携')).toEqual(['岸田文雄']);
    expect(reply?.respondsTo).toBe(explanation?.id);
  });

  it('does not split 「これに対し、Y大統領から」 nor 「X総理より、Y大統領からの…」', async () => {
    const result = await page('岸田総理大臣から、協力を提案しました。これに対し、ベータ大統領から、岸田総理大臣からの提案を歓迎する旨述べました。');
    expect(speakerNames(result, '提案を歓迎')).toEqual(['アルファ・ベータ']);
    expect(result.statements).toHaveLength(2);
  });

  it('reads 「Y大統領も…旨述べ」 as Y speaking', async () => {
    const result = await page('岸田総理大臣から、関係を強化したい旨述べたのに対し、ベータ大統領も関係を強化したい旨述べました。');
    expect(speakerNames(result, 'ベータ大統領も')).toEqual(['アルファ・ベータ']);
  });

  it('does not hand the floor to a clause ending in 「…であろうから、」', async () => {
    const result = await page('岸田総理大臣より、協議を再開する旨述べ、相手側から様々な話も出されるであろうから、しっかり取り組む旨述べました。');
    expect(speakerNames(result, 'しっかり取り組む')).toEqual(['岸田文雄']);
  });

  it('gives what an exchange of views ends in agreeing on to both principals', async () => {
    const result = await page('ベータ大統領は、日本の協力に謝意を表するとともに、今後の協力につき意見交換を行い、両国関係を強化していくことで一致しました。');
    expect(speakerNames(result, '日本の協力に謝意')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '両国関係を強化').sort()).toEqual(['アルファ・ベータ', '岸田文雄'].sort());
  });

  it('reads an unattributed 「…こととなった」 as settled by both', async () => {
    const result = await page('岸田総理大臣から、決議が必要である旨述べました。決議については、状況を見ながら柔軟に考えていくこととなった。');
    expect(speakerNames(result, '柔軟に考えていく').sort()).toEqual(['アルファ・ベータ', '岸田文雄'].sort());
  });
});

describe('joint acts written without 両首脳は', () => {
  it('gives 「日チ双方とも、…」 to both principals', async () => {
    const result = await page('岸田総理大臣から、協力を提案しました。', '日チ双方とも、可能な限り速やかに協議を開始したいとの考えを示しました。');
    expect(speakerNames(result, '速やかに協議').sort()).toEqual(['アルファ・ベータ', '岸田文雄'].sort());
  });

  it('keeps 「双方は、…意見交換を行い、…を非難しました」 as a joint statement', async () => {
    const result = await page('双方は、地域情勢につき意見交換を行い、弾道ミサイルの発射を厳しく非難しました。');
    expect(speakerNames(result, '厳しく非難').sort()).toEqual(['アルファ・ベータ', '岸田文雄'].sort());
  });

  it('reads 両氏 (both gentlemen) as the pair, alone and after one side\'s clause', async () => {
    const result = await page('また、両氏は、人的交流の拡大が重要であるとの認識を共有しました。',
      'ベータ大統領から、投資を歓迎する旨述べ、両氏は、経済関係を強化していくことで一致しました。');
    expect(speakerNames(result, '人的交流').sort()).toEqual(['アルファ・ベータ', '岸田文雄'].sort());
    expect(speakerNames(result, '投資を歓迎')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '経済関係を強化').sort()).toEqual(['アルファ・ベータ', '岸田文雄'].sort());
  });

  it('reads an unattributed 「…について話し合われました」 as both sides\'', async () => {
    const result = await page('岸田総理大臣から、協力を提案しました。', '選挙が国民の意思を反映することの重要性について話し合われました。');
    expect(speakerNames(result, '国民の意思').sort()).toEqual(['アルファ・ベータ', '岸田文雄'].sort());
  });
});

function rawPage(...lines: string[]): Promise<ExtractionResult> {
  const text = ['外務省', '', '令和5年3月14日', '', LEAD, '', ...lines, ''].join('\n');
  return extractDocument({ source: 'genre-speakers', text });
}

describe('a speaker named before a lead-in or by a heading', () => {
  it('reads the speaker after まず and after the setting (懇談の席上、)', async () => {
    const result = await page('まず、ベータ大統領から、訪日を楽しみにしている旨述べました。', '夕食会の席上、岸田総理大臣は、両国の友好を祝う旨述べました。');
    expect(speakerNames(result, '訪日を楽しみ')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '両国の友好')).toEqual(['岸田文雄']);
  });

  it('gives a direct quote that comes first to the speaker named after it (「「…」とX大統領は述べた」)', async () => {
    const result = await rawPage('  1. 「日本は重要なパートナーである」とベータ大統領は述べました。');
    expect(speakerNames(result, '重要なパートナー')).toEqual(['アルファ・ベータ']);
  });

  it('reads 我が方 and 我が国 whole: our side speaks, not a person named 我', async () => {
    const result = await rawPage('  1. 我が方から、北朝鮮問題について説明しました。', '  2. 我が国からは、拉致問題の解決を求めました。');
    expect(speakerNames(result, '北朝鮮問題')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '拉致問題の解決')).toEqual(['岸田文雄']);
  });

  it('reads the speaker after 「席上、」 as after 「また、」', async () => {
    const result = await rawPage('  1. 岸田総理大臣から、歓迎の意を表しました。', '  2. 席上、ベータ大統領から、日本の貢献を評価する旨の発言がありました。');
    expect(speakerNames(result, '日本の貢献')).toEqual(['アルファ・ベータ']);
  });

  it('gives the points after 「Xから、以下の点を述べました。」 to X', async () => {
    const result = await rawPage('  1. 岸田総理大臣から、以下の点を述べました。', '  (1)貴大統領の訪日を歓迎。', '  (2)両国の投資協定の早期署名を期待。');
    expect(speakerNames(result, '投資協定')).toEqual(['岸田文雄']);
  });

  it('gives the points after a reply that introduces them (「以下のとおり応じた」) to the one replying, not the intro', async () => {
    const result = await rawPage('  1. 岸田総理大臣から、以下の点を述べました。', '  (1)貴大統領の訪日を歓迎。',
      '  これに対し、ベータ大統領より、以下のとおり応じました。', '  (1)日本の支援に感謝。', '  (2)投資の拡大を期待。');
    expect(speakerNames(result, '投資の拡大')).toEqual(['アルファ・ベータ']);
    expect(result.statements.some((s) => s.text.includes('以下のとおり応じ'))).toBe(false);
  });

  it('reads a paragraph opening with its speaker in parentheses (「(総理)…」「(大統領)…」)', async () => {
    const result = await rawPage('  1. 二国間関係', '(総理)両国関係の一層の強化を図りたい。', '(大統領)総理の指導力に感謝。');
    expect(speakerNames(result, '一層の強化')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '指導力に感謝')).toEqual(['アルファ・ベータ']);
  });

  it('reads a transcript\'s speaker labels: 【X】 on its own line, 【X】 or 「X大統領:」 opening the paragraph', async () => {
    const heading = await rawPage('  1. 二国間関係', '【岸田総理】', '両国関係を一層強化したい。', '【ベータ大統領】', '日本の支援に感謝する。');
    expect(speakerNames(heading, '一層強化')).toEqual(['岸田文雄']);
    expect(speakerNames(heading, '支援に感謝')).toEqual(['アルファ・ベータ']);
    const colon = await rawPage('  1. 二国間関係', '岸田総理:両国関係を一層強化したい。', 'ベータ大統領:日本の支援に感謝する。');
    expect(speakerNames(colon, '一層強化')).toEqual(['岸田文雄']);
    expect(speakerNames(colon, '支援に感謝')).toEqual(['アルファ・ベータ']);
    // The office alone before the colon (「総理:」), as the oldest transcripts write it.
    const bare = await rawPage('  1. 二国間関係', '総理:両国関係は順調に発展している。', 'ベータ大統領:日本の支援に感謝する。');
    expect(speakerNames(bare, '順調に発展')).toEqual(['岸田文雄']);
  });

  it('reads a name and office alone on a line (「(1)岸田総理」「○ベータ大統領:」) as the speaker of the lines below', async () => {
    const numbered = await rawPage('  1. 二国間関係', '  (1)岸田総理', '  鉱物資源分野での協力を進めたい。', '  (2)ベータ大統領', '  日本企業の投資を期待する。');
    expect(speakerNames(numbered, '鉱物資源')).toEqual(['岸田文雄']);
    expect(speakerNames(numbered, '日本企業の投資')).toEqual(['アルファ・ベータ']);
    const bulleted = await rawPage('  1. 二国間関係', '○ベータ大統領:', '日本の支援に感謝する。');
    expect(speakerNames(bulleted, '支援に感謝')).toEqual(['アルファ・ベータ']);
  });

  it('ends a heading\'s turn at a paragraph that names its own speaker, and at an attendee block', async () => {
    const result = await rawPage('  1. 二国間関係', '【ベータ大統領】', '日本の支援に感謝する。', '岸田総理大臣は「チリは重要なパートナーである」と述べました。',
      '(同席者)', '日本側:山田一郎外務審議官、鈴木二郎中南米局長');
    expect(speakerNames(result, '重要なパートナー')).toEqual(['岸田文雄']);
    expect(result.statements.some((s) => /同席者|山田一郎/u.test(s.text))).toBe(false);
  });

  it('ends a list of points at 「また、Y大臣から、」: a connective before the next speaker', async () => {
    const result = await rawPage('  1. 地域情勢', 'ベータ大統領から、以下のとおり発言がありました。', '(1)近隣国の情勢を懸念している。', '(2)地域の安定化に取り組んでいる。',
      'また、岸田総理大臣から、地域の平和と安定に貢献していく旨述べました。');
    expect(speakerNames(result, '地域の安定化')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '平和と安定に貢献')).toEqual(['岸田文雄']);
  });

  it('takes no caption and no list of who came for a speaker\'s heading', async () => {
    const caption = await rawPage('  1. 晩餐会', '- 晩餐会で挨拶する岸田総理大臣', '  2. また、両首脳は晩餐会に先立ち懇談しました。懇談の席上、ベータ大統領は、日本の支援に感謝する旨述べました。');
    expect(caption.statements.find((s) => s.text.includes('支援に感謝'))?.text.startsWith('また')).toBe(false);
    const list = await rawPage('  1. 出席者', 'ガンマ・デルタ・ペルー大統領', 'イプシロン・ボリビア外務相', 'ゼータ・エクアドル国連常駐代表');
    expect(list.statements).toEqual([]);
  });

  it('gives the paragraphs under a 「総理発言」 heading to the prime minister', async () => {
    const result = await rawPage('  1. 総理発言', '  (1)地域の平和と安定に貢献したい旨発言。', '  (2)貿易の拡大を歓迎する旨指摘。');
    expect(speakerNames(result, '貿易の拡大')).toEqual(['岸田文雄']);
  });

  it('gives a paragraph whose subject is the pair (両首脳は) to both, under a heading that names one speaker', async () => {
    const result = await rawPage('  1. 総理発言', '  (1)地域の平和と安定に貢献したい旨発言。', '  (2)両首脳は、協力を強化していくことで一致しました。');
    expect(speakerNames(result, '地域の平和')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '協力を強化していく').sort()).toEqual(['アルファ・ベータ', '岸田文雄']);
  });
});

describe('the end of a speaker\'s list of points', () => {
  it('ends at the next item of the intro\'s own level, not at a deeper 「1.」', async () => {
    const result = await rawPage('  1. 岸田総理大臣から、次の点を述べました。', '    1. 貿易の拡大を歓迎。', '    2. 投資環境の整備を期待。', '  2. ベータ大統領は、日本の支援に感謝の意を表明しました。');
    expect(speakerNames(result, '投資環境')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '感謝の意')).toEqual(['アルファ・ベータ']);
  });

  it('takes every point after 「以下の点について述べました」, said with a verb or not, and the intro for no statement', async () => {
    const result = await rawPage('  1. 岸田総理大臣から、以下の点について述べました。', '・ベータ大統領の訪日を歓迎する。', '・チリは重要なパートナーである。');
    expect(speakerNames(result, '重要なパートナー')).toEqual(['岸田文雄']);
    expect(result.statements.map((s) => s.text)).toEqual(['ベータ大統領の訪日を歓迎する。', 'チリは重要なパートナーである。']);
  });
});

describe('joint results without a speaker', () => {
  it('reads a passive agreement (「…の道筋が合意された。」) as both principals\'', async () => {
    const result = await page('平和条約交渉の今後の道筋が合意された。');
    expect(speakerNames(result, '道筋が合意')).toEqual(['岸田文雄', 'アルファ・ベータ']);
  });
});

describe('the floor off the clean 「Xより、」 path', () => {
  it('finds the speaker after a demonstrative connective (この関連で、その中で、この他、)', async () => {
    const result = await page('この関連で、ベータ大統領より、投資の拡大を歓迎する旨の発言がありました。', 'この他、岸田総理大臣より、閣僚会議の早期開催に向け調整したい旨述べました。');
    expect(speakerNames(result, '投資の拡大')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '閣僚会議の早期開催')).toEqual(['岸田文雄']);
  });

  it('gives 「<country>側は」 to that side\'s principal, not to the country', async () => {
    const result = await page('岸田総理大臣から、テロ対策での協力を求めました。', 'チリ側は、テロ反対は全世界の共通認識である旨指摘しました。');
    expect(speakerNames(result, 'テロ反対は')).toEqual(['アルファ・ベータ']);
  });

  it('gives a reply after 「…のに対し、」 that names no one to the other principal', async () => {
    const result = await page('ベータ大統領から、改革の取組について説明があったのに対し、感謝の念を伝えた上で、日本としても支援したい旨述べました。');
    expect(speakerNames(result, '支援したい')).toEqual(['岸田文雄']);
    const reply = result.statements.find((s) => s.text.includes('支援したい'))!;
    expect(reply.respondsTo).toBe(result.statements.find((s) => s.text.includes('改革の取組'))!.id);
  });

  it('reads 「Xからの<noun>」 as where something came from, not as a new speaker', async () => {
    const result = await page('岸田総理大臣から、協力を強化したい旨述べるとともに、地震に際するベータ大統領からのお見舞いのメッセージに謝意を伝えました。');
    expect(speakerNames(result, 'お見舞いのメッセージ')).toEqual(['岸田文雄']);
  });

  it('splits 「…ことを受け、Yより」 (an answer) and 「…したほか、Xから」 (another act) from what precedes them', async () => {
    const result = await page(
      'ベータ大統領より日本の経済につき照会があったことを受け、岸田総理大臣より、経済は回復している旨説明しました。',
      '両首脳は、連携していくことで一致したほか、岸田総理大臣から拉致問題の早期解決に向けた理解と協力を求めました。',
    );
    expect(speakerNames(result, '照会があった')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '経済は回復')).toEqual(['岸田文雄']);
    expect(result.statements.find((s) => s.text.includes('経済は回復'))!.respondsTo).toBe(result.statements.find((s) => s.text.includes('照会があった'))!.id);
    expect(speakerNames(result, '連携していく').sort()).toEqual(['アルファ・ベータ', '岸田文雄']);
    expect(speakerNames(result, '拉致問題の早期解決')).toEqual(['岸田文雄']);
  });

  it('keeps the speaker when a sentence of his turn has 日本 as its subject', async () => {
    const result = await page('岸田総理大臣から、協力を強化したい旨述べました。この文脈で、日本は地域の成長に貢献したいと述べました。');
    expect(speakerNames(result, '地域の成長')).toEqual(['岸田文雄']);
  });
});

describe('a turn over several sentences', () => {
  it('keeps the speaker for a sentence whose subject is a clause (「…申し上げるとの発言がありました」)', async () => {
    const result = await page('ベータ大統領から、友好にふさわしい計画を考えていきたい。総理のチリ訪問を招待申し上げるとの発言がありました。');
    expect(speakerNames(result, '招待申し上げる')).toEqual(['アルファ・ベータ']);
  });

  it('still reads 「<clause>大使から」 as a new speaker, who may be no one the page names', async () => {
    const result = await page('岸田総理大臣から、歓迎する旨述べました。出席した各国大使から、二国間関係についての発言がありました。');
    expect(speakerNames(result, '二国間関係について')).toEqual([]);
  });
});

describe('the end of a list of points at a topic and a new speaker', () => {
  it('ends the other side\'s points at 「<topic>に関し、<minister>から、」', async () => {
    const text = ['外務省', '', '令和5年3月14日', '', LEAD, '', '(1)ベータ大統領から概要以下のとおり述べました。', '(ア)両国関係を発展させたい。', '(イ)訪日を楽しみにしている。', '- (1)地域情勢に関し、岸田総理大臣から、緊張緩和に貢献したい旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'genre-speakers', text });
    expect(speakerNames(result, '訪日を楽しみに')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '緊張緩和に貢献')).toEqual(['岸田文雄']);
  });
});

describe('points introduced by 「以下を述べた」「次の発言があった」', () => {
  it('gives the paragraphs after the introduction to its speaker, and the introduction is no statement', async () => {
    const result = await rawPage(
      '1. ベータ大統領より、次の発言があった。', '両国関係は発展してきたが、今回の事態は非常に遺憾。本件は、両国関係の根幹に関わる問題。', '|',
      '2. 岸田総理より、以下を述べた。', '(1)地域の平和が重要。', '(2)経済関係を強化したい。',
    );
    expect(speakerNames(result, '根幹に関わる問題')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '地域の平和')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '経済関係を強化')).toEqual(['岸田文雄']);
    expect(result.statements.map((s) => s.text)).not.toContain('|');
    expect(result.statements.some((s) => /以下を述べた|次の発言があった/u.test(s.text))).toBe(false);
  });
});

describe('a wish to agree', () => {
  it('keeps 「…で一致したい」 with its speaker: a wish is no joint act', async () => {
    const result = await page('岸田総理大臣から、投資を歓迎する旨述べました。特に経済分野におけるビジネス環境の整備で一致したい。');
    expect(speakerNames(result, 'ビジネス環境の整備')).toEqual(['岸田文雄']);
  });
});

describe('a joint exchange of views', () => {
  it('keeps 「両外相は、…意見交換を行い、…で一致した」 one joint statement, its opening included', async () => {
    const result = await page('両首脳は、地域情勢について緊密に意見交換を行い、協力していくことで一致しました。');
    const statement = result.statements.find((s) => s.text.includes('協力していく'))!;
    expect(statement.text).toContain('地域情勢について緊密に意見交換を行い');
    expect(speakerNames(result, '協力していく').sort()).toEqual(['アルファ・ベータ', '岸田文雄']);
  });
});

describe('a title standing for someone', () => {
  it('reads 同大臣 as the minister the page named, not the vice-minister across the table', async () => {
    const text = ['外務省', '', '令和5年3月14日', '', ' 3月14日、山田太郎外務副大臣は、訪日中のガンマ・デルタ・チリ外務大臣と会談を行いました。', '',
      '  1. 山田副大臣から、歓迎する旨述べました。また、同大臣からは、チリの改革について説明がありました。', ''].join('\n');
    const result = await extractDocument({ source: 'genre-speakers', text });
    expect(speakerNames(result, 'チリの改革')).toEqual(['ガンマ・デルタ']);
  });
});

describe('the floor passing inside a sentence', () => {
  it('cuts a clause ending in any verb stem before the pair, also after その上で', async () => {
    const result = await page('岸田総理大臣から拉致問題の即時解決に向けた理解と支持を求め、両首脳は引き続き緊密に連携していくことを確認しました。',
      'ベータ大統領から、訪問は有意義だったと述べるところがあり、その上で、両者は、来年の周年事業に向けて連携していくことで一致しました。');
    expect(speakerNames(result, '理解と支持を求め')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '引き続き緊密に連携').sort()).toEqual(['アルファ・ベータ', '岸田文雄']);
    expect(speakerNames(result, '訪問は有意義')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '周年事業に向けて').sort()).toEqual(['アルファ・ベータ', '岸田文雄']);
  });

  it('gives the floor to a 外交部長 named after a clause, and to an office holder who 「も」 answers', async () => {
    const result = await page('冒頭、岸田総理大臣から、就任の挨拶を述べ、ガンマ・デルタ外交部長から岸田総理大臣の就任に対する祝意が述べられました。',
      '岸田総理大臣から、早期の解決に取り組みたいと述べ、ベータ大統領も、合意に従って解決することが重要である旨応じました。');
    expect(speakerNames(result, '就任に対する祝意')).toEqual(['ガンマ・デルタ']);
    expect(speakerNames(result, '合意に従って解決')).toEqual(['アルファ・ベータ']);
    const reply = result.statements.find((s) => s.text.includes('合意に従って解決'));
    const asked = result.statements.find((s) => s.text.includes('早期の解決'));
    expect(reply?.respondsTo).toBe(asked?.id);
  });

  it('reads 両国が inside what is said as content, not as the pair speaking', async () => {
    const result = await page('岸田総理大臣からは、支援に感謝する旨述べました。また、両国が共有する価値に基づき、関係を強化していきたい旨述べました。');
    expect(speakerNames(result, '両国が共有する')).toEqual(['岸田文雄']);
  });
});

describe('acts that report no words', () => {
  it('takes no statement from a discussion with nothing reported (協議しました, 議論を行いました), but keeps one that ends in agreement', async () => {
    const result = await page('両首脳は、地域情勢について協議しました。', '両首脳は、経済関係の強化について率直な議論を行いました。', '両首脳は、気候変動について議論を行い、協力していくことで一致しました。', '岸田総理大臣より、輸入再開について議論を行っているという日本側の立場を説明しました。');
    expect(result.statements.map((s) => s.text)).toEqual(['両首脳は、気候変動について議論を行い、協力していくことで一致しました。', '岸田総理大臣より、輸入再開について議論を行っているという日本側の立場を説明しました。']);
  });

  it('keeps an exchange of views that ends in a shared view (「…意見交換し、…との認識を共有しました」) as a joint statement', async () => {
    const result = await page('両首脳は、地域情勢について意見交換し、緊張緩和が重要であるとの認識を共有しました。');
    expect(speakerNames(result, '認識を共有').sort()).toEqual(['アルファ・ベータ', '岸田文雄']);
  });

  it('gives a view the pair shared after 「続けて、」 to both (続けて and そして open a turn as 続いて does)', async () => {
    const result = await page('岸田総理大臣から、協力を深めたい旨述べました。', '続けて、両首脳は、地域情勢につき協議し、関係機関が協力していく重要性につき認識を共有しました。');
    expect(speakerNames(result, '認識を共有').sort()).toEqual(['アルファ・ベータ', '岸田文雄']);
  });

  it('takes no statement from what someone did rather than said (視察, 記念撮影, 出席)', async () => {
    const result = await page('岸田総理大臣から、両国関係の発展を歓迎する旨述べました。', 'その後、岸田総理大臣は、ベータ大統領の案内で工場を視察しました。', '両首脳は、続いて記念撮影を行いました。', '岸田総理大臣は、ベータ大統領主催の夕食会に出席しました。');
    expect(result.statements.map((s) => s.text)).toEqual(['岸田総理大臣から、両国関係の発展を歓迎する旨述べました。']);
  });
});

describe('acts that say nothing, and a reply to a bare title', () => {
  it('takes no statement from thanks with nothing thanked for, and keeps thanks for something', async () => {
    const result = await page('岸田総理大臣から謝意を表明しました。', 'ベータ大統領より謝意の表明があり、岸田総理大臣より、協力を強化したい旨述べました。', 'ベータ大統領から、支援に対する謝意が表明されました。');
    expect(result.statements.some((s) => /^岸田総理大臣から謝意を表明/u.test(s.text))).toBe(false);
    expect(result.statements.some((s) => /^ベータ大統領より謝意の表明があり/u.test(s.text))).toBe(false);
    expect(speakerNames(result, '協力を強化したい')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '支援に対する謝意')).toEqual(['アルファ・ベータ']);
  });

  it('splits 「…と述べたところ、大統領より…」 and makes the second a reply', async () => {
    const result = await page('岸田総理大臣から、協力を求めたところ、大統領より首相の配慮に感謝したい旨述べました。');
    expect(speakerNames(result, '協力を求めた')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '首相の配慮に感謝')).toEqual(['アルファ・ベータ']);
    const reply = result.statements.find((s) => s.text.includes('首相の配慮'));
    expect(reply?.respondsTo).toBe(result.statements.find((s) => s.text.includes('協力を求めた'))?.id);
  });
});

describe('more ways a turn is given', () => {
  it('passes the floor to 「Y総理が、」 after 「…と発言し、」, and the answer replies', async () => {
    const result = await page('ベータ大統領が、日本の支援に感謝すると発言し、岸田総理大臣が、引き続き協力したいと応じました。');
    expect(speakerNames(result, '日本の支援に感謝')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '引き続き協力したい')).toEqual(['岸田文雄']);
  });

  it('gives the points under 「Xの発言概要は以下のとおり。」 to X, and takes no statement from the line itself', async () => {
    const result = await rawPage('  1. ベータ大統領の発言概要は以下のとおり。', '    - 日本の支援に感謝する。', '    - 投資の拡大を期待する。');
    expect(speakerNames(result, '日本の支援に感謝')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '投資の拡大を期待')).toEqual(['アルファ・ベータ']);
    expect(result.statements.some((s) => s.text.includes('発言概要'))).toBe(false);
  });
});

describe('an introduction that counts its points', () => {
  it('reads 「次の3点を指摘した」 as an introduction whose points are the speaker\'s', async () => {
    const result = await rawPage('  1. 岸田総理大臣より、次の3点を指摘しました。', '    (1) 法の支配の重要性', '    (2) 投資環境の整備', '  2. これに対しベータ大統領より、いずれも同意する旨の発言がありました。');
    expect(speakerNames(result, '法の支配の重要性')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '投資環境の整備')).toEqual(['岸田文雄']);
    expect(result.statements.some((s) => s.text.includes('次の3点'))).toBe(false);
  });
});

describe('headings and captions among the points', () => {
  it('takes no statement from a short line that names no one and ends no sentence', async () => {
    const result = await rawPage('  1. 岸田総理大臣から、協力を強化したい旨述べました。', '  2. 成果文書の採択、その他(ガンマ発言)', '  3. 歓迎行事');
    expect(result.statements.map((s) => s.text)).toEqual(['岸田総理大臣から、協力を強化したい旨述べました。']);
  });

  it('keeps the last clause of a page cut off mid-sentence', async () => {
    const result = await rawPage('  1. 岸田総理大臣から、協力を強化したい旨述べました。', '  2. また、ほとんどの国より、日本の支援表明に対し謝意と期待が述');
    expect(result.statements.some((s) => s.text.includes('謝意と期待が述'))).toBe(true);
  });
});

describe('a clause of time or topic before the pair', () => {
  it('keeps 「Xの歓迎の言葉に続き、双方は…」 and 「…に関し、両首脳は…」 one joint act', async () => {
    const result = await page('ガンマ大臣からの歓迎の言葉に続き、双方は、議会間交流の重要性について一致しました。', '北朝鮮に関し、両首脳は、緊密な連携で一致しました。');
    expect(result.statements.map((s) => s.text)).toEqual(['ガンマ大臣からの歓迎の言葉に続き、双方は、議会間交流の重要性について一致しました。', '北朝鮮に関し、両首脳は、緊密な連携で一致しました。']);
    expect(speakerNames(result, '議会間交流').sort()).toEqual(['アルファ・ベータ', '岸田文雄']);
  });
});

describe('putting a side\'s position', () => {
  it('gives 「日本側の立場を申し入れた」 to the Japanese side and 「先方の立場を説明した」 to the other, after a joint act', async () => {
    const result = await page('両首脳は、協力の強化で一致しました。', '北朝鮮問題について、日本側の立場を申し入れました。', '漁業問題について、先方の立場を説明しました。');
    expect(speakerNames(result, '日本側の立場')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '先方の立場')).toEqual(['アルファ・ベータ']);
  });
});

describe('同 and an office', () => {
  it('refers back to the one just named with it, a former holder too, before the meeting\'s principals', async () => {
    const text = ['令和5年5月25日', '', ' 5月20日、山田一郎外務大臣は、アルファ・ベータ・チリ共和国大統領と会談を行いました。', '',
      '  1. ベータ大統領から、両国関係の発展を歓迎する旨述べました。',
      '  2. ガンマ前大統領主催晩餐会において、同大統領は、在任中の日本の支援に感謝する旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'refers-back', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.statements.map((s) => s.speakers.map(name))).toEqual([['アルファ・ベータ'], ['ガンマ']]);
  });
});

describe('a one-character surname', () => {
  it('passes the floor inside a sentence to 「<one-character surname><office>から」 as to a longer name', async () => {
    const text = ['外務省', '', '令和5年3月14日', '',
      ' 3月14日、辻一郎外務大臣は、アルファ・ベータ・チリ共和国外務大臣と会談を行ったところ、概要は以下のとおりです。', '',
      '  1. ベータ大臣から、明年の会合の成功に向けた協力要請があり、辻大臣から両国で緊密に連携したい旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'genre-speakers', text });
    expect(speakerNames(result, '協力要請')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '緊密に連携')).toEqual(["辻一郎"]);
  });
});

describe('other acts of speech that hand on the floor', () => {
  it('passes the floor after 呼びかけ or 求め as after 述べ (「…協力を呼びかけ、Y大臣も…」)', async () => {
    const result = await page('岸田総理大臣より、地域の安定に向けた協力を呼びかけ、ベータ大統領もこれに賛意を示しました。');
    expect(speakerNames(result, '協力を呼びかけ')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '賛意を示し')).toEqual(['アルファ・ベータ']);
  });
});

describe('the remarks of people the page does not name one by one', () => {
  it('end the turn of the speaker heading before them, keep what is said without a speaker, and drop the country lines among them', async () => {
    const text = ['外務省', '', '令和5年3月14日', '', ' 3月14日、岸田文雄内閣総理大臣は、中南米各国の特使と会談を行ったところ、概要は以下のとおりです。', '',
      '(1)総理発言', '中南米諸国との関係を重視している旨述べた。', '(2)各国特使発言', '(イ)チリ', '日本の経済協力に感謝。', '(ロ)ペルー', '日本とペルーの協力は重要。', ''].join('\n');
    const result = await extractDocument({ source: 'envoys', text });
    const said = result.statements.map((s) => [s.text, s.speakers.map((id) => result.entities.find((e) => e.id === id)?.name ?? id)]);
    expect(said).toEqual([['中南米諸国との関係を重視している旨述べた。', ['岸田文雄']], ['日本の経済協力に感謝。', []], ['日本とペルーの協力は重要。', []]]);
  });

  it('does so too when the headings are list items under a section', async () => {
    const text = ['外務省', '', '令和5年3月14日', '', ' 3月14日、岸田文雄内閣総理大臣は、中南米各国の特使と会談を行ったところ、概要は以下のとおりです。', '',
      'I.概要', '- (1)総理発言', '中南米諸国との関係を重視している旨述べた。', '- (2)各国特使発言(弔意は略。総理より各特使に適宜応答。)', '- (イ)チリ', '日本の経済協力に感謝。', '(ロ)ペルー', '日本とペルーの協力は重要。', ''].join('\n');
    const result = await extractDocument({ source: 'envoys-list', text });
    expect(result.statements.map((s) => s.speakers.length)).toEqual([1, 0, 0]);
  });
});

describe('a related page\'s title', () => {
  it('is no statement (〔参考〕…での総理発言), while a note with a sentence still can be', async () => {
    const text = ['外務省', '', '令和5年3月14日', '', LEAD, '〔参考〕アルファ公園におけるぶら下がり会見での総理発言', '1.歴史関連', '(1) |', '岸田総理大臣から、協力を強化したい旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'reference-title', text });
    expect(result.statements.map((s) => s.text)).toEqual(['岸田総理大臣から、協力を強化したい旨述べました。']);
  });
});

describe('the page\'s own account', () => {
  it('is no statement when nobody is named and it ends in a copula (…招待によるものであった)', async () => {
    const result = await page('今回の訪日は夫妻での訪日であり、ベータ大統領からの招待によるものであった。',
      'ベータ大統領より、日本の支援に感謝する旨述べた。');
    expect(result.statements.map((s) => s.text)).toEqual(['ベータ大統領より、日本の支援に感謝する旨述べた。']);
  });
});

describe('speakers named in angle brackets', () => {
  it('head what follows them on a line of their own (<X>, 〈X〉, ≪X≫) or open a paragraph (〈X〉…)', async () => {
    const text = ['外務省', '', '令和5年3月14日', '', LEAD, '', '<岸田総理大臣>', '・チリの改革努力を評価する。', '〈ベータ大統領〉', '・日本の支援に感謝する。',
      '≪岸田総理大臣≫', '・引き続き協力していきたい。', '〈ベータ大統領〉TICADの成功を期待する。', ''].join('\n');
    const result = await extractDocument({ source: 'angle-headings', text });
    const name = (id: string) => result.entities.find((e) => e.id === id)?.name ?? id;
    expect(result.statements.map((s) => [s.text, s.speakers.map(name).join('+')])).toEqual([
      ['チリの改革努力を評価する。', '岸田文雄'], ['日本の支援に感謝する。', 'アルファ・ベータ'], ['引き続き協力していきたい。', '岸田文雄'], ['〈ベータ大統領〉TICADの成功を期待する。', 'アルファ・ベータ'],
    ]);
  });
});

describe('a leader named by office and country alone', () => {
  const pageOf = (lead: string, ...lines: string[]) =>
    extractDocument({ source: 'office-alone', text: ['外務省', '', '平成9年4月25日', '', ` ${lead}`, '', '1.安保', ...lines, ''].join('\n') });

  it('takes 「米国大統領と会談」 as whoever held that office on the day, and 「(大統領)」 lines as his', async () => {
    const result = await pageOf('4月25日、山田一郎総理大臣は、ワシントンにおいて米国大統領と会談を行った。概要以下のとおり。',
      '(総理)在日米軍の兵力削減を論じることは不適当である。', '(大統領)沖縄の米軍駐留に関する総理の対応に感謝。');
    expect(result.meetings[0]?.participants.map((p) => p.entity)).toContain('person:clinton-bill');
    expect(speakerNames(result, '沖縄の米軍駐留')).toEqual(['ビル・クリントン']);
  });

  it('reads no leader from a country written in one character inside a name (「金大　中大統領」)', async () => {
    const result = await pageOf('10月15日、山田一郎総理大臣は、金大　中大統領と会談を行った。概要以下のとおり。', '(総理)協力を呼びかけた。');
    expect(result.entities.map((e) => e.id)).not.toContain('person:jiang-zemin');
  });

  it('leaves 「(大統領)」 lines nobody\'s when no one on the page holds that office, not the last speaker\'s', async () => {
    const result = await pageOf('4月25日、山田一郎総理大臣は、ワシントンにおいて米国の政府関係者と懇談を行った。概要以下のとおり。',
      '(総理)在日米軍の兵力削減を論じることは不適当である。', '(大統領)沖縄の米軍駐留に関する総理の対応に感謝。', '(総理)謝意を表明。');
    expect(speakerNames(result, '沖縄の米軍駐留')).toEqual([]);
    expect(speakerNames(result, '謝意を表明')).toEqual(['山田一郎']);
  });
});

describe('a side as the next subject', () => {
  it('hands the floor to 先方 (the other side) or to a side by its country inside the sentence', async () => {
    const result = await page(
      '岸田総理大臣は、拉致問題の早期解決に向けた協力を要請し、先方は理解を示しました。',
      'ベータ大統領は、投資環境の改善に取り組む旨述べ、日本側は日本企業の進出を後押ししたい旨述べました。',
    );
    expect(speakerNames(result, '協力を要請')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '先方は理解を示しました')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '投資環境の改善')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '日本側は日本企業の進出')).toEqual(['岸田文雄']);
  });
});

describe('the other side named by an office', () => {
  it('gives 「先方大統領から」 to the other side\'s principal, and 「先方外相より」 to its foreign minister who sat in', async () => {
    const text = ['外務省', '', '令和5年3月14日', '',
      ' 3月14日、岸田文雄内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と首脳会談を行ったところ、概要は以下のとおりです(先方同席者:ガンマ・デルタ外務大臣)。', '',
      '  1. 先方大統領から、日本の支援に謝意が述べられ、協力を強化したい旨述べました。',
      '  2. 先方外相より、経済連携協定の活用を進めたい旨述べました。', ''].join('\n');
    const result = await extractDocument({ source: 'other-side-office', text });
    expect(speakerNames(result, '協力を強化したい')).toEqual(['アルファ・ベータ']);
    expect(speakerNames(result, '経済連携協定の活用')).toEqual(['ガンマ・デルタ']);
  });
});

describe('the floor passing to an office named alone', () => {
  it('splits 「総理からは…説明し、大統領からは…示されました」 at the office with no name before it', async () => {
    const result = await page('総理からは地域情勢について説明し、大統領からは理解が示されました。');
    expect(result.statements).toHaveLength(2);
    expect(speakerNames(result, '地域情勢について')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '理解が示され')).toEqual(['アルファ・ベータ']);
  });
});

describe('これに応じ, as これに対し and これに応え', () => {
  it('opens a reply to the statement before it', async () => {
    const result = await page('ベータ大統領から、訪日への意欲が示されました。', 'これに応じ、岸田総理大臣から、来年の訪日を招待しました。');
    const [first, reply] = result.statements;
    expect(speakerNames(result, '来年の訪日')).toEqual(['岸田文雄']);
    expect(reply!.respondsTo).toBe(first!.id);
  });
});

describe('Japan acting as Japan', () => {
  it('gives a piece that opens 「日本として、」 or 「我が国としては、」 with no one named to the Japanese side, not to the last speaker', async () => {
    const result = await page('岸田総理大臣から、協力を強化したい旨述べました。これに対し、ベータ大統領から強い支持が示されました。', 'また、日本として、対ロシア制裁を打ち出してきていることを紹介しました。', '我が国としては、引き続き支援していく旨述べました。');
    expect(speakerNames(result, '対ロシア制裁')).toEqual(['岸田文雄']);
    expect(speakerNames(result, '引き続き支援')).toEqual(['岸田文雄']);
  });
});

describe('one who sat in and was given the floor', () => {
  it('speaks: 「同席したX大臣から、…説明がありました」 is a statement, 「…が同席しました」 is none', async () => {
    const result = await page('同席したガンマ・デルタ外務大臣から、外相会談の成果について説明がありました。', 'チリ側からは、ガンマ外務大臣が同席しました。');
    expect(speakerNames(result, '外相会談の成果')).toEqual(['ガンマ・デルタ']);
    expect(result.statements.some((s) => s.text.includes('が同席しました'))).toBe(false);
  });
});

describe('答えました', () => {
  it('says the words answer what was said before, as 応じました and 返答しました do', async () => {
    const result = await page('岸田総理大臣から、投資環境の改善を要請しました。ベータ大統領からは、前向きに検討したいと答えました。');
    const [request, answer] = result.statements;
    expect(answer!.respondsTo).toBe(request!.id);
  });
});

describe('a speaker named by a long full name', () => {
  it('reads a royal\'s full name, country and office before から as the speaker (over forty characters)', async () => {
    const result = await page('アルファ・ビン・ベータ・ビン・ガンマ・ビン・イプシロン・アール・デルタ・サウジアラビア王国皇太子から、協力を求めました。');
    expect(speakerNames(result, '協力を求めました')).toEqual(['アルファ・ビン・ベータ・ビン・ガンマ・ビン・イプシロン・アール・デルタ']);
  });
});
