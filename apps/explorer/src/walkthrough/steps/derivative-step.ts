import type { Dash, Data } from 'plotly.js-dist-min';
import type { StepView, WalkthroughStep } from '../step.ts';
import { linspace } from '../traces/linspace.ts';
import { COLORS, plotLayout } from '../traces/plot-layout.ts';

/** Distance in metres after t seconds: starts at 1 m/s and speeds up. */
const distance = (t: number) => (t * t * t) / 6 + t;
/** Its derivative, the speed: x′(t) = t²/2 + 1. */
const speed = (t: number) => (t * t) / 2 + 1;
const T0 = 1;
const INTERVALS = [2, 1.5, 1, 0.75, 0.5, 0.25, 0.1, 0.05, 0.01] as const;

/** The average speed over [t0, t0 + Δt]: the difference quotient, the slope of the secant. */
export function averageSpeed(dt: number): number {
  return (distance(T0 + dt) - distance(T0)) / dt;
}

function lineThrough(slope: number, from: number, to: number, name: string, color: string, dash: Dash): Data {
  const y0 = distance(T0);
  return {
    type: 'scatter',
    mode: 'lines',
    x: [from, to],
    y: [y0 + slope * (from - T0), y0 + slope * (to - T0)],
    name,
    line: { color, dash, width: dash === 'solid' ? 2.5 : 1.5 },
    hoverinfo: 'skip',
  };
}

function view(dt: number): StepView {
  const ts = linspace(0, 3.2, 161);
  const shown = INTERVALS.filter((d) => d >= dt);
  const secants = shown.slice(0, -1).map((d) => ({
    ...lineThrough(averageSpeed(d), 0, 3.2, `secant, Δt = ${d}`, COLORS.faint, 'dot'),
    showlegend: false,
  }));
  const slope = averageSpeed(dt);
  const exact = speed(T0);
  return {
    data: [
      {
        type: 'scatter',
        mode: 'lines',
        x: ts,
        y: ts.map(distance),
        name: 'x(t) = t³/6 + t',
        line: { color: COLORS.curve, width: 3 },
      },
      ...secants,
      lineThrough(slope, 0, 3.2, `secant, Δt = ${dt}`, COLORS.highlight, 'solid'),
      lineThrough(exact, 0, 3.2, 'tangent at t₀ = 1', COLORS.reference, 'dash'),
      {
        type: 'scatter',
        mode: 'markers',
        x: [T0, T0 + dt],
        y: [distance(T0), distance(T0 + dt)],
        name: 'x(t₀) and x(t₀ + Δt)',
        marker: { color: COLORS.highlight, size: 9 },
      },
    ],
    layout: plotLayout('time t (s)', 'distance x(t) (m)', { yaxis: { range: [0, 9] } }),
    plotLabel: `The distance curve x(t) = t³/6 + t with the secant over [1, ${1 + dt}] and the tangent at t = 1`,
    readout: `Average speed over [1, ${1 + dt}]: ${slope.toFixed(6)} m/s; speed at t = 1: x′(1) = ${exact} m/s; gap ${(slope - exact).toFixed(6)} m/s.`,
    table: {
      caption: 'Average speed over [1, 1 + Δt] as Δt shrinks (exact gap: Δt/2 + Δt²/6)',
      columns: [
        { label: 'Δt (s)', format: 'text' },
        { label: 'average speed (m/s)', format: 'fixed4' },
        { label: 'x′(1) (m/s)', format: 'fixed4' },
        { label: 'gap (m/s)', format: 'sig3' },
      ],
      rows: shown.map((d) => [d, averageSpeed(d), exact, averageSpeed(d) - exact]),
    },
  };
}

/** Step 1: the derivative is the speed, the limit of average speeds over shrinking intervals. */
export const derivativeStep: WalkthroughStep = {
  id: 'derivative',
  title: 'The derivative is a speed',
  prose: [
    'Picture an object moving along a straight line, and let x(t) be its distance from the start at time t. In the plot, x(t) = t³/6 + t metres after t seconds: it sets off at 1 m/s and keeps speeding up.',
    'Over the interval from t₀ to t₀ + Δt it covers x(t₀ + Δt) − x(t₀) metres in Δt seconds, so its average speed is that difference quotient. Geometrically it is the slope of the secant through the two points of the curve: something moving steadily at the average speed would leave and arrive together with the real object.',
    'Shrink Δt with the slider. The secants swing toward a single line, the tangent at t₀ = 1, and their slopes toward its slope: the speed at that very instant, which is the derivative x′(t₀). For this curve the gap is exactly Δt/2 + Δt²/6, so it shrinks in proportion to Δt. Taking the derivative once more, the rate of change of speed, gives the acceleration.',
  ],
  equation: String.raw`v(t_0) = x'(t_0) = \lim_{\Delta t \to 0} \frac{x(t_0 + \Delta t) - x(t_0)}{\Delta t}`,
  control: {
    name: 'dt',
    label: 'interval Δt',
    values: INTERVALS,
    initial: 1,
    format: (dt) => `${dt} s`,
  },
  view,
  explorer: () => ({ preset: 'logistic' }),
};
