import type { Data } from 'plotly.js-dist-min';
import type { StepView, WalkthroughStep } from '../step.ts';
import { equilibria } from '../traces/equilibria.ts';
import { linspace } from '../traces/linspace.ts';
import { logistic } from '../traces/logistic.ts';
import { COLORS, plotLayout } from '../traces/plot-layout.ts';
import { solutionTrace } from '../traces/solution-trace.ts';
import { solveLogistic } from '../traces/solve-logistic.ts';

const NUDGES = [0.1, 0.05, 0.02, 0.01] as const;
const T1 = 6;
/** The time at which the table compares the distance from the equilibrium with the linear prediction. */
const T_CHECK = 2;
const slope = (x: number) => 1 - 2 * x;

/**
 * Nudges each equilibrium of the logistic equation by ±ε and compares the distance after t = 2 with the
 * linearisation's prediction ε·e^(2 f′(x*)).
 *
 * @example
 * ```ts
 * nudgeTable(0.01)[0]; // { label: '0 − ε', start: -0.01, distance: 0.0793..., predicted: 0.0738..., kind: 'unstable' }
 * ```
 */
export function nudgeTable(epsilon: number) {
  return equilibria(logistic, slope, -0.5, 1.5).flatMap((point) =>
    [-1, 1].map((side) => {
      const start = point.x + side * epsilon;
      const distance = Math.abs(solveLogistic(start, T_CHECK).at(T_CHECK) - point.x);
      return {
        label: `${point.x} ${side < 0 ? '−' : '+'} ε`,
        start,
        distance,
        predicted: epsilon * Math.exp(point.slope * T_CHECK),
        kind: point.kind,
        slope: point.slope,
      };
    }),
  );
}

function view(epsilon: number): StepView {
  const points = equilibria(logistic, slope, -0.5, 1.5);
  const colors = {
    stable: COLORS.increasing,
    unstable: COLORS.decreasing,
    'semi-stable': COLORS.faint,
    undetermined: COLORS.faint,
  } as const;
  const runs = points.flatMap((point) =>
    [-1, 1].map((side) => ({ point, side, sol: solveLogistic(point.x + side * epsilon, T1) })),
  );
  // Stable and unstable differ in shape as well as colour: discs along the runs near a stable point, open
  // triangles near an unstable one, so the two read apart without colour vision.
  const symbols = {
    stable: 'circle',
    unstable: 'triangle-up-open',
    'semi-stable': 'square-open',
    undetermined: 'x-thin-open',
  } as const;
  const nudged = runs.map(({ point, side, sol }) => ({
    ...solutionTrace(sol, {
      name: `from ${point.x} ${side < 0 ? '−' : '+'} ${epsilon} (${point.kind})`,
      color: colors[point.kind],
      width: 2.5,
      dash: side < 0 ? 'dot' : 'solid',
      clip: 3,
    }),
    mode: 'lines+markers' as const,
    marker: { symbol: symbols[point.kind], size: 8, color: colors[point.kind], maxdisplayed: 12 },
  })) as Data[];
  // Right panel: the distance from the equilibrium on a log scale, where e^(f′(x*)t) is a straight line.
  const distances = runs.map(({ point, side, sol }) => ({
    ...solutionTrace(
      { t: sol.t, x: sol.x.map((x) => Math.abs(x - point.x)) },
      {
        name: '',
        color: colors[point.kind],
        width: 2.5,
        dash: side < 0 ? 'dot' : 'solid',
        showlegend: false,
        clip: 3,
      },
    ),
    xaxis: 'x2',
    yaxis: 'y2',
  }));
  const ts = linspace(0, T1, 61);
  const predictions = points.map((point, i) => ({
    type: 'scatter' as const,
    mode: 'lines' as const,
    x: ts,
    y: ts.map((t) => epsilon * Math.exp(point.slope * t)),
    name: 'ε·e^(f′(x*)t)',
    showlegend: i === 0,
    line: { color: COLORS.reference, dash: 'dash' as const, width: 1.5 },
    xaxis: 'x2',
    yaxis: 'y2',
  }));
  const rows = nudgeTable(epsilon);
  return {
    data: [
      ...points.map((point) => ({
        type: 'scatter' as const,
        mode: 'lines' as const,
        x: [0, T1],
        y: [point.x, point.x],
        name: `x(t) = ${point.x}: ${point.kind}`,
        line: {
          color: colors[point.kind],
          width: 5,
          dash: point.kind === 'stable' ? ('solid' as const) : ('dash' as const),
        },
        opacity: 0.35,
      })),
      ...nudged,
      ...distances,
      ...predictions,
    ],
    layout: plotLayout('time t', 'x(t)', {
      xaxis: { domain: [0, 0.47] },
      yaxis: { range: [-0.7, 1.4] },
      xaxis2: { domain: [0.57, 1], anchor: 'y2', title: { text: 'time t' } },
      yaxis2: {
        anchor: 'x2',
        type: 'log',
        range: [-4, 1],
        title: { text: '|x(t) − x*|' },
        exponentformat: 'power',
      },
    }),
    plotLabel: `Solutions starting ${epsilon} above and below the equilibria 0 and 1, and their distances from them on a log scale`,
    readout: points
      .map((point) => `x* = ${point.x}: f′(x*) = ${point.slope}, ${point.kind}`)
      .join('; ')
      .concat(`. Nudged by ε = ${epsilon}, solutions return to 1 and leave 0.`),
    table: {
      caption: `Distance from the equilibrium at t = ${T_CHECK} after a nudge of ε = ${epsilon} (RK4), against the linear prediction ε·e^(${T_CHECK}f′(x*))`,
      columns: [
        { label: 'start', format: 'text' },
        { label: 'kind', format: 'text' },
        { label: `distance at t = ${T_CHECK}`, format: 'fixed4' },
        { label: 'ε·e^(2f′(x*))', format: 'fixed4' },
        { label: 'ratio', format: 'fixed4' },
      ],
      rows: rows.map((row) => [
        row.label,
        row.kind,
        row.distance,
        row.predicted,
        row.distance / row.predicted,
      ]),
    },
  };
}

/** Step 7: the equilibria 0 and 1, and which of them attracts. */
export const stabilityStep: WalkthroughStep = {
  id: 'equilibria',
  title: 'Equilibria and their stability',
  prose: [
    'Two solutions never move: the constant functions x(t) = 0 and x(t) = 1. They are the equilibria of the equation, and they are exactly the zeros of f, because a state where f vanishes has velocity zero.',
    'They are not alike. Push the population a little off 1 and the arrows on either side bring it back: 1 attracts the solutions around it, it is a stable equilibrium. Push it off 0 and the arrows carry it further away: 0 is unstable. Near an equilibrium x*, f(x) ≈ f′(x*)(x − x*), so a small distance from it behaves like e^(f′(x*)t). Here f′(x) = 1 − 2x, so f′(1) = −1 (the distance shrinks) and f′(0) = 1 (it grows): the sign of f′(x*) decides.',
    'Choose the size ε of the nudge. On the right the distance from each equilibrium is drawn on a logarithmic scale, where the prediction ε·e^(f′(x*)t) is a straight line: falling for 1, rising for 0 until the solution is no longer near 0. The table compares the distance at t = 2 with the prediction; the smaller ε, the closer the ratio comes to 1.',
  ],
  equation: String.raw`f(x^*) = 0: \qquad f'(x^*) < 0 \;\Rightarrow\; \text{stable}, \qquad f'(x^*) > 0 \;\Rightarrow\; \text{unstable}; \qquad f'(x) = 1 - 2x`,
  control: {
    name: 'epsilon',
    label: 'nudge ε',
    values: NUDGES,
    initial: 0.05,
    format: (epsilon) => String(epsilon),
  },
  view,
  explorer: (epsilon) => ({ preset: 'logistic', x0: epsilon }),
};
