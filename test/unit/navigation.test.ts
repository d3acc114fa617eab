import { describe, expect, it } from 'vitest';
import { stripNavigation } from '../../src/clean/navigation.js';
import { foldWidth, normalizeLines } from '../../src/clean/normalize.js';

describe('navigation stripping', () => {
  it('drops the ministry site menus, breadcrumbs, back links and photo credits, keeping the body', () => {
    const page = [
      '外務省 English リンクページ よくある質問集 検索 サイトマップ',
      '外務省案内 渡航関連情報 各国・地域情勢 外交政策 ODA',
      '会談・訪問 報道・広報 キッズ外務省 資料・公開情報 各種手続き',
      'トップページ 会談・訪問 過去の記録',
      '日仏首脳会談(概要)',
      '握手する両首脳 日仏首脳会談 (写真提供:内閣広報室)',
      '平成15年4月1日',
      ' 4月1日午前10時から約30分間、森総理はシラク大統領と会談を行ったところ、概要以下の通り。',
      'フランスへ戻る',
      'このページのトップへ戻る',
      '外務省',
    ];
    expect(stripNavigation(page)).toEqual([
      '日仏首脳会談(概要)',
      '平成15年4月1日',
      ' 4月1日午前10時から約30分間、森総理はシラク大統領と会談を行ったところ、概要以下の通り。',
    ]);
  });

  it('folds full-width characters one for one, so offsets stay valid', () => {
    const text = '１０月２７日（現地時間）　ＡＰＥＣ';
    const folded = foldWidth(text);
    expect(folded).toBe('10月27日(現地時間) APEC');
    expect(folded.length).toBe(text.length);
  });

  it('collapses runs of blank lines', () => {
    expect(normalizeLines('a\r\n\r\n\r\n\r\nb  \n\n')).toBe('a\n\nb');
  });
});

describe('site furniture of any government page', () => {
  it('drops home, page-top, copyright and menu lines, and keeps the body', () => {
    const page = ['首相官邸ホームページ', 'ホーム > 外交政策 > 国・地域', '会見・発表・広報', 'キッズ外務省', '(写真:内閣広報室提供)', '岸田総理大臣は、アルファ大統領と会談を行いました。',
      'このページのトップへ戻る', 'Copyright © Ministry of Foreign Affairs of Japan', 'ODA(政府開発援助)'];
    expect(stripNavigation(page)).toEqual(['岸田総理大臣は、アルファ大統領と会談を行いました。']);
  });
});

describe('photo credits without 提供', () => {
  it('drops a credit line that only names its owner, and keeps a line that merely starts with 写真', () => {
    const page = ['(c) 内閣広報室', '写真:内閣広報室 |', '(C)外務省', '写真:アルファ大統領と岸田総理大臣が並ぶ中、記者団に説明が行われた', '岸田総理大臣は、アルファ大統領と会談を行いました。'];
    expect(stripNavigation(page)).toEqual(['写真:アルファ大統領と岸田総理大臣が並ぶ中、記者団に説明が行われた', '岸田総理大臣は、アルファ大統領と会談を行いました。']);
  });
  it('keeps a list item lettered (C) that ends in a comma, whichever comma the page writes', () => {
    for (const comma of ['、', ',']) {
      const page = [`(B)貿易の拡大${comma}`, `(C)改革支援の拡充${comma}`, '(D)人的交流の促進'];
      expect(stripNavigation(page)).toEqual(page);
    }
  });
});

describe('credits and menus written other ways', () => {
  const LEAD = '岸田総理大臣は、アルファ大統領と会談を行い、両首脳は協力を確認しました。';

  it('drops a caption whose credit has no colon, another word or another owner, and cuts a credit off a sentence', () => {
    const page = ['握手する両首脳(写真提供 内閣広報室)', '会談の冒頭(撮影:外務省)', '出典:内閣広報室', 'Photo: Cabinet Public Relations Office', LEAD,
      '両首脳は記念撮影に臨みました。(画像提供:内閣広報室)', '両首脳は、写真撮影に臨みました。'];
    expect(stripNavigation(page)).toEqual([LEAD, '両首脳は記念撮影に臨みました。', '両首脳は、写真撮影に臨みました。']);
  });

  it('drops a line made only of the site menu\'s items, in any order and joined by bars, but not a sentence naming them', () => {
    const page = ['外交政策 | 国・地域 | ODA | キッズ外務省', '渡航関連情報 外交政策 ODA 外務省案内', LEAD, '外務省 ODA'];
    expect(stripNavigation(page)).toEqual([LEAD]);
    expect(stripNavigation(['外務省は、ODAを通じて支援を行う。'])).toEqual(['外務省は、ODAを通じて支援を行う。']);
  });
});

describe('a title bar saved with the page', () => {
  it('keeps the title and drops the site name and section beside it, however they are joined', () => {
    for (const bar of ['日・アルファ首脳会談 | 外務省', '外務省: 日・アルファ首脳会談', '日・アルファ首脳会談 - 外務省', '日・アルファ首脳会談｜外務省']) {
      expect(stripNavigation([bar, '岸田総理大臣は、アルファ大統領と会談を行いました。'])[0]).toBe('日・アルファ首脳会談');
    }
    expect(stripNavigation(['日・アルファ首脳会談 | 令和5年3月14日 | 総理の一日 | 首相官邸ホームページ'])).toEqual(['日・アルファ首脳会談 | 令和5年3月14日']);
  });

  it('drops the site name alone or with its home or top page, and keeps a title with a dash in it', () => {
    const page = ['外務省トップページ', 'Ministry of Foreign Affairs of Japan 外務省', '外務省ホーム 会見・発表・広報 報道発表', '外務省ホームページへ', '日・アルファ外相会談 - 第1回 -'];
    expect(stripNavigation(page)).toEqual(['日・アルファ外相会談 - 第1回 -']);
  });
});

describe('the region menu, the address and the bureau that wrote the page', () => {
  const LEAD = '岸田総理大臣は、アルファ大統領と会談を行い、両首脳は協力を確認しました。';

  it('drops the regions of the 国・地域 menu on one line or one per line, but not a region named alone or in a sentence', () => {
    const page = ['各国・地域 アジア 北米 中南米 欧州 中東 アフリカ 大洋州', '国・地域', 'アジア', '北米', '• 欧州', '中東', LEAD, 'アフリカ', '両首脳は、アジア 欧州 中東の情勢について意見交換しました。'];
    expect(stripNavigation(page)).toEqual([LEAD, 'アフリカ', '両首脳は、アジア 欧州 中東の情勢について意見交換しました。']);
  });

  it('drops the ministry address and telephone and the writing bureau, and keeps a line of officials present', () => {
    const page = [LEAD, '〒100-8919 東京都千代田区霞が関2-2-1 電話(代表)03-3580-3311', '外務省 アジア大洋州局 南部アジア部 南西アジア課', 'アジア大洋州局長 北米局長'];
    expect(stripNavigation(page)).toEqual([LEAD, 'アジア大洋州局長 北米局長']);
  });
});

describe('breadcrumbs of any site', () => {
  it('drops short steps joined by >, and keeps a sentence that compares with >', () => {
    const page = ['外務省ホーム > 会見・発表・広報 > 報道発表', '| トップページ > 会談・訪問 > 過去の記録 |', '日米首脳会談', '成長率は3 > 2 であった', '岸田総理大臣は、アルファ大統領と会談を行いました。'];
    expect(stripNavigation(page)).toEqual(['日米首脳会談', '成長率は3 > 2 であった', '岸田総理大臣は、アルファ大統領と会談を行いました。']);
  });
});

describe('more of a site around the page', () => {
  it('drops breadcrumbs joined by » or ›, and header and footer items alone on a line', () => {
    const page = ['本文へ', 'ホーム » 外交政策 » 経済外交', '日・アルファ首脳会談', '岸田総理大臣は、アルファ大統領と会談を行いました。', 'Twitter', '外務省案内', '法的事項', 'プライバシーポリシー'];
    expect(stripNavigation(page)).toEqual(['日・アルファ首脳会談', '岸田総理大臣は、アルファ大統領と会談を行いました。']);
  });

  it('drops the titles listed under 関連リンク up to a blank line, and keeps a sentence after them', () => {
    const page = ['岸田総理大臣は、アルファ大統領と会談を行いました。', '関連リンク', 'アルファ共和国(基礎データ)', 'アフリカ開発会議(TICAD)', '', '両首脳は、協力を強化することで一致しました。'];
    expect(stripNavigation(page)).toEqual(['岸田総理大臣は、アルファ大統領と会談を行いました。', '', '両首脳は、協力を強化することで一致しました。']);
  });
});

describe('a blog that reposts a summary', () => {
  it('drops its category, tags, byline, links to other posts and the source note after the title', () => {
    const page = ['日・アルファ首脳会談(外務省発表)', 'カテゴリ:アフリカ外交', '岸田総理大臣は、アルファ大統領と会談を行いました。',
      'posted by 管理人 at 10:15 | Comment(0) | TrackBack(0) | アフリカ', 'このエントリーをはてなブックマークに追加', 'タグ:アルファ 岸田総理 TICAD',
      '前の記事:日・ベータ首脳会談', '次の記事 » 日・ガンマ外相会談', '人気記事ランキング'];
    expect(stripNavigation(page)).toEqual(['日・アルファ首脳会談', '岸田総理大臣は、アルファ大統領と会談を行いました。']);
  });
});

describe('comments and a ranking under a blog post', () => {
  it('drops everything from the comments heading on, and the items under a ranking', () => {
    const page = ['岸田総理大臣は、アルファ大統領と会談を行いました。', 'アルファ大統領から、謝意が表明されました。', 'コメント',
      '1. 名無しさん 2024年02月09日 12:34', ' アルファとの関係強化は重要ですね。', '2. 通りすがり', ' TICADに期待。'];
    expect(stripNavigation(page)).toEqual(['岸田総理大臣は、アルファ大統領と会談を行いました。', 'アルファ大統領から、謝意が表明されました。']);
    const ranking = ['岸田総理大臣は、アルファ大統領と会談を行いました。', '人気記事ランキング', '1位 日米首脳会談の概要', '2位 日中外相会談'];
    expect(stripNavigation(ranking)).toEqual(['岸田総理大臣は、アルファ大統領と会談を行いました。']);
  });
});

describe('a news site that carries a summary', () => {
  it('drops the paywall, sharing and advertisement lines and the headlines listed under おすすめ記事', () => {
    const page = ['日・アルファ首脳会談、協力で一致', '有料会員限定記事', 'この記事をシェア', '岸田総理大臣は、アルファ大統領と会談を行いました。',
      'この記事の続きを読むには会員登録が必要です', 'おすすめ記事', '中国外相、来月訪日へ', '日米首脳が電話会談', '広告'];
    expect(stripNavigation(page)).toEqual(['日・アルファ首脳会談、協力で一致', '岸田総理大臣は、アルファ大統領と会談を行いました。']);
  });
});

describe('a link saved inline with its text', () => {
  it('drops the new-window icon\'s alt text and the file-type mark, keeping the words around them', () => {
    expect(stripNavigation([
      '山田大臣から,「アルファ・ビジョン2030(PDF)別ウィンドウで開く」の下での改革を支持する旨述べました。',
      '両首脳は,日・アルファ共同声明骨子(PDF)を発出し,外交関係樹立45周年別ウィンドウで開く本年の交流を歓迎しました。',
    ])).toEqual([
      '山田大臣から,「アルファ・ビジョン2030」の下での改革を支持する旨述べました。',
      '両首脳は,日・アルファ共同声明骨子を発出し,外交関係樹立45周年本年の交流を歓迎しました。',
    ]);
  });
});

describe('credits, addresses and the site\'s own services written other ways', () => {
  const LEAD = '岸田総理大臣は、アルファ大統領と会談を行い、両首脳は協力を確認しました。';

  it('drops a credit that leads with its word, the photo office alone, a caption under 写真, and keeps a sentence starting with 写真', () => {
    const page = ['提供:内閣広報室', '(提供:内閣広報室)', '(写真)内閣広報室', '写真 内閣広報室', '内閣広報室', '内閣官房 内閣広報室', LEAD,
      '写真 アルファ大統領と握手する岸田総理大臣', '写真:アルファ大統領と岸田総理大臣が並ぶ中、記者団に説明が行われた', '写真展の開催についても意見交換が行われました。'];
    expect(stripNavigation(page)).toEqual([LEAD, '写真:アルファ大統領と岸田総理大臣が並ぶ中、記者団に説明が行われた', '写真展の開催についても意見交換が行われました。']);
  });

  it('drops an address wherever the postcode stands, the site\'s services named after it, and a line of header items', () => {
    const page = [LEAD, '外務省 〒100-8919 東京都千代田区霞が関2-2-1', '内閣広報室 〒100-8968 東京都千代田区永田町1-6-1', '外務省ホームページ(英語)',
      '外務省メールマガジン', '外務省 公式Twitter', '首相官邸HPより', '法的事項 | アクセシビリティ | プライバシーポリシー', '外務省は、公式ホームページで会談の概要を公表しました。'];
    expect(stripNavigation(page)).toEqual([LEAD, '外務省は、公式ホームページで会談の概要を公表しました。']);
  });
});

describe('a repost\'s source line and its list of recent posts', () => {
  it('drops 引用元:/転載元: lines, the cabinet site\'s name beside its section, and the post titles under 最近の投稿', () => {
    const LEAD = '岸田総理大臣は、アルファ大統領と会談を行いました。';
    const page = [LEAD, '引用元:外務省', '転載元:首相官邸', '首相官邸 総理の一日', '最近の投稿', '日米首脳会談の概要', '日中外相会談について', '', '両首脳は、協力を強化することで一致しました。'];
    expect(stripNavigation(page)).toEqual([LEAD, '', '両首脳は、協力を強化することで一致しました。']);
  });
});

describe('a long menu with an item the list does not know', () => {
  it('is still a menu when most items are known, but a short line or a sentence is not', () => {
    const LEAD = '岸田総理大臣は、アルファ大統領と会談を行いました。';
    expect(stripNavigation(['外交政策 ODA 報道・広報 会見 キッズ外務省 外務省案内', LEAD])).toEqual([LEAD]);
    expect(stripNavigation(['外務省 国際協力', LEAD])).toEqual(['外務省 国際協力', LEAD]);
    expect(stripNavigation(['外交政策、ODA、報道・広報、会見、外務省案内', LEAD])).toHaveLength(2);
  });
});

describe('the region menu with a note on an item', () => {
  it('is still the region menu (欧州(NIS諸国を含む)), with one item it does not know at most', () => {
    const LEAD = '岸田総理大臣は、アルファ大統領と会談を行いました。';
    expect(stripNavigation(['アジア | 北米 | 中南米 | 欧州(NIS諸国を含む) | 大洋州 | 中東 | アフリカ', LEAD])).toEqual([LEAD]);
    expect(stripNavigation(['アジア | 北米 | 中南米 | 欧州(NIS諸国を含む) | 南極', LEAD])).toEqual([LEAD]);
    expect(stripNavigation(['アジア 欧州', LEAD])).toEqual(['アジア 欧州', LEAD]);
    expect(stripNavigation(['アジア 欧州 日米関係 経済協力', LEAD])).toHaveLength(2);
  });
});

describe('more credit and header shapes', () => {
  it('drops (X撮影), 写真/X, 提供 X, the site\'s top alone, ODA written the other way round and Home beside the site\'s name', () => {
    const LEAD = '岸田総理大臣は、アルファ大統領と会談を行いました。';
    const page = ['(内閣広報室撮影)', '写真/内閣広報室', '提供 内閣広報室', '外務省トップ', '政府開発援助(ODA) 外交政策', '外務省 Home', LEAD, '両首脳は、撮影 に臨みました。'];
    expect(stripNavigation(page)).toEqual([LEAD, '両首脳は、撮影 に臨みました。']);
  });
  it('drops a scene caption above its own credit line, wrapped or not, and keeps a caption naming the meeting, a date and a heading', () => {
    const page = [
      'アルファ共和国',
      '',
      '令和2年5月1日',
      '(写真提供:内閣広報室)',
      'ベータ・アルファ大統領を',
      '出迎える山田総理大臣',
      '(写真提供:内閣広報室)',
      '儀じょう隊による栄誉礼',
      '(写真提供:内閣広報室)',
      '',
      ' 本1日、山田総理大臣は、訪日中のベータ・アルファ共和国大統領と首脳会談を行ったところ、概要は以下のとおりです。',
      '1 二国間関係',
      '(写真提供:内閣広報室)',
      '握手を交わす両首脳',
      '(写真提供:内閣広報室)',
      '日・アルファ首脳会談',
      '(写真提供:内閣広報室)',
      '山田総理大臣から、協力を深めたい旨述べました。',
    ];
    expect(stripNavigation(page)).toEqual([
      'アルファ共和国',
      '',
      '令和2年5月1日',
      '',
      ' 本1日、山田総理大臣は、訪日中のベータ・アルファ共和国大統領と首脳会談を行ったところ、概要は以下のとおりです。',
      '1 二国間関係',
      '日・アルファ首脳会談',
      '山田総理大臣から、協力を深めたい旨述べました。',
    ]);
  });
});
