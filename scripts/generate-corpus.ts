// Generates N distinct synthetic meeting summaries (会談概要) in the genre's structure: header, era date,
// lead sentence with time range, place and occasion, 同席者 by side, numbered sections of 「Xより…旨述べた」
// 「これに対し、Yから…旨述べた」 statements. Deterministic for a seed. Written as UTF-8 text, Shift_JIS
// HTML and EUC-JP HTML (with navigation menus), so that ingest benchmarks exercise decoding too.
//   node bench-out/build/scripts/generate-corpus.js OUT_DIR [--count 5000] [--seed 42] [--formats txt,sjis-html,eucjp-html]
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { COUNTRIES, DELEGATION_TITLES, JAPANESE_GIVEN, JAPANESE_SURNAMES, MEETING_KINDS, OCCASIONS, PARTNER_DELEGATION_TITLES, TOPICS, type CountryRow, type TopicRow } from './corpus-tables.js';

export type CorpusFormat = 'txt' | 'sjis-html' | 'eucjp-html';

export interface GenerateOptions {
  outDir: string;
  /** @default 5000 */
  count?: number;
  /** @default 42 */
  seed?: number;
  /** Formats used in turn. @default ['txt', 'sjis-html', 'eucjp-html'] */
  formats?: CorpusFormat[];
}

export interface GeneratedDocument {
  file: string;
  title: string;
  text: string;
}

type Rng = () => number;

/** mulberry32: small, fast, good enough to vary documents reproducibly. */
function rngFrom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: Rng, low: number, high: number) => low + Math.floor(rng() * (high - low + 1));
function sample<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}

/** 平成 from 1989-01-08, 令和 from 2019-05-01; the first year is 元年. */
export function eraDate(date: Date): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const reiwa = y > 2019 || (y === 2019 && m >= 5);
  const n = reiwa ? y - 2018 : y - 1988;
  return `${reiwa ? '令和' : '平成'}${n === 1 ? '元' : n}年${m}月${d}日`;
}

/** The same people hold office for a whole year, so documents of one year share them (as in reality). */
function japaneseOfficial(year: number, salt: number): { surname: string; full: string } {
  const surname = JAPANESE_SURNAMES[(year * 7 + salt * 13) % JAPANESE_SURNAMES.length]!;
  return { surname, full: surname + JAPANESE_GIVEN[(year * 3 + salt) % JAPANESE_GIVEN.length]! };
}

function partnerSurname(country: CountryRow, year: number, salt: number): string {
  return country.surnames[(Math.floor(year / 3) + salt) % country.surnames.length]!;
}

function timeClause(rng: Rng): string {
  const hour = between(rng, 8, 21);
  const minute = pick(rng, [0, 0, 10, 15, 20, 30, 40, 45]);
  const start = `${hour < 12 ? '午前' : '午後'}${hour % 12}時${minute === 0 ? '' : `${minute}分`}`;
  const length = pick(rng, [15, 20, 25, 30, 40, 45, 50, 60, 70, 90]);
  if (rng() < 0.5) return `${start}から約${length}分間`;
  const end = hour * 60 + minute + length;
  const endHour = Math.floor(end / 60) % 24;
  return `${start}から${endHour >= 12 ? endHour % 12 : endHour}時${end % 60 === 0 ? '' : `${end % 60}分`}まで`;
}

function statementLines(rng: Rng, topic: TopicRow, country: CountryRow, japan: string, partner: string, both: string, oldStyle: boolean): string[] {
  const fill = (s: string) => s.replaceAll('{P}', country.name);
  const lines: string[] = [];
  const numbered = (i: number, s: string) => (oldStyle ? `（${i}）${s}` : `(${i})${s}`);
  const said = sample(rng, topic.japan, between(rng, 1, 2)).map(fill).join('、');
  lines.push(`${japan}より、${said}旨述べた。`);
  if (rng() < 0.85) lines.push(`これに対し、${partner}から、${sample(rng, topic.partner, between(rng, 1, 2)).map(fill).join('、')}旨述べた。`);
  if (rng() < 0.4) lines.push(`${both}は、${pick(rng, topic.agreed)}ことで一致した。`);
  return lines.length > 1 ? lines.map((l, i) => numbered(i + 1, l)) : lines;
}

function makeDocument(rng: Rng, index: number): { title: string; lines: string[]; country: CountryRow } {
  const country = pick(rng, COUNTRIES);
  const kind = pick(rng, MEETING_KINDS);
  const date = new Date(Date.UTC(1995, 0, 1) + Math.floor(rng() * 30 * 365.25) * 86_400_000);
  const year = date.getUTCFullYear();
  const japan = japaneseOfficial(year, kind.partnerRole === 'leader' ? 0 : 1);
  const partnerTitle = kind.partnerRole === 'leader' ? country.leaderTitle : '外務大臣';
  const partnerName = partnerSurname(country, year, kind.partnerRole === 'leader' ? 0 : 1);
  const phone = kind.suffix.includes('電話');
  const occasion = !phone && rng() < 0.35 ? pick(rng, OCCASIONS) : null;
  const place = phone ? '' : occasion ? `${occasion.name}に出席のため${occasion.city}を訪問中の` : rng() < 0.5 ? `${country.name}を訪問中の` : '';
  const partnerVisit = !phone && !occasion && place === '' ? '訪日中の' : '';
  const title = `${rng() < 0.5 ? `日${country.short}` : `日・${country.name}`}${kind.suffix}${rng() < 0.5 ? '（概要）' : ''}`;
  let lead = `${date.getUTCMonth() + 1}月${date.getUTCDate()}日${timeClause(rng)}、${place}${japan.full}${kind.japanTitle}は、${partnerVisit}${partnerName}・${country.name}${partnerTitle}と${kind.verb}ところ、概要以下のとおり。`;
  if (!phone && rng() < 0.6) {
    const ours = sample(rng, DELEGATION_TITLES, 2).map((t, i) => `${JAPANESE_SURNAMES[(index + i * 11) % JAPANESE_SURNAMES.length]}${t}`);
    const theirs = sample(rng, PARTNER_DELEGATION_TITLES, 2).map((t, i) => `${country.surnames[(index + i) % country.surnames.length]}${t}`);
    lead += `（先方同席者：${theirs.join('、')}他、当方同席者：${ours.join('、')}他）`;
  }
  const oldStyle = year < 2012;
  const lines = [country.name, '', title, '', eraDate(date), '', lead, ''];
  const speakerJapan = `${japan.surname}${kind.japanShort}`;
  const speakerPartner = `${partnerName}${partnerTitle === '外務大臣' ? '外相' : partnerTitle}`;
  sample(rng, TOPICS, between(rng, 2, 5)).forEach((topic, i) => {
    lines.push(oldStyle ? `${i + 1}．${topic.heading}` : `${i + 1} ${topic.heading}`, '');
    for (const line of statementLines(rng, topic, country, speakerJapan, speakerPartner, kind.both, oldStyle)) lines.push(line, '');
  });
  return { title, lines, country };
}

function htmlPage(title: string, lines: string[], charset: string): string {
  const body = lines.filter((l) => l !== '').map((l) => `<p>${l}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${title}｜外務省</title>
<script>var page = 1;</script></head>
<body><div id="header"><a href="/mofaj/">外務省</a> | <a href="/mofaj/link/">リンク</a> | <a href="/mofaj/faq/">よくある質問</a> | <a href="/mofaj/sitemap/">サイトマップ</a></div>
<div class="topicpath"><a href="/mofaj/">トップページ</a> &gt; <a href="/mofaj/kaidan/">会談・訪問</a> &gt; ${title}</div>
<div id="main">
${body}
</div>
<div id="footer"><a href="#top">このページのトップへ戻る</a></div>
</body></html>
`;
}

function encode(format: CorpusFormat, title: string, lines: string[]): { extension: string; bytes: Buffer } {
  if (format === 'sjis-html') return { extension: 'html', bytes: iconv.encode(htmlPage(title, lines, 'Shift_JIS'), 'cp932') };
  if (format === 'eucjp-html') return { extension: 'html', bytes: iconv.encode(htmlPage(title, lines, 'EUC-JP'), 'euc-jp') };
  return { extension: 'txt', bytes: Buffer.from(lines.join('\n'), 'utf8') };
}

/** Writes the corpus; returns each document's file and text (tests and the benchmark use them). */
export function generateCorpus(options: GenerateOptions): GeneratedDocument[] {
  const { outDir, count = 5000, seed = 42, formats = ['txt', 'sjis-html', 'eucjp-html'] } = options;
  mkdirSync(outDir, { recursive: true });
  const rng = rngFrom(seed);
  const seen = new Set<string>();
  const documents: GeneratedDocument[] = [];
  while (documents.length < count) {
    const index = documents.length;
    const { title, lines } = makeDocument(rng, index);
    const text = lines.join('\n');
    const hash = createHash('sha256').update(text).digest('hex');
    if (seen.has(hash)) continue; // distinct documents only
    seen.add(hash);
    const { extension, bytes } = encode(formats[index % formats.length]!, title, lines);
    const file = join(outDir, `${String(index).padStart(5, '0')}.${extension}`);
    writeFileSync(file, bytes);
    documents.push({ file, title, text });
  }
  return documents;
}

function main(argv: string[]): void {
  const outDir = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const option = (name: string) => argv[argv.indexOf(`--${name}`) + 1];
  if (!outDir) {
    console.error('usage: generate-corpus OUT_DIR [--count N] [--seed S] [--formats txt,sjis-html,eucjp-html]');
    process.exit(1);
  }
  const documents = generateCorpus({
    outDir,
    count: argv.includes('--count') ? Number(option('count')) : 5000,
    seed: argv.includes('--seed') ? Number(option('seed')) : 42,
    formats: argv.includes('--formats') ? (option('formats')!.split(',') as CorpusFormat[]) : undefined,
  });
  console.log(`wrote ${documents.length} documents to ${outDir}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
