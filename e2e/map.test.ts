import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage } from './browser-page.ts';
import { explorerState, panelTraces, settle, showView } from './explorer-page.ts';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));

afterAll(disconnectBrowser);

/** The map view element's diagram bookkeeping, read through the shell's shadow root. */
function diagramInfo(page: Page) {
  return page.evaluate(() => {
    const view = (document.querySelector('phaseflow-explorer') as unknown as { activeElement?: HTMLElement })
      .activeElement as unknown as {
      diagramRequests: number;
      lastComputeMs: number;
      lastDiagram?: { h: Float64Array; diagramMs: number; totalMs: number; doublings: Float64Array };
    };
    const d = view.lastDiagram;
    return {
      requests: view.diagramRequests,
      computeMs: view.lastComputeMs,
      columns: d?.h.length ?? 0,
      hFirst: d?.h[0] ?? Number.NaN,
      hLast: d ? d.h[d.h.length - 1]! : Number.NaN,
      diagramMs: d?.diagramMs ?? Number.NaN,
      doublings: d ? Array.from(d.doublings) : [],
    };
  });
}

/** Waits until the worker's answer for the current request has arrived and been drawn. */
async function waitForDiagram(page: Page, hMin: number, hMax: number): Promise<void> {
  await page.waitForFunction(
    ([lo, hi]) => {
      const view = (
        document.querySelector('phaseflow-explorer') as unknown as { activeElement?: HTMLElement }
      ).activeElement as unknown as { lastDiagram?: { h: Float64Array } };
      const h = view?.lastDiagram?.h;
      return h !== undefined && h.length > 0 && h[0] === lo && h[h.length - 1] === hi;
    },
    [hMin, hMax],
    { timeout: 30_000 },
  );
  await settle(page);
}

test('the map view draws the cobweb and the orbit diagram, links to the line view, zooms by recomputing, logs nothing', {
  timeout: 120_000,
}, async () => {
  const { page, problems } = await openPage(
    '?view=line&p=logistic&kind=ode&f=x+*+%281+-+x%29&dir=ascent&x0=0.3&eta=2.2',
  );
  await showView(page, 'map');
  const state = await explorerState(page);
  expect([state.formula, state.eta, state.x0, state.method]).toEqual(['x * (1 - x)', 2.2, 0.3, 'euler']);
  await waitForDiagram(page, 1, 3.2);

  // Draws: the cobweb's staircase follows Euler's iterates x + η·x(1 − x) from x0 = 0.3 at the line view's η.
  const cobweb = await panelTraces(page, 'cobweb');
  expect(cobweb.map((t) => t.name)).toEqual(['diagonal', 'map', 'staircase', 'x0', 'fixed points']);
  const staircase = cobweb.find((t) => t.name === 'staircase')!;
  let x = 0.3;
  for (let k = 1; k <= 5; k++) {
    x = x + 2.2 * (x * (1 - x));
    expect(staircase.y[2 * k - 1]).toBe(x);
  }
  const diagram = await panelTraces(page, 'diagram');
  const orbits = diagram.find((t) => t.name === 'orbits')!;
  expect(orbits.x.length).toBe(500); // the image: 1000 computed steps, two to an image column, 200 iterates each
  expect(await page.locator('pf-map-view #diagram .plot-container .heatmaplayer image').count()).toBe(1);
  const info = await diagramInfo(page);
  expect(info.columns).toBe(1000);
  expect(Math.abs(info.doublings[0]! - 2)).toBeLessThan(1e-9);
  expect(Math.abs(info.doublings[1]! - Math.sqrt(6))).toBeLessThan(1e-9);

  // Links to the line view: a preset chosen here is the line view's formula there, and η comes back.
  await page.locator('pf-map-view #preset').selectOption('double-well');
  await page.waitForFunction(() => {
    const shell = document.querySelector('phaseflow-explorer') as unknown as {
      explorerState: { preset: string };
    };
    return shell.explorerState.preset === 'double-well';
  });
  await showView(page, 'line');
  const line = await explorerState(page);
  expect([line.formula, line.kind, line.direction, line.eta]).toEqual([
    'x^4/4 - x^2/2',
    'potential',
    'descent',
    0.8,
  ]);
  await showView(page, 'map');
  await waitForDiagram(page, 0.5, 1.6);

  // Zoom: a drag across the diagram sets a new η range, and the worker recomputes 1000 columns inside it.
  const before = await diagramInfo(page);
  const box = (await page.locator('pf-map-view #diagram .plot-container .nsewdrag').first().boundingBox())!;
  const y = box.y + box.height * 0.4;
  await page.mouse.move(box.x + box.width * 0.5, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction((n) => {
    const view = (document.querySelector('phaseflow-explorer') as unknown as { activeElement?: HTMLElement })
      .activeElement as unknown as { diagramRequests: number };
    return view.diagramRequests > n;
  }, before.requests);
  const zoomed = await explorerState(page);
  expect(zoomed.hMin as number).toBeGreaterThan(0.5);
  expect(zoomed.hMax as number).toBeLessThan(1.6);
  await waitForDiagram(page, zoomed.hMin as number, zoomed.hMax as number);
  const after = await diagramInfo(page);
  expect(after.columns).toBe(1000); // recomputed at full resolution, not a rescale of the old columns
  expect(new URL(page.url()).searchParams.get('ha')).toBe(String(zoomed.hMin));
  const zoomedOrbits = (await panelTraces(page, 'diagram')).find((t) => t.name === 'orbits')!;
  const columnsDrawn = new Set(zoomedOrbits.x);
  expect(columnsDrawn.size).toBe(500);
  for (const h of columnsDrawn) {
    expect(h as number).toBeGreaterThanOrEqual(zoomed.hMin as number);
    expect(h as number).toBeLessThanOrEqual(zoomed.hMax as number);
  }
  expect(problems.join('\n')).toBe('');
  await page.context().close();
});

test('the map view on the logistic example, desktop and phone screenshots for docs/', {
  timeout: 120_000,
}, async () => {
  await mkdir(docs, { recursive: true });
  for (const [name, viewport] of [
    ['map-view.png', { width: 1280, height: 900 }],
    ['map-view-phone.png', { width: 390, height: 844 }],
  ] as const) {
    const { page, problems } = await openPage('?view=map&p=logistic&eta=2.2&x0=0.3', viewport);
    await page.locator('pf-map-view').waitFor({ state: 'attached', timeout: 30_000 });
    await waitForDiagram(page, 1, 3.2);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${docs}${name}`, fullPage: true, animations: 'disabled' });
    expect(problems.join('\n')).toBe('');
    await page.context().close();
  }
});
