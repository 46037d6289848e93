import { rk4, solve } from '@phaseflow/ode';
import type { StepView, WalkthroughStep } from '../step.ts';
import { COLORS, plotLayout } from '../traces/plot-layout.ts';
import { solutionTrace } from '../traces/solution-trace.ts';

const STARTS = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2] as const;
const T1 = 2;
const growth = (x: number) => x;

/** x′ = x from x0 on [0, 2], RK4 at h = 0.05. */
export function solveGrowth(x0: number) {
  return solve({ f: growth, x0, t1: T1 }, rk4({ h: 0.05 }));
}

function view(x0: number): StepView {
  const family = STARTS.filter((s) => s !== x0).map((s) =>
    solutionTrace(solveGrowth(s), {
      name: 'other x₀',
      color: COLORS.faint,
      width: 1.5,
      showlegend: s === STARTS[0],
    }),
  );
  const chosen = solveGrowth(x0);
  const times = [0, 0.5, 1, 1.5, 2];
  return {
    data: [...family, solutionTrace(chosen, { name: `x₀ = ${x0}`, color: COLORS.highlight, width: 3.5 })],
    layout: plotLayout('time t', 'x(t)', { yaxis: { range: [-15.5, 15.5] } }),
    plotLabel: `Solutions of x′ = x for x₀ from −2 to 2; the one from x₀ = ${x0} emphasised`,
    readout: `From x₀ = ${x0}: RK4 gives x(2) = ${chosen.at(T1).toFixed(6)}; the formula x₀e² gives ${(x0 * Math.exp(2)).toFixed(6)}.`,
    table: {
      caption: `The solution from x₀ = ${x0}: RK4 (h = 0.05) against x₀eᵗ`,
      columns: [
        { label: 't', format: 'text' },
        { label: 'RK4', format: 'fixed4' },
        { label: 'x₀eᵗ', format: 'fixed4' },
        { label: 'difference', format: 'sig3' },
      ],
      rows: times.map((t) => [t, chosen.at(t), x0 * Math.exp(t), chosen.at(t) - x0 * Math.exp(t)]),
    },
  };
}

/** Step 3: x′ = x, one solution for every initial value. */
export const exponentialStep: WalkthroughStep = {
  id: 'exponential-growth',
  title: 'Exponential growth: one solution per starting value',
  prose: [
    'The simplest differential equation says that a quantity grows at a rate equal to its size: x′ = x. Think of x(t) as the size of a bacterial colony with unlimited food and room. Every cell can divide, so the more cells there are, the faster their number rises.',
    'The equation by itself does not single out one motion. Every function x₀eᵗ satisfies it, one for each starting size x₀ = x(0); the plot draws a handful and colours the one you pick. Zero stays zero forever, positive starts grow without bound and, as mathematics if not as biology, negative ones fall without bound.',
    'These curves come from the RK4 solver, not from the formula; the table holds the solver to x₀eᵗ.',
  ],
  equation: String.raw`x'(t) = x(t), \qquad x(0) = x_0 \;\Longrightarrow\; x(t) = x_0\, e^{t}`,
  control: {
    name: 'x0',
    label: 'initial value x₀',
    values: STARTS,
    initial: 1,
    format: (x0) => String(x0),
  },
  view,
  explorer: (x0) => ({
    preset: 'custom',
    kind: 'ode',
    formula: 'x',
    x0,
    xMin: -2.5,
    xMax: 2.5,
    steps: 8,
    eta: 0.25,
  }),
};
