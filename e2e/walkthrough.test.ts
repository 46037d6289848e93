import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage } from './browser-page.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
const IDS = [
  'derivative',
  'pendulum',
  'exponential-growth',
  'logistic-equation',
  'phase-portrait',
  'solutions',
  'equilibria',
  'euler',
  'gradient-ascent',
  'gradient-descent',
  'step-too-big',
];

afterAll(disconnectBrowser);

/** Waits until step `id` is shown with its equation typeset and a line or markers drawn by plotly in its plot. */
async function expectStepDrawn(page: Page, id: string): Promise<void> {
  const article = page.locator(`pf-walkthrough article[data-step="${id}"]`);
  await article.waitFor({ state: 'attached', timeout: 30_000 });
  await article.locator('pf-walkthrough-equation .katex').first().waitFor({ state: 'attached' });
  const trace = article.locator('pf-plot .plot-container .scatterlayer .trace path').first();
  await trace.waitFor({ state: 'attached', timeout: 30_000 });
  expect(await article.locator('pf-walkthrough-equation .katex-mathml').count()).toBeGreaterThan(0);
  expect(await article.locator('pf-plot .scatterlayer .trace').count()).toBeGreaterThan(0);
}

async function shownStep(page: Page): Promise<string | null> {
  return page.locator('pf-walkthrough article').getAttribute('data-step');
}

test('every step renders its KaTeX equation and a drawn plot, stepping with the Next button', async () => {
  const { page, problems } = await openPage('walkthrough.html');
  await mkdir(screenshots, { recursive: true });
  for (const [i, id] of IDS.entries()) {
    await expectStepDrawn(page, id);
    if (i > 0) expect(new URL(page.url()).hash).toBe(`#step-${i + 1}`);
    expect(await page.locator('pf-walkthrough article h2').textContent()).toMatch(
      new RegExp(`^${i + 1}\\. `),
    );
    await page
      .locator('pf-walkthrough article pf-plot')
      .first()
      .evaluate((el) => (el as unknown as { settled(): Promise<void> }).settled());
    await page.screenshot({ path: `${screenshots}walkthrough-step-${i + 1}.png`, fullPage: true });
    const next = page.locator('pf-walkthrough-nav button.next');
    if (i < IDS.length - 1) await next.click();
    else expect(await next.isDisabled()).toBe(true);
  }
  expect(await page.locator('pf-walkthrough-nav button.previous').isDisabled()).toBe(false);
  await page.locator('pf-walkthrough-nav button.previous').click();
  await expectStepDrawn(page, 'gradient-descent');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  await page.context().close();
});

test('← and → change the step, and back and forward retrace it', async () => {
  const { page, problems } = await openPage('walkthrough.html');
  await expectStepDrawn(page, 'derivative');
  await page.keyboard.press('ArrowRight');
  await expectStepDrawn(page, 'pendulum');
  await page.keyboard.press('ArrowRight');
  await expectStepDrawn(page, 'exponential-growth');
  await page.keyboard.press('ArrowLeft');
  await expectStepDrawn(page, 'pendulum');
  expect(new URL(page.url()).hash).toBe('#step-2');
  await page.goBack();
  await expectStepDrawn(page, 'exponential-growth');
  await page.goBack();
  await expectStepDrawn(page, 'pendulum');
  await page.goBack();
  await expectStepDrawn(page, 'derivative');
  await page.goForward();
  await expectStepDrawn(page, 'pendulum');
  // ← on the first step stays there.
  await page.goto(new URL('#step-1', page.url()).href);
  await expectStepDrawn(page, 'derivative');
  await page.keyboard.press('ArrowLeft');
  expect(await shownStep(page)).toBe('derivative');
  expect(problems).toEqual([]);
  await page.context().close();
});

test('a deep link opens its step, and a bad fragment opens step 1', async () => {
  const deep = await openPage('walkthrough.html#step-7');
  await expectStepDrawn(deep.page, 'equilibria');
  expect(await deep.page.title()).toMatch(/^7\. /);
  expect(deep.problems).toEqual([]);
  await deep.page.context().close();

  const bad = await openPage('walkthrough.html#step-42');
  await expectStepDrawn(bad.page, 'derivative');
  expect(bad.problems).toEqual([]);
  await bad.page.context().close();
});

test('the slider of step 8 changes h, the plot and the live error table; arrow keys on it do not change step', async () => {
  const { page, problems } = await openPage('walkthrough.html#step-8');
  await expectStepDrawn(page, 'euler');
  const rows = page.locator('pf-walkthrough-table tbody tr');
  expect(await rows.count()).toBe(2);
  const readout = page.locator('pf-walkthrough .readout');
  expect(await readout.textContent()).toMatch(/^h = 0\.5: 20 steps/);
  const lastTrace = page.locator('pf-walkthrough pf-plot .scatterlayer .trace path.js-line').last();
  const before = await lastTrace.getAttribute('d');
  await page.locator('pf-walkthrough-control input[type="range"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => readout.textContent()).toMatch(/^h = 0\.25: 40 steps/);
  expect(await rows.count()).toBe(3);
  await expect.poll(() => lastTrace.getAttribute('d')).not.toBe(before);
  expect(await shownStep(page)).toBe('euler');
  expect(problems).toEqual([]);
  await page.context().close();
});

test("step 9 shows the Euler and gradient-ascent iterates with differences of exactly 0 and links to the explorer's state", async () => {
  const { page, problems } = await openPage('walkthrough.html#step-9');
  await expectStepDrawn(page, 'gradient-ascent');
  const cells = await page
    .locator('pf-walkthrough-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
    );
  expect(cells.length).toBe(13);
  for (const [k, euler, ascent, difference] of cells) {
    expect(ascent, `k = ${k}`).toBe(euler);
    expect(difference, `k = ${k}`).toBe('0');
  }
  expect(cells[1]![1]).toBe(String(0.1 + 0.5 * 0.1 * (1 - 0.1)));
  const href = await page.locator('pf-walkthrough a.explorer').getAttribute('href');
  const query = new URLSearchParams(href!.replace(/^\.\/\?/, ''));
  expect([query.get('p'), query.get('eta'), query.get('x0'), query.get('dir')]).toEqual([
    'logistic',
    '0.5',
    '0.1',
    'ascent',
  ]);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("KaTeX's fonts load from the build without a failed request", async () => {
  const { page, problems } = await openPage('walkthrough.html#step-2');
  await expectStepDrawn(page, 'pendulum');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() =>
    Array.from(document.fonts)
      .filter((face) => face.family.replace(/"/g, '') === 'KaTeX_Main' && face.status === 'loaded')
      .map((face) => face.style),
  );
  expect(loaded).toContain('normal');
  expect(problems).toEqual([]);
  await page.context().close();
});

test("a step's explorer link opens the explorer on that step's state without console problems", async () => {
  const { page, problems } = await openPage('walkthrough.html#step-8');
  await expectStepDrawn(page, 'euler');
  await page.locator('pf-walkthrough a.explorer').click();
  await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('eta') === '0.5');
  const query = new URL(page.url()).searchParams;
  expect([query.get('p'), query.get('x0'), query.get('n')]).toEqual(['logistic', '0.1', '20']);
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  await page.context().close();
});
