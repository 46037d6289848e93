import { describeValue, PhaseflowError } from '../errors.ts';
import type { SystemRhs } from '../problem.ts';
import {
  checkOptions,
  requireFinite,
  requireFunction,
  requirePositive,
  toFiniteVector,
} from '../validate.ts';

/** Options of {@link jacobian}. */
export interface JacobianOptions {
  /** The time passed to f (default 0; fixed points are for autonomous systems). */
  t?: number;
  /** Relative step: column j uses h_j = step·max(1, |x_j|) (default ε^(1/3) ≈ 6.1e-6, balancing truncation
   * error O(h²) against rounding O(ε/h)). */
  step?: number;
}

const OPTIONS = ['t', 'step'] as const;

/**
 * The Jacobian matrix ∂f_i/∂x_j of a system x′ = f(x) at x, by central differences: column j is
 * (f(x + h_j e_j) − f(x − h_j e_j)) / (2h_j), with h_j rounded so that x_j ± h_j are exact doubles. Error
 * O(h²) ≈ 1e-10 relative for smooth f. f is in the system form `f(x, t, dxdt)` (writes into dxdt).
 *
 * Returns an n×n matrix, row-major (entry (i, j) at `[i * n + j]`), ready for classifyFixedPoint. f not finite
 * at x ± h_j e_j throws `ERR_INVALID_RETURN`: the Jacobian does not exist there.
 *
 * @example
 * ```ts
 * // Damped pendulum x′ = v, v′ = −sin x − 0.5 v at its bottom (0, 0)
 * jacobian((x, _t, dxdt) => { dxdt[0] = x[1]; dxdt[1] = -Math.sin(x[0]) - 0.5 * x[1]; }, [0, 0]);
 * // Float64Array [0, 1, -0.9999999999938886, -0.5] (exact: [0, 1, −1, −0.5])
 * ```
 */
export function jacobian(f: SystemRhs, x: ArrayLike<number>, options?: JacobianOptions): Float64Array {
  const rhs = requireFunction<SystemRhs>('f', f);
  const point = toFiniteVector('x', x);
  const opts = checkOptions('options', options, OPTIONS) as JacobianOptions;
  const t = opts.t === undefined ? 0 : requireFinite('options.t', opts.t);
  const step =
    opts.step === undefined ? Math.cbrt(Number.EPSILON) : requirePositive('options.step', opts.step);
  const n = point.length;
  const J = new Float64Array(n * n);
  const plus = new Float64Array(n);
  const minus = new Float64Array(n);
  const probe = point.slice();
  for (let j = 0; j < n; j++) {
    const xj = point[j]!;
    const h = xj + step * Math.max(1, Math.abs(xj)) - xj;
    probe[j] = xj + h;
    evaluate(rhs, probe, t, plus, j);
    probe[j] = xj - h;
    evaluate(rhs, probe, t, minus, j);
    probe[j] = xj;
    for (let i = 0; i < n; i++) J[i * n + j] = (plus[i]! - minus[i]!) / (2 * h);
  }
  return J;
}

function evaluate(f: SystemRhs, x: Float64Array, t: number, out: Float64Array, column: number): void {
  out.fill(Number.NaN);
  f(x.slice(), t, out);
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i]!)) {
      throw new PhaseflowError(
        'ERR_INVALID_RETURN',
        `invalid return value. \`f\` must write a finite dxdt[${i}] near x (perturbing component ${column}). Value: \`${describeValue(out[i])}\`.`,
      );
    }
  }
}
