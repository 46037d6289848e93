import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage } from './browser-page.ts';
import { explorerState, panelTraces, settle, waitForPanels } from './explorer-page.ts';

// The landscape view in real Chromium: one page for the desktop checks (each new page costs plotly's start-up).
const docs = fileURLToPath(new URL('../docs/', import.meta.url));
// Panels that draw lines (the rate map is a heatmap with markers: settle() waits for it).
const PANELS = ['landscape', 'loss', 'phase', 'basins'];

afterAll(disconnectBrowser);

/** Text of an element inside the landscape view (selectors pierce the open shadow roots). */
const text = (page: Page, selector: string) =>
  page.locator(`pf-landscape-view ${selector}`).first().textContent();
/** The curvature readout's text (its sections live in the readout element's own shadow root). */
const readoutText = async (page: Page) =>
  (await page.locator('pf-landscape-view pf-curvature-readout section').allTextContents()).join('\n');
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** Waits until the basin worker's refined map (128 × 128) is in and drawn. */
async function waitForBasins(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const view = (document.querySelector('phaseflow-explorer') as unknown as { activeElement?: unknown })
        .activeElement as { lastBasins?: { resolution: number } } | undefined;
      return view?.lastBasins?.resolution === 128;
    },
    undefined,
    { timeout: 60_000 },
  );
  await settle(page);
}

/** Moves a pf-slider of the view to `value` as a user's release does (input, then change). */
async function slide(page: Page, id: string, value: number): Promise<void> {
  // The view's own sliders have an id; a parameter's (the shared pf-parameter-sliders) is found by its name.
  const slider = ['lr', 'steps', 'beta', 'adamLr', 'batch', 'seed'].includes(id)
    ? `pf-slider#${id}`
    : `pf-slider[data-param="${id}"]`;
  await page.locator(`pf-landscape-view ${slider} input`).evaluate((input, v) => {
    const el = input as HTMLInputElement;
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }, value);
}

test('the landscape view: draws, every method toggles, the regression figures, the κ slider, URL restore, no console output', {
  timeout: 180_000,
}, async () => {
  const { page, problems } = await openPage('?view=landscape', { width: 1280, height: 800 });
  const origin = new URL(page.url()).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:'))
      foreign.push(request.url());
  });
  await waitForPanels(page, PANELS);
  await waitForBasins(page);
  const metas = (await panelTraces(page, 'landscape')).map((t) => t.meta);
  for (const m of [
    'contour',
    'critical',
    'axes',
    'start',
    'run:flow',
    'run:gd',
    'run:heavyBall',
    'run:nesterov',
    'run:adam',
  ])
    expect(metas).toContain(m);

  // The chapter's run, computed: where 500 steps land, the least-squares solution, κ, 2/λmax, measured rate.
  const facts = await text(page, '#regression-facts');
  expect(facts).toContain('After 500 steps of η = 0.01: (0.81995, 1.6473), MSE 0.59577.');
  expect(facts).toContain('(0.7, 2), MSE 0.575');
  expect(facts).toContain("neither the run's end nor the solution");
  const readout = await readoutText(page);
  expect(readout).toContain('κ = λmax/λmin = 55.78');
  expect(readout).toContain('η < 2/λmax = 0.119756');
  expect(readout).toMatch(/predicted rate max\|1 − ηλ\| = 0\.997006; measured 0\.997006/);

  // Every method toggles, in the picture and in the URL.
  for (const id of ['flow', 'gd', 'heavyBall', 'nesterov', 'adam']) {
    const before = param(page, 'm');
    await page.locator(`pf-landscape-view #toggle-${id}`).click();
    await page.waitForFunction((m) => new URL(location.href).searchParams.get('m') !== m, before);
    await settle(page);
    expect((await panelTraces(page, 'landscape')).map((t) => t.meta)).not.toContain(`run:${id}`);
    await page.locator(`pf-landscape-view #toggle-${id}`).click();
    await page.waitForFunction((m) => new URL(location.href).searchParams.get('m') === m, before);
    await settle(page);
    expect((await panelTraces(page, 'landscape')).map((t) => t.meta)).toContain(`run:${id}`);
  }

  // The zigzag: the κ slider changes the picture and the URL; past κ = 2/η the steep direction diverges.
  await page.locator('pf-landscape-view #example').selectOption('zigzag');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('ex') === 'zigzag');
  await waitForPanels(page, PANELS);
  const gdY = async () =>
    (await panelTraces(page, 'landscape')).find((t) => t.meta === 'run:gd')!.y as number[];
  const at20 = await gdY();
  await slide(page, 'kappa', 24);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('par.kappa') === '24');
  await settle(page);
  const at24 = await gdY();
  // GD's y obeys y_{k+1} = (1 − ηκ)·y_k: factor −0.6 at κ = 20, −0.92 at κ = 24: a slower, wider zigzag.
  expect(at20[1]! / at20[0]!).toBeCloseTo(1 - 0.08 * 20, 12);
  expect(at24[1]! / at24[0]!).toBeCloseTo(1 - 0.08 * 24, 12);
  expect(Math.abs(at24[10]!)).toBeGreaterThan(50 * Math.abs(at20[10]!)); // 0.92^10 against 0.6^10
  await slide(page, 'kappa', 30);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('par.kappa') === '30');
  await settle(page);
  expect(await readoutText(page)).toMatch(/DIVERGES along \(0, 1\)/);

  // A drag (input events, no release) moves the landscape at once; the rate map's marker follows when it pauses.
  const dragged = await page.locator('pf-landscape-view pf-slider#lr input').evaluate((input) => {
    const el = input as HTMLInputElement;
    el.value = '0.05';
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    return Number(el.value);
  });
  await expect
    .poll(async () => (await panelTraces(page, 'rate-map')).find((t) => t.meta === 'current')?.x[0])
    .toBe(dragged);
  await slide(page, 'lr', dragged);
  await page.waitForFunction((v) => new URL(location.href).searchParams.get('lr') === String(v), dragged);

  // A shared link restores the state, and the same picture.
  const state = await explorerState(page);
  const traces = await panelTraces(page, 'landscape');
  await page.reload();
  await waitForPanels(page, PANELS);
  expect(await explorerState(page)).toEqual(state);
  expect(await panelTraces(page, 'landscape')).toEqual(traces);

  // A loss that does not parse says why and draws nothing; a good one draws again.
  await page.locator('pf-landscape-view #loss-formula').fill('x^2 +');
  await page.locator('pf-landscape-view #loss-formula').press('Enter');
  await expect.poll(() => text(page, '.error[role="alert"]')).toMatch(/./);
  await settle(page);
  expect(await panelTraces(page, 'landscape')).toEqual([]);
  await page.locator('pf-landscape-view #loss-formula').fill('x^2 + 3*y^2');
  await page.locator('pf-landscape-view #loss-formula').press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('F') === 'x^2 + 3*y^2');
  await waitForPanels(page, PANELS);
  expect(await readoutText(page)).toContain('κ = λmax/λmin = 3');

  // A click on the landscape moves x0.
  await page.locator('pf-landscape-view #example').selectOption('two-minima');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('ex') === 'two-minima');
  await waitForPanels(page, PANELS);
  const area = await page.locator('#landscape .nsewdrag').first().boundingBox();
  await page.mouse.click(area!.x + 0.25 * area!.width, area!.y + 0.5 * area!.height);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sx') !== '0.3');
  expect(Number(param(page, 'sx'))).toBeLessThan(-0.5);
  await waitForBasins(page);
  await page.locator('pf-landscape-view #example').selectOption('regression');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('ex') === 'regression');
  await waitForPanels(page, PANELS);
  await waitForBasins(page);
  // No focus ring in the picture: blur whatever the typing and clicks left focused, through the shadow roots.
  await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    (el as HTMLElement | null)?.blur();
  });
  await page.screenshot({ path: `${docs}landscape.png`, fullPage: true, animations: 'disabled' });
  expect(problems, problems.join('\n')).toEqual([]);
  expect(foreign).toEqual([]);
  await page.context().close();
});

test('the landscape view on a phone: one column, drawn, no console output', {
  timeout: 120_000,
}, async () => {
  const { page, problems } = await openPage('?view=landscape&ex=two-minima', { width: 390, height: 844 });
  await waitForPanels(page, PANELS);
  await waitForBasins(page);
  const minima = (await panelTraces(page, 'basins')).find((t) => t.meta === 'minima')!;
  expect(minima.x.length).toBe(2);
  await page.screenshot({ path: `${docs}landscape-phone.png`, fullPage: true, animations: 'disabled' });
  expect(problems, problems.join('\n')).toEqual([]);
  await page.context().close();
});
