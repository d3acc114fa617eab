#!/usr/bin/env node
// Entry point: the compiled CLI (built by `npm run build`, which `npm install`/`npm ci` run via `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error('diplograph: dist/ is missing; run `npm run build` (npm install does it for you)');
  process.exit(1);
}
const { runMain } = await import(main.href);
// Exit at once when the command is done (or interrupted): a worker thread or socket still closing
// must not keep a finished command alive.
process.exit(await runMain(process.argv.slice(2)));
