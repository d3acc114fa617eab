// Which HTML elements carry the page body and how they break lines. Site chrome (menus, breadcrumbs,
// headers, footers) is dropped so that its words never become entities.

/** Elements whose whole content is never body text. */
const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'head', 'nav', 'header', 'footer', 'aside', 'template', 'iframe',
  'object', 'embed', 'svg', 'math', 'canvas', 'select', 'button', 'textarea', 'input', 'rt', 'rp', 'map',
]);

/** id/class words of navigation blocks on ministry pages, old (table layouts) and new alike. */
const CHROME_ATTRIBUTE = /nav|menu|breadcrumb|topicpath|topic-path|pankuzu|footer|header|sidebar|skip/i;

/** Elements that can hold the article itself; a chrome-looking class on them is not trusted. */
const NEVER_CHROME = new Set(['html', 'body', 'main', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Blocks separated from their neighbours by a blank line, as paragraphs are in a text file. */
const PARAGRAPH_BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'figure',
  'hr', 'address',
]);

/** Blocks that start and end a line. */
const LINE_BLOCKS = new Set([
  'div', 'li', 'tr', 'dt', 'dd', 'section', 'article', 'main', 'caption', 'body', 'center', 'option',
  'fieldset', 'details', 'summary', 'figcaption', 'legend', 'form', 'tbody', 'thead', 'tfoot',
]);

/** Blocks whose text is judged for link density: a menu is a block of nothing but links. */
const JUDGED_BLOCKS = new Set(['ul', 'ol', 'dl', 'p', 'div', 'table', 'tr', 'td', 'section', 'center']);

export type BreakKind = 'blank' | 'line' | null;

export function breakKindOf(tag: string): BreakKind {
  if (PARAGRAPH_BLOCKS.has(tag)) return 'blank';
  if (LINE_BLOCKS.has(tag)) return 'line';
  return null;
}

export function isJudgedBlock(tag: string): boolean {
  return JUDGED_BLOCKS.has(tag);
}

export function isDropped(tag: string, attributes: Record<string, string>): boolean {
  if (DROPPED_TAGS.has(tag)) return true;
  if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none/i.test(attributes.style ?? '')) return true;
  if (NEVER_CHROME.has(tag)) return false;
  return CHROME_ATTRIBUTE.test(attributes.id ?? '') || CHROME_ATTRIBUTE.test(attributes.class ?? '');
}

/** Characters that separate the links of a breadcrumb or a menu bar. */
export const LINK_SEPARATORS = /[>›»＞｜|]/g;

/**
 * A block made of links is navigation: at least two links, and either four fifths of its visible
 * characters inside them (a menu list) or half of them with separators between (a breadcrumb
 * "トップ > 会談・訪問 > 日露首脳会談", whose last step is the page itself and no link).
 */
export function isLinkBlock(block: { links: number; linkChars: number; textChars: number; separators: number }): boolean {
  if (block.links < 2) return false;
  if (block.linkChars >= block.textChars * 0.8) return true;
  return block.separators >= block.links - 1 && block.linkChars >= block.textChars * 0.5;
}
