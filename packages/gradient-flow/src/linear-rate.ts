import { symmetricEigen } from '@phaseflow/ode';
import { hessianAt } from './hessian.ts';
import { normalizeObjective, type ScalarObjective, type SystemObjective } from './objective.ts';
import { checkOptions, requirePositive } from './validate.ts';

/** How gradient descent behaves near a critical point x*, direction by direction. */
export interface LinearRate {
  /** The Hessian's eigenvalues λᵢ at x*, ascending. */
  readonly eigenvalues: Float64Array;
  /** The unit eigen-directions, row-major n×n: direction i is column i, its component j at `directions[j * n + i]`. */
  readonly directions: Float64Array;
  /** 1 − ηλᵢ per direction: the factor by which GD multiplies the error along direction i each step. */
  readonly factors: Float64Array;
  /** The predicted linear rate max|1 − ηλᵢ|: the error shrinks (rate < 1) or grows by this factor per step. */
  readonly rate: number;
  /** True when some direction has |1 − ηλᵢ| > 1 (η > 2/λᵢ for a positive λᵢ, or any η along a negative one). */
  readonly diverging: boolean;
}

/**
 * Linearises gradient descent at a critical point x*: near x*, e_{k+1} = (I − ηH)e_k, so along eigen-direction i of the
 * Hessian H the error is multiplied by 1 − ηλᵢ each step, and the slowest direction sets the rate max|1 − ηλᵢ|. Uses
 * the objective's own `hessian` when given (a finite-difference Hessian errs by about 1e-7, too much to place 2/λmax
 * to 1e-9), else central differences (see `hessianEigenvalues`). Divergence starts at η = 2/λmax.
 *
 * @example
 * ```ts
 * const F = { F: (x: Float64Array) => (x[0] ** 2 + 10 * x[1] ** 2) / 2,
 *   hessian: (_x: Float64Array, out: Float64Array) => out.set([1, 0, 0, 10]) };
 * linearRate(F, [0, 0], { learningRate: 0.1 }); // rate 0.9 (= 1 − 0.1·1), factors [0.9, 0], diverging false
 * ```
 */
export function linearRate(
  objective: ScalarObjective | SystemObjective,
  xStar: number | ArrayLike<number>,
  options: { learningRate: number },
): LinearRate {
  const opts = checkOptions('options', options, ['learningRate']);
  const eta = requirePositive('options.learningRate', opts.learningRate);
  const normalized = normalizeObjective(objective, xStar, 'xStar');
  const n = normalized.dim;
  const H = hessianAt(normalized, normalized.x0);
  const { values, vectors } = symmetricEigen(H);
  const factors = values.map((lambda) => 1 - eta * lambda);
  let rate = 0;
  for (const f of factors) rate = Math.max(rate, Math.abs(f));
  return { eigenvalues: values, directions: vectors.slice(0, n * n), factors, rate, diverging: rate > 1 };
}
