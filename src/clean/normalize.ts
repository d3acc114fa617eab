// Width folding that keeps offsets traceable: every change maps one UTF-16 unit to one, so an offset
// into the folded text is also an offset into the unfolded text.

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_TO_ASCII = 0xfee0;

/** Half-width CJK punctuation (｡｢｣､･) → the full-width marks every rule is written with, as NFKC folds them. */
const HALFWIDTH_PUNCTUATION: Record<string, string> = { '\uFF61': '。', '\uFF62': '「', '\uFF63': '」', '\uFF64': '、', '\uFF65': '・' };

const FULLWIDTH_FULL_STOP = 0xff0e; // ．

/**
 * Full-width ASCII (ＡＢＣ１２３（）) → ASCII, ideographic space → space, CR dropped earlier. A full-width
 * ． ends a sentence where it follows Japanese (pages in the style that writes ，and ．): it becomes 。, the
 * mark sentence splitting reads; after a letter or digit (３．５, Ｕ．Ｓ．, １．) it is a point, as NFKC has it.
 */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === FULLWIDTH_FULL_STOP) {
      out += /[A-Za-z0-9]/u.test(out[out.length - 1] ?? '') || i === 0 || text[i - 1] === '\n' ? '.' : '。';
    } else if (HALFWIDTH_PUNCTUATION[text[i]!]) out += HALFWIDTH_PUNCTUATION[text[i]!];
    else if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) {
      // Keep full-width ～ and ＆ as they are? No: they fold to ~ and & like everything else in the block.
      out += String.fromCharCode(code - FULLWIDTH_TO_ASCII);
    } else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/** Line endings to \n, trailing spaces trimmed per line, runs of blank lines collapsed to one. */
export function normalizeLines(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
