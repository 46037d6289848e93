import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { disconnectBrowser, openPage, type WatchedPage } from './browser-page.ts';
import { drawnPaths, explorerState, panelTraces, settle, waitForPanels } from './explorer-page.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PRESET_IDS = ['logistic', 'square', 'sine', 'two-minima', 'notch'];

let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  watched = await openPage();
  page = watched.page;
  await waitForPanels(page);
});

afterAll(async () => {
  await page.context().close();
  await disconnectBrowser();
});

beforeEach(async () => {
  watched.problems.length = 0;
  await page.goto(new URL('./', page.url()).href);
  await waitForPanels(page);
});

/** The bytes of a download (over a remote connection the file is streamed, not at a local path). */
async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const iterates = async () => (await panelTraces(page, 'potential')).find((t) => t.meta === 'iterates')!;

describe('the explorer in Chromium', () => {
  test('the default view draws the three panels with their traces and logs nothing', async () => {
    for (const panel of ['flow', 'solutions', 'potential']) {
      const paths = await drawnPaths(page, panel);
      expect(paths.filter((d) => d.split(/[LM]/).length > 10).length, panel).toBeGreaterThan(0);
    }
    const flow = await panelTraces(page, 'flow');
    const equilibria = flow.find((t) => t.name === 'equilibria')!;
    expect(equilibria.x.map((x) => Math.round((x ?? Number.NaN) * 1e9) / 1e9)).toEqual([0, 1]);
    expect((await iterates()).x[0]).toBe(0.1);
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({
      path: `${screenshots}explorer-default.png`,
      fullPage: true,
      animations: 'disabled',
    });
    expect(watched.problems).toEqual([]);
  });

  test('moving the η slider by keyboard changes the iterates, the drawing and the URL', async () => {
    const before = await iterates();
    const pathsBefore = await drawnPaths(page, 'potential');
    const eta = page.locator('pf-slider[data-field="eta"] input');
    await eta.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await settle(page);
    const after = await iterates();
    const state = await explorerState(page);
    expect(state.eta).toBeGreaterThan(0.5);
    expect(after.x[0]).toBe(before.x[0]);
    expect(after.x[1]).not.toBe(before.x[1]);
    // x_1 = x0 + η f(x0) with the new η, as the readout's iterates should say.
    expect(after.x[1]).toBeCloseTo(0.1 + (state.eta as number) * 0.1 * 0.9, 12);
    expect(await drawnPaths(page, 'potential')).not.toEqual(pathsBefore);
    expect(new URL(page.url()).searchParams.get('eta')).toBe(String(state.eta));
    expect(watched.problems).toEqual([]);
  });

  test('choosing the iterate k by keyboard moves the highlight in all three panels', async () => {
    const k = page.locator('pf-readout pf-slider input');
    await k.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await settle(page);
    const it = await iterates();
    const flowMark = (await panelTraces(page, 'flow')).find((t) => t.name === 'x_k')!;
    const stepMark = (await panelTraces(page, 'solutions')).find((t) => t.name === 'step k')!;
    const euler = (await panelTraces(page, 'solutions')).find((t) => t.meta === 'euler')!;
    const potentialMark = (await panelTraces(page, 'potential')).find((t) => t.name === 'x_k')!;
    expect(await page.locator('pf-readout [data-readout="k"]').textContent()).toBe('3');
    expect(flowMark.x).toEqual([it.x[3]]);
    expect(potentialMark.x).toEqual([it.x[3]]);
    expect(stepMark.y).toEqual([euler.y[3]]);
    expect(watched.problems).toEqual([]);
  });

  test('hovering iterate k in the potential panel selects it in the readout', async () => {
    const k = 6;
    const point = page.locator('#potential .scatterlayer .trace').nth(1).locator('.points path').nth(k);
    const box = (await point.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('pf-readout [data-readout="k"]').textContent()).toBe(String(k));
    const it = await iterates();
    expect(await page.locator('pf-readout [data-readout="x"]').textContent()).toBe(
      String(Number(it.x[k]!.toPrecision(8))),
    );
    expect(watched.problems).toEqual([]);
  });

  test('each preset draws its own potential and iterates', async () => {
    const seen = new Set<string>();
    for (const id of PRESET_IDS) {
      await page.locator('pf-controls select#preset').selectOption(id);
      await settle(page);
      const state = await explorerState(page);
      expect(state.preset).toBe(id);
      const potential = await panelTraces(page, 'potential');
      const F = potential.find((t) => t.name === 'F')!;
      expect(F.y.filter((v) => v !== null).length, id).toBeGreaterThan(100);
      expect((await iterates()).x[0]).toBe(state.x0);
      const paths = await drawnPaths(page, 'potential');
      expect(paths.length, id).toBeGreaterThanOrEqual(2);
      seen.add(paths[0]!);
    }
    expect(seen.size).toBe(PRESET_IDS.length);
    expect(watched.problems).toEqual([]);
  });

  test('each bad formula shows an inline error and no console error, and the page keeps working', async () => {
    const bad = [
      'garbage!!',
      'constructor',
      '__proto__',
      "import('x')",
      'x'.repeat(10_240),
      'x*(1-x',
      'sin(x',
      ')x(',
    ];
    const input = page.locator('pf-formula-input input#formula');
    for (const text of bad) {
      await input.fill(text);
      const message = page.locator('pf-formula-input #formula-message.error');
      await expect.poll(() => message.count()).toBe(1);
      expect((await message.textContent())?.trim().length, text.slice(0, 20)).toBeGreaterThan(0);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
    }
    // A formula undefined on part of the window is not an error: the curve has gaps and the iterates still run.
    await input.fill('sqrt(x)');
    await page.locator('pf-controls select#preset').evaluate(() => undefined);
    await settle(page);
    expect(await page.locator('pf-formula-input #formula-message.error').count()).toBe(0);
    const F = (await panelTraces(page, 'potential')).find((t) => t.name === 'F')!;
    expect(F.y.some((v) => v === null)).toBe(true);
    await input.fill('x*(1-x)');
    await settle(page);
    expect((await iterates()).x.length).toBeGreaterThan(1);
    expect(watched.problems).toEqual([]);
  });

  test('the URL restores the whole view, and back and forward step through changes', async () => {
    await page.locator('pf-controls select#preset').selectOption('two-minima');
    await settle(page);
    const beta = page.locator('pf-slider[data-field="momentum"] input');
    await beta.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await settle(page);
    const state = await explorerState(page);
    const drawn = await iterates();
    const url = page.url();
    expect(state.momentum).toBeCloseTo(0.05, 12);

    const other = await openPage(new URL(url).search);
    await waitForPanels(other.page);
    expect(await explorerState(other.page)).toEqual(state);
    const restored = (await panelTraces(other.page, 'potential')).find((t) => t.meta === 'iterates')!;
    expect(restored.x).toEqual(drawn.x);
    expect(other.problems).toEqual([]);
    await other.page.context().close();

    // The five key presses were one burst: one history entry (issue 15, defect 9), so back returns to before it.
    await page.goBack();
    await settle(page);
    expect((await explorerState(page)).momentum).toBe(0);
    expect((await explorerState(page)).preset).toBe('two-minima');
    await page.goForward();
    await settle(page);
    expect(await explorerState(page)).toEqual(state);
    expect(watched.problems).toEqual([]);
  });

  test('every control has an accessible name and is reachable by Tab', async () => {
    const unnamed = await page.locator('input, select, button').evaluateAll((elements) =>
      elements
        .filter((el) => {
          const control = el as HTMLInputElement;
          const named =
            (control.labels?.length ?? 0) > 0 || el.getAttribute('aria-label') || el.textContent?.trim();
          return !named || control.tabIndex < 0;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    expect(await page.locator('input, select, button').count()).toBeGreaterThan(12);
  });

  test('with reduced motion requested, the plots fade nothing in or out', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const durations = await page
      .locator('#potential .modebar-group')
      .evaluateAll((groups) => groups.map((g) => getComputedStyle(g).transitionDuration));
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(durations.length).toBeGreaterThan(0);
    expect(new Set(durations)).toEqual(new Set(['0s']));
  });

  test('a plot removed from the page is purged by plotly, and drawn afresh when put back', async () => {
    const state = await page.evaluate(async () => {
      const view = (document.querySelector('phaseflow-explorer') as unknown as { activeElement: HTMLElement })
        .activeElement;
      const panel = view.shadowRoot!.querySelector('#flow')!;
      const plot = panel.shadowRoot!.querySelector('pf-plot') as HTMLElement & { settled(): Promise<void> };
      const graph = plot.shadowRoot!.querySelector('.plot') as HTMLElement & { data?: unknown[] };
      const parent = plot.parentNode!;
      const before = graph.data?.length ?? 0;
      plot.remove();
      await plot.settled();
      const removed = graph.data === undefined && graph.querySelector('.main-svg') === null;
      parent.appendChild(plot);
      await plot.settled();
      return { before, removed, after: graph.data?.length ?? 0 };
    });
    expect(state.before).toBeGreaterThan(0);
    expect(state.removed).toBe(true);
    expect(state.after).toBe(state.before);
    expect(watched.problems).toEqual([]);
  });

  test('the exports save PNG and SVG for each plot and the iterates as CSV', async () => {
    for (const panel of ['flow', 'solutions', 'potential']) {
      for (const format of ['png', 'svg'] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.locator(`#${panel} button[aria-label$="as ${format.toUpperCase()}"]`).click(),
        ]);
        expect(download.suggestedFilename()).toBe(`phaseflow-${panel}.${format}`);
        const bytes = await downloaded(download);
        if (format === 'png')
          expect(Array.from(bytes.subarray(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
        else expect(bytes.toString('utf8')).toMatch(/^<svg[\s\S]*<\/svg>$/);
      }
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.csv').click()]);
    expect(download.suggestedFilename()).toBe('phaseflow-iterates.csv');
    const rows = (await downloaded(download)).toString('utf8').trim().split('\n');
    const it = await iterates();
    expect(rows[0]).toBe('k,x,F,dF,eta');
    expect(rows.length).toBe(it.x.length + 1);
    expect(Number(rows[1]!.split(',')[1])).toBe(it.x[0]);
    expect(watched.problems).toEqual([]);
  });
});
