import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage } from './browser-page.ts';
import { explorerState, panelTraces, settle, waitForPanels } from './explorer-page.ts';

// The plane view in real Chromium: one page, reused (each new page costs plotly's start-up).
const docs = fileURLToPath(new URL('../docs/', import.meta.url));

afterAll(disconnectBrowser);

test('the plane view: presets drawn, click-to-trace, state in the URL, no console output; screenshots', async () => {
  const { page, problems } = await openPage('?view=plane&ex=pendulum-damped');
  await waitForPanels(page, ['plane', 'series']);
  const traces = await panelTraces(page, 'plane');
  const metas = traces.map((t) => t.meta);
  for (const meta of [
    'nullcline-x',
    'nullcline-y',
    'separatrix',
    'trajectory',
    'point:saddle',
    'point:stable-focus',
  ]) {
    expect(metas).toContain(meta);
  }
  const saddles = traces.find((t) => t.meta === 'point:saddle')!;
  expect(saddles.x.map((x) => Math.round((x as number) / Math.PI))).toEqual([-1, 1]);

  // Click at 30% across and 30% down the plot area: the trajectory then passes there.
  const area = await page.locator('#plane .nsewdrag').first().boundingBox();
  expect(area).not.toBeNull();
  await page.mouse.click(area!.x + 0.3 * area!.width, area!.y + 0.3 * area!.height);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('tx') !== '-6.5');
  await settle(page);
  const state = await explorerState(page);
  const [tx, ty] = [state.tx as number, state.ty as number];
  expect(Math.abs(tx - (-7 + 0.3 * 14))).toBeLessThan(0.3);
  expect(Math.abs(ty - (3.5 - 0.3 * 7))).toBeLessThan(0.3);
  const trajectory = (await panelTraces(page, 'plane')).find((t) => t.meta === 'trajectory')!;
  const mid = trajectory.x.length >> 1;
  expect([trajectory.x[mid], trajectory.y[mid]]).toEqual([tx, ty]);
  const series = await panelTraces(page, 'series');
  expect(series.map((t) => t.meta)).toEqual(['x-of-t', 'y-of-t']);

  // The state lives in the URL: a reload shows the same trace.
  const url = new URL(page.url());
  expect([
    url.searchParams.get('view'),
    url.searchParams.get('ex'),
    Number(url.searchParams.get('tx')),
  ]).toEqual(['plane', 'pendulum-damped', tx]);
  await page.reload();
  await waitForPanels(page, ['plane', 'series']);
  expect(await explorerState(page)).toEqual(state);

  // Euler's iterates at step h, overlaid on the selected trajectory, as in the line view.
  await page.locator('phaseflow-explorer pf-plane-view #h').fill('0.5');
  await page.locator('phaseflow-explorer pf-plane-view #h').press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('h') === '0.5');
  await settle(page);
  const euler = (await panelTraces(page, 'plane')).find((t) => t.meta === 'euler')!;
  expect([euler.x[0], euler.y[0]]).toEqual([tx, ty]);
  await page.screenshot({ path: `${docs}plane.png`, fullPage: true, animations: 'disabled' });

  // Van der Pol: the limit cycle is drawn and its period given.
  await page.locator('phaseflow-explorer pf-plane-view #example').selectOption('van-der-pol');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('ex') === 'van-der-pol');
  await settle(page);
  expect((await panelTraces(page, 'plane')).map((t) => t.meta)).toContain('cycle');
  await expect
    .poll(() => page.locator('#plane .caption').first().textContent())
    .toMatch(/Limit cycle of period 6\.6632/);
  expect(problems).toEqual([]);
  await page.context().close();
});

test('the plane view on a phone: one column, drawn, no console output', async () => {
  const { page, problems } = await openPage('?view=plane&ex=lotka-volterra', { width: 390, height: 844 });
  await waitForPanels(page, ['plane', 'series']);
  const metas = (await panelTraces(page, 'plane')).map((t) => t.meta);
  expect(metas).toContain('point:center');
  expect(metas).toContain('cycle'); // every orbit around the center is closed
  await page.screenshot({ path: `${docs}plane-phone.png`, fullPage: true, animations: 'disabled' });
  expect(problems).toEqual([]);
  await page.context().close();
});

test("the walkthrough's pendulum step links to the plane view, which traces the released pendulum's closed orbit", async () => {
  const { page, problems } = await openPage('walkthrough.html#step-2');
  // Let the step draw first: leaving while plotly still loads would abort that request (a recorded problem).
  await page
    .locator('.plot-container .scatterlayer .trace path.js-line')
    .first()
    .waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.locator('pf-walkthrough a.explorer').click();
  await page.waitForURL((url) => url.searchParams.get('view') === 'plane');
  // The view's chunk, plotly and the first computation load after the navigation: allow a busy machine time.
  await page
    .locator('#plane .plot-container .scatterlayer .trace path.js-line')
    .first()
    .waitFor({ timeout: 90_000 });
  await waitForPanels(page, ['plane', 'series']);
  const state = await explorerState(page);
  expect([state.fx, state.fy, state.ty]).toEqual(['y', '-9.81*sin(x)', 0]);
  await expect
    .poll(() => page.locator('#plane .caption').first().textContent())
    .toMatch(/Closed orbit of period/);
  expect(problems).toEqual([]);
  await page.context().close();
});
