import { gradientDescent, logisticPotential } from '@phaseflow/gradient-flow';
import type { StepView, WalkthroughStep } from '../step.ts';
import { equilibria } from '../traces/equilibria.ts';
import { iterateLabels } from '../traces/iterate-labels.ts';
import { linspace } from '../traces/linspace.ts';
import { logistic } from '../traces/logistic.ts';
import { equilibriumMarkers, phaseLineArrows } from '../traces/phase-line.ts';
import { COLORS, plotLayout } from '../traces/plot-layout.ts';

const STARTS = [-0.1, 0.01, 0.1, 0.3, 0.6, 0.9, 1.2, 1.5, 1.8] as const;
const ETA = 0.5;
const STEPS = 15;
/** V = −F = x³/3 − x²/2, from @phaseflow/gradient-flow; its gradient is written so that −V′ is the logistic f. */
const potential = logisticPotential();
/** Where the plot's phase line sits, below the curve. */
const LINE_Y = -0.3;

/**
 * Gradient descent on V(x) = x³/3 − x²/2 from x0 with η = 0.5 for at most 15 steps.
 *
 * @example
 * ```ts
 * descend(0.1).x[1]; // 0.14500000000000002 (the Euler and gradient-ascent iterate of step 9)
 * ```
 */
export function descend(x0: number) {
  return gradientDescent(potential, x0, { learningRate: ETA, steps: STEPS, gradTol: 0, divergenceBound: 10 });
}

function view(x0: number): StepView {
  const run = descend(x0);
  const xs = linspace(-0.6, 1.9, 201);
  const points = equilibria(logistic, (x) => 1 - 2 * x, -0.6, 1.9);
  const inView = Array.from(run.x).findIndex((x) => x < -0.6 || x > 1.9);
  const n = inView < 0 ? run.x.length : inView;
  const decreasing = run.values.every((v, k) => k === 0 || v <= run.values[k - 1]!);
  return {
    data: [
      {
        type: 'scatter',
        mode: 'lines',
        x: xs,
        y: xs.map(potential.F),
        name: 'V(x) = −F(x) = x³/3 − x²/2',
        line: { color: COLORS.curve, width: 3 },
      },
      {
        type: 'scatter',
        mode: 'text+lines+markers',
        x: run.x.subarray(0, n),
        y: run.values.subarray(0, n),
        text: iterateLabels(run.x.subarray(0, n), 0.06),
        textposition: 'top right',
        name: `gradient descent from x₀ = ${x0}, η = ${ETA}`,
        line: { color: COLORS.highlight, width: 1 },
        marker: { color: COLORS.highlight, size: 8 },
      },
      {
        ...equilibriumMarkers(points, LINE_Y),
        name: 'equilibria of x′ = −V′(x): minimum of V stable (filled)',
      },
      {
        type: 'scatter',
        mode: 'lines',
        x: [-0.6, 1.9],
        y: [LINE_Y, LINE_Y],
        line: { color: COLORS.faint, width: 1 },
        showlegend: false,
        hoverinfo: 'skip',
      },
    ],
    layout: plotLayout('x', 'V(x)', {
      xaxis: { range: [-0.6, 1.9], zeroline: false },
      yaxis: { range: [-0.4, 0.35] },
      annotations: phaseLineArrows(logistic, -0.6, 1.9, LINE_Y),
    }),
    plotLabel: `The potential V(x) = x³/3 − x²/2 with gradient descent from x₀ = ${x0} and, below it, the phase line of x′ = −V′(x)`,
    readout: `From x₀ = ${x0}: ${run.iterations} steps, status ${run.status}, last x = ${run.final.toFixed(6)}, V = ${run.finalValue.toFixed(6)}; V ${decreasing ? 'went down at every step' : 'did not go down at every step'}.`,
    table: {
      caption: `Gradient descent xₖ₊₁ = xₖ − η V′(xₖ) on V(x) = x³/3 − x²/2, x₀ = ${x0}, η = ${ETA}`,
      columns: [
        { label: 'k', format: 'text' },
        { label: 'xₖ', format: 'full' },
        { label: 'V(xₖ)', format: 'fixed4' },
        { label: 'V′(xₖ)', format: 'sig3' },
      ],
      rows: Array.from(run.x, (x, k) => [k, x, run.values[k]!, potential.grad!(x)]),
    },
  };
}

/** Step 10: maximizing −F is gradient descent, and it works because flows settle at stable equilibria. */
export const gradientDescentStep: WalkthroughStep = {
  id: 'gradient-descent',
  title: 'Gradient descent, and why it works',
  prose: [
    'To minimise a function, maximise its negative. Take V = −F = x³/3 − x²/2. Gradient descent on V, xₖ₊₁ = xₖ − ηV′(xₖ), is gradient ascent on F, which is Euler’s method on the logistic equation once more: from x₀ = 0.1 it produces the very numbers of the previous step. Its limit of small steps is the gradient flow x′ = −V′(x), here the logistic equation itself.',
    'Why does it find minima? Along a solution of the gradient flow, V changes at the rate V′(x)·x′ = −V′(x)², which is never positive: V only goes down, and stops going down only where V′ = 0, at an equilibrium. A minimum of V is a stable equilibrium of the flow (x = 1, where V = −1/6); a maximum is an unstable one (x = 0). So solutions slide downhill into stable equilibria, and gradient descent, taking small enough steps along them, does the same.',
    'Start left of 0 and there is no minimum to reach: V falls without end and the iterates run away, as the solutions of the logistic equation do. The fine print: the step must be small enough (near x = 1 each step multiplies the distance by 1 − ηV″(1) = 1 − η, so η < 2 is needed), and a flow can also stall at a saddle or a flat spot. But the picture stands: solutions move toward stable equilibria, and stable equilibria are minima.',
  ],
  equation: String.raw`x_{k+1} = x_k - \eta\, V'(x_k), \quad V = -F; \qquad \frac{d}{dt} V\big(x(t)\big) = V'(x)\, x' = -V'(x)^2 \le 0`,
  control: {
    name: 'x0',
    label: 'starting point x₀',
    values: STARTS,
    initial: 0.1,
    format: (x0) => String(x0),
  },
  view,
  explorer: (x0) => ({
    preset: 'custom',
    kind: 'potential',
    formula: 'x^3/3 - x^2/2',
    direction: 'descent',
    x0,
    eta: ETA,
    steps: STEPS,
    xMin: -0.6,
    xMax: 1.9,
  }),
};
