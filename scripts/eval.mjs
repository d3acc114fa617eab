#!/usr/bin/env node
// Quick extraction-quality loop: runs the shared scorer on a corpus folder with this checkout's CLI.
//
//   npm run eval -- <corpus-dir> [--verbose] [--json] [--scorer PATH] [--cmd "CMD"] [--no-build]
//
//   <corpus-dir>  a folder holding docs/ and gold/ (e.g. ../shared/corpus); its docs/ folder works too
//   --verbose     passed to the scorer: per-document missed / spurious entities and other problems
//   --json        passed to the scorer: the full report as JSON (the SCORE line still comes last)
//   --scorer PATH the scorer to run; default <corpus-dir>/../tools/score.mjs
//   --cmd "CMD"   the extract command the scorer runs; default "node bin/diplograph.js extract --json"
//   --no-build    do not rebuild dist/ when src/ is newer than it
//
// Examples:  npm run eval -- ../shared/corpus
//            npm run eval -- ../shared/corpus --verbose
//            npm run eval -- /tmp/other-corpus --scorer ../shared/tools/score.mjs
//
// Prints the scorer's output, ending with its `SCORE entityF1=… …` line. Exit code: the scorer's
// (non-zero when it fails or the extract command fails), 1 when no SCORE line came out, 2 on bad usage.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CMD = 'node bin/diplograph.js extract --json';
const USAGE = 'usage: npm run eval -- <corpus-dir> [--verbose] [--json] [--scorer PATH] [--cmd "CMD"] [--no-build]';

function fail(message, code = 2) {
  console.error(`eval: ${message}`);
  process.exit(code);
}

function parseArgs(argv) {
  const options = { corpus: null, scorer: null, cmd: DEFAULT_CMD, passthrough: [], build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--scorer' || arg === '--cmd') {
      const value = argv[++i];
      if (!value) fail(`${arg} needs a value\n${USAGE}`);
      options[arg.slice(2)] = value;
    } else if (arg === '--verbose' || arg === '--json') options.passthrough.push(arg);
    else if (arg === '--no-build') options.build = false;
    else if (arg === '-h' || arg === '--help') { console.log(USAGE); process.exit(0); }
    else if (arg.startsWith('-')) fail(`unknown option ${arg}\n${USAGE}`);
    else if (options.corpus) fail(`one corpus folder only\n${USAGE}`);
    else options.corpus = arg;
  }
  if (!options.corpus) fail(USAGE);
  return options;
}

/** The folder holding docs/ and gold/; accepts the docs/ folder itself. */
function corpusRoot(dir) {
  const abs = resolve(dir);
  if (basename(abs) === 'docs' && existsSync(join(abs, '..', 'gold'))) return dirname(abs);
  if (!existsSync(join(abs, 'docs')) || !existsSync(join(abs, 'gold'))) fail(`${dir} has no docs/ and gold/ folders`);
  return abs;
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Rebuilds dist/ when a source file is newer, so that the score is the score of the current code. */
function buildIfStale() {
  const mainJs = join(ROOT, 'dist', 'cli', 'main.js');
  if (newestMtime(mainJs) >= newestMtime(join(ROOT, 'src'))) return;
  console.error('eval: dist/ is older than src/: npm run build');
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  // tsc still emits with type errors; only a missing CLI stops the run.
  if (built.status !== 0) console.error('eval: npm run build reported errors (see above); scoring what it emitted');
  if (!existsSync(mainJs)) fail('dist/cli/main.js is missing after the build', 1);
}

const options = parseArgs(process.argv.slice(2));
const corpus = corpusRoot(options.corpus);
const scorer = resolve(options.scorer ?? join(corpus, '..', 'tools', 'score.mjs'));
if (!existsSync(scorer)) fail(`no scorer at ${scorer}; give one with --scorer PATH`);
if (options.build && options.cmd === DEFAULT_CMD) buildIfStale();

// The scorer runs the command in its working folder with every document path appended.
const run = spawnSync(process.execPath, [scorer, '--corpus', corpus, '--cmd', options.cmd, ...options.passthrough], {
  cwd: ROOT,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 1 << 30,
});
process.stdout.write(run.stdout ?? '');
if (run.error) fail(`could not run the scorer: ${run.error.message}`, 1);
if (run.status !== 0) process.exit(run.status ?? 1);
const scoreLine = (run.stdout ?? '').split('\n').reverse().find((line) => line.startsWith('SCORE'));
if (!scoreLine || scoreLine.startsWith('SCORE failed')) fail('the scorer printed no SCORE line', 1);
