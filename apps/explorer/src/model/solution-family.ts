import { dopri5, euler, heun, type Method, midpoint, rk4, solve } from '@phaseflow/ode';
import type { ReferenceMethod } from '../state/explorer-state.ts';
import type { SolutionCurve } from './explorer-view.ts';

/** Points per reference curve: fine enough to look smooth at panel width, few enough to redraw in a frame. */
export const CURVE_POINTS = 200;
/** Starting points of the family, spread evenly over the window. */
export const FAMILY_SIZE = 13;

/**
 * Solves x′ = g(x) from x0 on [0, tMax] with the chosen method (fixed-step methods at h = tMax / CURVE_POINTS,
 * Dormand–Prince sampled through its dense output). A solution that blows up ends where the solver stopped;
 * values far outside the window are cut (they would only squash the axis).
 *
 * @example
 * ```ts
 * const c = solutionCurve((x) => x * (1 - x), 0.1, 10, 'rk4', -0.5, 1.5);
 * c.x[c.x.length - 1]; // 0.99975… (exact: 1 / (1 + 9e^-10))
 * ```
 */
export function solutionCurve(
  g: (x: number) => number,
  x0: number,
  tMax: number,
  method: ReferenceMethod,
  xMin: number,
  xMax: number,
): SolutionCurve {
  const sol = solve({ f: g, x0, t1: tMax }, methodFor(method, tMax), { maxSteps: 20 * CURVE_POINTS });
  let t = sol.t;
  let x = sol.x;
  if (method === 'dopri5' && sol.t.length > 1) {
    const last = sol.t[sol.t.length - 1]!;
    t = Float64Array.from({ length: CURVE_POINTS + 1 }, (_, i) => (last * i) / CURVE_POINTS);
    t[CURVE_POINTS] = last;
    x = sol.at(t);
  }
  const span = xMax - xMin;
  const keep = x.findIndex((v) => v < xMin - 10 * span || v > xMax + 10 * span);
  if (keep > 0) {
    t = t.subarray(0, keep + 1);
    x = x.subarray(0, keep + 1);
  }
  return { x0, t, x };
}

/**
 * The reference family: FAMILY_SIZE starting points over the window (the ends just inside) plus x0 itself.
 *
 * @example
 * ```ts
 * solutionFamily((x) => -x, 0.3, 2, 'rk4', -1, 1).family.length; // 13
 * ```
 */
export function solutionFamily(
  g: (x: number) => number,
  x0: number,
  tMax: number,
  method: ReferenceMethod,
  xMin: number,
  xMax: number,
): { family: SolutionCurve[]; chosen: SolutionCurve } {
  const family: SolutionCurve[] = [];
  for (let i = 0; i < FAMILY_SIZE; i++) {
    const start = xMin + ((i + 0.5) * (xMax - xMin)) / FAMILY_SIZE;
    family.push(solutionCurve(g, start, tMax, method, xMin, xMax));
  }
  return { family, chosen: solutionCurve(g, x0, tMax, method, xMin, xMax) };
}

function methodFor(method: ReferenceMethod, tMax: number): Method {
  const h = tMax / CURVE_POINTS;
  switch (method) {
    case 'rk4':
      return rk4({ h });
    case 'heun':
      return heun({ h });
    case 'midpoint':
      return midpoint({ h });
    case 'euler':
      return euler({ h });
    case 'dopri5':
      return dopri5({ rtol: 1e-8, atol: 1e-10 });
  }
}
