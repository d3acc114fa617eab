// Old pages laid out their summary in a table, and a copy of such a page keeps the cells' bars: an
// enumerator alone in its cell with the heading or the point in the next one (「(1) |」 over 「日中関係全般」), a
// bar alone on a line between rows, a bar closing a one-cell line (「橋本総理訪米の概要と評価 |」). Read as text,
// the enumerator and its words are one line (「(1) 日中関係全般」), as a page without the table writes them, and
// the bars (and a header rule, 「|---|」) are no part of anything. A row of several cells (a schedule: 「| 25日 | 08:55~09:30 | … |」) stays.

/** 「(1) |」「(イ) |」「2. |」: an enumerator alone in its cell. */
const ENUMERATOR_CELL = /^(\s*)((?:[(（](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|[イロハニホヘトチリヌルアイウエオカキクケコ])[)）])|[0-9]{1,2}[.．]?)\s*\|\s*$/u;
const BAR_ALONE = /^\s*\|\s*$/u;
/** 「|---|」「| --- | :---: |」: a table's header rule, as a copy written in Markdown keeps it. */
const RULE_ROW = /^(?=[^-]*-)(?=[^|]*\|)[\s|:\-–—]+$/u;
/** One cell's closing bar at the end of a line that holds no other bar. */
const CLOSING_BAR = /^([^|]*[^|\s])\s*\|\s*$/u;

export function joinTableCells(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (BAR_ALONE.test(line) || RULE_ROW.test(line)) continue;
    const enumerator = ENUMERATOR_CELL.exec(line);
    const next = lines[i + 1];
    if (enumerator && next !== undefined && next.trim() !== '' && !BAR_ALONE.test(next) && !ENUMERATOR_CELL.test(next)) {
      out.push(`${enumerator[1]}${enumerator[2]} ${next.trim().replace(CLOSING_BAR, '$1')}`);
      i++;
      continue;
    }
    out.push(line.replace(CLOSING_BAR, '$1'));
  }
  return out;
}
