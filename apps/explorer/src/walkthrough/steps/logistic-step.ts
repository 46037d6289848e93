import { logisticExact } from '@phaseflow/ode';
import type { StepView, WalkthroughStep } from '../step.ts';
import { linspace } from '../traces/linspace.ts';
import { COLORS, plotLayout } from '../traces/plot-layout.ts';
import { solutionTrace } from '../traces/solution-trace.ts';
import { solveLogistic } from '../traces/solve-logistic.ts';

const STARTS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 0.8, 1.2, 1.5, 2] as const;
const T1 = 10;

function view(x0: number): StepView {
  const sol = solveLogistic(x0, T1);
  const ts = linspace(0, T1, 201);
  const exponential = { t: ts, x: ts.map((t) => x0 * Math.exp(t)) };
  const times = [0, 2, 4, 6, 8, 10];
  return {
    data: [
      solutionTrace(sol, { name: `logistic, x₀ = ${x0} (RK4)`, color: COLORS.curve, width: 3 }),
      solutionTrace(exponential, {
        name: `unlimited growth x₀eᵗ`,
        color: COLORS.highlight,
        dash: 'dash',
        clip: 3,
      }),
      {
        type: 'scatter',
        mode: 'lines',
        x: [0, T1],
        y: [1, 1],
        name: 'capacity x = 1',
        line: { color: COLORS.faint, dash: 'dot' },
      },
    ],
    layout: plotLayout('time t', 'population x(t)', { yaxis: { range: [0, 2.1] } }),
    plotLabel: `The logistic solution from x₀ = ${x0} beside exponential growth from the same start`,
    readout: `At t = 10 the logistic solution from x₀ = ${x0} is ${sol.at(T1).toFixed(6)} (formula: ${logisticExact(x0, T1).toFixed(6)}); unlimited growth would be at ${(x0 * Math.exp(T1)).toFixed(1)}.`,
    table: {
      caption: `x′ = x(1 − x), x(0) = ${x0}: RK4 (h = 0.05), the exact solution, and unlimited growth`,
      columns: [
        { label: 't', format: 'text' },
        { label: 'RK4', format: 'fixed4' },
        { label: '1 / (1 + (1/x₀ − 1)e⁻ᵗ)', format: 'fixed4' },
        { label: 'difference', format: 'sig3' },
        { label: 'x₀eᵗ', format: 'fixed4' },
      ],
      rows: times.map((t) => {
        const exact = logisticExact(x0, t);
        return [t, sol.at(t), exact, sol.at(t) - exact, x0 * Math.exp(t)];
      }),
    },
  };
}

/** Step 4: initial value problems, and the logistic equation. */
export const logisticStep: WalkthroughStep = {
  id: 'logistic-equation',
  title: 'Initial value problems and the logistic equation',
  prose: [
    'A differential equation together with a starting value is an initial value problem: the rule x′ = f(x) and the state x(0) = x₀. For a smooth f like the ones here, the pair determines exactly one solution. The rule is shared by all solutions; the starting value picks one of them.',
    'Give the colony a ceiling and the rule becomes f(x) = x(1 − x), the logistic equation, with the population measured in units of the capacity, so that 1 is as many as the environment can feed. While x is small, 1 − x is close to 1 and growth is nearly exponential; as x approaches 1, the factor 1 − x chokes the growth off. A population above capacity has f(x) < 0 and shrinks back.',
    'Change x₀ and compare with unlimited growth from the same start (dashed): the two agree at first and then part ways for good. This equation has a formula for its solutions, which the table uses to check the solver.',
  ],
  equation: String.raw`x' = f(x), \quad x(0) = x_0, \qquad f(x) = x\,(1 - x)`,
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
