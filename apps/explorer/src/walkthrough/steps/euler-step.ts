import { euler, logisticExact, solve } from '@phaseflow/ode';
import type { StepView, WalkthroughStep } from '../step.ts';
import { linspace } from '../traces/linspace.ts';
import { logistic } from '../traces/logistic.ts';
import { COLORS, plotLayout } from '../traces/plot-layout.ts';
import { solutionTrace } from '../traces/solution-trace.ts';

const STEP_SIZES = [1, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625] as const;
const X0 = 0.1;
const T1 = 10;

/**
 * Euler's method on the logistic equation from x0 = 0.1 to t = 10 at step h, and its largest error against the
 * exact solution over the grid points.
 *
 * @example
 * ```ts
 * eulerRun(0.5).maxError; // 0.0641618... (h = 1: 0.1210350...)
 * ```
 */
export function eulerRun(h: number) {
  const sol = solve({ f: logistic, x0: X0, t1: T1 }, euler({ h }));
  let maxError = 0;
  for (let k = 0; k < sol.t.length; k++) {
    maxError = Math.max(maxError, Math.abs(sol.x[k]! - logisticExact(X0, sol.t[k]!)));
  }
  return { sol, maxError };
}

function view(h: number): StepView {
  const ts = linspace(0, T1, 201);
  const shown = STEP_SIZES.filter((s) => s >= h);
  const runs = shown.map(eulerRun);
  const current = runs[runs.length - 1]!;
  const coarser = runs.slice(0, -1).map((run, i) =>
    solutionTrace(run.sol, {
      name: `Euler, h = ${shown[i]}`,
      color: COLORS.faint,
      width: 1,
      markers: false,
      showlegend: i === 0,
    }),
  );
  return {
    data: [
      {
        type: 'scatter',
        mode: 'lines',
        x: ts,
        y: ts.map((t) => logisticExact(X0, t)),
        name: 'exact solution',
        line: { color: COLORS.curve, width: 3 },
      },
      ...coarser.map((trace) => ({ ...trace, name: 'Euler, larger h' })),
      solutionTrace(current.sol, {
        name: `Euler, h = ${h}`,
        color: COLORS.highlight,
        width: 2,
        markers: h >= 0.0625,
      }),
    ],
    layout: plotLayout('time t', 'x(t)', { yaxis: { range: [0, 1.1] } }),
    plotLabel: `Euler's method with step ${h} on the logistic equation from x₀ = 0.1, beside the exact solution`,
    readout: `h = ${h}: ${current.sol.nsteps} steps, largest error ${current.maxError.toExponential(3)}.`,
    table: {
      caption: 'Largest error of Euler on x′ = x(1 − x), x(0) = 0.1, over 0 ≤ t ≤ 10: halving h halves it',
      columns: [
        { label: 'h', format: 'text' },
        { label: 'steps', format: 'text' },
        { label: 'largest error', format: 'sig3' },
        { label: 'previous / this', format: 'fixed4' },
      ],
      rows: runs.map((run, i) => [
        shown[i]!,
        run.sol.nsteps,
        run.maxError,
        i === 0 ? '—' : runs[i - 1]!.maxError / run.maxError,
      ]),
    },
  };
}

/** Step 8: Euler's method, with h shrinking toward the exact solution. */
export const eulerStep: WalkthroughStep = {
  id: 'euler',
  title: "Euler's method",
  prose: [
    'Most differential equations have no formula for their solutions. (The logistic equation happens to have one, which serves here as the referee.) Numerical methods trade the formula for arithmetic.',
    "The simplest idea turns the definition of the derivative around: over a short step h, x(t + h) − x(t) ≈ h·x′(t) = h·f(x(t)). Starting from x₀ and repeating gives the sequence xₖ₊₁ = xₖ + h f(xₖ), which approximates the solution at the times 0, h, 2h, …: Euler's method.",
    'Shrink h with the slider and the points close in on the exact curve. The table recomputes the largest error for every step size down to yours: each halving of h halves the error (the ratio column settles at 2), which is what it means for Euler to be a first-order method.',
  ],
  equation: String.raw`x_{k+1} = x_k + h\, f(x_k), \qquad x_k \approx x(kh)`,
  control: {
    name: 'h',
    label: 'step size h',
    values: STEP_SIZES,
    initial: 0.5,
    format: (h) => String(h),
  },
  view,
  explorer: (h) => ({
    preset: 'logistic',
    x0: X0,
    eta: h,
    steps: Math.min(200, Math.round(T1 / h)),
    method: 'rk4',
  }),
};
