// HTML → body text lines and <title>, with htmlparser2's streaming parser (no DOM is built, so a large
// page costs little memory). Site chrome is dropped by element, by id/class, and by link density.
import { Parser } from 'htmlparser2';
import { LineBuilder, oneLine, type Piece } from './html-lines.js';
import { LINK_SEPARATORS, breakKindOf, isDropped, isJudgedBlock, isLinkBlock, type BreakKind } from './html-rules.js';

export interface HtmlText {
  /** Body text, one line per paragraph, heading, list item or table row; blank lines between paragraphs. */
  text: string;
  /** The page's <title>, spaces collapsed; '' when there is none. */
  title: string;
}

/** Pieces of a block held back until its end shows whether it is a menu. */
interface JudgedBlock {
  pieces: Piece[];
  links: number;
  linkChars: number;
  textChars: number;
  /** Breadcrumb separators (>, |, ›...) outside the links. */
  separators: number;
}

interface Frame {
  tag: string;
  dropped: boolean;
  judged: JudgedBlock | null;
  breakKind: BreakKind;
  link: boolean;
  /** For <ol>: the number its next item gets. */
  next?: number;
}

/**
 * The number or bullet a list item is read with, as a text copy of the page writes it: 「  1. 」 for an
 * ordered list, 「- 」 for another, two spaces more per level of nesting. The extractor reads the
 * structure of a summary (a numbered topic, 「…次のとおり述べた」 and the points under it) from these.
 */
function listMarker(stack: Frame[], attributes: Record<string, string>): string | null {
  const lists = stack.filter((f) => f.tag === 'ol' || f.tag === 'ul');
  const list = lists[lists.length - 1];
  if (!list) return null;
  const depth = lists.length;
  if (list.tag === 'ul') return `${'  '.repeat(depth - 1)}- `;
  const value = Number.parseInt(attributes.value ?? '', 10);
  const n = Number.isFinite(value) ? value : (list.next ?? 1);
  list.next = n + 1;
  return `${'  '.repeat(depth)}${n}. `;
}

export function htmlToText(html: string): HtmlText {
  const walker = new BodyWalker();
  const parser = new Parser(walker.handlers(), {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    recognizeSelfClosing: true,
  });
  parser.write(html);
  // end() closes every element still open: a truncated page yields what it has.
  parser.end();
  return { text: walker.lines.finish(), title: oneLine(walker.title) };
}

class BodyWalker {
  readonly lines = new LineBuilder();
  title = '';
  private readonly stack: Frame[] = [];
  private readonly judged: JudgedBlock[] = [];
  private skipDepth = 0;
  private linkDepth = 0;
  private preDepth = 0;
  private titleState: 'before' | 'inside' | 'done' = 'before';

  handlers() {
    return {
      onopentag: (tag: string, attributes: Record<string, string>) => this.open(tag, attributes),
      onclosetag: (tag: string) => this.close(tag),
      ontext: (text: string) => this.text(text),
    };
  }

  private open(tag: string, attributes: Record<string, string>): void {
    const frame: Frame = { tag, dropped: false, judged: null, breakKind: breakKindOf(tag), link: false };
    if (tag === 'ol') frame.next = Number.parseInt(attributes.start ?? '', 10) || 1;
    // A list inside an item goes on on the next line, as its items do in a text copy (no blank line).
    if ((tag === 'ol' || tag === 'ul') && this.stack.some((f) => f.tag === 'li')) frame.breakKind = 'line';
    const marker = tag === 'li' && this.skipDepth === 0 ? listMarker(this.stack, attributes) : null;
    this.stack.push(frame);
    if (tag === 'title' && this.titleState === 'before') this.titleState = 'inside';
    if (this.skipDepth > 0) return;
    if (tag === 'title' || isDropped(tag, attributes)) {
      frame.dropped = true;
      this.skipDepth++;
      return;
    }
    if (tag === 'br') this.emit({ kind: 'br' });
    if (frame.breakKind) this.emit({ kind: frame.breakKind });
    if (marker !== null) this.emit({ kind: 'marker', text: marker });
    if (tag === 'td' || tag === 'th') this.emit({ kind: 'cell' });
    if (tag === 'pre') this.preDepth++;
    if (tag === 'a' && attributes.href !== undefined) {
      frame.link = true;
      this.linkDepth++;
      const block = this.judged[this.judged.length - 1];
      if (block) block.links++;
    }
    if (isJudgedBlock(tag)) {
      frame.judged = { pieces: [], links: 0, linkChars: 0, textChars: 0, separators: 0 };
      this.judged.push(frame.judged);
    }
  }

  private close(tag: string): void {
    const frame = this.stack.pop();
    if (tag === 'title' && this.titleState === 'inside') this.titleState = 'done';
    if (!frame) return;
    if (frame.dropped) {
      this.skipDepth--;
      return;
    }
    if (this.skipDepth > 0) return;
    if (frame.link) this.linkDepth--;
    if (frame.tag === 'pre') this.preDepth--;
    if (frame.judged) this.settle(frame.judged);
    if (frame.breakKind) this.emit({ kind: frame.breakKind });
  }

  /** A judged block ends: dropped if it is a menu, otherwise handed on to its parent unchanged. */
  private settle(block: JudgedBlock): void {
    this.judged.pop();
    if (isLinkBlock(block)) return;
    const parent = this.judged[this.judged.length - 1];
    if (parent) {
      for (const piece of block.pieces) parent.pieces.push(piece);
      parent.links += block.links;
      parent.linkChars += block.linkChars;
      parent.textChars += block.textChars;
      parent.separators += block.separators;
    } else {
      for (const piece of block.pieces) this.lines.add(piece);
    }
  }

  private text(text: string): void {
    if (this.titleState === 'inside') this.title += text;
    if (this.skipDepth > 0) return;
    const block = this.judged[this.judged.length - 1];
    if (block) {
      const visible = text.replace(/\s+/g, '').length;
      block.textChars += visible;
      if (this.linkDepth > 0) block.linkChars += visible;
      else block.separators += text.match(LINK_SEPARATORS)?.length ?? 0;
    }
    if (this.preDepth === 0) {
      this.emit({ kind: 'text', text });
      return;
    }
    text.split('\n').forEach((part, i) => {
      if (i > 0) this.emit({ kind: 'br' });
      this.emit({ kind: 'text', text: part });
    });
  }

  private emit(piece: Piece): void {
    const block = this.judged[this.judged.length - 1];
    if (block) block.pieces.push(piece);
    else this.lines.add(piece);
  }
}
