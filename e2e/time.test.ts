import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage, type WatchedPage } from './browser-page.ts';
import { drawnPaths, explorerState, panelTraces, settle, waitForPanels } from './explorer-page.ts';

// Issue 18: a formula in t turns the line view's flow panel into a slope field over (t, x) with solutions through
// it; the phase line, the potential and the iterates are hidden and the page says why. The parameter sliders of a
// time formula move the picture and the URL, and their ranges travel in the link.
const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  watched = await openPage('?view=line&p=seasonal-harvest');
  page = watched.page;
  await waitForPanels(page, ['flow']);
});

afterAll(async () => {
  await page.context().close();
  await disconnectBrowser();
});

/** The line view's shadow root holds an element matching `selector`. */
function has(selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const shell = document.querySelector('phaseflow-explorer') as unknown as { activeElement?: HTMLElement };
    return shell.activeElement?.shadowRoot?.querySelector(s) != null;
  }, selector);
}

test('a formula in t draws a slope field with solutions, and hides the potential saying why', async () => {
  const traces = await panelTraces(page, 'flow');
  expect(traces.map((t) => t.meta)).toEqual(['slope-field', 'family', 'chosen', 'euler']);
  // 25 × 17 marks, each two points and a gap.
  expect(traces[0]!.x.length).toBe(3 * 25 * 17);
  expect(traces[0]!.x.filter((v) => v !== null).every((t) => t! >= 0 && t! <= 20)).toBe(true);
  expect(await has('#potential')).toBe(false);
  expect(await has('#solutions')).toBe(false);
  const note = await page.locator('#time-note').textContent();
  expect(note).toMatch(/non-autonomous/);
  expect(note).toMatch(/no potential F\(x\) whose gradient it is/);
  await page.screenshot({ path: `${docs}time-slope-field.png`, animations: 'disabled' });
  expect(watched.problems).toEqual([]);
});

test('moving the h slider by keyboard changes the slopes and writes par.h to the URL', async () => {
  const before = await drawnPaths(page, 'flow');
  const slider = page.locator('pf-slider[data-param="h"] input');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await settle(page);
  const h = ((await explorerState(page)).params as Record<string, number>).h!;
  expect(h).toBeGreaterThan(0.3);
  expect(new URL(page.url()).searchParams.get('par.h')).toBe(String(h));
  expect(await drawnPaths(page, 'flow')).not.toEqual(before);
  expect(watched.problems).toEqual([]);
});

test('an unusable range is refused with a message; a usable one goes to the URL and a shared link restores it', async () => {
  const min = page.locator('[data-parameter="h"] input[data-bound="min"]');
  const max = page.locator('[data-parameter="h"] input[data-bound="max"]');
  const url = page.url();
  await min.fill('2');
  await max.fill('1');
  await max.press('Enter');
  await expect
    .poll(() => page.locator('[data-parameter="h"] [role="alert"]').textContent())
    .toMatch(/less than/);
  expect(page.url()).toBe(url);
  await min.fill('0.1');
  await max.fill('0.2');
  await max.press('Enter');
  await settle(page);
  await expect.poll(() => has('[data-parameter="h"] [role="alert"]')).toBe(false);
  const search = new URL(page.url()).searchParams;
  expect([search.get('parmin.h'), search.get('parmax.h'), search.get('par.h')]).toEqual([
    '0.1',
    '0.2',
    '0.2',
  ]);
  const state = await explorerState(page);
  const paths = await drawnPaths(page, 'flow');
  await page.goto(page.url());
  await waitForPanels(page, ['flow']);
  const restored = await explorerState(page);
  expect([restored.params, restored.paramBounds]).toEqual([state.params, state.paramBounds]);
  expect(await min.inputValue()).toBe('0.1');
  expect(await max.inputValue()).toBe('0.2');
  expect(await drawnPaths(page, 'flow')).toEqual(paths);
  expect(watched.problems).toEqual([]);
});

test('a formula of x again brings back the phase line, the potential and the iterates', async () => {
  await page.locator('pf-formula-input input#formula').fill('x*(1 - x) - h');
  await page.locator('pf-formula-input input#formula').press('Enter');
  await waitForPanels(page);
  expect(await has('#time-note')).toBe(false);
  expect(await has('#potential')).toBe(true);
  expect(watched.problems).toEqual([]);
});

test('on a 390×844 phone the slope field draws in one column with its reason, and logs nothing', async () => {
  const phone = await openPage('?view=line&p=t-minus-x2', { width: 390, height: 844 });
  await waitForPanels(phone.page, ['flow']);
  const traces = await panelTraces(phone.page, 'flow');
  expect(traces.map((t) => t.meta)).toEqual(['slope-field', 'family', 'chosen', 'euler']);
  // Every drawn mark has the slope t − x² of its centre (to the precision plotly keeps).
  const marks = traces[0]!;
  for (let k = 0; k + 1 < marks.x.length; k += 3) {
    const [t0, t1, x0, x1] = [marks.x[k]!, marks.x[k + 1]!, marks.y[k]!, marks.y[k + 1]!];
    const [t, x] = [(t0 + t1) / 2, (x0 + x1) / 2];
    expect(Math.abs((x1 - x0) / (t1 - t0) - (t - x * x))).toBeLessThanOrEqual(
      1e-6 * (1 + Math.abs(t - x * x)),
    );
  }
  const box = await phone.page.locator('#flow').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  expect(await phone.page.locator('#time-note').textContent()).toMatch(/non-autonomous/);
  await mkdir(screenshots, { recursive: true });
  await phone.page.screenshot({
    path: `${screenshots}time-phone.png`,
    fullPage: true,
    animations: 'disabled',
  });
  expect(phone.problems).toEqual([]);
  await phone.page.context().close();
});
