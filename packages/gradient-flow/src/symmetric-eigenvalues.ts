import { symmetricEigen } from '@phaseflow/ode';

/**
 * Eigenvalues of a real symmetric n×n matrix (row-major), ascending: `@phaseflow/ode`'s Jacobi routine applied to
 * the symmetric part (A + Aᵀ)/2. A Hessian made by finite differences is symmetric only up to rounding, and
 * averaging the two triangles uses both halves of that information instead of discarding one.
 *
 * @example
 * ```ts
 * symmetricEigenvalues([2, 1, 1, 2], 2); // Float64Array [0.9999999999999998, 2.9999999999999996] (1 and 3)
 * ```
 */
export function symmetricEigenvalues(matrix: ArrayLike<number>, n: number): Float64Array {
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) a[i * n + j] = 0.5 * (matrix[i * n + j]! + matrix[j * n + i]!);
  }
  return symmetricEigen(a).values;
}
