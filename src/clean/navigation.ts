// Removes the ministry sites' navigation text (menus, breadcrumbs, "back to" links, photo credits)
// from a page's lines, so that no entity comes from it. Works on text files saved from the site as
// well as on text produced from HTML.

/** Lines that are site furniture wherever they appear. */
const NAVIGATION_LINE: RegExp[] = [
  /^外務省\s*English/,
  /^外務省案内\s/,
  /^会談・訪問\s+報道・広報/,
  /^トップページ/,
  /^!\[\]\(\)/,
  /^[|\s]+$/,
  /へ戻る$/,
  /^\S{0,12}(?:ホーム|トップ)(?:ページ)?へ$/,
  // The ministry's address and telephone, and the bureau that wrote the page (外務省 アジア大洋州局 南部アジア部 南西アジア課).
  /〒\s*\d{3}-?\d{4}/,
  /電話[(（]代表[)）]/,
  /^(?:外務省\s*)?(?:\S{2,12}(?:局|部|課|室)\s*){2,}$/,
  /^外務省トップページ$/,
  /^(?:外務省\s*)?Ministry of Foreign Affairs of Japan(?:\s*外務省)?$/i,
  /^目次\s*\|?$/,
  /^発信元サイトへ$/,
  /^関連リンク$/,
  /^英語版\s*\(English\)$/,
  /^外務省・新着情報$/,
  /^報道発表$/,
  /^外務省$/,
  /^(?:•\s*)?\(?写真\d*\)?.*写真提供/,
  /写真提供[:：]/,
  /^<br>/,
  // A credit or a caption that leads with its word (提供:内閣広報室, (写真)内閣広報室, 写真 会談の様子), and the office
  // that takes the pictures alone or under its secretariat: lines without a sentence in them.
  /^[(（]?(?:提供|撮影|出典|引用元|転載元|引用|転載)\s*[:：/／]/,
  /^[(（]?(?:提供|撮影)\s+[^\s。、,]{2,15}[)）]?$/,
  /^(?:[(（【[]写真\d*[)）】\]]|写真\d*(?:\s|[:：/／]|$))[^。、,]*$/u,
  /^(?:内閣官房\s*)?内閣広報室$/,
  // The site's own services named after it: its home page in another language, mail magazine, accounts.
  /^(?:外務省|首相官邸|官邸|内閣官房|内閣広報室)\s*(?:公式\s*)?(?:ホームページ|HP|ウェブサイト|メールマガジン|メルマガ|SNS|Twitter|X|Facebook|YouTube|Instagram|チャンネル|国内広報)[^。、,]*$/u,
  // Site furniture of any government page: home links, page-top links, copyright and sharing lines.
  /^\S{0,12}ホーム(?:ページ)?$/,
  /^(?:外務省|首相官邸|官邸)トップ(?:ページ)?$/,
  /^(?:この)?ページ(?:の)?(?:トップ|先頭|上部)へ/,
  /Copyright|©|All Rights Reserved/i,
  /^(?:外務省\s*)?Ministry of Foreign Affairs of Japan$/i,
  /^(?:ツイート|シェア|印刷|SNS|サイトマップ|よくある質問|検索)(?:\s|$)/,
  // A credit line on its own (内閣広報室提供, (写真:外務省提供)) and a breadcrumb (ホーム > 外交政策 > …).
  /^[(（]?(?:写真[:：]?\s*)?[^\s。、,]{2,12}(?:提供|撮影)[)）]?$/,
  /^(?:ホーム|トップ|TOP|Home)\s*[>＞»›]/i,
  // Any breadcrumb: short steps joined by > (外務省ホーム > 会見・発表・広報 > 報道発表).
  /^(?:[^>＞»›。、]{1,20}\s*[>＞»›]\s*){2,}[^>＞»›。、]{0,30}$/u,
  // A credit that names its owner without 提供: (c) 内閣広報室, 写真:外務省 | (a table cell left by the layout).
  /^(?:\(c\)|©|写真\s*[:：])\s*[^\s。、,]{2,15}\s*\|?$/i,
  // A blog's furniture around a reposted summary: its category and tags, the post's byline and counters, the
  // links to the posts before and after it (their titles are other meetings), bookmark and ranking lines.
  /^(?:カテゴリー?|タグ|Tags?|Category|Categories)\s*[:：]/iu,
  /^[«‹<＜]?\s*(?:前|次)の(?:記事|エントリー?|投稿|ページ)\s*(?:[:：>＞»›]|$)/u,
  /^(?:posted\s+by|投稿者\s*[:：])|Comment\s*\(\d+\)|TrackBack\s*\(\d+\)|コメント\s*\(\d+\)/iu,
  /ブックマークに追加|^人気記事|^(?:記事)?ランキング|^コメントを(?:書く|投稿)|^トラックバック/u,
  // A news site's: the paywall and sharing lines, advertisements.
  /^(?:有料会員限定(?:記事)?|会員限定(?:記事)?|この記事を(?:シェア|共有|印刷)|広告|PR|スポンサーリンク)$/u,
  /^この記事の続きを読むには/u,
  // The ministry's own top menu, each item a line of its own.
  /^(?:会見・発表・広報|外交政策|国・地域|海外渡航・滞在|申請・手続き|ODA[(（]政府開発援助[)）]|キッズ外務省|政府広報オンライン)$/,
];

/**
 * The items of a ministry or cabinet site's menus. A line made only of them (in any order, however many, joined by
 * spaces or bars) is a menu wherever it stands: 「外交政策 | 国・地域 | ODA | キッズ外務省」.
 */
const MENU_ITEMS = new Set([
  '外務省', '外務省案内', '渡航関連情報', '各国・地域情勢', '外交政策', 'ODA', 'ODA(政府開発援助)', '会談・訪問', '報道・広報',
  '資料・公開情報', '各種手続き', 'キッズ外務省', '政府開発援助(ODA)', '会見・発表・広報', '国・地域', '海外渡航・滞在', '申請・手続き', '政府広報オンライン',
  'English', 'Home', 'ホーム', 'トップページ', '外務省ホーム', '外務省ホームページ', '外務省トップページ', '首相官邸ホームページ', 'サイトマップ', 'よくある質問', 'お問い合わせ', '採用情報', '検索', '文字サイズ', '標準', '拡大',
  '印刷', 'ツイート', 'シェア', '首相官邸', '総理大臣官邸', '総理の一日', '総理の動き', '記者会見', '報道発表', '新着情報', '政策について', '会見・発表',
]);

/** Items of a site's header and footer that are site furniture even alone on a line (本文へ, 法的事項, Twitter). */
const FURNITURE_ITEMS = new Set([
  '本文へ', '本文へ移動', 'メニュー', 'メニューを開く', '印刷用ページ', '外務省案内', '法的事項', 'アクセシビリティ', 'ウェブアクセシビリティ',
  'プライバシーポリシー', '個人情報保護方針', '利用規約', 'このサイトについて', 'サイトマップ', 'English', 'Twitter', 'Facebook',
  'YouTube', 'Instagram', 'LINE', 'RSS', 'X(旧Twitter)',
]);

/** The regions of the ministry's 国・地域 menu, listed on one line or one per line. */
const REGION_ITEMS = new Set([
  '国・地域', '各国・地域', 'アジア', 'アジア大洋州', '北東アジア', '東南アジア', '南西アジア', '南アジア', '北米', '中南米', '欧州', 'ヨーロッパ', '中東',
  '中東・北アフリカ', 'アフリカ', 'サブサハラ・アフリカ', '大洋州', 'ロシア', 'NIS諸国', '中央アジア', '中央アジア・コーカサス', 'その他',
]);

function isMenuLine(line: string): boolean {
  const items = line.split(/\s*[|｜]\s*|\s+/u).filter((item) => item !== '');
  const menu = items.filter((item) => MENU_ITEMS.has(item) || FURNITURE_ITEMS.has(item)).length;
  const sentence = /[。、,]/u.test(line);
  // A long menu keeps its meaning with an item this list does not know (a section added since): most items known,
  // and no sentence among them.
  const mostlyMenu = items.length >= 4 && menu * 3 >= items.length * 2 && !sentence;
  // The region menu, its items perhaps with a note (欧州(NIS諸国を含む)): at least three, all but one of them regions.
  const regions = items.filter((item) => REGION_ITEMS.has(item.replace(/[(（][^()（）]*[)）]$/u, ''))).length;
  const regionMenu = regions >= 3 && regions >= items.length - 1 && !sentence;
  return items.length >= 2 && (menu === items.length || mostlyMenu || regionMenu);
}

/** Three or more lines in a row that each hold one region of the menu are the menu written down the page. */
function regionMenuLines(lines: string[]): Set<number> {
  const menu = new Set<number>();
  let run: number[] = [];
  const close = () => { if (run.length >= 3) run.forEach((i) => menu.add(i)); run = []; };
  lines.forEach((line, i) => {
    const item = line.trim().replace(/^•\s*/u, '');
    if (REGION_ITEMS.has(item)) run.push(i);
    else if (item !== '') close();
  });
  close();
  return menu;
}

/**
 * A photo credit inside a line (「握手する両首脳(写真提供 内閣広報室)」「(撮影:内閣広報室)」「画像提供:外務省」
 * 「Photo: Cabinet Public Relations Office」): who took the picture is no part of the page, and the words beside
 * it are the picture's caption, so the line goes; only a sentence (with 。) keeps its words without the credit.
 * Without a bracket a match starts only where no whitespace precedes: tried from every position of a long run
 * of spaces, the leading \s* made a line of 80,000 spaces take 30 s (so for TITLE_BAR_JOIN below).
 */
const CREDIT = /(?:[(（【[]|(?<!\s))\s*(?:(?:写真|画像|映像|動画)\d*\s*提供\s*[:：]?|(?:撮影|出典|写真|画像|Photo(?:\s*credit)?)\d*\s*[:：])\s*(?:Cabinet Public Relations Office|[^\s()（）【】[\]。、,]{2,20})\s*(?:[)）】\]]|$)/giu;

/** A repost's note of where the text came from, after its title: 「(外務省発表)」「(外務省HPより)」. */
const SOURCE_NOTE = /[(（](?:外務省|首相官邸|官邸|内閣官房|内閣府)(?:発表|HP|ホームページ|ウェブサイト)(?:より|から)?(?:転載)?[)）]/gu;

/**
 * A link's furniture saved inline with its text: the alt text of the new-window icon and the file-type
 * mark after a linked document (「共同声明(PDF)別ウィンドウで開く」「…45周年別ウィンドウで開く本年」). Left in,
 * it runs into the names around it.
 */
const LINK_FURNITURE = /(?:[(（](?:PDF|pdf|ＰＤＦ)(?:形式)?(?:\s*[:：/／]?\s*[0-9.,]+\s*[KkMm]?B)?[)）])?別ウィンドウで開く|[(（](?:PDF|pdf|ＰＤＦ)(?:形式)?(?:\s*[:：/／]?\s*[0-9.,]+\s*[KkMm]?B)?[)）]/gu;

function withoutCredits(line: string): string {
  const rest = line.replace(CREDIT, '');
  return (rest === line || rest.includes('。') ? rest : '').replace(SOURCE_NOTE, '').replace(LINK_FURNITURE, '');
}

/**
 * A browser's title bar saved with the page: the page's title beside the site's name and section, joined by bars,
 * dashes or a colon (「日・アルファ首脳会談 | 外務省」「外務省: …」「… | 総理の一日 | 首相官邸ホームページ」). The site's parts
 * go and the title stays.
 */
const SITE_PART = /^(?:外務省|外務省ホーム(?:ページ)?|首相官邸|首相官邸ホームページ|内閣官房|総理の一日|総理の動き|報道発表|会見・発表・広報|Ministry of Foreign Affairs of Japan|MOFA)$/iu;
const TITLE_BAR_JOIN = /(?<!\s)\s*[|｜]\s*|(?<!\s)\s+[-–—]\s+|(?<=^(?:外務省|首相官邸))\s*[:：]\s*/u;

function withoutSiteName(line: string): string {
  const parts = line.trim().split(TITLE_BAR_JOIN).filter((part) => part !== '');
  if (parts.length < 2 || !parts.some((part) => SITE_PART.test(part))) return line;
  return parts.filter((part) => !SITE_PART.test(part)).join(' | ');
}

/** Photo captions above the lead paragraph: short lines describing a picture. */
const CAPTION = /(握手する|の様子\d*$|写真撮影|発言している様子|会談を前に)/;

/** A line that is a photo's credit and nothing else (「(写真提供:内閣広報室)」, bullets and dashes aside). */
function isCreditOnly(line: string): boolean {
  const rest = line.replace(CREDIT, '');
  return rest !== line && rest.replace(/[\s•|｜\-–—]/gu, '') === '';
}

/** Lines a caption cannot be: a date, a numbered heading, a sentence, a long line. */
const NOT_A_CAPTION = /^(?:(?:令和|平成|昭和)\S*年|\d{4}年|\d{1,2}月\d{1,2}日)|^(?:\d+|[(（]\d+[)）]|[一二三四五六七八九十]+)[\s.．、)）]|[。]/u;

/** A caption that names the meeting (「日・カザフスタン首脳会談」) rather than a scene: it may be the page's only title. */
const NAMES_A_MEETING = /(?:会談|会議|会合|表敬|夕食会|昼食会|晩餐会|懇談|訪問|サミット|電話会談)(?:[(（]概要[)）])?$/u;

/**
 * The indexes of photo captions that describe a scene: on the ministry's and the cabinet's pages a picture's
 * credit stands on a line of its own under its caption (「握手を交わす両首脳」「(写真提供:内閣広報室)」), and a caption
 * wrapped over two lines breaks after a particle (「ジャービル首相を」「出迎える安倍総理」). Left in, such a caption
 * above the lead runs into the page's title, and one inside a section into its statements.
 */
function captionLines(lines: string[]): Set<number> {
  const captions = new Set<number>();
  const nonEmpty = lines.flatMap((line, i) => (line.trim() === '' ? [] : [i]));
  const text = (i: number) => lines[i]!.trim().replace(/^[•\-–]\s*/u, '');
  const isCaption = (i: number) => text(i).length <= 60 && !NOT_A_CAPTION.test(text(i)) && !isCreditOnly(text(i));
  nonEmpty.forEach((i, k) => {
    if (k === 0 || !isCreditOnly(lines[i]!.trim())) return;
    let at = k - 1;
    if (!isCaption(nonEmpty[at]!) || NAMES_A_MEETING.test(text(nonEmpty[at]!))) return;
    captions.add(nonEmpty[at]!);
    while (at > 0 && nonEmpty[at - 1] === nonEmpty[at]! - 1 && /[をにとがのはで]$/u.test(text(nonEmpty[at - 1]!)) && isCaption(nonEmpty[at - 1]!)) {
      captions.add(nonEmpty[--at]!);
    }
  });
  return captions;
}

function isNavigation(line: string): boolean {
  const trimmed = line.trim().replace(/^•\s*/, '');
  return NAVIGATION_LINE.some((re) => re.test(trimmed)) || isMenuLine(trimmed) || FURNITURE_ITEMS.has(trimmed);
}

/** The heading of a list of links to other pages: its items are those pages' titles, not this page's words. */
/** The heading of a blog post's comments: 「コメント」「コメント一覧」「この記事へのコメント」「コメント(3)」. */
const COMMENTS_HEADING = /^(?:コメント|コメント一覧|この記事へのコメント|この記事に対するコメント|みんなのコメント|読者のコメント|Comments?)(?:\s*[(（]\d+[)）])?$/iu;

const LINKS_HEADING = /^(?:関連リンク|関連情報|関連記事|関連ページ|関連ニュース|関連する(?:記事|投稿)|関連投稿|リンク|おすすめ記事|注目記事|人気記事|(?:人気)?(?:記事)?ランキング|アクセスランキング|最新記事|新着記事|最近の(?:記事|投稿|エントリー?)|最新の(?:記事|投稿|エントリー?)|あわせて読みたい|合わせて読みたい)$/u;

/** A line that reads as body prose: a sentence with Japanese punctuation. */
function isProse(line: string): boolean {
  return /[。、,，]/.test(line) && line.length > 30;
}

/**
 * Keeps the page's body lines. Everything after a closing marker (目次, …へ戻る, このページのトップへ戻る)
 * that is followed only by navigation is dropped with it.
 */
export function stripNavigation(lines: string[]): string[] {
  const kept: string[] = [];
  let seenProse = false;
  let crumb: string | null = null;
  const regionMenu = regionMenuLines(lines);
  const captions = captionLines(lines);
  let inLinks = false;
  for (const [index, written] of lines.entries()) {
    if (regionMenu.has(index) || captions.has(index)) continue;
    // A blog's comments (「コメント」 and what readers wrote under it) close the repost: nothing after them is the summary's.
    if (COMMENTS_HEADING.test(written.trim()) && kept.some((l) => l.includes('。'))) break;
    // The items under 「関連リンク」, up to a blank line or a sentence.
    if (LINKS_HEADING.test(written.trim())) { inLinks = true; continue; }
    if (inLinks && written.trim() !== '' && !/。/u.test(written)) continue;
    inLinks = false;
    const line = withoutSiteName(withoutCredits(written));
    const trimmed = line.trim();
    if (trimmed === '' && written.trim() !== '') continue;
    // The page heading that repeats the breadcrumb's last step (トップページ 会談・訪問 過去の記録 / 過去の記録).
    if (crumb !== null && trimmed === crumb) continue;
    if (/^トップページ/u.test(trimmed)) crumb = trimmed.replace(/\s*\|\s*$/u, '').split(/\s*>\s*|\s+/u).pop() ?? null;
    if (isNavigation(trimmed)) continue;
    if (!seenProse && CAPTION.test(trimmed) && !/[。]/.test(trimmed)) continue;
    if (isProse(trimmed)) seenProse = true;
    kept.push(line.replace(/^\s*•\s*/, ''));
  }
  return kept;
}
