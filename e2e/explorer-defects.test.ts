import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { disconnectBrowser, openPage, type WatchedPage } from './browser-page.ts';
import { explorerState, panelTraces, settle, waitForPanels } from './explorer-page.ts';

// Issue 15's defects, each reproduced in Chromium as the issue describes it. One page is reused (plotly's start-up
// costs time per page); the phone layout gets its own.
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

beforeEach(() => {
  watched.problems.length = 0;
});

/**
 * The console problems, less a favicon request cut short: these tests navigate the page in quick succession, and a
 * navigation cancels the icon (or a view's worker script) the previous page was still loading (shell.test.ts checks
 * the icon is served, and the views' own tests that their workers answer).
 */
function problems(): string[] {
  return watched.problems.filter(
    (p) => !/^requestfailed: .*\/(favicon\.svg|assets\/[\w.]+\.worker-[\w-]+\.js)$/.test(p),
  );
}

async function open(query: string): Promise<void> {
  await page.goto(new URL(query, page.url()).href);
  await waitForPanels(page);
}

/** The iterate numbers written on the potential panel, as drawn (SVG text). */
function drawnLabels(p: Page): Promise<string[]> {
  return p.locator('#potential .scatterlayer .trace text').allTextContents();
}

/** Sets a slider as a drag would end: its input at `value`, then the change. */
async function setSlider(p: Page, field: string, value: number): Promise<void> {
  await p.locator(`pf-slider[data-field="${field}"] input`).evaluate((input, v) => {
    (input as HTMLInputElement).value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
  await settle(p);
}

async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('issue 15 defects in Chromium', () => {
  test('2: the iterate numbers drawn depend on the URL only, not on the changes that led to it', async () => {
    await open('?p=two-minima');
    await setSlider(page, 'momentum', 0.8);
    const afterMomentum = await drawnLabels(page);
    const freshMomentum = await openPage(new URL(page.url()).search);
    await waitForPanels(freshMomentum.page);
    expect(afterMomentum).toEqual(await drawnLabels(freshMomentum.page));
    await freshMomentum.page.context().close();
    await open('?p=two-minima');
    for (const eta of [0.3, 0.15, 0.05, 0.2]) await setSlider(page, 'eta', eta);
    await setSlider(page, 'momentum', 0.8);
    const afterHistory = await drawnLabels(page);
    const fresh = await openPage(new URL(page.url()).search);
    await waitForPanels(fresh.page);
    expect(afterHistory).toEqual(await drawnLabels(fresh.page));
    expect(afterHistory.length).toBeGreaterThan(1);
    await fresh.page.context().close();
    expect(problems()).toEqual([]);
  });

  test('3: diverging iterates, a ±1e6 window and a dragged x0 log nothing, and the divergence is marked', async () => {
    for (const query of ['?p=logistic&x0=-0.4', '?p=square&eta=10', '?p=sine&xmin=-1000000&xmax=1000000']) {
      await open(query);
      const x0 = page.locator('pf-slider[data-field="x0"] input');
      await x0.focus();
      for (let i = 0; i < 6; i++) await page.keyboard.press(i < 3 ? 'PageDown' : 'PageUp');
      await settle(page);
    }
    await open('?p=square&eta=10');
    const marker = (await panelTraces(page, 'potential')).find((t) => t.name === 'diverged')!;
    expect(marker.x.length).toBe(1);
    const texts = await page.locator('#potential .scatterlayer text').allTextContents();
    expect(texts.some((t) => /^diverged at k = \d+$/.test(t))).toBe(true);
    expect(problems()).toEqual([]);
  });

  test('4 and 10: no "Share chart", a mode bar of zoom, pan and reset, and plots that are figures, not images', async () => {
    await open('');
    const plots = await page.evaluate(() => {
      const view = (document.querySelector('phaseflow-explorer') as unknown as { activeElement: HTMLElement })
        .activeElement;
      return Array.from(view.shadowRoot!.querySelectorAll('pf-plot-panel')).map((panel) => {
        const graph = panel
          .shadowRoot!.querySelector('pf-plot')!
          .shadowRoot!.querySelector('.plot') as HTMLElement & {
          _context: { showSendToCloud: boolean; modeBarButtons: unknown };
        };
        return {
          cloud: graph._context.showSendToCloud,
          buttons: Array.from(graph.querySelectorAll('.modebar-btn')).map((b) =>
            b.getAttribute('data-title'),
          ),
          role: graph.getAttribute('role'),
        };
      });
    });
    expect(plots.length).toBe(3);
    for (const plot of plots) {
      expect(plot.cloud).toBe(false);
      expect(plot.buttons.length).toBeLessThanOrEqual(3);
      expect(plot.buttons.join()).not.toMatch(/cloud|share|chart studio/i);
      expect(plot.role).toBe('figure');
    }
    const imagesWithControls = await page
      .locator('[role="img"]')
      .evaluateAll((els) => els.filter((el) => el.querySelector('button, a, input, [tabindex]')).length);
    expect(imagesWithControls).toBe(0);
    expect(problems()).toEqual([]);
  });

  test('8: a bad formula in a link keeps its text, shows the error and draws nothing', async () => {
    await page.goto(new URL('?p=custom&kind=ode&f=x*(1-x', page.url()).href);
    const message = page.locator('pf-formula-input #formula-message.error');
    await message.waitFor();
    await page.locator('#potential .main-svg').first().waitFor({ state: 'attached' });
    await settle(page);
    expect(await page.locator('pf-formula-input input#formula').inputValue()).toBe('x*(1-x');
    for (const panel of ['flow', 'solutions', 'potential'])
      expect(await panelTraces(page, panel)).toEqual([]);
    expect(problems()).toEqual([]);
  });

  test('8: a formula too long for a link is kept in the box with a clear message, and the link still opens', async () => {
    await open('?p=logistic');
    const before = page.url();
    const long = `${'x+'.repeat(50_000)}1`;
    const input = page.locator('pf-formula-input input#formula');
    await input.fill(long);
    await input.dispatchEvent('change');
    await settle(page);
    expect((await input.inputValue()).length).toBe(long.length);
    expect(await page.locator('pf-formula-input #formula-message.error').textContent()).toMatch(/characters/);
    expect(await page.locator('phaseflow-explorer .link-note').textContent()).toMatch(
      /not updated.*characters/,
    );
    expect(page.url()).toBe(before);
    expect(page.url().length).toBeLessThan(8000);
    await page.reload();
    await waitForPanels(page);
    expect(problems()).toEqual([]);
  });

  test('9: η reaches 0.5, 1 and 2 with a custom formula; k agrees across panels; a key burst is one history entry', async () => {
    await open('?p=custom&kind=potential&f=x%5E2%2B1');
    for (const eta of [0.5, 1, 2]) {
      await setSlider(page, 'eta', eta);
      expect((await explorerState(page)).eta).toBe(eta);
    }
    await open('?p=two-minima&k=60');
    const readoutK = Number(await page.locator('pf-readout [data-readout="k"]').textContent());
    const solutions = await panelTraces(page, 'solutions');
    const euler = solutions.find((t) => t.meta === 'euler')!;
    const ring = solutions.find((t) => t.name === 'step k')!;
    expect(ring.x).toEqual([euler.x[readoutK]]);
    expect(await page.locator('pf-readout [data-readout="status"]').textContent()).not.toMatch(/\b1 steps\b/);
    const length = await page.evaluate(() => history.length);
    const eta = page.locator('pf-slider[data-field="eta"] input');
    await eta.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await settle(page);
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    expect(problems()).toEqual([]);
  });

  test('9: a PNG export is twice the plot size with the equation as its title', async () => {
    await open('');
    const size = await page
      .locator('#potential pf-plot .plot')
      .evaluate((el) => [el.clientWidth, el.clientHeight]);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#potential button[aria-label$="as PNG"]').click(),
    ]);
    const bytes = await downloaded(png);
    expect(bytes.readUInt32BE(16)).toBe(2 * size[0]!);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(2 * size[1]!);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#potential button[aria-label$="as SVG"]').click(),
    ]);
    const text = (await downloaded(svg)).toString('utf8');
    expect(text.match(/class="gtitle"[^>]*>([^<]*)</)?.[1]).toMatch(/^F\(x\) = /);
    expect(problems()).toEqual([]);
  });

  test('10: iterate numbers and markers are at least 4.5:1 against white', async () => {
    await open('');
    const fills = await page
      .locator('#potential .scatterlayer .trace text')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));
    expect(fills.length).toBeGreaterThan(0);
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .map((v) => Number(v) / 255) as [number, number, number];
      const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    for (const fill of new Set(fills)) expect(1.05 / (luminance(fill) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});

test('5: on a 390×844 phone the η slider and the iterates fit one screen, with no mode bar and no drag-zoom', async () => {
  const phone = await openPage('', { width: 390, height: 844 });
  await waitForPanels(phone.page);
  const p = phone.page;
  const geometry = await p.evaluate(() => {
    const view = (document.querySelector('phaseflow-explorer') as unknown as { activeElement: HTMLElement })
      .activeElement;
    const potential = view.shadowRoot!.querySelector('#potential') as HTMLElement & {
      plot: HTMLElement & { graph: HTMLElement & { layout: { dragmode: unknown } } };
    };
    const slider = view
      .shadowRoot!.querySelector('pf-controls')!
      .shadowRoot!.querySelector('pf-slider[data-field="eta"]')!
      .shadowRoot!.querySelector('input')!;
    const points = Array.from(potential.plot.graph.querySelectorAll('.scatterlayer .trace .points path')).map(
      (el) => el.getBoundingClientRect(),
    );
    const modebars = Array.from(view.shadowRoot!.querySelectorAll('pf-plot-panel')).map(
      (panel) =>
        panel.shadowRoot!.querySelector('pf-plot')!.shadowRoot!.querySelectorAll('.modebar-btn').length,
    );
    return {
      plotTop: potential.plot.getBoundingClientRect().top + window.scrollY,
      pointsTop: Math.min(...points.map((r) => r.top)) + window.scrollY,
      pointsBottom: Math.max(...points.map((r) => r.bottom)) + window.scrollY,
      sliderBottom: slider.getBoundingClientRect().bottom + window.scrollY,
      width: document.documentElement.scrollWidth,
      dragmode: potential.plot.graph.layout.dragmode,
      modebars,
    };
  });
  expect(geometry.sliderBottom - Math.min(geometry.plotTop, geometry.pointsTop)).toBeLessThanOrEqual(844);
  expect(geometry.pointsBottom).toBeLessThan(geometry.sliderBottom);
  expect(geometry.width).toBeLessThanOrEqual(390);
  expect(geometry.dragmode).toBe(false);
  expect(geometry.modebars).toEqual([0, 0, 0]);
  // Moving η on the phone moves the iterates drawn above it.
  const before = (await panelTraces(p, 'potential')).find((t) => t.meta === 'iterates')!.x;
  await setSlider(p, 'eta', 1.5);
  const after = (await panelTraces(p, 'potential')).find((t) => t.meta === 'iterates')!.x;
  expect(after).not.toEqual(before);
  expect(phone.problems).toEqual([]);
  await p.context().close();
});
