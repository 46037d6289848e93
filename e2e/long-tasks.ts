import type { Page } from 'playwright-core';
import { settle } from './explorer-page.ts';

/**
 * Installs, before any script of the page runs, a PerformanceObserver of `longtask` entries (main-thread tasks over
 * 50 ms) that keeps each task's start and duration in `globalThis.__longTasks`.
 */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (globalThis as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page clock now (performance.now()), to read the long tasks that start after it. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The longest main-thread task (ms) that started at or after `since`; 0 when none passed 50 ms. */
export function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate((t) => {
    const tasks = (globalThis as unknown as { __longTasks?: { start: number; duration: number }[] })
      .__longTasks;
    let longest = 0;
    for (const task of tasks ?? [])
      if (task.start + task.duration >= t) longest = Math.max(longest, task.duration);
    return Math.round(longest);
  }, since);
}

/**
 * Resolves once the active view shows its state: its `computing` flag (set while a worker runs) is false, every
 * plot has drawn what it was given, and one more quiet frame has passed.
 */
export async function waitForView(page: Page, timeout = 300_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const shell = document.querySelector('phaseflow-explorer') as unknown as {
        activeElement?: { computing?: boolean; updateComplete?: Promise<unknown> };
      } | null;
      const view = shell?.activeElement;
      return view !== undefined && view.computing !== true;
    },
    undefined,
    { timeout, polling: 50 },
  );
  await settle(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
}

/** Opens `query` in place, as back or forward would: the address changes and the shell reads it (no reload). */
export async function navigateInPlace(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', q);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/**
 * Sets the formula box of the active view to `text` as one input event, and returns how long the main thread was
 * held from that event until the next task could run (the view's own synchronous work on the input).
 */
export function typeFormula(page: Page, text: string): Promise<number> {
  return page.locator('pf-formula-input input#formula').evaluate(async (input, value) => {
    const started = performance.now();
    (input as HTMLInputElement).value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 0));
    return Math.round(performance.now() - started);
  }, text);
}
