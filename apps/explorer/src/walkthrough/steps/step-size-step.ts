import {
  cobweb,
  criticalStep,
  doublingLimit,
  EULER_TABLEAU,
  orbitDiagram,
  periodDoublings,
  stepMap,
} from '@phaseflow/ode';
import { orbitDensity } from '../../views/map/traces/orbit-density.ts';
import type { StepView, WalkthroughStep } from '../step.ts';
import { linspace } from '../traces/linspace.ts';
import { COLORS, plotLayout } from '../traces/plot-layout.ts';

const f = (x: number) => x * (1 - x);
const fPrime = (x: number) => 1 - 2 * x;
/** The five steps the story looks at. */
export const STEP_SIZES = [0.5, 1.5, 2.2, 2.6, 3.1] as const;
const X0 = 0.3;
const COBWEB_STEPS = 40;
const X_RANGE: [number, number] = [-0.6, 1.6];

/** The bound on η at x* = 1, the period doublings and their accumulation: computed once, quoted in the prose. */
export const FIGURES = (() => {
  const bound = criticalStep(f, 1, EULER_TABLEAU, { derivative: fPrime });
  const doublings = periodDoublings(f, EULER_TABLEAU, { h: [1, 3], count: 8, derivative: fPrime });
  return { bound, doublings, ...doublingLimit(doublings) };
})();

/** The orbit diagram over η ∈ [0.2, 3.2]: 400 steps, 150 iterates kept after 400. */
const DIAGRAM = orbitDiagram(f, EULER_TABLEAU, {
  h: [0.2, 3.2],
  columns: 400,
  transient: 400,
  keep: 150,
  x0: X0,
});
const DENSITY = orbitDensity(
  DIAGRAM.h,
  DIAGRAM.x,
  (j) => DIAGRAM.status[j] === 'bounded',
  DIAGRAM.keep,
  100,
  200,
);

/**
 * What the orbit from x0 = 0.3 does at step η: its cobweb, and in words.
 *
 * @example
 * ```ts
 * describeOrbit(2.2); // { status: 'bounded', tail: [0.7462…, 1.1628…], … }
 * ```
 */
export function describeOrbit(eta: number) {
  const map = stepMap(f, EULER_TABLEAU, eta, { derivative: fPrime });
  const web = cobweb(map, X0, COBWEB_STEPS, { escapeRadius: 10 });
  const long = cobweb(map, X0, 2064);
  const tail =
    long.status === 'bounded'
      ? Array.from(long.orbit.subarray(2000))
          .sort((a, b) => a - b)
          .filter((v, i, all) => i === 0 || v - all[i - 1]! > 1e-6)
      : [];
  return { map, web, status: long.status, tail, multiplier: map.derivative(1) };
}

function settledText(d: ReturnType<typeof describeOrbit>): string {
  if (d.status !== 'bounded') return 'the iterates leave for −∞';
  if (d.tail.length === 1) return `the iterates settle at ${d.tail[0]!.toFixed(6)}`;
  if (d.tail.length <= 8)
    return `the iterates settle on a ${d.tail.length}-cycle: ${d.tail.map((v) => v.toFixed(4)).join(', ')}`;
  return `after 2,000 steps the iterates still take ${d.tail.length} different values out of 64: no cycle`;
}

function view(eta: number): StepView {
  const d = describeOrbit(eta);
  const xs = linspace(X_RANGE[0], X_RANGE[1], 221);
  const ys = xs.map((x) => d.map.apply(x));
  const inRange = (v: number) => Math.max(-1.5, Math.min(2.5, v));
  const n = Math.min(d.web.orbit.length, 13);
  return {
    data: [
      {
        type: 'scatter',
        mode: 'lines',
        x: X_RANGE,
        y: X_RANGE,
        name: 'y = x',
        line: { color: COLORS.faint, dash: 'dash', width: 1 },
      },
      {
        type: 'scatter',
        mode: 'lines',
        x: xs,
        y: ys.map(inRange),
        name: `y = Φ(x) = x + ${eta}·x(1 − x)`,
        line: { color: COLORS.curve, width: 3 },
      },
      {
        type: 'scatter',
        mode: 'lines',
        x: Array.from(d.web.x, inRange),
        y: Array.from(d.web.y, inRange),
        name: `cobweb from x₀ = ${X0}`,
        line: { color: COLORS.highlight, width: 1.5 },
      },
      {
        type: 'heatmap',
        x: DENSITY.x,
        y: DENSITY.y,
        z: DENSITY.z,
        xaxis: 'x2',
        yaxis: 'y2',
        name: 'orbit diagram: where the iterates settle, for each η',
        colorscale: [
          [0, '#9aa5b1'],
          [1, COLORS.reference],
        ],
        zmin: 1,
        zmax: 8,
        showscale: false,
        showlegend: true,
        hoverinfo: 'skip',
      },
      {
        type: 'scatter',
        mode: 'lines',
        x: [eta, eta],
        y: [-0.2, 1.5],
        xaxis: 'x2',
        yaxis: 'y2',
        name: `η = ${eta}`,
        line: { color: COLORS.highlight, width: 2 },
      },
    ],
    layout: plotLayout('xₖ', 'xₖ₊₁', {
      grid: { rows: 1, columns: 2, pattern: 'independent' },
      xaxis: { range: X_RANGE, domain: [0, 0.46], title: { text: 'xₖ' } },
      yaxis: { range: [-0.6, 1.8], title: { text: 'xₖ₊₁' } },
      xaxis2: { range: [0.2, 3.2], domain: [0.56, 1], title: { text: 'step η' }, anchor: 'y2' },
      yaxis2: { range: [-0.2, 1.5], title: { text: 'x after 400 steps' }, anchor: 'x2' },
    }),
    plotLabel: `Left: the cobweb of Euler's map at η = ${eta} from x₀ = ${X0}. Right: the orbit diagram over η from 0.2 to 3.2 with η = ${eta} marked`,
    readout: `η = ${eta}: Φ′(1) = 1 − η = ${d.multiplier.toFixed(2)}, so x* = 1 ${Math.abs(d.multiplier) < 1 ? 'attracts' : 'repels'}; ${settledText(d)}.`,
    table: {
      caption: `The first iterates xₖ₊₁ = xₖ + ${eta}·xₖ(1 − xₖ) from x₀ = ${X0}, and their distance to 1`,
      columns: [
        { label: 'k', format: 'text' },
        { label: 'xₖ', format: 'full' },
        { label: 'xₖ − 1', format: 'sig3' },
      ],
      rows: Array.from(d.web.orbit.subarray(0, n), (x, k) => [k, x, x - 1]),
    },
  };
}

const { bound, doublings, delta, accumulation } = FIGURES;

/** Step 11: past η = 2 the iterates stop settling at the minimum: cycles, period doubling, chaos, escape. */
export const stepSizeStep: WalkthroughStep = {
  id: 'step-too-big',
  title: 'When the step is too big',
  prose: [
    `Gradient descent is a map: one step sends x to Φ(x) = x + η·x(1 − x), and the iterates come from applying Φ over and over. On the left the map is drawn as a curve; a cobweb follows the iterates by going up to the curve (that gives the next x) and across to the diagonal y = x (that makes it the new starting point). Where the curve crosses the diagonal, Φ(x) = x: those are the equilibria 0 and 1.`,
    `Near x* = 1 a small error e becomes Φ′(1)·e = (1 − η)·e after one step. It shrinks while |1 − η| < 1, so the minimum attracts exactly for η < ${bound} = 2/|f′(1)|: the chapter's rule η < 2/L, read off the slope of the curve where it meets the diagonal. At η = 0.5 the iterates creep up to 1; at 1.5 the slope is negative and they overshoot and come back, on alternate sides. At 2.2 the slope is steeper than −1 and the staircase is pushed out onto a square: two values, forever.`,
    `The right panel puts every η side by side. Each vertical slice shows where the iterates settle: one value up to η = ${bound}, two up to ${doublings[1]!.toFixed(4)} (√6), four up to ${doublings[2]!.toFixed(4)}, and so on, each doubling coming sooner than the last, by a factor close to ${delta.toFixed(2)}. The doublings pile up at η ≈ ${accumulation.toFixed(4)}; beyond, as at 2.6, the iterates never repeat. Past η = 3, as at 3.1, they leave for −∞, although the flow x′ = x(1 − x) they follow still runs to 1. (This map is the logistic map r·y(1 − y) with r = 1 + η after rescaling x, which is where this cascade was first charted.)`,
  ],
  equation: String.raw`x_{k+1} = \Phi(x_k) = x_k + \eta\, x_k(1 - x_k), \qquad \Phi'(1) = 1 - \eta, \qquad |1 - \eta| < 1 \iff 0 < \eta < 2`,
  control: {
    name: 'eta',
    label: 'step η',
    values: STEP_SIZES,
    initial: 0.5,
    format: (eta) => String(eta),
  },
  view,
  explorer: (eta) => ({ preset: 'logistic', x0: X0, eta }),
};
