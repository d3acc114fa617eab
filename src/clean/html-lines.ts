// Turns the stream of text pieces and breaks that the HTML walker emits into lines, the way a text
// file of the same page would read: one line per paragraph, list item or table row, blank lines between
// paragraphs, spaces collapsed inside lines, a list item's number and depth kept before it.

export type Piece =
  | { kind: 'text'; text: string }
  /** <br>: always ends the line, so two in a row leave a blank line. */
  | { kind: 'br' }
  /** End of a line-level block: ends the current line if it has anything. */
  | { kind: 'line' }
  /** End of a paragraph-level block: ends the line and leaves one blank line. */
  | { kind: 'blank' }
  /** Start of a table cell: a space between cells of one row. */
  | { kind: 'cell' }
  /** A list item's number or bullet, indented by its depth (「  1. 」, 「- 」): starts the line it opens. */
  | { kind: 'marker'; text: string };

const COLLAPSIBLE = /[ \t\n\r\f\v\u00a0]+/g;

export class LineBuilder {
  private readonly lines: string[] = [];
  private current = '';
  private marker = '';

  add(piece: Piece): void {
    switch (piece.kind) {
      case 'text':
        this.current += piece.text;
        return;
      case 'cell':
        if (this.current.trim() !== '') this.current += ' ';
        return;
      case 'marker':
        this.endLine(false);
        this.marker = piece.text;
        return;
      case 'br':
        this.endLine(true);
        return;
      case 'line':
        this.endLine(false);
        return;
      case 'blank':
        this.endLine(false);
        if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
        return;
    }
  }

  private endLine(evenIfEmpty: boolean): void {
    const line = this.current.replace(COLLAPSIBLE, ' ').trim();
    this.current = '';
    // The marker belongs to the item's first line, and only when the item has text.
    if (line !== '' || evenIfEmpty) this.lines.push(line !== '' ? this.marker + line : line);
    if (line !== '') this.marker = '';
  }

  /** The text: no leading or trailing blank lines, never two blank lines in a row. */
  finish(): string {
    this.endLine(false);
    const out: string[] = [];
    for (const line of this.lines) {
      if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
      out.push(line);
    }
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out.join('\n');
  }
}

/** Collapses a title or other one-line text. */
export function oneLine(text: string): string {
  return text.replace(COLLAPSIBLE, ' ').trim();
}
