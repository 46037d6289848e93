import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage, type WatchedPage } from './browser-page.ts';
import { drawnPaths, explorerState, panelTraces, settle, showView, waitForPanels } from './explorer-page.ts';

// Issue 18: formula parameters in the line view. A formula with named constants gets a slider for each; moving
// one redraws without re-parsing and writes `par.<name>=` to the URL; a shared URL restores the values.
const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
const LINK = `?view=line&kind=ode&f=${encodeURIComponent('r*x*(1-x/K)')}&par.r=2&par.K=3&xmin=-1&xmax=5`;

let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  watched = await openPage(LINK);
  page = watched.page;
  await waitForPanels(page);
});

afterAll(async () => {
  await page.context().close();
  await disconnectBrowser();
});

/** The x of each drawn equilibrium in the flow panel. */
async function equilibria(): Promise<number[]> {
  const traces = await panelTraces(page, 'flow');
  return traces
    .filter((t) => /equilibri|stable/i.test(`${t.meta} ${t.name}`))
    .flatMap((t) => t.x.filter((x): x is number => x !== null))
    .sort((a, b) => a - b);
}

test('a link with par.r and par.K opens with those values, a slider for each, and the equilibria 0 and K', async () => {
  const state = await explorerState(page);
  expect(state.params).toEqual({ r: 2, K: 3 });
  expect(
    await page.locator('pf-slider[data-param]').evaluateAll((s) => s.map((e) => e.dataset.param)),
  ).toEqual(['r', 'K']);
  const xs = await equilibria();
  expect(xs.some((x) => Math.abs(x) < 1e-9)).toBe(true);
  expect(xs.some((x) => Math.abs(x - 3) < 1e-9)).toBe(true);
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}parameters.png`, fullPage: true, animations: 'disabled' });
  expect(watched.problems).toEqual([]);
});

test('moving the K slider by keyboard moves the equilibrium, the drawing and the URL', async () => {
  const before = await drawnPaths(page, 'flow');
  const slider = page.locator('pf-slider[data-param="K"] input');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await settle(page);
  const K = (await explorerState(page)).params as Record<string, number>;
  expect(K.K).toBeGreaterThan(3);
  expect(new URL(page.url()).searchParams.get('par.K')).toBe(String(K.K));
  expect(await drawnPaths(page, 'flow')).not.toEqual(before);
  expect((await equilibria()).some((x) => Math.abs(x - K.K!) < 1e-9)).toBe(true);
  expect(watched.problems).toEqual([]);
});

test('the shared URL restores the moved value and draws the same picture', async () => {
  const url = page.url();
  const state = await explorerState(page);
  const paths = await drawnPaths(page, 'flow');
  await page.goto(url);
  await waitForPanels(page);
  expect((await explorerState(page)).params).toEqual(state.params);
  expect(await drawnPaths(page, 'flow')).toEqual(paths);
  expect(watched.problems).toEqual([]);
});

/** The text of the active view's formula error (the plane view's alert or the formula box's message). */
function viewText(selector: string): Promise<string> {
  return page.evaluate((s) => {
    const shell = document.querySelector('phaseflow-explorer') as unknown as { activeElement?: HTMLElement };
    const root = shell.activeElement?.shadowRoot;
    const found =
      root?.querySelector(s) ?? root?.querySelector('pf-formula-input')?.shadowRoot?.querySelector(s);
    return found?.textContent ?? '';
  }, selector);
}

test('the plane view: the Van der Pol μ slider changes the picture, the cycle and the URL', async () => {
  await showView(page, 'plane');
  await page.locator('pf-plane-view #example').selectOption('van-der-pol');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('ex') === 'van-der-pol');
  await expect.poll(() => page.locator('#plane .caption').first().textContent()).toMatch(/period 6\.663/);
  const before = await drawnPaths(page, 'plane');
  // The range [0, 2] typed in the boxes, then the slider to its end: μ = 2.
  await page.locator('pf-plane-view [data-parameter="mu"] input[data-bound="max"]').fill('2');
  await page.locator('pf-plane-view [data-parameter="mu"] input[data-bound="max"]').press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('parmax.mu') === '2');
  const slider = page.locator('pf-slider[data-param="mu"] input');
  await slider.focus();
  await page.keyboard.press('End');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('par.mu') === '2');
  const mu = Number(new URL(page.url()).searchParams.get('par.mu'));
  expect(((await explorerState(page)).params as Record<string, number>).mu).toBe(mu);
  // μ = 2: a longer cycle (7.62987 by a separate hand RK4), and another picture.
  await expect
    .poll(() => page.locator('#plane .caption').first().textContent(), { timeout: 30_000 })
    .toMatch(/Limit cycle of period 7\.6298/);
  await expect.poll(() => drawnPaths(page, 'plane'), { timeout: 30_000 }).not.toEqual(before);
  expect(watched.problems).toEqual([]);
});

test('the plane view says ERR_FORMULA_TIME for a system in t, and draws again once t is gone', async () => {
  await page.locator('pf-plane-view #fy').fill('-x + sin(t)');
  await page.locator('pf-plane-view #fy').press('Enter');
  await expect
    .poll(() => viewText('p.error'))
    .toMatch(/^ERR_FORMULA_TIME: The plane view cannot draw a formula in t/);
  await page.locator('pf-plane-view #fy').fill('mu*(1 - x^2)*y - x');
  await page.locator('pf-plane-view #fy').press('Enter');
  await expect.poll(() => viewText('p.error')).toBe('');
  expect(watched.problems).toEqual([]);
});

test('the map view: a parameter slider for x(r − x), and ERR_FORMULA_TIME for a formula in t', async () => {
  await showView(page, 'map');
  const box = page.locator('pf-map-view pf-formula-input input#formula');
  await box.fill('x*(r - x)');
  await box.press('Enter');
  await page.locator('pf-map-view pf-slider[data-param="r"] input').waitFor();
  await settle(page);
  const before = await panelTraces(page, 'cobweb');
  expect(before.length).toBeGreaterThan(0);
  // r is shared with the line view's formula (2 from the link), so the map opens with it.
  const r = ((await explorerState(page)).params as Record<string, number>).r!;
  expect(r).toBe(2);
  await page.locator('pf-map-view pf-slider[data-param="r"] input').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((old) => Number(new URL(location.href).searchParams.get('par.r')) < old, r);
  await expect.poll(() => panelTraces(page, 'cobweb'), { timeout: 30_000 }).not.toEqual(before);
  await box.fill('-x + sin(t)');
  await box.press('Enter');
  await expect
    .poll(() => viewText('#formula-message'))
    .toMatch(/ERR_FORMULA_TIME: The step-size map cannot draw a formula in t/);
  expect(watched.problems).toEqual([]);
});
