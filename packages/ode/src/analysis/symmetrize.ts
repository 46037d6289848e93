import { invalidArgument } from '../errors.ts';
import { readArguments, requireInteger } from '../validate.ts';

/**
 * Replaces a square matrix (row-major n×n, in place) by its symmetric part (A + Aᵀ)/2, each pair set to
 * a_ij/2 + a_ji/2: halving first means no sum overflows, so entries near the float limits stay finite. A matrix that
 * should be symmetric but was computed (finite differences of a gradient, a Jacobian −∇²F) is symmetric only up to
 * rounding; averaging uses both triangles instead of discarding one. Non-finite entries propagate as arithmetic
 * says. `matrix` must be a Float64Array of n² numbers (`ERR_INVALID_ARG` otherwise); it is returned.
 *
 * @example
 * ```ts
 * symmetrize(Float64Array.of(2, 1, 3, 2), 2); // Float64Array [2, 2, 2, 2]
 * ```
 */
export function symmetrize(matrix: Float64Array, n: number): Float64Array {
  requireInteger('n', n, 1);
  // instanceof runs a Proxy's getPrototypeOf trap: read under the guard, where a throwing trap is ERR_INVALID_ARG.
  readArguments('matrix', () => {
    if (!(matrix instanceof Float64Array) || matrix.length !== n * n) {
      throw invalidArgument('matrix', `must be a Float64Array of n² = ${n * n} numbers (row-major)`, matrix);
    }
  });
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const m = matrix[i * n + j]! / 2 + matrix[j * n + i]! / 2;
      matrix[i * n + j] = m;
      matrix[j * n + i] = m;
    }
  }
  return matrix;
}
