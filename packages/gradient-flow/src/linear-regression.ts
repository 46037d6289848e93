import { PhaseflowError } from '@phaseflow/ode';
import type { SystemObjective } from './objective.ts';
import { toFiniteVector } from './validate.ts';

/** An objective that is a mean over samples, F = (1/n) Σ f_i, with the gradient of any minibatch's mean. */
export interface FiniteSumObjective extends Required<SystemObjective> {
  readonly dim: number;
  /** n, the number of samples. */
  readonly samples: number;
  /** Writes the gradient of (1/|B|) Σ_{i ∈ B} f_i into `out`: an unbiased estimate of ∇F for a uniform batch. */
  batchGrad(x: Float64Array, batch: ArrayLike<number>, out: Float64Array): void;
}

/** The least-squares line and the quantities that govern gradient descent on its mean squared error. */
export interface LinearRegression extends FiniteSumObjective {
  /** The minimizer (w1, w2): slope and intercept from the normal equations. */
  readonly solution: Float64Array;
  /** F at the solution, the smallest mean squared error. */
  readonly minimum: number;
}

/**
 * Mean squared error of the line ŷ = w1·x + w2 over samples (X_i, y_i): F(w) = (1/n) Σ (y_i − w1·X_i − w2)²,
 * ∇F = −(2/n) Σ r_i·(X_i, 1) with r_i = y_i − ŷ_i, Hessian (2/n)·[[Σx², Σx], [Σx, n]] (constant: F is a
 * quadratic, so its condition number and 2/L are exact properties of the data). The solution is computed on data
 * scaled to magnitude 1, so X near the float limits (1e200) still gives the right line; Hessian entries that exceed
 * the largest double (Σx²/n for such X) are +∞, as they truly are.
 *
 * @example
 * ```ts
 * const fit = linearRegression([1, 2, 3, 4], [2, 4, 5, 4]);
 * fit.solution; // Float64Array [0.7, 2] (up to rounding: slope 3.5/5, intercept 3.75 − 0.7·2.5)
 * ```
 */
export function linearRegression(X: ArrayLike<number>, y: ArrayLike<number>): LinearRegression {
  const xs = toFiniteVector('X', X);
  const ys = toFiniteVector('y', y);
  const n = xs.length;
  if (ys.length !== n) {
    throw new PhaseflowError(
      'ERR_DIM_MISMATCH',
      `dimension mismatch. \`y\` must have the length of \`X\` (${n}). Value: \`${ys.length}\`.`,
    );
  }
  // The normal equations on X/sX and y/sY, each scaled by its largest magnitude, so that squares of data near the
  // float limits (X = 1e200) neither overflow nor underflow; the slope is then rescaled by sY/sX.
  let sX = 0;
  let sY = 0;
  let sx = 0;
  let sumSquares = 0;
  for (let i = 0; i < n; i++) {
    sX = Math.max(sX, Math.abs(xs[i]!));
    sY = Math.max(sY, Math.abs(ys[i]!));
    sx += xs[i]!;
    sumSquares += xs[i]! * xs[i]!;
  }
  sX ||= 1;
  sY ||= 1;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]! / sX / n;
    my += ys[i]! / sY / n;
  }
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! / sX - mx;
    sxx += dx * dx;
    sxy += dx * (ys[i]! / sY - my);
  }
  if (!(sxx > 0)) {
    throw new PhaseflowError(
      'ERR_INVALID_ARG',
      'invalid argument. `X` must hold at least two distinct values. Value: `all equal`.',
    );
  }
  const unitSlope = sxy / sxx;
  const solution = Float64Array.of(unitSlope * (sY / sX), sY * (my - unitSlope * mx));

  const batchGrad = (w: Float64Array, batch: ArrayLike<number>, out: Float64Array) => {
    let g1 = 0;
    let g2 = 0;
    for (let j = 0; j < batch.length; j++) {
      const i = batch[j]!;
      const r = ys[i]! - (w[0]! * xs[i]! + w[1]!);
      g1 += xs[i]! * r;
      g2 += r;
    }
    out[0] = (-2 * g1) / batch.length;
    out[1] = (-2 * g2) / batch.length;
  };
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const F = (w: Float64Array) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (ys[i]! - (w[0]! * xs[i]! + w[1]!)) ** 2;
    return s / n;
  };
  return {
    dim: 2,
    samples: n,
    F,
    grad: (w, out) => batchGrad(w, all, out),
    batchGrad,
    hessian: (_w, out) => {
      out[0] = (2 * sumSquares) / n;
      out[1] = (2 * sx) / n;
      out[2] = out[1];
      out[3] = 2;
    },
    solution,
    minimum: F(solution),
  };
}
