import { availableParallelism, loadavg } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { buildAndPreview, chromiumLaunchOptions } from '../e2e/serve-explorer.ts';
import { median } from './stats.ts';

// Issue 15's targets, measured in headless Chromium on the production build over MOVES η moves (input events, as
// a drag sends them): main-thread work per move ≤ 16 ms (median), the next painted frame ≤ 33 ms after the move
// (p90), and ≤ 100 ms p90 with Chromium's 4× CPU throttling (a mid-range phone). Each is printed beside its floor:
// the same measurement of an input whose handler only writes its value into the page. Work is the synchronous
// time from the event to the rendered controls (model, trace builders, Lit) plus the time of each plotly call the
// move caused. Two views: the default (logistic) and the notch, the stiffest preset.
const MOVES = 50;
const SCENARIOS = [
  { label: 'default view (logistic)', query: '', etaFrom: 0.3, etaStep: 0.01, throttle: 1 },
  { label: 'notch preset (stiff)', query: '?p=notch', etaFrom: 1.2, etaStep: 0.02, throttle: 1 },
  { label: 'default view, 4× CPU throttling', query: '', etaFrom: 0.3, etaStep: 0.01, throttle: 4 },
];

interface Sample {
  work: number;
  plotly: number;
  painted: number;
  floorWork: number;
  floorPainted: number;
}

/** Percentile by nearest rank. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Moves the η slider `moves` times, each followed by the floor measurement, and times both. */
function measureMoves(page: Page, etaFrom: number, etaStep: number): Promise<Sample[]> {
  return page.evaluate(
    async ({ moves, from, step }) => {
      type Plot = HTMLElement & { settled(): Promise<void>; drawStats: { count: number; lastMs: number } };
      type Updating = HTMLElement & { updateComplete: Promise<unknown> };
      const shell = document.querySelector('phaseflow-explorer') as unknown as { activeElement: Updating };
      const view = shell.activeElement;
      const plots = Array.from(view.shadowRoot!.querySelectorAll('pf-plot-panel')).map(
        (panel) => panel.shadowRoot!.querySelector('pf-plot') as Plot,
      );
      const controls = view.shadowRoot!.querySelector('pf-controls') as Updating;
      const slider = controls.shadowRoot!.querySelector('pf-slider[data-field="eta"]') as Updating;
      const input = slider.shadowRoot!.querySelector('input')!;
      // The floor: an input whose handler writes its value into an output (a change that must be painted).
      const floorInput = document.createElement('input');
      const floorOutput = document.createElement('output');
      floorInput.type = 'range';
      document.body.append(floorInput, floorOutput);
      floorInput.addEventListener('input', () => {
        floorOutput.textContent = floorInput.value;
      });
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      // Resolves after the frame that shows everything queued so far has been painted.
      const afterPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
      const out: {
        work: number;
        plotly: number;
        painted: number;
        floorWork: number;
        floorPainted: number;
      }[] = [];
      for (let i = 0; i < moves; i++) {
        await frame();
        const before = plots.map((p) => p.drawStats.count);
        const t0 = performance.now();
        input.value = String(from + step * (i % 25) + (i >= 25 ? step / 2 : 0));
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await view.updateComplete;
        await controls.updateComplete;
        await slider.updateComplete;
        const rendered = performance.now() - t0;
        // The line view computes in a worker: its answer reaches the plots only after `computing` turns false.
        while ((view as { computing?: boolean }).computing) await new Promise((r) => setTimeout(r, 1));
        await view.updateComplete;
        for (const p of plots) await p.settled();
        await afterPaint();
        const painted = performance.now() - t0;
        const drawing = plots.reduce(
          (sum, p, j) => sum + (p.drawStats.count > before[j]! ? p.drawStats.lastMs : 0),
          0,
        );
        await frame();
        const f0 = performance.now();
        floorInput.value = String(i % 100);
        floorInput.dispatchEvent(new Event('input', { bubbles: true }));
        const floorWork = performance.now() - f0;
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        await afterPaint();
        out.push({
          work: rendered + drawing,
          plotly: drawing,
          painted,
          floorWork,
          floorPainted: performance.now() - f0,
        });
      }
      floorInput.remove();
      floorOutput.remove();
      return out;
    },
    { moves: MOVES, from: etaFrom, step: etaStep },
  );
}

function report(label: string, samples: Sample[], throttled: boolean): string[] {
  const pick = (key: keyof Sample) => samples.map((s) => s[key]);
  const [work, painted, floorWork, floorPainted] = [
    pick('work'),
    pick('painted'),
    pick('floorWork'),
    pick('floorPainted'),
  ];
  const paintTarget = throttled ? 100 : 33;
  return [
    `  ${label}:`,
    `    main-thread work per move: median ${ms(median(work))}, p90 ${ms(percentile(work, 90))}` +
      `  (floor ${ms(median(floorWork))})  [target median ≤ 16 ms: ${median(work) <= 16 ? 'met' : 'MISSED'}]`,
    `      of which plotly's react calls: median ${ms(median(pick('plotly')))}; model, trace builders and Lit: median` +
      ` ${ms(median(samples.map((s) => s.work - s.plotly)))}`,
    `    move → next paint: median ${ms(median(painted))}, p90 ${ms(percentile(painted, 90))}` +
      `  (floor median ${ms(median(floorPainted))}, p90 ${ms(percentile(floorPainted, 90))})` +
      `  [target p90 ≤ ${paintTarget} ms: ${percentile(painted, 90) <= paintTarget ? 'met' : 'MISSED'}]`,
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
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: scenario.throttle });
      const samples = await measureMoves(page, scenario.etaFrom, scenario.etaStep);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      lines.push(...report(scenario.label, samples, scenario.throttle > 1));
    }
    return lines;
  } finally {
    await browser.close();
    await served.close();
  }
}
