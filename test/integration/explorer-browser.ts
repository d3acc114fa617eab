// Support for the explorer's browser tests: the system chromium driven by playwright-core (no browser
// download), the page's bundle built from the current sources, and the folder screenshots go to.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { root } from './ingest-cli.js';

/** Screenshots of the test run (gitignored; the README shows two of them). */
export const SCREENSHOT_DIR = join(root, 'test-output', 'explorer');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** DIPLOGRAPH_CHROMIUM, else Debian's chromium (`.ci/run` installs it when missing). */
export function chromiumPath(): string {
  const chosen = process.env.DIPLOGRAPH_CHROMIUM?.trim();
  if (chosen) return chosen;
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error('No chromium found for the explorer tests: `apt-get install chromium fonts-ipafont-gothic` (what .ci/run does), or set DIPLOGRAPH_CHROMIUM to a Chrome/Chromium executable.');
}

export function launchBrowser(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** Bundles explorer/ into dist/explorer/ (esbuild, about a second), so the test sees the current page. */
export function buildExplorer(): void {
  const result = spawnSync(process.execPath, [join(root, 'explorer', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`explorer/build.mjs failed:\n${result.stdout}${result.stderr}`);
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}
