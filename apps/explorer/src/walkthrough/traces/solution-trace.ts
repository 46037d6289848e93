import type { Dash, Data } from 'plotly.js-dist-min';

/** What a drawn solution looks like. */
export interface SolutionStyle {
  readonly name: string;
  readonly color: string;
  readonly width?: number;
  readonly dash?: Dash;
  readonly showlegend?: boolean;
  /** Draw the computed points as markers joined by segments (Euler's iterates), not as a smooth curve. */
  readonly markers?: boolean;
  /** Stop drawing before the first point with |x| above this, so a blow-up does not flatten the plot. */
  readonly clip?: number;
}

/**
 * A plotly line for a scalar solution `{ t, x }` of `@phaseflow/ode`.
 *
 * @example
 * ```ts
 * solutionTrace(solve({ f: (x) => x, x0: 1, t1: 1 }, rk4({ h: 0.5 })), { name: 'eᵗ', color: '#1f6fb2' }).x;
 * // Float64Array [0, 0.5, 1]
 * ```
 */
export function solutionTrace(sol: { t: Float64Array; x: Float64Array }, style: SolutionStyle): Data {
  let n = sol.t.length;
  if (style.clip !== undefined) {
    const limit = style.clip;
    const over = sol.x.findIndex((v) => Math.abs(v) > limit);
    // Keep the first point beyond the limit so the curve visibly leaves the plot rather than stopping short.
    if (over >= 0) n = Math.min(n, over + 1);
  }
  return {
    type: 'scatter',
    mode: style.markers ? 'lines+markers' : 'lines',
    x: sol.t.subarray(0, n),
    y: sol.x.subarray(0, n),
    name: style.name,
    showlegend: style.showlegend ?? true,
    line: { color: style.color, width: style.width ?? 2, dash: style.dash ?? 'solid' },
    ...(style.markers ? { marker: { color: style.color, size: 7 } } : {}),
  };
}
