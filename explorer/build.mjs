// Bundles the explorer page (explorer/src → dist/explorer/explorer.js) with esbuild and copies its HTML
// and CSS; part of `npm run build`, so `npm install` leaves a page ready to serve with no network.
//   node explorer/build.mjs [--watch]
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'dist', 'explorer');
mkdirSync(out, { recursive: true });

const options = {
  entryPoints: [join(here, 'src', 'main.ts')],
  outfile: join(out, 'explorer.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
};

for (const file of ['index.html', 'style.css']) copyFileSync(join(here, file), join(out, file === 'style.css' ? 'explorer.css' : file));

if (process.argv.includes('--watch')) {
  const context = await esbuild.context(options);
  await context.watch();
  console.log(`explorer: watching, writing ${out}`);
} else {
  await esbuild.build(options);
}
