import { PhaseflowError, symmetricEigen, symmetrize } from '@phaseflow/ode';
import { requireInteger, toFiniteVector, tooLarge } from './validate.ts';

/** The largest n `symmetricEigenvalues` takes (Jacobi costs O(n³) per sweep: n = 1024 already takes seconds). */
const MAX_N = 1024;

/**
 * Eigenvalues of a real symmetric n×n matrix (row-major), ascending: `@phaseflow/ode`'s Jacobi routine applied to
 * the symmetric part (A + Aᵀ)/2. A Hessian made by finite differences is symmetric only up to rounding, and
 * averaging the two triangles uses both halves of that information instead of discarding one. The matrix is scaled
 * by its largest entry first, so entries near the float limits (1e308) give finite eigenvalues where they exist.
 * `matrix` must hold n² finite numbers (`ERR_DIM_MISMATCH` otherwise); n is at most 1024.
 *
 * @example
 * ```ts
 * symmetricEigenvalues([2, 1, 1, 2], 2); // Float64Array [0.9999999999999998, 2.9999999999999996] (1 and 3)
 * ```
 */
export function symmetricEigenvalues(matrix: ArrayLike<number>, n: number): Float64Array {
  requireInteger('n', n, 1);
  if (n > MAX_N) throw tooLarge('n', `must be at most ${MAX_N}`, n);
  const m = toFiniteVector('matrix', matrix);
  if (m.length !== n * n) {
    throw new PhaseflowError(
      'ERR_DIM_MISMATCH',
      `dimension mismatch. \`matrix\` must hold n² = ${n * n} numbers (row-major). Value: \`${m.length}\`.`,
    );
  }
  let scale = 0;
  for (const v of m) scale = Math.max(scale, Math.abs(v));
  if (scale === 0) return new Float64Array(n);
  const a = symmetrize(
    m.map((v) => v / scale),
    n,
  );
  return symmetricEigen(a).values.map((v) => v * scale);
}
