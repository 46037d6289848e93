import { phaseLine } from '@phaseflow/ode';
import type { Annotation, Data } from 'plotly.js-dist-min';
import type { ClassifiedEquilibrium } from './equilibria.ts';
import { COLORS } from './plot-layout.ts';

/**
 * The stretches of [a, b] between equilibria, each with the direction of the flow on it (+1: f > 0, solutions
 * move right), from `@phaseflow/ode`'s `phaseLine`.
 *
 * @example
 * ```ts
 * flowIntervals((x) => x * (1 - x), -0.5, 1.5); // [{ from: -0.5, to: 0, sign: -1 }, { from: 0, to: 1, sign: 1 }, …]
 * ```
 */
export function flowIntervals(
  f: (x: number) => number,
  a: number,
  b: number,
): { from: number; to: number; sign: 1 | -1 }[] {
  return phaseLine(f, [a, b], { exits: false }).intervals.map((interval) => ({
    from: interval.from,
    to: interval.to,
    sign: interval.direction,
  }));
}

/**
 * The phase line's arrows at height y: one arrow per interval between equilibria, pointing the way the flow
 * goes (right where f > 0, left where f < 0), as plotly annotations in data coordinates.
 *
 * @example
 * ```ts
 * phaseLineArrows((x) => x * (1 - x), -0.5, 1.5, 0).length; // 3 (←, →, ←)
 * ```
 */
export function phaseLineArrows(
  f: (x: number) => number,
  a: number,
  b: number,
  y: number,
): Partial<Annotation>[] {
  return flowIntervals(f, a, b).map((interval) => {
    const middle = (interval.from + interval.to) / 2;
    const half = Math.min(0.3 * (interval.to - interval.from), 0.25);
    const color = interval.sign > 0 ? COLORS.increasing : COLORS.decreasing;
    return {
      x: middle + interval.sign * half,
      y,
      ax: middle - interval.sign * half,
      ay: y,
      xref: 'x',
      yref: 'y',
      axref: 'x',
      ayref: 'y',
      text: '',
      showarrow: true,
      arrowhead: 2,
      arrowsize: 1.2,
      arrowwidth: 3,
      arrowcolor: color,
    } satisfies Partial<Annotation>;
  });
}

/**
 * The equilibria as markers at height y: stable filled, unstable open, semi-stable half filled.
 *
 * @example
 * ```ts
 * equilibriumMarkers([{ x: 1, slope: -1, kind: 'stable' }], 0).x; // [1]
 * ```
 */
export function equilibriumMarkers(points: readonly ClassifiedEquilibrium[], y: number): Data {
  const symbol = {
    stable: 'circle',
    unstable: 'circle-open',
    'semi-stable': 'circle-open-dot',
    undetermined: 'x-thin-open',
  } as const;
  return {
    type: 'scatter',
    mode: 'markers',
    x: points.map((p) => p.x),
    y: points.map(() => y),
    name: 'equilibria (filled: stable, open: unstable)',
    text: points.map((p) => `x* = ${p.x}: ${p.kind}, f′(x*) = ${p.slope}`),
    hoverinfo: 'text',
    marker: {
      color: COLORS.reference,
      size: 13,
      symbol: points.map((p) => symbol[p.kind]),
      line: { color: COLORS.reference, width: 2.5 },
    },
  };
}
