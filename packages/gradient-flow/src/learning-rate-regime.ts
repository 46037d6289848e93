import { requirePositive } from './validate.ts';

/**
 * How gradient descent behaves on a quadratic of curvature L, where the error obeys e_{k+1} = (1 − ηL)·e_k:
 * - `too-small`: 0 < ηL < 1, monotone approach from one side, slow when ηL ≪ 1;
 * - `optimal`: ηL = 1, the minimum in one step (η = 1/2 on F = x²);
 * - `oscillating`: 1 < ηL < 2, the error changes sign every step and still shrinks;
 * - `divergent`: ηL ≥ 2, the error no longer shrinks (at ηL = 2 exactly it flips sign at constant size, grows
 *   beyond).
 */
export type LearningRateRegime = 'too-small' | 'optimal' | 'oscillating' | 'divergent';

// ηL is a product of two rounded numbers: within a few ulps of 1 counts as exactly 1.
const TOLERANCE = 4 * Number.EPSILON;

/**
 * The regime of a learning rate on a quadratic with curvature L (F″, or the largest Hessian eigenvalue).
 * @example
 * ```ts
 * [0.1, 0.5, 0.8, 1.2].map((eta) => learningRateRegime(eta, 2)); // F = x²
 * // ['too-small', 'optimal', 'oscillating', 'divergent']
 * ```
 */
export function learningRateRegime(learningRate: number, curvature: number): LearningRateRegime {
  const eta = requirePositive('learningRate', learningRate);
  const L = requirePositive('curvature', curvature);
  const r = eta * L;
  if (Math.abs(r - 1) <= TOLERANCE) return 'optimal';
  if (r < 1) return 'too-small';
  if (r < 2 * (1 - TOLERANCE)) return 'oscillating';
  return 'divergent';
}
