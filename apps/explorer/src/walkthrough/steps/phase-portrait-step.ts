import type { Data } from 'plotly.js-dist-min';
import type { StepView, WalkthroughStep } from '../step.ts';
import { equilibria } from '../traces/equilibria.ts';
import { linspace } from '../traces/linspace.ts';
import { logistic } from '../traces/logistic.ts';
import { equilibriumMarkers, flowIntervals, phaseLineArrows } from '../traces/phase-line.ts';
import { COLORS, plotLayout } from '../traces/plot-layout.ts';

const A = -0.5;
const B = 1.5;
const PROBES = [
  -0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4,
] as const;
const slope = (x: number) => 1 - 2 * x;

/** The signed regions of f, filled green where f > 0 and red where f < 0. */
function signRegions(): Data[] {
  return flowIntervals(logistic, A, B).map((interval, i) => {
    const xs = linspace(interval.from, interval.to, 81);
    const positive = interval.sign > 0;
    return {
      type: 'scatter',
      mode: 'lines',
      x: xs,
      y: xs.map(logistic),
      fill: 'tozeroy',
      fillcolor: positive ? 'rgba(46,139,87,0.18)' : 'rgba(192,57,43,0.15)',
      line: { color: COLORS.curve, width: 3 },
      name: positive ? 'f > 0: x increases' : 'f < 0: x decreases',
      legendgroup: positive ? 'plus' : 'minus',
      showlegend: i < 2,
    } satisfies Data;
  });
}

export function describeProbe(x: number): string {
  const value = logistic(x);
  const where = `f(${x}) = ${Number(value.toFixed(4))}`;
  if (value > 0)
    return `${where} > 0: a solution passing through x = ${x} is increasing there, at speed ${Number(value.toFixed(4))}.`;
  if (value < 0)
    return `${where} < 0: a solution passing through x = ${x} is decreasing there, at speed ${Number((-value).toFixed(4))}.`;
  return `${where}: a solution that is at x = ${x} stays there forever.`;
}

function view(probe: number): StepView {
  const points = equilibria(logistic, slope, A, B);
  const value = logistic(probe);
  return {
    data: [
      ...signRegions(),
      equilibriumMarkers(points, 0),
      {
        type: 'scatter',
        mode: 'lines+markers',
        x: [probe, probe],
        y: [0, value],
        name: `probe x = ${probe}`,
        line: { color: COLORS.highlight, dash: 'dot', width: 2 },
        marker: { color: COLORS.highlight, size: [0, 11] },
      },
    ],
    layout: plotLayout('x', 'f(x) = x(1 − x)', {
      xaxis: { range: [A, B] },
      yaxis: { range: [-0.8, 0.4] },
      annotations: phaseLineArrows(logistic, A, B, 0),
    }),
    plotLabel: `f(x) = x(1 − x) with its positive and negative regions, the phase line and a probe at x = ${probe}`,
    readout: describeProbe(probe),
    table: {
      caption: 'The phase line of x′ = x(1 − x), read from the sign of f',
      columns: [
        { label: 'interval', format: 'text' },
        { label: 'sign of f', format: 'text' },
        { label: 'solutions there', format: 'text' },
      ],
      // f is a quadratic with both zeros inside [A, B], so the outer intervals keep their sign out to ±∞.
      rows: flowIntervals(logistic, A, B).map((interval) => [
        `(${interval.from === A ? '−∞' : interval.from}, ${interval.to === B ? '∞' : interval.to})`,
        interval.sign > 0 ? '+' : '−',
        interval.sign > 0 ? 'increase' : 'decrease',
      ]),
    },
  };
}

/** Step 5: the sign of f draws the phase portrait. */
export const phasePortraitStep: WalkthroughStep = {
  id: 'phase-portrait',
  title: 'The sign of f and the phase portrait',
  prose: [
    'Here is the key move: we can tell what every solution does without solving the equation at all. The equation says that the velocity x′(t) is f evaluated at the current position x(t). Where f is positive, any solution passing by is increasing; where f is negative, it is decreasing; where f is zero, it does not move.',
    'For f(x) = x(1 − x) the sign changes only at 0 and at 1: f is positive between them and negative on both sides. Mark that on the x-axis with arrows, to the right where f > 0 and to the left where f < 0, and you have the phase portrait. With a single state variable it is a line, the phase line.',
    'Move the probe along the axis: the sign of f at the probe is the direction of travel there, and |f| the speed.',
  ],
  equation: String.raw`x'(t) = f\big(x(t)\big): \qquad f(x) > 0 \;\Rightarrow\; x \text{ increases}, \qquad f(x) < 0 \;\Rightarrow\; x \text{ decreases}`,
  control: {
    name: 'x',
    label: 'probe position x',
    values: PROBES,
    initial: 0.3,
    format: (x) => String(x),
  },
  view,
  explorer: (x) => ({ preset: 'logistic', x0: x }),
};
