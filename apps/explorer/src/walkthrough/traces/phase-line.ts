import type { Annotation, Data } from 'plotly.js-dist-min';
import type { ClassifiedEquilibrium } from './equilibria.ts';
import { COLORS } from './plot-layout.ts';

/** The intervals between consecutive equilibria on [a, b], each with the sign of f at its midpoint. */
export function flowIntervals(
  f: (x: number) => number,
  points: readonly ClassifiedEquilibrium[],
  a: number,
  b: number,
): { from: number; to: number; sign: 1 | -1 | 0 }[] {
  const cuts = [a, ...points.map((p) => p.x).filter((x) => x > a && x < b), b];
  const out: { from: number; to: number; sign: 1 | -1 | 0 }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const value = f((cuts[i]! + cuts[i + 1]!) / 2);
    out.push({ from: cuts[i]!, to: cuts[i + 1]!, sign: value > 0 ? 1 : value < 0 ? -1 : 0 });
  }
  return out;
}

/**
 * The phase line's arrows at height y: one arrow per interval between equilibria, pointing the way the flow
 * goes (right where f > 0, left where f < 0), as plotly annotations in data coordinates.
 *
 * @example
 * ```ts
 * const f = (x: number) => x * (1 - x);
 * phaseLineArrows(f, equilibria(f, (x) => 1 - 2 * x, -0.5, 1.5), -0.5, 1.5, 0).length; // 3 (←, →, ←)
 * ```
 */
export function phaseLineArrows(
  f: (x: number) => number,
  points: readonly ClassifiedEquilibrium[],
  a: number,
  b: number,
  y: number,
): Partial<Annotation>[] {
  return flowIntervals(f, points, a, b)
    .filter((interval) => interval.sign !== 0)
    .map((interval) => {
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
  const symbol = { stable: 'circle', unstable: 'circle-open', 'semi-stable': 'circle-open-dot' } as const;
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
