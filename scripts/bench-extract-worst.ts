// Worst-case extraction time: a page whose lead and statement hold one long run that a careless
// regular expression or kuromoji's unknown-word grouping would rescan from every position (an
// unclosed parenthesis, Latin letters, digits, brackets, spaces…). Each shape is extracted at n and 4n
// characters; a linear extractor shows a ratio near 4, a quadratic one near 16.
import { loadDist } from './bench-dist.js';

const SHAPES: Record<string, (n: number) => string> = {
  'unclosed (': (n) => '('.repeat(n),
  'Latin letters': (n) => 'Hello'.repeat(n / 5),
  katakana: (n) => 'アルファ'.repeat(n / 4),
  kanji: (n) => '国際会議'.repeat(n / 4),
  'ア・ア・…': (n) => 'ア・'.repeat(n / 2),
  '大臣、大臣、…': (n) => '大臣、'.repeat(n / 3),
  '米国側…': (n) => '米国側'.repeat(n / 3),
  // One-character country forms and middle dots: a meeting name's run of 日米露… was tried from every position.
  '日米日米…': (n) => '日米'.repeat(n / 2),
  '・・・': (n) => '・'.repeat(n),
  // One entity named thousands of times: each new mention was checked against every earlier one.
  '日本日本…': (n) => '日本'.repeat(n / 2),
  '…大統領から、': (n) => 'ベータ大統領から、'.repeat(n / 9),
  'unclosed 「': (n) => '「'.repeat(n),
  digits: (n) => '1'.repeat(n),
  // Spaces inside a line: a trailing-whitespace or leading-\s* expression retried from every position.
  spaces: (n) => ' '.repeat(n - 1) + 'x',
  'full-width spaces': (n) => '\u3000'.repeat(n - 1) + 'x',
};

function page(run: string): string {
  const lead = ` 3月14日、山田太郎内閣総理大臣は、アルファ・ベータ大統領(${run}と首脳会談を行ったところ、概要は以下のとおりです。`;
  return ['外務省', '', '令和5年3月14日', '', lead, '', `  1. 山田総理大臣から、${run}旨述べました。`, ''].join('\n');
}

const { pipeline } = await loadDist();
await pipeline.extractDocument({ source: 'warm-up', text: page('準備') });
const n = Number(process.env.BENCH_RUN_CHARS ?? 8000);
console.log(`extraction time of one page holding a run of n = ${n} and 4n = ${4 * n} characters (twice: lead and statement)`);
let worst = 0;
for (const [name, run] of Object.entries(SHAPES)) {
  const ms: number[] = [];
  for (const size of [n, 4 * n]) {
    const started = performance.now();
    await pipeline.extractDocument({ source: 'bench', text: page(run(size)) });
    ms.push(performance.now() - started);
  }
  const ratio = (ms[1] ?? 0) / Math.max(ms[0] ?? 1, 1);
  worst = Math.max(worst, ratio);
  console.log(`${name.padEnd(16)} ${ms[0]!.toFixed(0).padStart(6)} ms → ${ms[1]!.toFixed(0).padStart(6)} ms   ×${ratio.toFixed(1)}`);
}
console.log(`worst ratio ×${worst.toFixed(1)} for 4× the input (linear ≈ 4, quadratic ≈ 16)`);
