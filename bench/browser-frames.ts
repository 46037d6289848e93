import { availableParallelism, loadavg } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { buildAndPreview, chromiumLaunchOptions } from '../e2e/serve-explorer.ts';
import { median } from './stats.ts';

// Issue 7's performance targets, measured in headless Chromium on the production build: a slider move must cost at
// most 16 ms of computation (model + trace builders) and reach the next painted frame within 50 ms (medians of 50
// moves), and the controls must paint before plotly's chunk has loaded. Plotly's own drawing is reported apart.
// Two views: the default (logistic) and the notch, the stiffest preset (its reference curves take ~4000 steps each).
const MOVES = 50;
const SCENARIOS = [
  { label: 'default view (logistic)', query: '', etaFrom: 0.3, etaStep: 0.01 },
  { label: 'notch preset (stiff)', query: '?p=notch', etaFrom: 1.2, etaStep: 0.02 },
];

interface Sample {
  compute: number;
  plotted: number;
  painted: number;
}

/** Percentile by nearest rank. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Moves the η slider `moves` times (input events, as a drag sends them) and times each update. */
function measureMoves(page: Page, etaFrom: number, etaStep: number): Promise<Sample[]> {
  return page.evaluate(
    async ({ moves, from, step }) => {
      type Settling = HTMLElement & { updateComplete: Promise<unknown>; settled?: () => Promise<void> };
      // The shell holds the active view's element; the line view computes, builds traces and draws.
      const shell = document.querySelector('phaseflow-explorer') as unknown as { activeElement: unknown };
      const root = shell.activeElement as Settling & { lastComputeMs: number };
      const panels = Array.from(root.shadowRoot!.querySelectorAll('pf-plot-panel')) as Settling[];
      const input = root
        .shadowRoot!.querySelector('pf-controls')!
        .shadowRoot!.querySelector('pf-slider[data-field="eta"]')!
        .shadowRoot!.querySelector('input')!;
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const out: Sample[] = [];
      for (let i = 0; i < moves; i++) {
        await frame();
        await frame();
        const t0 = performance.now();
        input.value = String(from + step * (i % 25) + (i >= 25 ? step / 2 : 0));
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
    },
    { moves: MOVES, from: etaFrom, step: etaStep },
  );
}

function report(label: string, samples: Sample[]): string[] {
  const compute = samples.map((s) => s.compute);
  const plotted = samples.map((s) => s.plotted);
  const painted = samples.map((s) => s.painted);
  return [
    `  ${label}:`,
    `    computation (model + trace builders): median ${ms(median(compute))}, p90 ${ms(percentile(compute, 90))}` +
      `  [target ≤ 16 ms: ${median(compute) <= 16 ? 'met' : 'MISSED'}]`,
    `    input → three plots updated (plotly react): median ${ms(median(plotted))}, p90 ${ms(percentile(plotted, 90))}`,
    `    input → next painted frame: median ${ms(median(painted))}, p90 ${ms(percentile(painted, 90))}` +
      `  [target ≤ 50 ms: ${median(painted) <= 50 ? 'met' : 'MISSED'}]`,
  ];
}

export async function run(): Promise<string[]> {
  const served = await buildAndPreview();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const lines = [
    `explorer frame times (headless Chromium ${browser.version()}, --disable-gpu, production build, ${MOVES} η moves` +
      ` per view; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores, so` +
      ' absolute times vary with it):',
  ];
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
          ?.shadowRoot?.querySelector('pf-line-view')
          ?.shadowRoot?.querySelector('pf-controls')
          ?.shadowRoot?.querySelector('pf-slider');
        if (controls) requestAnimationFrame(() => (w.controlsPaintedAt = performance.now()));
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    for (const [i, scenario] of SCENARIOS.entries()) {
      await page.goto(served.url + scenario.query);
      await page
        .locator('#potential .scatterlayer .trace path.js-line')
        .first()
        .waitFor({ state: 'attached' });
      if (i === 0) {
        const order = await page.evaluate(() => ({
          controls: (window as unknown as { controlsPaintedAt?: number }).controlsPaintedAt ?? Number.NaN,
          plotly: performance.getEntriesByName('phaseflow:plotly-loaded')[0]?.startTime ?? Number.NaN,
        }));
        lines.push(
          `  first load: controls painted at ${ms(order.controls)}, plotly chunk loaded at ${ms(order.plotly)}` +
            `  [controls first: ${order.controls < order.plotly ? 'yes' : 'NO'}]`,
        );
      }
      lines.push(...report(scenario.label, await measureMoves(page, scenario.etaFrom, scenario.etaStep)));
    }
    return lines;
  } finally {
    await browser.close();
    await served.close();
  }
}
