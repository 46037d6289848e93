import { PhaseflowError } from '../errors.ts';
import type { SystemRhs } from '../problem.ts';
import { readArguments, safeDescribe } from './argument-error.ts';
import { CENTRAL_STEP } from './central-derivative.ts';
import { finiteNumber, functionArgument, numberIn, readOptions } from './read-options.ts';
import { readVector } from './read-vector.ts';

/** Options of {@link jacobian}. */
export interface JacobianOptions {
  /** The time passed to f (default 0; fixed points are for autonomous systems). */
  t?: number;
  /** Relative step: column j uses h_j = step·max(1, |x_j|), a number in [1e-15, 1] (default ε^(1/3) ≈ 6.1e-6,
   * balancing truncation error O(h²) against rounding O(ε/h)). Below 1e-15, x_j ± h_j would round back to x_j and
   * the quotient would be 0/0. */
  step?: number;
}

const OPTIONS = ['t', 'step'] as const;
/** The largest system: n² entries (8 MB at n = 1024) and 2n evaluations of f. */
export const MAX_JACOBIAN_DIM = 1024;

/**
 * The Jacobian matrix ∂f_i/∂x_j of a system x′ = f(x) at x, by central differences: column j is
 * (f(x + h_j e_j) − f(x − h_j e_j)) / (2h_j), with h_j rounded so that x_j ± h_j are exact doubles (and shortened
 * where x_j ± h_j would pass the largest double). Error O(h²) ≈ 1e-10 relative for smooth f. f is in the system
 * form `f(x, t, dxdt)` (writes into dxdt).
 *
 * Returns an n×n matrix, row-major (entry (i, j) at `[i * n + j]`), ready for classifyFixedPoint; every entry is
 * finite. f not finite at x ± h_j e_j, or a difference quotient beyond the largest double, throws
 * `ERR_INVALID_RETURN`: the Jacobian does not exist there (as a double). Bad arguments (x not an array of 1 to
 * 1024 finite numbers, a step outside [1e-15, 1], anything unreadable) throw `ERR_INVALID_ARG`.
 *
 * @example
 * ```ts
 * // Damped pendulum x′ = v, v′ = −sin x − 0.5 v at its bottom (0, 0)
 * jacobian((x, _t, dxdt) => { dxdt[0] = x[1]; dxdt[1] = -Math.sin(x[0]) - 0.5 * x[1]; }, [0, 0]);
 * // Float64Array [0, 1, -0.9999999999938886, -0.5] (exact: [0, 1, −1, −0.5])
 * ```
 */
export function jacobian(f: SystemRhs, x: ArrayLike<number>, options?: JacobianOptions): Float64Array {
  const { rhs, point, t, step } = readArguments('options', () => {
    const opts = readOptions('options', options, OPTIONS);
    return {
      rhs: functionArgument<SystemRhs>('f', f),
      point: readVector('x', x, MAX_JACOBIAN_DIM),
      t: opts.t === undefined ? 0 : finiteNumber('options.t', opts.t),
      step: opts.step === undefined ? CENTRAL_STEP : numberIn('options.step', opts.step, 1e-15, 1),
    };
  });
  const n = point.length;
  const J = new Float64Array(n * n);
  const plus = new Float64Array(n);
  const minus = new Float64Array(n);
  const probe = point.slice();
  for (let j = 0; j < n; j++) {
    const xj = point[j]!;
    let reach = step * Math.max(1, Math.abs(xj));
    while (!Number.isFinite(xj + reach) || !Number.isFinite(xj - reach)) reach /= 2;
    const up = xj + reach;
    const down = xj - reach;
    probe[j] = up;
    evaluate(rhs, probe, t, plus, j);
    probe[j] = down;
    evaluate(rhs, probe, t, minus, j);
    probe[j] = xj;
    // (plus − minus)/(up − down), halved first so that neither difference overflows.
    const width = up / 2 - down / 2;
    for (let i = 0; i < n; i++) {
      const entry = (plus[i]! / 2 - minus[i]! / 2) / width;
      if (!Number.isFinite(entry)) {
        throw new PhaseflowError(
          'ERR_INVALID_RETURN',
          `invalid return value. \`f\` changes too fast near x: ∂f_${i}/∂x_${j} is beyond the largest double. Value: \`${safeDescribe(entry)}\`.`,
        );
      }
      J[i * n + j] = entry;
    }
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
        `invalid return value. \`f\` must write a finite dxdt[${i}] near x (perturbing component ${column}). Value: \`${safeDescribe(out[i])}\`.`,
      );
    }
  }
}
