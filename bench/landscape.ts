import { availableParallelism, loadavg } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { buildAndPreview, chromiumLaunchOptions } from '../e2e/serve-explorer.ts';
import { median } from './stats.ts';

// Issue 19's targets for the explorer's landscape view, in headless Chromium on the production build:
// - slider → pixels ≤ 50 ms p90: an η move (an input event, as a drag sends them) on Rosenbrock with the flow, GD,
//   heavy ball, Nesterov and Adam at 1,000 steps each over the contours, until the next frame is painted. During a
//   drag the view redraws only that landscape panel; the loss, heavy-ball and rate-map panels catch up when the drag
//   pauses for 150 ms, and such catch-ups between slow moves fall inside the measurement. Floor: an input whose
//   handler only writes its value (the same measurement as bench/browser-frames.ts).
// - the basin map, 128 × 128 starts × 200 GD steps, ≤ 250 ms of worker time (`basins` alone, as the worker reports
//   it), on the two-minima preset. Floor: the same 128 × 128 × 200 steps of gradient descent as a hand-written loop
//   with the gradient written in JavaScript, run in the same page.
const MOVES = 40;
const BASIN_RUNS = 8;
const ms = (v: number) => `${v.toFixed(1)} ms`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

type Basins = { lastBasins?: { resolution: number; basinMs: number } };

/** The refined map's worker time, once a map other than `after`'s has arrived. */
async function waitForBasins(page: Page, after: number): Promise<number> {
  const handle = await page.waitForFunction(
    (previous) => {
      const shell = document.querySelector('phaseflow-explorer') as unknown as { activeElement?: Basins };
      const b = shell?.activeElement?.lastBasins;
      return b?.resolution === 128 && b.basinMs !== previous ? b.basinMs : false;
    },
    after,
    { timeout: 120_000, polling: 20 },
  );
  return (await handle.jsonValue()) as number;
}

export async function run(): Promise<string[]> {
  const served = await buildAndPreview();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const lines = [
    `landscape view (headless Chromium ${browser.version()}, production build; load average ${loadavg()[0]!.toFixed(1)}` +
      ` on ${availableParallelism()} cores, so absolute times vary with it):`,
  ];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.goto(`${served.url}?view=landscape&ex=rosenbrock&n=1000&m=31`);
    await page.locator('#landscape .scatterlayer .trace path.js-line').first().waitFor({ timeout: 60_000 });
    await waitForBasins(page, -1);
    const frames = await page.evaluate(
      async ({ moves }) => {
        type Plot = HTMLElement & { settled(): Promise<void> };
        type Updating = HTMLElement & { updateComplete: Promise<unknown>; lastComputeMs: number };
        const shell = document.querySelector('phaseflow-explorer') as unknown as Updating & {
          activeElement: Updating;
        };
        const view = shell.activeElement;
        const panels = Array.from(
          view.shadowRoot!.querySelectorAll('pf-plot-panel'),
        ) as unknown as Updating[];
        const plots = panels.map(
          (panel) => panel.shadowRoot!.querySelector('pf-plot') as unknown as Plot & Updating,
        );
        const controls = view.shadowRoot!.querySelector('pf-landscape-controls') as unknown as Updating;
        const input = controls.shadowRoot!.querySelector('pf-slider#lr')!.shadowRoot!.querySelector('input')!;
        const floorInput = document.createElement('input');
        const floorOutput = document.createElement('output');
        floorInput.type = 'range';
        document.body.append(floorInput, floorOutput);
        floorInput.addEventListener('input', () => {
          floorOutput.textContent = floorInput.value;
        });
        const frame = () =>
          new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const afterPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
        const painted: number[] = [];
        const compute: number[] = [];
        const floor: number[] = [];
        for (let i = 0; i < moves; i++) {
          await frame();
          const t0 = performance.now();
          input.value = String(0.0003 + 0.00001 * (i % 20) + (i >= 20 ? 0.000005 : 0));
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          // The shell applies the action in its own update, which then hands the view its state: wait for both,
          // then for each panel, its plot element and the plotly calls it queued (as e2e's settle() does).
          await shell.updateComplete;
          await view.updateComplete;
          compute.push(view.lastComputeMs);
          for (const [j, panel] of panels.entries()) {
            await panel.updateComplete;
            await plots[j]!.updateComplete;
            await plots[j]!.settled();
          }
          await afterPaint();
          painted.push(performance.now() - t0);
          await frame();
          const f0 = performance.now();
          floorInput.value = String(i % 100);
          floorInput.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
          await afterPaint();
          floor.push(performance.now() - f0);
        }
        return { painted, compute, floor };
      },
      { moves: MOVES },
    );
    const p90 = percentile(frames.painted, 90);
    lines.push(
      `  η move → next paint, Rosenbrock, flow + GD + heavy ball + Nesterov + Adam × 1,000 steps + contours (${MOVES} moves):` +
        ` median ${ms(median(frames.painted))}, p90 ${ms(p90)}  (floor median ${ms(median(frames.floor))}, p90 ${ms(percentile(frames.floor, 90))})` +
        `  [target p90 ≤ 50 ms: ${p90 <= 50 ? 'met' : 'MISSED'}]`,
      `    of which the model and trace builders: median ${ms(median(frames.compute))}, p90 ${ms(percentile(frames.compute, 90))}`,
    );

    await page.goto(`${served.url}?view=landscape&ex=two-minima`);
    let last = await waitForBasins(page, -1);
    const worker: number[] = [];
    const blocked: number[] = [];
    const hand: number[] = [];
    for (let i = 0; i < BASIN_RUNS; i++) {
      await page.evaluate(
        (eta) =>
          (
            document.querySelector('phaseflow-explorer') as unknown as { activeElement: HTMLElement }
          ).activeElement.dispatchEvent(
            new CustomEvent('explorer-action', {
              detail: { action: { type: 'number', field: 'lr', value: eta }, commit: true },
              bubbles: true,
              composed: true,
            }),
          ),
        0.05 + 0.001 * (i + 1),
      );
      last = await waitForBasins(page, last);
      worker.push(last);
      // Main-thread cost of receiving the refined map: the view's update (the basin trace built) and plotly's draw.
      blocked.push(
        await page.evaluate(async () => {
          type Plot = HTMLElement & { settled(): Promise<void>; drawStats: { lastMs: number } };
          const view = (
            document.querySelector('phaseflow-explorer') as unknown as {
              activeElement: HTMLElement & { updateComplete: Promise<unknown>; lastComputeMs: number };
            }
          ).activeElement;
          await view.updateComplete;
          const plot = view
            .shadowRoot!.querySelector('#basins')!
            .shadowRoot!.querySelector('pf-plot') as Plot;
          await plot.settled();
          return view.lastComputeMs + plot.drawStats.lastMs;
        }),
      );
      hand.push(
        await page.evaluate(
          (eta) => {
            // The floor: 128 × 128 starts × 200 steps of x ← x − η∇F with ∇F of (x² − 1)² + 0.3x + y² in JavaScript.
            const t0 = performance.now();
            const n = 128;
            const ends = new Float64Array(2 * n * n);
            for (let j = 0; j < n; j++) {
              for (let i = 0; i < n; i++) {
                let x = -1.8 + (3.6 * (i + 0.5)) / n;
                let y = -1.4 + (2.8 * (j + 0.5)) / n;
                for (let k = 0; k < 200; k++) {
                  const gx = 4 * x * (x * x - 1) + 0.3;
                  const gy = 2 * y;
                  x -= eta * gx;
                  y -= eta * gy;
                }
                ends[2 * (j * n + i)] = x;
                ends[2 * (j * n + i) + 1] = y;
              }
            }
            return performance.now() - t0 + 0 * ends[0]!;
          },
          0.05 + 0.001 * (i + 1),
        ),
      );
    }
    const basinMedian = median(worker);
    lines.push(
      `  basin map in the worker, 128 × 128 starts × 200 GD steps (two minima, typed formula): median ${ms(basinMedian)}` +
        ` over ${BASIN_RUNS} maps  (floor: hand-written JS loop ${ms(median(hand))}, ratio ${(basinMedian / median(hand)).toFixed(1)}×)` +
        `  [target ≤ 250 ms: ${basinMedian <= 250 ? 'met' : 'MISSED'}]`,
      `    main thread per refined map received (basin trace built + plotly's draw): median ${ms(median(blocked))}` +
        `  [target ≤ 4 ms: ${median(blocked) <= 4 ? 'met' : 'MISSED'}]`,
    );
    return lines;
  } finally {
    await browser.close();
    await served.close();
  }
}
