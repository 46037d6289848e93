import { jacobian } from '../analysis/jacobian.ts';
import { PhaseflowError } from '../errors.ts';
import type { PlaneEvaluator } from './plane-evaluator.ts';

/** Where Newton's method ended: a fixed point when `converged`, with the size of its last step as `accuracy`. */
export interface NewtonResult {
  x: number;
  y: number;
  converged: boolean;
  /** |f| (Euclidean) at the end point. */
  residual: number;
  /** The length of the last full Newton step: for quadratic convergence, a bound on the distance to the root. */
  accuracy: number;
  iterations: number;
}

/** Limits of {@link newtonPoint}: the iterate must stay inside `bounds`; convergence is a step below `xtol`. */
export interface NewtonLimits {
  bounds: { xMin: number; xMax: number; yMin: number; yMax: number };
  xtol: number;
  maxIterations: number;
}

const HALVINGS = 12;

/**
 * Newton's method for f(x, y) = 0 with the Jacobian of `jacobian` (central differences), damped by halving the
 * step until |f| decreases (at most 12 halvings), so a start in the basin of a root does not jump to a far one. A
 * singular Jacobian, a Jacobian that does not exist (f not finite nearby), an iterate leaving `bounds` or
 * `maxIterations` reached end the run unconverged: every loop here is bounded.
 *
 * @example
 * ```ts
 * const g = planeEvaluator('f', (x, _t, d) => { d[0] = x[1]; d[1] = -Math.sin(x[0]); });
 * newtonPoint(g, 3, 0.1, { bounds: { xMin: -4, xMax: 4, yMin: -1, yMax: 1 }, xtol: 1e-13, maxIterations: 50 });
 * // { x: 3.141592653589793, y: 0, converged: true, … }
 * ```
 */
export function newtonPoint(g: PlaneEvaluator, x0: number, y0: number, limits: NewtonLimits): NewtonResult {
  const { bounds, xtol, maxIterations } = limits;
  const value = new Float64Array(2);
  const trial = new Float64Array(2);
  let x = x0;
  let y = y0;
  g(x, y, value);
  let residual = Math.hypot(value[0]!, value[1]!);
  let accuracy = Number.POSITIVE_INFINITY;
  const end = (converged: boolean, iterations: number): NewtonResult => ({
    x,
    y,
    converged,
    residual,
    accuracy,
    iterations,
  });
  if (!Number.isFinite(residual)) return end(false, 0);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (residual === 0) {
      accuracy = Math.min(accuracy, 0);
      return end(true, iteration - 1);
    }
    let J: Float64Array;
    try {
      J = jacobian(g.f, [x, y]);
    } catch (error) {
      if (error instanceof PhaseflowError && error.code === 'ERR_INVALID_RETURN')
        return end(false, iteration);
      throw error;
    }
    const [a, b, c, d] = J as unknown as [number, number, number, number];
    const det = a * d - b * c;
    if (!(det !== 0 && Number.isFinite(det))) return end(false, iteration);
    const dx = (d * value[0]! - b * value[1]!) / det;
    const dy = (a * value[1]! - c * value[0]!) / det;
    const step = Math.hypot(dx, dy);
    if (!Number.isFinite(step)) return end(false, iteration);
    let lambda = 1;
    let nx = x - dx;
    let ny = y - dy;
    g(nx, ny, trial);
    let next = Math.hypot(trial[0]!, trial[1]!);
    for (let h = 0; h < HALVINGS && !(next < residual); h++) {
      lambda /= 2;
      nx = x - lambda * dx;
      ny = y - lambda * dy;
      g(nx, ny, trial);
      next = Math.hypot(trial[0]!, trial[1]!);
    }
    const scale = Math.max(1, Math.abs(x), Math.abs(y));
    // A step below xtol that no longer lowers |f| is rounding noise around the root: x is as good as it gets.
    if (!(next < residual)) {
      if (step <= xtol * scale) {
        accuracy = step;
        return end(true, iteration);
      }
      return end(false, iteration);
    }
    x = nx;
    y = ny;
    value[0] = trial[0]!;
    value[1] = trial[1]!;
    residual = next;
    accuracy = step;
    if (x < bounds.xMin || x > bounds.xMax || y < bounds.yMin || y > bounds.yMax)
      return end(false, iteration);
    if (lambda === 1 && step <= xtol * scale) return end(true, iteration);
  }
  return end(false, maxIterations);
}
