// kuromoji (IPADIC), loaded once per thread and shared: loading costs ~0.7 s and ~380 MB.
// The only module that imports kuromoji. An ingest's worker threads share one decompressed copy of
// the dictionary files (dictionary-files.ts, in the calling thread; useDictionaryFiles in each worker):
// decompressing them was about half of each worker's start-up, and ~100 MB of memory per worker.
import { createRequire } from 'node:module';
import kuromoji from 'kuromoji';
import { type DictionaryFiles, dictionaryPath, loadDictionaryFiles } from './dictionary-files.js';

export interface Token {
  surface: string;
  /** Part of speech and its sub-categories, e.g. 名詞 / 固有名詞 / 人名 / 姓. */
  pos: string;
  pos1: string;
  pos2: string;
  pos3: string;
  basic: string;
  reading: string;
  /** False for words the dictionary does not know (foreign names, new words). */
  known: boolean;
  /** UTF-16 offset into the tokenized string (computed here: kuromoji's word_position drifts). */
  start: number;
  end: number;
}

type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

const require = createRequire(import.meta.url);
let loading: Promise<KuromojiTokenizer> | null = null;

let sharedFiles: DictionaryFiles | null = null;

/** This thread builds its tokenizer from these decompressed files instead of reading dict/ itself. */
export function useDictionaryFiles(files: DictionaryFiles): void {
  if (!loading) sharedFiles = files;
}

/** What kuromoji's loader (DictionaryLoader.load) does with the files, from the shared copies; kuromoji only reads them. */
function tokenizerFrom(files: DictionaryFiles): KuromojiTokenizer {
  const DynamicDictionaries = require('kuromoji/src/dict/DynamicDictionaries.js');
  const Tokenizer = require('kuromoji/src/Tokenizer.js');
  const u8 = (name: keyof DictionaryFiles) => new Uint8Array(files[name]);
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(files.base), new Int32Array(files.check));
  dic.loadTokenInfoDictionaries(u8('tid'), u8('tid_pos'), u8('tid_map'));
  dic.loadConnectionCosts(new Int16Array(files.cc));
  dic.loadUnknownDictionaries(u8('unk'), u8('unk_pos'), u8('unk_map'), u8('unk_char'), new Uint32Array(files.unk_compat), u8('unk_invoke'));
  return new Tokenizer(dic) as KuromojiTokenizer;
}

function loadTokenizer(): Promise<KuromojiTokenizer> {
  if (sharedFiles) {
    const files = sharedFiles;
    loading ??= Promise.resolve().then(() => tokenizerFrom(files));
  }
  // Alone (extract, the API's thread), from the cached decompressed files too: decompressing them was
  // about half of a short run's time. Should they be unreadable, kuromoji's own loader meets the error.
  loading ??= loadDictionaryFiles().then(tokenizerFrom, buildWithKuromoji);
  return loading;
}

function buildWithKuromoji(): Promise<KuromojiTokenizer> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, tokenizer) => {
      if (error) {
        loading = null;
        reject(error);
      } else resolve(tokenizer);
    });
  });
}

/**
 * The line as kuromoji should read it. Width folding turns the page's full-width marks into ASCII
 * ((1), ，→ ,), but IPADIC knows only the full-width ones: it reads an ASCII mark as an unknown noun,
 * which changes the words next to it (「(1)桑原大統領より」 loses the surname 桑原, which it then calls a
 * common noun; 「審議官,小松欧州局長」 loses 小松). So every ASCII mark goes back to its full-width form, and
 * a comma between Japanese words to 、 (the page's ， is a 読点); commas in English text stay ，. Same
 * length, so offsets hold.
 */
export function readingView(line: string): string {
  return line.replace(/[!-/:-@[-`{-~]/gu, (mark, at: number) => {
    if (mark === ',' && (isJapanese(line[at - 1]) || isJapanese(line[at + 1]))) return '、';
    return String.fromCharCode(mark.charCodeAt(0) + 0xfee0);
  });
}

function isJapanese(ch: string | undefined): boolean {
  return ch !== undefined && ch > '\u3000';
}

/** Tokenizes one line (no newlines expected); offsets are relative to `line` plus `base`. */
function tokenizeLine(tokenizer: KuromojiTokenizer, line: string, base: number): Token[] {
  const tokens: Token[] = [];
  const view = readingView(line);
  let cursor = 0;
  for (const t of tokenizer.tokenize(view)) {
    const at = view.indexOf(t.surface_form, cursor);
    const start = at >= 0 ? at : cursor;
    cursor = start + t.surface_form.length;
    tokens.push({
      surface: line.slice(start, cursor),
      pos: t.pos,
      pos1: t.pos_detail_1,
      pos2: t.pos_detail_2,
      pos3: t.pos_detail_3,
      basic: t.basic_form,
      reading: t.reading ?? '',
      known: t.word_type === 'KNOWN',
      start: base + start,
      end: base + cursor,
    });
  }
  return tokens;
}

/**
 * kuromoji groups a run of unknown characters of one class (Latin letters, digits) into a word
 * candidate at every start position, so one long run costs time quadratic in its length (8,000
 * letters in an unclosed parenthesis took 9.5 s). Lines are therefore fed in pieces of at most
 * MAX_PIECE characters, cut after the last punctuation or space of the window where there is one, so
 * that ordinary sentences keep their words and only a pathological run is cut blind.
 */
const MAX_PIECE = 256;

export function linePieces(line: string): Array<{ text: string; offset: number }> {
  const pieces: Array<{ text: string; offset: number }> = [];
  let start = 0;
  while (line.length - start > MAX_PIECE) {
    const window = line.slice(start, start + MAX_PIECE);
    let cut = -1;
    for (const m of window.matchAll(/[。、，,.．;；:：!！?？)）」』\s]/gu)) cut = (m.index ?? 0) + 1;
    if (cut < MAX_PIECE / 4) cut = MAX_PIECE;
    pieces.push({ text: line.slice(start, start + cut), offset: start });
    start += cut;
  }
  pieces.push({ text: line.slice(start), offset: start });
  return pieces;
}

/**
 * Tokenizes a text line by line (faster than one huge string, and offsets stay exact).
 * Offsets of the returned tokens are offsets into `text`.
 */
export async function tokenize(text: string): Promise<Token[]> {
  const tokenizer = await loadTokenizer();
  loaded = tokenizer;
  const tokens: Token[] = [];
  let base = 0;
  for (const line of text.split('\n')) {
    tokens.push(...tokensOfLine(tokenizer, line, base));
    base += line.length + 1;
  }
  return tokens;
}

/** One line's tokens (none for a blank line), fed in pieces; offsets are `base` plus the offset in the line. */
function tokensOfLine(tokenizer: KuromojiTokenizer, line: string, base: number): Token[] {
  return line.trim() === '' ? [] : linePieces(line).flatMap((piece) => tokenizeLine(tokenizer, piece.text, base + piece.offset));
}

let loaded: KuromojiTokenizer | null = null;

/** The words of a text where extraction asks about them: a few spans of a page, not every word. */
export interface TokenLookup {
  /** The tokens overlapping [start, end), in order. */
  covering(start: number, end: number): Token[];
  /** The token that starts at `offset`, if one does. */
  startingAt(offset: number): Token | undefined;
}

/**
 * The text's tokens, read line by line when first asked for: the same tokens as tokenize() (a line's
 * words depend on that line alone), at the cost of the lines extraction looks at. Reading every line was
 * about half of extraction time, for a handful of lookups per page. Loads the dictionary first, so that
 * tokenizeAlone() works afterwards.
 */
export async function tokenLookup(text: string): Promise<TokenLookup> {
  const tokenizer = await loadTokenizer();
  loaded = tokenizer;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const read = new Map<number, Token[]>();
  const lineTokens = (index: number): Token[] => {
    let tokens = read.get(index);
    if (!tokens) {
      const base = lineStarts[index]!;
      tokens = tokensOfLine(tokenizer, text.slice(base, (lineStarts[index + 1] ?? text.length + 1) - 1), base);
      read.set(index, tokens);
    }
    return tokens;
  };
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  return {
    covering(start, end) {
      const out: Token[] = [];
      for (let line = lineOf(start); line <= lineOf(Math.max(start, end - 1)); line++) {
        for (const t of lineTokens(line)) if (t.start < end && start < t.end) out.push(t);
      }
      return out;
    },
    startingAt: (offset) => lineTokens(lineOf(offset)).find((t) => t.start === offset),
  };
}

/**
 * A word read on its own, out of its sentence: kuromoji calls 桑原 a common noun after 及び and a surname
 * alone. Synchronous, so it needs the dictionary that tokenLookup() (or tokenize()) loaded in this thread;
 * before that it reads nothing (an empty list).
 */
export function tokenizeAlone(word: string): Token[] {
  return loaded && word !== '' ? tokenizeLine(loaded, word, 0) : [];
}

/** Loads the dictionary ahead of time (e.g. when a worker starts). */
export async function warmUpTokenizer(): Promise<void> {
  await loadTokenizer();
}
