#!/usr/bin/env node
// CI's extraction-quality gate: scores a gold corpus with the shared scorer (through scripts/eval.mjs) and
// fails when any figure falls below the floor kept in quality-floor.json. The floor only ever rises:
// `--raise` lifts each figure to today's score where today is better and never lowers one.
//
//   node scripts/quality-gate.mjs [<corpus-dir>] [--raise] [--floor FILE]
//
//   <corpus-dir>  a folder with docs/ and gold/; default ../shared/corpus. When it is missing the gate
//                 says so and passes: the project's own tests never need the shared corpus.
//
// Exit code: 0 pass (or no corpus), 1 a figure below its floor or no score, 2 bad usage.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Figures where less is better; every other figure is a percentage where more is better. */
const LOWER_IS_BETTER = new Set(['boilerplate', 'badOffsets']);
/** Not gated: entity precision and recall may trade against each other while their F1 holds; docs is the corpus. */
const NOT_GATED = new Set(['P', 'R', 'docs']);

function parseArgs(argv) {
  const options = { corpus: join(ROOT, '..', 'shared', 'corpus'), raise: false, floor: join(ROOT, 'quality-floor.json') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--raise') options.raise = true;
    else if (arg === '--floor') options.floor = resolve(argv[++i] ?? '');
    else if (arg.startsWith('-')) {
      console.error(`quality-gate: unknown option ${arg}`);
      process.exit(2);
    } else options.corpus = resolve(arg);
  }
  return options;
}

/** `SCORE entityF1=90.7 … badOffsets=0/3304 docs=105` → { entityF1: 90.7, …, badOffsets: 0, docs: 105 }. */
export function parseScore(line) {
  const figures = {};
  for (const [, key, value] of line.matchAll(/(\w+)=([\d.]+)(?:\/\d+)?/gu)) figures[key] = Number(value);
  return figures;
}

/** Figures below their floor, as `{ key, floor, now }`; `docs` must match exactly (another corpus is another floor). */
export function belowFloor(floor, now) {
  const failures = [];
  for (const [key, min] of Object.entries(floor.figures)) {
    const value = now[key];
    const worse = value === undefined || (LOWER_IS_BETTER.has(key) ? value > min : value < min);
    if (worse) failures.push({ key, floor: min, now: value });
  }
  return failures;
}

export function raised(floor, now) {
  const figures = { ...floor.figures };
  for (const [key, value] of Object.entries(now)) {
    if (NOT_GATED.has(key)) continue;
    const old = figures[key];
    figures[key] = old === undefined ? value : LOWER_IS_BETTER.has(key) ? Math.min(old, value) : Math.max(old, value);
  }
  return { ...floor, docs: now.docs, figures };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(options.corpus, 'gold'))) {
    console.log(`quality gate: no gold corpus at ${options.corpus}; skipped`);
    return 0;
  }
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'eval.mjs'), options.corpus], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = (run.stdout ?? '').trim().split('\n').reverse().find((l) => l.startsWith('SCORE '));
  if (!line) {
    console.error(`quality gate: the scorer printed no SCORE line (exit ${run.status})\n${run.stderr ?? ''}`);
    return 1;
  }
  console.log(line);
  const now = parseScore(line);
  const floor = existsSync(options.floor) ? JSON.parse(readFileSync(options.floor, 'utf8')) : { docs: now.docs, figures: {} };
  if (floor.docs !== now.docs) {
    console.error(`quality gate: the floor was set on ${floor.docs} annotated pages, this corpus has ${now.docs}; run with --raise on the new corpus`);
    if (!options.raise) return 1;
  }
  if (options.raise) {
    writeFileSync(options.floor, `${JSON.stringify(raised(floor, now), null, 2)}\n`);
    console.log(`quality gate: floor raised where today is better (${options.floor})`);
    return 0;
  }
  const failures = belowFloor(floor, now);
  for (const f of failures) console.error(`quality gate: ${f.key} ${f.now ?? 'missing'} is below its floor ${f.floor}`);
  if (failures.length === 0) console.log(`quality gate: every figure at or above its floor (${Object.keys(floor.figures).length} figures, ${now.docs} pages)`);
  return failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main());
