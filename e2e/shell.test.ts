import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage } from './browser-page.ts';

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
