// Width folding that keeps offsets traceable: every change maps one UTF-16 unit to one, so an offset
// into the folded text is also an offset into the unfolded text.

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_TO_ASCII = 0xfee0;

/** Full-width ASCII (ＡＢＣ１２３（）) → ASCII, ideographic space → space, CR dropped earlier. */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) {
      // Keep full-width ～ and ＆ as they are? No: they fold to ~ and & like everything else in the block.
      out += String.fromCharCode(code - FULLWIDTH_TO_ASCII);
    } else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/** Line endings to \n, trailing spaces trimmed per line, runs of blank lines collapsed to one. */
export function normalizeLines(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[\s\u3000]+$/u, ''));
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
