import { blowUpTime } from '@phaseflow/ode';
import type { Data } from 'plotly.js-dist-min';
import type { StepView, WalkthroughStep } from '../step.ts';
import { logistic } from '../traces/logistic.ts';
import { COLORS, plotLayout } from '../traces/plot-layout.ts';
import { solutionTrace } from '../traces/solution-trace.ts';
import { solveLogistic } from '../traces/solve-logistic.ts';

const STARTS = [-0.05, 0, 0.02, 0.1, 0.3, 0.6, 0.9, 1, 1.3, 1.7, 2.2] as const;
const T1 = 8;
/** Beyond this |x| a solution has left the plot for good (the solutions below 0 blow up). */
const CLIP = 3;

/**
 * Checks a computed solution against the phase line: every step moves in the direction of the sign of f(x0)
 * (none at all when f(x0) = 0), up to the first point beyond |x| = 3. Returns the steps checked and those that
 * disagreed.
 *
 * @example
 * ```ts
 * checkDirection(0.3); // { steps: 160, wrong: 0, sign: 1 }
 * ```
 */
export function checkDirection(x0: number): { steps: number; wrong: number; sign: number } {
  const sol = solveLogistic(x0, T1);
  const sign = Math.sign(logistic(x0));
  let steps = 0;
  let wrong = 0;
  for (let k = 0; k + 1 < sol.x.length && Math.abs(sol.x[k]!) <= CLIP; k++) {
    steps++;
    if (Math.sign(sol.x[k + 1]! - sol.x[k]!) !== sign) wrong++;
  }
  return { steps, wrong, sign };
}

/** For a start below 0, when the solution reaches −∞ (blowUpTime integrates ∫dx/f; exactly ln(1 − 1/x₀)). */
function blowUpNote(x0: number): string {
  if (x0 >= 0) return '';
  const result = blowUpTime(logistic, x0);
  if (result.status !== 'blow-up' || result.time === null) return `; blowUpTime: ${result.status}`;
  return `; it reaches −∞ at t = ${result.time.toFixed(4)} by blowUpTime (exactly ln(1 − 1/x₀) = ${Math.log(1 - 1 / x0).toFixed(4)})`;
}

function view(x0: number): StepView {
  const others = STARTS.filter((s) => s !== x0).map((s, i) =>
    solutionTrace(solveLogistic(s, T1), {
      name: 'other x₀',
      color: COLORS.faint,
      width: 1.5,
      showlegend: i === 0,
      clip: CLIP,
    }),
  );
  const chosen = solveLogistic(x0, T1);
  const check = checkDirection(x0);
  const predicted = check.sign > 0 ? 'increases' : check.sign < 0 ? 'decreases' : 'stays put';
  const lastShown = Math.min(chosen.t.length - 1, check.steps);
  return {
    data: [
      ...others,
      solutionTrace(chosen, { name: `x₀ = ${x0}`, color: COLORS.highlight, width: 3.5, clip: CLIP }),
      // Stable and unstable differ in shape as well as colour (filled discs, dashes; open triangles, dots), so
      // they read apart without colour vision.
      constantSolution(1, 'x = 1 (stable, ●)', COLORS.increasing, 'dash', 'circle'),
      constantSolution(0, 'x = 0 (unstable, △)', COLORS.decreasing, 'dot', 'triangle-up-open'),
    ],
    layout: plotLayout('time t', 'x(t)', { yaxis: { range: [-0.6, 2.3] } }),
    plotLabel: `Solutions of the logistic equation from eleven starting values; the one from x₀ = ${x0} emphasised`,
    readout: `f(${x0}) = ${Number(logistic(x0).toFixed(4))}, so the phase line says the solution ${predicted}. RK4: ${check.steps - check.wrong} of ${check.steps} steps agree; x(${Number(chosen.t[lastShown]!.toFixed(2))}) = ${chosen.x[lastShown]!.toFixed(4)}${blowUpNote(x0)}.`,
    table: {
      caption:
        'The phase line predicts the direction; RK4 (h = 0.05, up to t = 8 or |x| = 3) confirms it step by step',
      columns: [
        { label: 'x₀', format: 'text' },
        { label: 'predicted', format: 'text' },
        { label: 'steps checked', format: 'text' },
        { label: 'steps against it', format: 'text' },
      ],
      rows: STARTS.map((s) => {
        const c = checkDirection(s);
        return [
          s,
          c.sign > 0 ? '↑ increasing' : c.sign < 0 ? '↓ decreasing' : '— constant',
          c.steps,
          c.wrong,
        ];
      }),
    },
  };
}

/** Step 6: computed solutions confirm the phase portrait. */
export const solutionsStep: WalkthroughStep = {
  id: 'solutions',
  title: 'Solutions confirm the portrait',
  prose: [
    'Now solve the equation after all, from many starting values, and hold the results against the arrows of the phase line.',
    'Every solution that starts between 0 and 1 rises toward 1, and every one that starts above 1 falls toward it. None overshoots: two solutions can never cross, and the constant solution x = 1 is one of them. The approach slows down as the gap closes, because f(x) itself tends to 0 near 1. Below 0 the arrow points left and nothing stops the fall: from x₀ = −0.05 the solution reaches −∞ in finite time, at t = ln 21 ≈ 3.04.',
    'Pick a starting value. The readout checks every step of the computed solution against the direction the sign of f(x₀) predicts, and the table does so for all of them.',
  ],
  equation: String.raw`0 < x_0 < 1:\ x(t) \nearrow 1, \qquad x_0 > 1:\ x(t) \searrow 1, \qquad x_0 < 0:\ x(t) \searrow -\infty`,
  control: {
    name: 'x0',
    label: 'initial value x₀',
    values: STARTS,
    initial: 0.1,
    format: (x0) => String(x0),
  },
  view,
  explorer: (x0) => ({ preset: 'logistic', x0, xMax: Math.max(1.5, x0 + 0.5) }),
};

/** The constant solution x(t) = level, marked along its length by `symbol` so that its kind does not rest on colour. */
function constantSolution(
  level: number,
  name: string,
  color: string,
  dash: 'dash' | 'dot',
  symbol: 'circle' | 'triangle-up-open',
): Data {
  const x = Array.from({ length: 9 }, (_, i) => (i * T1) / 8);
  return {
    type: 'scatter',
    mode: 'lines+markers',
    x,
    y: x.map(() => level),
    name,
    line: { color, dash },
    marker: { color, symbol, size: 9, line: { color, width: 2 } },
  };
}
