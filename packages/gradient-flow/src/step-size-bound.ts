import { hessianAt } from './hessian.ts';
import { normalizeObjective, type ScalarObjective, type SystemObjective } from './objective.ts';
import { symmetricEigenvalues } from './symmetric-eigenvalues.ts';

/**
 * The eigenvalues of the Hessian of F at x, ascending: the curvatures along the principal axes. From the user's
 * `hessian` when given, else by finite differences (see `hessianAt`), then a symmetric eigen-solver (Jacobi).
 *
 * @example
 * ```ts
 * hessianEigenvalues({ F: (x: Float64Array) => x[0] ** 2 + 5 * x[1] ** 2 }, [1, 1]); // ≈ Float64Array [2, 10]
 * ```
 */
export function hessianEigenvalues(objective: ScalarObjective, x: number): Float64Array;
export function hessianEigenvalues(objective: SystemObjective, x: ArrayLike<number>): Float64Array;
export function hessianEigenvalues(
  objective: ScalarObjective | SystemObjective,
  x: number | ArrayLike<number>,
): Float64Array;
export function hessianEigenvalues(
  objective: ScalarObjective | SystemObjective,
  x: number | ArrayLike<number>,
): Float64Array {
  const normalized = normalizeObjective(objective, x, 'x');
  return symmetricEigenvalues(hessianAt(normalized, normalized.x0), normalized.dim);
}

/**
 * The largest step size for which gradient descent is stable near x: 2/L, with L the largest Hessian eigenvalue
 * (the Lipschitz constant of ∇F on a quadratic). Above it the stiffest mode of the linearised iteration
 * e_{k+1} = (1 − ηλ)e_k has |1 − ηλ| > 1 and grows: Euler's stability interval, hλ ∈ (−2, 0), read for x′ = −∇F.
 * Returns `Infinity` when no eigenvalue is positive (no direction curves upward, so none limits the step).
 *
 * @example
 * ```ts
 * stepSizeBound({ F: (x: number) => x * x }, 3); // ≈ 1 (L = F″ = 2)
 * ```
 */
export function stepSizeBound(objective: ScalarObjective, x: number): number;
export function stepSizeBound(objective: SystemObjective, x: ArrayLike<number>): number;
export function stepSizeBound(
  objective: ScalarObjective | SystemObjective,
  x: number | ArrayLike<number>,
): number {
  const eigenvalues = hessianEigenvalues(objective, x);
  const L = eigenvalues[eigenvalues.length - 1]!;
  return L > 0 ? 2 / L : Infinity;
}

/**
 * κ = L/μ, the ratio of the largest to the smallest Hessian eigenvalue at x: gradient descent at its best fixed
 * step contracts the error by (κ − 1)/(κ + 1) per step, so κ counts the steps it needs. `Infinity` when the smallest
 * eigenvalue is not positive (x is not in a strongly convex region).
 *
 * @example
 * ```ts
 * conditionNumber({ F: (x: Float64Array) => x[0] ** 2 + 50 * x[1] ** 2 }, [0, 0]); // ≈ 50
 * ```
 */
export function conditionNumber(objective: SystemObjective, x: ArrayLike<number>): number {
  const eigenvalues = hessianEigenvalues(objective, x);
  const mu = eigenvalues[0]!;
  return mu > 0 ? eigenvalues[eigenvalues.length - 1]! / mu : Infinity;
}
