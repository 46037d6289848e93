import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage, type WatchedPage } from './browser-page.ts';
import { drawnPaths, explorerState, panelTraces, settle, waitForPanels } from './explorer-page.ts';

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
