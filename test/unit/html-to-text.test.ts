import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/clean/html.js';
import { decodeInput } from '../../src/read/decode-input.js';
// The fixture pages are generated from these summaries (see make-fixtures.mjs).
// @ts-expect-error plain .mjs module without types
import { CHILE_2000, FINLAND_2004, POLAND_2023, summaryText } from '../fixtures/inputs/texts.mjs';

const page = (name: string) => {
  const bytes = readFileSync(fileURLToPath(new URL(`../fixtures/inputs/${name}`, import.meta.url)));
  return decodeInput({ source: name, bytes }).text;
};
const linesOf = (text: string) => text.split('\n');

describe('htmlToText on ministry-style pages', () => {
  it('keeps only the body of an old Shift_JIS table-layout page, line for line', () => {
    const { text, title } = htmlToText(page('mofa-old-sjis.html'));
    expect(title).toBe('外務省: 日・フィンランド外相会談（概要）');
    const expected = linesOf(summaryText(FINLAND_2004)).slice(1);
    // The page prints the title on two lines (<BR> inside <B>); the rest equals the text file.
    expect(linesOf(text)).toEqual(['日・フィンランド外相会談', '（概要）', ...expected].slice(0, -1));
  });

  it('drops header, navigation, breadcrumbs, related links and footer of a new UTF-8 page', () => {
    const { text, title } = htmlToText(page('mofa-new-utf8.html'));
    expect(title).toBe('日・ポーランド首脳電話会談 | 外務省');
    const expected = linesOf(summaryText(POLAND_2023).replace(/^(\d)\./gm, '$1 ')).slice(0, -1);
    expect(linesOf(text)).toEqual(expected);
    for (const chrome of ['本文へ移動', '外交政策', 'トップページ', '関連リンク', 'Copyright', 'dataLayer']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('turns table rows into lines and drops a menu of links on an EUC-JP page', () => {
    const lines = linesOf(htmlToText(page('mofa-eucjp.html')).text);
    expect(lines.slice(0, 8)).toEqual([
      CHILE_2000.title, '', CHILE_2000.date, '', CHILE_2000.lead, '',
      'チリ側同席者 ロペス駐日大使', '日本側同席者 高橋中南米局長',
    ]);
    expect(lines).not.toContain('ホーム | 会談一覧 | English');
  });

  it('yields what a truncated page holds', () => {
    const { text } = htmlToText(page('truncated-sjis.html'));
    expect(text).toContain('1.二国間関係');
    expect(text.endsWith('協')).toBe(true);
  });
});

describe('htmlToText structure rules', () => {
  it('puts list items, <br> and table rows on their own lines', () => {
    const html = '<ul><li>一</li><li>二</li></ul><p>三<br>四<br><br>五</p><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>';
    expect(linesOf(htmlToText(html).text)).toEqual(['- 一', '- 二', '', '三', '四', '', '五', '', 'a b', 'c']);
  });

  it('keeps a list item\'s number and depth as a text copy writes them (start and value too)', () => {
    const html = '<ol><li>二国間関係<ol><li>A大臣から、以下のとおり述べた。<ol><li>光栄。</li><li>協力したい。</li></ol></li></ol></li>'
      + '<li>地域情勢</li></ol><ol start="5"><li>五</li><li value="9">九</li><li>十</li></ol>';
    expect(htmlToText(html).text.split('\n')).toEqual([
      '  1. 二国間関係', '    1. A大臣から、以下のとおり述べた。', '      1. 光栄。', '      2. 協力したい。', '  2. 地域情勢', '',
      '  5. 五', '  9. 九', '  10. 十',
    ]);
  });

  it('decodes entities and collapses spaces inside lines but not across blocks', () => {
    const html = '<p>日米&nbsp;&amp;\n  日中 &#x4F1A;&#35527;</p>\n\n\n<div>  次の   行 </div>';
    expect(htmlToText(html).text).toBe('日米 & 日中 会談\n\n次の 行');
  });

  it('drops script, style, hidden elements and blocks whose class or id says navigation', () => {
    const html = [
      '<body><script>var a = "会談";</script><style>p{}</style><noscript>JavaScriptを有効に</noscript>',
      '<div class="skip-link">本文へ</div><div id="sidebar">サイド</div><ul class="menu"><li>メニュー</li></ul>',
      '<p hidden>隠し</p><p style="display: none">隠し2</p><p>本文</p></body>',
    ].join('');
    expect(htmlToText(html).text).toBe('本文');
  });

  it('drops a breadcrumb made of links but keeps a paragraph with one link in it', () => {
    const html = '<p><a href="/">トップ</a> &gt; <a href="/k">会談</a> &gt; 日露</p><p>詳細は<a href="/x">こちら</a>を参照。</p>';
    expect(htmlToText(html).text).toBe('詳細はこちらを参照。');
  });

  it('keeps the line breaks of <pre>', () => {
    expect(htmlToText('<pre>一行目\n二行目</pre>').text).toBe('一行目\n二行目');
  });

  it('returns empty text and title for a page with no body text', () => {
    expect(htmlToText('<html><head><script>x</script></head><body><nav><a href="/">a</a></nav></body></html>')).toEqual({ text: '', title: '' });
  });
});
