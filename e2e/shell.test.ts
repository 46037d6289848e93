import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage } from './browser-page.ts';
import { activeView, explorerState, showView, waitForPanels } from './explorer-page.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

afterAll(disconnectBrowser);

test('the explorer shell loads, draws a plotly trace and logs no console error or warning', async () => {
  const { page, problems } = await openPage();
  // Playwright's CSS selectors pierce open shadow roots, so this finds the drawn lines inside every plot.
  const lines = page.locator('.plot-container .scatterlayer .trace path.js-line');
  await lines.first().waitFor({ state: 'attached', timeout: 30_000 });
  const segments = await lines.evaluateAll((paths) =>
    paths.map((p) => (p.getAttribute('d') ?? '').split(/[LM]/).length),
  );
  // A drawn curve is an SVG path with many segments, not an empty or single-point path.
  expect(Math.max(...segments)).toBeGreaterThan(10);
  await page.waitForLoadState('networkidle');
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}shell.png`, fullPage: true, animations: 'disabled' });
  expect(problems).toEqual([]);
  await page.context().close();
});

test("the favicon the page links to is served as an SVG, not the preview server's HTML fallback", async () => {
  const { page, problems } = await openPage();
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  const response = await page.request.get(new URL(href ?? '/missing', page.url()).href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  expect(problems).toEqual([]);
  await page.context().close();
});

test('a link from before the views opens the line view unchanged, writes view=line, and loads plotly once', async () => {
  const { page, problems } = await openPage('?p=square&eta=0.3');
  const plotlyRequests: string[] = [];
  page.on('request', (request) => {
    if (/plotly/i.test(request.url())) plotlyRequests.push(request.url());
  });
  await waitForPanels(page);
  expect(await activeView(page)).toBe('line');
  const state = await explorerState(page);
  expect([state.preset, state.formula, state.eta, state.steps]).toEqual(['square', 'x^2', 0.3, 20]);
  const url = new URL(page.url());
  expect(url.searchParams.get('view')).toBe('line');
  expect(url.searchParams.get('p')).toBe('square');
  // The switcher marks the active view, and its link carries the whole state.
  const link = page.locator('phaseflow-explorer nav a[data-view="line"]');
  expect(await link.getAttribute('aria-current')).toBe('page');
  await showView(page, 'line');
  expect(await explorerState(page)).toEqual(state);
  // A page load fetches the plotly chunk exactly once for all panels.
  plotlyRequests.length = 0;
  await page.reload();
  await waitForPanels(page);
  expect(plotlyRequests.filter((u) => /plotly[^/]*\.js/.test(u)).length).toBe(1);
  // An unknown view opens the default one.
  await page.goto(new URL('?view=nonsense&p=sine', page.url()).href);
  await waitForPanels(page);
  expect(await activeView(page)).toBe('line');
  expect((await explorerState(page)).preset).toBe('sine');
  expect(problems).toEqual([]);
  await page.context().close();
});
