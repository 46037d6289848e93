import { dopri5, euler, heun, type Method, midpoint, rk4, solve } from '@phaseflow/ode';
import type { ReferenceMethod } from '../state/explorer-state.ts';
import type { SolutionCurve } from './explorer-view.ts';

/** Points drawn per reference curve: smooth at panel width, few enough to redraw within a frame. */
export const CURVE_POINTS = 200;
/** Starting points of the family, spread evenly over the window. */
export const FAMILY_SIZE = 13;
/** Most steps per reference curve, so that a stiff formula cannot stall a slider move. */
export const MAX_CURVE_STEPS = 4000;

/**
 * Where each fixed-step method's stability interval on the negative real axis ends (|1 + hλ + …| ≤ 1 for
 * −bound ≤ hλ ≤ 0): 2 for Euler, Heun and midpoint, 2.785 for RK4. Steps are kept at 90% of it.
 */
const STABILITY_BOUND: Record<Exclude<ReferenceMethod, 'dopri5'>, number> = {
  euler: 2,
  heun: 2,
  midpoint: 2,
  rk4: 2.785,
};

/** How one curve was computed: its step and whether the step cap cut it short of tMax. */
export interface CurveOptions {
  readonly method: ReferenceMethod;
  /** max |g′| over the window: the stiffness the step must respect (0 when unknown). */
  readonly lipschitz: number;
  readonly xMin: number;
  readonly xMax: number;
}

/**
 * Solves x′ = g(x) from x0 on [0, tMax] for drawing. A fixed-step method takes h = min(tMax / CURVE_POINTS,
 * 0.9·bound / L) with L = max |g′| on the window, so a stiff formula (the notch: L ≈ 400) is drawn stable rather
 * than as a numerical sawtooth; Dormand–Prince chooses its own steps. At most MAX_CURVE_STEPS steps are taken, so
 * a stiff curve may end before tMax (its last time says where). At most CURVE_POINTS + 1 points are returned;
 * values far outside the window are cut (a blow-up would only squash the axis).
 *
 * @example
 * ```ts
 * const c = solutionCurve((x) => x * (1 - x), 0.1, 10, { method: 'rk4', lipschitz: 2, xMin: -0.5, xMax: 1.5 });
 * c.x[c.x.length - 1]; // 0.99975… (exact: 1 / (1 + 9e^-10))
 * ```
 */
export function solutionCurve(
  g: (x: number) => number,
  x0: number,
  tMax: number,
  o: CurveOptions,
): SolutionCurve {
  const sol = solve({ f: g, x0, t1: tMax }, methodFor(o, tMax), { maxSteps: MAX_CURVE_STEPS });
  let t: Float64Array;
  let x: Float64Array;
  if (o.method === 'dopri5' && sol.t.length > 1) {
    const last = sol.t[sol.t.length - 1]!;
    t = Float64Array.from({ length: CURVE_POINTS + 1 }, (_, i) => (last * i) / CURVE_POINTS);
    t[CURVE_POINTS] = last;
    x = sol.at(t);
  } else {
    ({ t, x } = thin(sol.t, sol.x));
  }
  const span = o.xMax - o.xMin;
  const far = x.findIndex((v) => v < o.xMin - 10 * span || v > o.xMax + 10 * span);
  if (far > 0) {
    t = t.subarray(0, far + 1);
    x = x.subarray(0, far + 1);
  }
  return { x0, t, x };
}

/**
 * The reference family: FAMILY_SIZE starting points over the window (cell centres) plus x0 itself.
 *
 * @example
 * ```ts
 * solutionFamily((x) => -x, 0.3, 2, { method: 'rk4', lipschitz: 1, xMin: -1, xMax: 1 }).family.length; // 13
 * ```
 */
export function solutionFamily(
  g: (x: number) => number,
  x0: number,
  tMax: number,
  o: CurveOptions,
): { family: SolutionCurve[]; chosen: SolutionCurve } {
  const family: SolutionCurve[] = [];
  for (let i = 0; i < FAMILY_SIZE; i++) {
    const start = o.xMin + ((i + 0.5) * (o.xMax - o.xMin)) / FAMILY_SIZE;
    family.push(solutionCurve(g, start, tMax, o));
  }
  return { family, chosen: solutionCurve(g, x0, tMax, o) };
}

/** Every m-th point (the last always kept) so that at most CURVE_POINTS + 1 remain. */
function thin(t: Float64Array, x: Float64Array): { t: Float64Array; x: Float64Array } {
  const n = t.length;
  if (n <= CURVE_POINTS + 1) return { t, x };
  const every = Math.ceil((n - 1) / CURVE_POINTS);
  const count = Math.floor((n - 1) / every) + 1 + ((n - 1) % every === 0 ? 0 : 1);
  const tt = new Float64Array(count);
  const xx = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < n; i += every) {
    tt[j] = t[i]!;
    xx[j++] = x[i]!;
  }
  if (j < count) {
    tt[j] = t[n - 1]!;
    xx[j] = x[n - 1]!;
  }
  return { t: tt, x: xx };
}

function methodFor(o: CurveOptions, tMax: number): Method {
  if (o.method === 'dopri5') return dopri5({ rtol: 1e-8, atol: 1e-10 });
  const stable = o.lipschitz > 0 ? (0.9 * STABILITY_BOUND[o.method]) / o.lipschitz : Number.POSITIVE_INFINITY;
  const h = Math.min(tMax / CURVE_POINTS, stable);
  switch (o.method) {
    case 'rk4':
      return rk4({ h });
    case 'heun':
      return heun({ h });
    case 'midpoint':
      return midpoint({ h });
    case 'euler':
      return euler({ h });
  }
}
