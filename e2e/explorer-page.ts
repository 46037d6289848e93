import type { Page } from 'playwright-core';

/** A trace as the test reads it back from plotly: its tag, name and coordinates. */
export interface DrawnTrace {
  name: string;
  meta: string;
  x: (number | null)[];
  y: (number | null)[];
}

/** The traces plotly holds for one panel (`flow`, `solutions`, `potential`), read through the shadow roots. */
export function panelTraces(page: Page, panel: string): Promise<DrawnTrace[]> {
  return page.evaluate((id) => {
    const root = (
      document.querySelector('phaseflow-explorer') as unknown as { activeElement?: HTMLElement } | null
    )?.activeElement?.shadowRoot;
    const plot = root?.querySelector(`#${id}`)?.shadowRoot?.querySelector('pf-plot');
    const graph = plot?.shadowRoot?.querySelector('.plot') as unknown as {
      data?: Record<string, unknown>[];
    } | null;
    return (graph?.data ?? []).map((t) => ({
      name: String(t.name ?? ''),
      meta: String(t.meta ?? ''),
      x: Array.from((t.x as ArrayLike<number | null>) ?? []),
      y: Array.from((t.y as ArrayLike<number | null>) ?? []),
    }));
  }, panel);
}

/** The `d` attribute of every drawn line in a panel: what is actually on screen, not just plotly's data. */
export function drawnPaths(page: Page, panel: string): Promise<string[]> {
  return page
    .locator(`#${panel} .plot-container .scatterlayer .trace path.js-line`)
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
}

/**
 * Shows view `id` by clicking its link in the view switcher, and waits until its element is in the page and every
 * plot has drawn. Works for any registered view (`line`, and the views that follow).
 */
export async function showView(page: Page, id: string): Promise<void> {
  await page.locator(`phaseflow-explorer nav a[data-view="${id}"]`).click();
  await page.waitForFunction((view) => {
    const shell = document.querySelector('phaseflow-explorer') as unknown as {
      activeView: string;
      activeElement?: HTMLElement;
    } | null;
    return shell?.activeView === view && shell.activeElement?.isConnected === true;
  }, id);
  await settle(page);
}

/** The active view's id, as the shell holds it. */
export function activeView(page: Page): Promise<string> {
  return page.evaluate(
    () => (document.querySelector('phaseflow-explorer') as unknown as { activeView: string }).activeView,
  );
}

/** The active view's state object as the shell holds it (shared fields and the view's own). */
export function explorerState(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const root = document.querySelector('phaseflow-explorer') as unknown as {
      explorerState: Record<string, unknown>;
    };
    return { ...root.explorerState };
  });
}

/** Resolves once every panel (by id; the line view's three by default) has drawn at least one line. */
export async function waitForPanels(page: Page, panels = ['flow', 'solutions', 'potential']): Promise<void> {
  for (const panel of panels) {
    await page
      .locator(`#${panel} .plot-container .scatterlayer .trace path.js-line`)
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 });
  }
  await settle(page);
}

/**
 * Waits until the active view has its newest state computed (views that compute in a worker say so through
 * `computing`) and every plot has finished the plotly calls queued so far.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (
        document.querySelector('phaseflow-explorer') as unknown as {
          activeElement?: { computing?: boolean };
        } | null
      )?.activeElement?.computing !== true,
    undefined,
    { timeout: 60_000, polling: 20 },
  );
  await page.evaluate(async () => {
    // The active view's element, inside the shell's shadow root.
    const root = (
      document.querySelector('phaseflow-explorer') as unknown as { activeElement?: HTMLElement } | null
    )?.activeElement?.shadowRoot;
    const panels = Array.from(root?.querySelectorAll('pf-plot-panel') ?? []);
    for (let round = 0; round < 2; round++) {
      await Promise.all(
        panels.map(async (panel) => {
          await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          const plot = panel.shadowRoot?.querySelector('pf-plot') as unknown as {
            updateComplete: Promise<unknown>;
            settled(): Promise<void>;
          } | null;
          await plot?.updateComplete;
          await plot?.settled();
        }),
      );
    }
  });
}
