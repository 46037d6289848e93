import {
  backwardEuler,
  dopri5,
  euler,
  heun,
  type Method,
  midpoint,
  rk4,
  rodas4,
  solveMany,
} from '@phaseflow/ode';
import type { ReferenceMethod } from '../state/line-state.ts';
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
const STABILITY_BOUND: Record<Exclude<ReferenceMethod, 'dopri5' | 'rodas4' | 'backward-euler'>, number> = {
  euler: 2,
  heun: 2,
  midpoint: 2,
  rk4: 2.785,
};

/** What the curves are computed with. */
export interface CurveOptions {
  readonly method: ReferenceMethod;
  /** max |g′| over the window: the stiffness the step must respect (0 when unknown). */
  readonly lipschitz: number;
  readonly xMin: number;
  readonly xMax: number;
}

/**
 * Solves x′ = g(x) from every start on [0, tMax] for drawing, as one family through `@phaseflow/ode`'s
 * `solveMany`. A fixed-step method takes h = min(tMax / CURVE_POINTS, 0.9·bound / L) with L = max |g′| on the
 * window, so a stiff formula (the notch: L ≈ 400) is drawn stable rather than as a numerical sawtooth;
 * Dormand–Prince and RODAS choose their own steps and report CURVE_POINTS + 1 even times; backward Euler, stable at
 * any step on a decaying mode, takes h = tMax / CURVE_POINTS whatever L is. At most MAX_CURVE_STEPS steps are
 * taken per member, so a stiff curve may end before tMax (its last time says where), as does one that blows up.
 * At most CURVE_POINTS + 1 points per curve are returned; values far outside the window are cut (they would only
 * squash the axis).
 *
 * @example
 * ```ts
 * const [c] = solutionCurves((x) => x * (1 - x), [0.1], 10, { method: 'rk4', lipschitz: 2, xMin: -0.5, xMax: 1.5 });
 * c.x[c.x.length - 1]; // 0.99975… (exact: 1 / (1 + 9e^-10))
 * ```
 */
export function solutionCurves(
  g: (x: number) => number,
  starts: readonly number[],
  tMax: number,
  o: CurveOptions,
): SolutionCurve[] {
  // Methods outside the explicit fixed-step family report at tEval through solveMany (backward Euler's points fall
  // on them: its grid is t = k·tMax/CURVE_POINTS).
  const sampled = o.method === 'dopri5' || o.method === 'rodas4' || o.method === 'backward-euler';
  const tEval = sampled
    ? Float64Array.from({ length: CURVE_POINTS + 1 }, (_, i) =>
        i === CURVE_POINTS ? tMax : (tMax * i) / CURVE_POINTS,
      )
    : undefined;
  const family = solveMany({ f: g, t1: tMax }, starts, methodFor(o, tMax), {
    maxSteps: MAX_CURVE_STEPS,
    // Mildly stiff presets (the notch) still draw to tMax with dopri5: its stiffness test warns instead of stopping.
    stiffness: 'warn',
    ...(tEval ? { tEval } : {}),
  });
  const span = o.xMax - o.xMin;
  return starts.map((x0, m) => {
    let rows = family.rows[m]!;
    const member = new Float64Array(rows);
    for (let r = 0; r < rows; r++) member[r] = family.x[r * family.count + m]!;
    const far = member.findIndex((v) => v < o.xMin - 10 * span || v > o.xMax + 10 * span);
    if (far > 0) rows = far + 1;
    return { x0, ...thin(family.t.subarray(0, rows), member.subarray(0, rows)) };
  });
}

/**
 * The reference family: FAMILY_SIZE starting points over the window (cell centres), and separately the curve from
 * x0 itself, all solved together.
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
  const starts = Array.from(
    { length: FAMILY_SIZE },
    (_, i) => o.xMin + ((i + 0.5) * (o.xMax - o.xMin)) / FAMILY_SIZE,
  );
  const curves = solutionCurves(g, [...starts, x0], tMax, o);
  return { family: curves.slice(0, FAMILY_SIZE), chosen: curves[FAMILY_SIZE]! };
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
  if (o.method === 'rodas4') return rodas4({ rtol: 1e-6, atol: 1e-9 });
  // Implicit Euler is stable at every step on a decaying mode: no bound from L, the drawing step is enough.
  if (o.method === 'backward-euler') return backwardEuler({ h: tMax / CURVE_POINTS });
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
