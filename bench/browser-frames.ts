import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { buildAndPreview, chromiumLaunchOptions } from '../e2e/serve-explorer.ts';
import { median } from './stats.ts';

// Issue 7's performance targets, measured in headless Chromium on the production build: a slider move must cost at
// most 16 ms of computation (model + trace builders) and reach the next painted frame within 50 ms (medians of 50
// moves), and the controls must paint before plotly's chunk has loaded. Plotly's own drawing is reported apart.
const MOVES = 50;

/** Percentile by nearest rank. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

export async function run(): Promise<string[]> {
  const served = await buildAndPreview();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx (esbuild, keepNames) wraps named functions in `__name(...)`; the page functions below need it defined.
    await page.addInitScript('globalThis.__name = (f) => f;');
    // Record the first frame painted with the controls in it: the rAF after the one that finds them.
    await page.addInitScript(() => {
      const w = window as unknown as { controlsPaintedAt?: number };
      const look = () => {
        const controls = document
          .querySelector('phaseflow-explorer')
          ?.shadowRoot?.querySelector('pf-controls')
          ?.shadowRoot?.querySelector('pf-slider');
        if (controls) requestAnimationFrame(() => (w.controlsPaintedAt = performance.now()));
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(served.url);
    await page.locator('#potential .scatterlayer .trace path.js-line').first().waitFor({ state: 'attached' });
    const order = await page.evaluate(() => ({
      controls: (window as unknown as { controlsPaintedAt?: number }).controlsPaintedAt ?? Number.NaN,
      plotly: performance.getEntriesByName('phaseflow:plotly-loaded')[0]?.startTime ?? Number.NaN,
    }));

    const samples = await page.evaluate(async (moves) => {
      type Settling = HTMLElement & { updateComplete: Promise<unknown>; settled?: () => Promise<void> };
      const root = document.querySelector('phaseflow-explorer') as Settling & { lastComputeMs: number };
      const panels = Array.from(root.shadowRoot!.querySelectorAll('pf-plot-panel')) as Settling[];
      const input = root
        .shadowRoot!.querySelector('pf-controls')!
        .shadowRoot!.querySelector('pf-slider[data-field="eta"]')!
        .shadowRoot!.querySelector('input')!;
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const out: { compute: number; plotted: number; painted: number }[] = [];
      for (let i = 0; i < moves; i++) {
        await frame();
        await frame();
        const t0 = performance.now();
        input.value = String(0.3 + 0.01 * (i % 25) + (i >= 25 ? 0.005 : 0));
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await root.updateComplete;
        for (const panel of panels) {
          await panel.updateComplete;
          const plot = panel.shadowRoot!.querySelector('pf-plot') as Settling;
          await plot.updateComplete;
          await plot.settled!();
        }
        const plotted = performance.now() - t0;
        await frame();
        out.push({ compute: root.lastComputeMs, plotted, painted: performance.now() - t0 });
      }
      return out;
    }, MOVES);

    const compute = samples.map((s) => s.compute);
    const plotted = samples.map((s) => s.plotted);
    const painted = samples.map((s) => s.painted);
    const version = browser.version();
    return [
      `explorer frame times (headless Chromium ${version}, --disable-gpu, production build, ${MOVES} η moves;` +
        ` load average ${loadavg()[0]!.toFixed(1)} on this machine, so absolute times vary with it):`,
      `  computation (model + trace builders): median ${ms(median(compute))}, p90 ${ms(percentile(compute, 90))}` +
        `  [target ≤ 16 ms: ${median(compute) <= 16 ? 'met' : 'MISSED'}]`,
      `  input → three plots updated (plotly react): median ${ms(median(plotted))}, p90 ${ms(percentile(plotted, 90))}`,
      `  input → next painted frame: median ${ms(median(painted))}, p90 ${ms(percentile(painted, 90))}` +
        `  [target ≤ 50 ms: ${median(painted) <= 50 ? 'met' : 'MISSED'}]`,
      `  controls painted at ${ms(order.controls)}, plotly chunk loaded at ${ms(order.plotly)} after navigation` +
        `  [controls first: ${order.controls < order.plotly ? 'yes' : 'NO'}]`,
    ];
  } finally {
    await browser.close();
    await served.close();
  }
}
