// The explorer page in a real browser (Debian's chromium through playwright-core) against the real API
// and Neo4j: the bundled sample and the hand-written fixture summaries ingested by the real pipeline,
// the page served by startServer as `diplograph serve` serves it. Screenshots go to test-output/explorer/.
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/api/start-server.js';
import type { Db } from '../../src/graph/driver.js';
import { applySchema } from '../../src/graph/schema.js';
import { ingestPaths } from '../../src/ingest/ingest-paths.js';
import { buildExplorer, launchBrowser, screenshotPath } from './explorer-browser.js';
import { clearDatabase, testDb } from './helpers.js';
import { root } from './ingest-cli.js';

const KOIZUMI = 'person:koizumi-junichiro';
const config = { api: { host: '127.0.0.1', port: 0, token: null, exposeSchema: true } };

let db: Db;
let server: RunningServer;
let browser: Browser;
let origin: string;

function serve(extra: { responseCacheMs?: number; networkCacheMs?: number } = {}): Promise<RunningServer> {
  return startServer({ db, config, port: 0, warmUp: false, logging: false, ...extra });
}

async function openPage(path = '/'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // A step that waits this long is a failure: say which, well within the test's own timeout.
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(`${origin}${path}`);
  return page;
}

/** The graph's node count once the view has loaded and the layout has settled. */
async function settledNodeCount(page: Page): Promise<number> {
  await page.waitForSelector('#graph-status[data-nodes]');
  await page.waitForSelector('#graph[data-layout="idle"], #graph:not([data-layout])');
  await page.waitForTimeout(400); // the camera's fit animation (300 ms)
  return Number(await page.getAttribute('#graph-status', 'data-nodes'));
}

/** Moves a slider as a user's drag ends: `input` while moving, `change` on release. */
async function setRange(page: Page, selector: string, value: number): Promise<void> {
  await page.locator(selector).evaluate((input: HTMLInputElement, to: number) => {
    input.value = String(to);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

beforeAll(async () => {
  buildExplorer();
  db = await testDb();
  await clearDatabase(db);
  await applySchema(db);
  const summary = await ingestPaths(db, ['samples', 'test/fixtures/docs'], { cwd: root, exclude: ['**/README*', '**/*.tsv'], workers: 1 });
  expect(summary.rejected).toEqual([]);
  server = await serve();
  origin = new URL(server.url).origin;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

describe('the explorer page', () => {
  it('walks from a search for 小泉 to Kasyanov at the 2002-10-27 meeting and a statement highlighted in its source', async () => {
    const page = await openPage();
    await settledNodeCount(page);
    await page.fill('#search-input', '小泉');
    await page.press('#search-input', 'Enter');
    await page.click(`button.result[data-node="${KOIZUMI}"]`);
    await page.waitForSelector(`#panel-content[data-node="${KOIZUMI}"]`);
    expect(await page.textContent('#panel-title')).toBe('小泉純一郎');
    expect(await settledNodeCount(page)).toBe(1);

    await page.click('#expand');
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#graph-status')?.dataset.nodes) > 1);
    const expanded = await settledNodeCount(page);
    expect(expanded).toBeGreaterThanOrEqual(3); // his two meetings and 日本 at least
    expect(new URL(page.url()).searchParams.getAll('expand')).toEqual([KOIZUMI]);

    await page.click('#panel-content button.node-link:has-text("2002-10-27")');
    await page.waitForSelector('#participants');
    const participants = await page.textContent('#participants');
    expect(participants).toContain('カシヤノフ');
    expect(participants).toContain('小泉純一郎');
    await page.click('#expand');
    await page.waitForFunction((before) => Number(document.querySelector<HTMLElement>('#graph-status')?.dataset.nodes) > before, expanded);
    await settledNodeCount(page);
    // Koizumi again, his neighbourhood in colour (the README's first screenshot), then back to the meeting.
    await page.click(`#participants button[data-node="${KOIZUMI}"]`);
    await page.waitForSelector(`#panel-content[data-node="${KOIZUMI}"]`);
    await settledNodeCount(page);
    await page.screenshot({ path: screenshotPath('person-neighbourhood.png') });
    await page.goBack();
    await page.waitForSelector('#participants');

    const statement = page.locator('#panel-content .statement-link', { hasText: '一体感と同情' });
    const statementText = (await statement.textContent())!;
    await statement.click();
    await page.waitForSelector('mark.cited');
    expect(await page.textContent('mark.cited')).toBe(statementText);
    expect(await page.isVisible('mark.cited')).toBe(true);
    // The mention spans inside the statement are marked too (カシヤノフ首相 is a mention).
    expect(await page.locator('mark.cited .mention').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('statement-source.png') });

    // Back: the meeting again, from the URL alone.
    await page.goBack();
    await page.waitForSelector('#participants');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('shows another network when the year range changes, and back restores the first', async () => {
    const page = await openPage();
    const all = await settledNodeCount(page);
    const allList = await page.textContent('#node-list-items');
    expect(allList).toContain('ミハイル・カシヤノフ');

    await setRange(page, '#year-from', 2003);
    await page.waitForURL(/from=2003/);
    await setRange(page, '#year-to', 2003);
    await page.waitForURL(/to=2003/);
    await page.waitForFunction((before) => Number(document.querySelector<HTMLElement>('#graph-status')?.dataset.nodes) !== before, all);
    const year = await settledNodeCount(page);
    expect(year).toBeGreaterThan(0);
    expect(year).toBeLessThan(all);
    const yearList = await page.textContent('#node-list-items');
    expect(yearList).toContain('ウラジーミル・プーチン');
    expect(yearList).not.toContain('ミハイル・カシヤノフ');
    expect(await page.textContent('#years-output')).toBe('2003 – 2003');
    await page.screenshot({ path: screenshotPath('network-2003.png') });

    await page.goBack();
    await page.goBack();
    await page.waitForFunction((before) => Number(document.querySelector<HTMLElement>('#graph-status')?.dataset.nodes) === before, all);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('restores a shared link: view, selection and expansion come from the URL', async () => {
    const page = await openPage(`/?view=explore&node=${encodeURIComponent('RUS')}&expand=RUS&lang=ja`);
    await page.waitForSelector('#panel-content[data-node="RUS"]');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.textContent('h1')).toBe('diplograph エクスプローラー');
    expect(await page.textContent('#panel-title')).toBe('ロシア');
    // The per-country timeline: Japan's meetings with Russia by year and kind.
    expect(await page.getAttribute('svg.timeline-chart', 'aria-label')).toMatch(/2002: 1/);
    expect(await settledNodeCount(page)).toBeGreaterThan(1);
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await page.close();
  });

  it("lives within the API's guards: same-origin calls need no CORS or password, the CSP lets the bundle run, a foreign Host is refused", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(15_000);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) violations.push(message.text());
    });
    type Call = { origin: string | undefined; authorization: string | undefined; status: number; allowOrigin: string | null };
    const calls: Array<Promise<Call>> = [];
    page.on('response', (response) => {
      if (!response.url().endsWith('/graphql')) return;
      // allHeaders: what went over the wire, Origin included (headers() leaves out what the network stack adds).
      calls.push(
        Promise.all([response.request().allHeaders(), response.allHeaders()]).then(([sent, received]) => ({
          origin: sent.origin,
          authorization: sent.authorization,
          status: response.status(),
          allowOrigin: received['access-control-allow-origin'] ?? null,
        })),
      );
    });
    const served = await page.goto(`${origin}/`);
    expect(served!.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await settledNodeCount(page)).toBeGreaterThan(0);
    // The browser names the page's origin on its POSTs; the server (no DIPLOGRAPH_CORS_ORIGINS) sends no
    // CORS header, and none is needed: same origin. No credentials of any kind leave the page.
    expect(calls.length).toBeGreaterThan(0);
    for (const call of await Promise.all(calls)) expect(call).toEqual({ origin, authorization: undefined, status: 200, allowOrigin: null });
    expect(violations).toEqual([]);
    await page.close();

    // Another loopback name is answered; a rebound domain name gets the API's refusal, page included.
    const fetchAs = (host: string, path: string) =>
      new Promise<{ status: number; body: string }>((resolveFetch, rejectFetch) => {
        const target = new URL(path, origin);
        const outgoing = httpRequest({ hostname: target.hostname, port: target.port, path: target.pathname, headers: { host } }, (incoming) => {
          let body = '';
          incoming.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolveFetch({ status: incoming.statusCode ?? 0, body }));
        });
        outgoing.on('error', rejectFetch).end();
      });
    const port = new URL(origin).port;
    expect((await fetchAs(`localhost:${port}`, '/')).status).toBe(200);
    for (const path of ['/', '/explorer/explorer.js']) {
      const refused = await fetchAs(`rebound.example:${port}`, path);
      expect(refused.status, path).toBe(403);
      expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    }
  });

  it('says why when the server refuses a query', async () => {
    const page = await openPage();
    await settledNodeCount(page);
    await page.fill('#search-input', '小');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#message[data-kind="refused"]');
    const message = await page.textContent('#message-text');
    expect(message).toContain('The server refused the query');
    expect(message).toContain('at least 2 characters');
    expect(message).toContain('SEARCH_QUERY_TOO_SHORT');
    await page.screenshot({ path: screenshotPath('refused-query.png') });
    await page.close();
  });

  it('says the server is down when /graphql does not answer', async () => {
    const page = await browser.newPage();
    // The page is served, then the API stops answering (as when the server was stopped).
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${origin}/`);
    await page.waitForSelector('#message[data-kind="down"]');
    expect(await page.textContent('#message-text')).toContain('does not answer');
    await page.close();
  });

  it('exports the current view as a PNG', async () => {
    const page = await openPage();
    await settledNodeCount(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(download.suggestedFilename()).toBe('diplograph-network.png');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5000);
    await page.close();
  });

  it('says the graph is empty instead of showing a blank page', async () => {
    await clearDatabase(db);
    const fresh = await serve({ responseCacheMs: 0, networkCacheMs: 0 });
    try {
      const page = await browser.newPage();
      await page.goto(new URL(fresh.url).origin);
      await page.waitForSelector('#message[data-kind="empty"]');
      expect(await page.textContent('#message-text')).toContain('The graph is empty');
      await page.close();
    } finally {
      await fresh.close();
    }
  });
});
