import { availableParallelism, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { buildAndPreview, chromiumLaunchOptions } from '../e2e/serve-explorer.ts';
import { median } from './stats.ts';

// Issue 16's targets for the explorer's map view, in headless Chromium on the production build: the orbit diagram
// of Euler on the logistic preset, 1,000 columns × (500 transient + 200 kept) iterates, in at most 20 ms of worker
// time; and at most 4 ms of main-thread work per η slider move (the cobweb model and both trace builders; the
// diagram is not recomputed for η). Medians over repeated runs.
const RECOMPUTES = 15;
const MOVES = 40;
const ms = (v: number) => `${v.toFixed(1)} ms`;

export async function run(): Promise<string[]> {
  const served = await buildAndPreview();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const lines = [
    `map view (headless Chromium ${browser.version()}, production build; load average ${loadavg()[0]!.toFixed(1)}` +
      ` on ${availableParallelism()} cores, so absolute times vary with it):`,
  ];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.goto(`${served.url}?view=map&p=logistic`);
    await page.waitForFunction(
      () => {
        const shell = document.querySelector('phaseflow-explorer') as unknown as {
          activeElement?: unknown;
        } | null;
        return (shell?.activeElement as { lastDiagram?: unknown } | undefined)?.lastDiagram !== undefined;
      },
      undefined,
      { timeout: 60_000 },
    );
    const result = await page.evaluate(
      async ({ recomputes, moves }) => {
        const shell = document.querySelector('phaseflow-explorer') as unknown as { activeElement: unknown };
        const view = shell.activeElement as HTMLElement & {
          updateComplete: Promise<unknown>;
          lastComputeMs: number;
          diagramRequests: number;
          lastDiagram?: { diagramMs: number; totalMs: number; h: Float64Array };
        };
        const send = (action: unknown) =>
          view.dispatchEvent(
            new CustomEvent('explorer-action', {
              detail: { action, commit: true },
              bubbles: true,
              composed: true,
            }),
          );
        const worker: number[] = [];
        const total: number[] = [];
        // Each x0 change asks the worker for a new diagram over the same η range [1, 3.2].
        for (let i = 0; i < recomputes; i++) {
          const before = view.lastDiagram;
          send({ type: 'number', field: 'x0', value: 0.2 + 0.01 * i });
          while (view.lastDiagram === before) await new Promise((r) => setTimeout(r, 5));
          worker.push(view.lastDiagram!.diagramMs);
          total.push(view.lastDiagram!.totalMs);
        }
        const blocked: number[] = [];
        const input = view
          .shadowRoot!.querySelector('pf-slider#eta')!
          .shadowRoot!.querySelector('input') as HTMLInputElement;
        for (let i = 0; i < moves; i++) {
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          const t0 = performance.now();
          input.value = String(1.2 + 0.04 * i);
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await view.updateComplete;
          blocked.push(Math.max(view.lastComputeMs, 0));
          void t0;
        }
        return { worker, total, blocked, columns: view.lastDiagram!.h.length };
      },
      { recomputes: RECOMPUTES, moves: MOVES },
    );
    const workerMedian = median(result.worker);
    const blockedMedian = median(result.blocked);
    lines.push(
      `  orbit diagram in the worker (${result.columns} columns × (500 + 200) Euler steps, logistic): median ${ms(workerMedian)}` +
        ` over ${RECOMPUTES} recomputes  [target ≤ 20 ms: ${workerMedian <= 20 ? 'met' : 'MISSED'}]`,
      `    with Lyapunov exponents, period doublings and stability bounds: median ${ms(median(result.total))}`,
      `  main thread per η slider move (cobweb model + trace builders): median ${ms(blockedMedian)}, max ${ms(Math.max(...result.blocked))}` +
        `  [target ≤ 4 ms: ${blockedMedian <= 4 ? 'met' : 'MISSED'}]`,
    );
    return lines;
  } finally {
    await browser.close();
    await served.close();
  }
}
