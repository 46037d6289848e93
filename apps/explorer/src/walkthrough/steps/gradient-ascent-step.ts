import { logisticExact } from '@phaseflow/ode';
import type { StepView, WalkthroughStep } from '../step.ts';
import { ascentAndEuler } from '../traces/ascent-and-euler.ts';
import { iterateLabels } from '../traces/iterate-labels.ts';
import { linspace } from '../traces/linspace.ts';
import { logisticAntiderivative } from '../traces/logistic.ts';
import { COLORS, plotLayout } from '../traces/plot-layout.ts';

const RATES = [0.1, 0.25, 0.5, 1, 1.5, 1.9, 2.5] as const;
const X0 = 0.1;
const STEPS = 12;

/**
 * Compares two sequences over their common length (gradient ascent stops early once x stops changing): the
 * largest |a_k − b_k| and whether every pair is the same double (Object.is).
 *
 * @example
 * ```ts
 * compareSequences(Float64Array.of(1, 2, 3), Float64Array.of(1, 2)); // { compared: 2, maxDifference: 0, identical: true }
 * ```
 */
export function compareSequences(a: Float64Array, b: Float64Array) {
  const compared = Math.min(a.length, b.length);
  let maxDifference = 0;
  let identical = true;
  for (let k = 0; k < compared; k++) {
    maxDifference = Math.max(maxDifference, Math.abs(a[k]! - b[k]!));
    if (!Object.is(a[k], b[k])) identical = false;
  }
  return { compared, maxDifference, identical };
}

function view(eta: number): StepView {
  const run = ascentAndEuler(X0, eta, STEPS);
  const { compared, maxDifference, identical } = compareSequences(run.euler, run.ascent);
  const ts = linspace(0, STEPS * eta, 121);
  const xs = linspace(-0.2, 1.5, 171);
  const ks = Array.from(run.euler, (_, k) => k);
  return {
    data: [
      {
        type: 'scatter',
        mode: 'lines',
        x: ts,
        y: ts.map((t) => logisticExact(X0, t)),
        name: 'exact x(t)',
        line: { color: COLORS.curve, width: 2 },
      },
      {
        type: 'scatter',
        mode: 'lines+markers',
        x: run.times,
        y: run.euler,
        name: 'Euler xₖ at t = kη',
        line: { color: COLORS.highlight },
        marker: { size: 7 },
      },
      {
        type: 'scatter',
        mode: 'lines',
        x: xs,
        y: xs.map(logisticAntiderivative),
        name: 'F(x) = x²/2 − x³/3',
        line: { color: COLORS.reference, width: 2 },
        xaxis: 'x2',
        yaxis: 'y2',
      },
      {
        type: 'scatter',
        mode: 'text+lines+markers',
        x: run.ascent,
        y: run.values,
        text: iterateLabels(run.ascent, 0.06),
        textposition: 'top left',
        name: 'gradient ascent xₖ on F',
        line: { color: COLORS.increasing, width: 1 },
        marker: { color: COLORS.increasing, size: 8 },
        xaxis: 'x2',
        yaxis: 'y2',
      },
    ],
    layout: plotLayout('time t', 'x', {
      xaxis: { domain: [0, 0.46] },
      yaxis: { range: [-0.05, 1.35] },
      xaxis2: { domain: [0.54, 1], title: { text: 'x' }, anchor: 'y2', range: [-0.2, 1.5] },
      yaxis2: { anchor: 'x2', title: { text: 'F(x)' }, range: [-0.05, 0.25] },
    }),
    plotLabel: `Left: Euler's method on the logistic equation with h = ${eta}. Right: gradient ascent on F with η = ${eta}, the same points`,
    readout: `η = h = ${eta}: the largest |Euler xₖ − ascent xₖ| over ${compared} iterates is ${maxDifference}; ${identical ? 'every pair is the same floating-point number' : 'the sequences differ'}. Gradient ascent took ${run.ascent.length - 1} steps (status ${run.status}${run.ascent.length < run.euler.length ? ': x stopped changing, and Euler repeats that value' : ''}).`,
    table: {
      caption: `xₖ₊₁ = xₖ + η·xₖ(1 − xₖ) from x₀ = ${X0} with η = ${eta}, computed twice`,
      columns: [
        { label: 'k', format: 'text' },
        { label: 'Euler on x′ = x(1 − x)', format: 'full' },
        { label: 'gradient ascent on F', format: 'full' },
        { label: 'difference', format: 'full' },
        { label: 'F(xₖ)', format: 'fixed4' },
      ],
      rows: ks.map((k) =>
        k < run.ascent.length
          ? [k, run.euler[k]!, run.ascent[k]!, run.euler[k]! - run.ascent[k]!, run.values[k]!]
          : [k, run.euler[k]!, '(stopped)', '—', '—'],
      ),
    },
  };
}

/** Step 9: Euler on the logistic equation is gradient ascent on F(x) = x²/2 − x³/3. */
export const gradientAscentStep: WalkthroughStep = {
  id: 'gradient-ascent',
  title: 'Euler on the logistic equation is gradient ascent',
  prose: [
    "Look once more at Euler's recursion xₖ₊₁ = xₖ + h f(xₖ). Suppose f is the derivative of a function F. Then the step reads xₖ₊₁ = xₖ + h F′(xₖ): move in the direction in which F increases, by an amount proportional to its slope. That is gradient ascent on F, the algorithm that climbs to a maximum of F, with learning rate η = h.",
    'For the logistic equation F(x) = x²/2 − x³/3, because its derivative is x − x² = x(1 − x). The left plot runs Euler’s method on the differential equation with @phaseflow/ode; the right plot runs gradient ascent on F with @phaseflow/gradient-flow. The table prints both sequences to the last digit, and their difference: it is exactly zero, not merely small.',
    'The equality is exact because both compute each iterate with the same floating-point operations on the same numbers. Write the derivative as x − x² instead of x(1 − x) and the two sequences (η = 0.5) part in the last bit from x₈ on: the identity is mathematics, the bit-for-bit equality comes from evaluating one and the same expression. Try η = 2.5: both sequences stop settling at 1, together.',
  ],
  equation: String.raw`F(x) = \frac{x^2}{2} - \frac{x^3}{3}, \quad F'(x) = x(1 - x) = f(x) \quad\Longrightarrow\quad x_{k+1} = x_k + \eta\, F'(x_k) = x_k + h\, f(x_k) \ \ (\eta = h)`,
  control: {
    name: 'eta',
    label: 'learning rate η = step size h',
    values: RATES,
    initial: 0.5,
    format: (eta) => String(eta),
  },
  view,
  explorer: (eta) => ({ preset: 'logistic', x0: X0, eta, steps: STEPS, direction: 'ascent' }),
};
