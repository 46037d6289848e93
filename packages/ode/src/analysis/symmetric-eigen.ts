import { scaleBack } from './eigen-parts.ts';
import { powerOfTwoScale } from './power-of-two-scale.ts';
import { readSquareMatrix } from './read-square-matrix.ts';

/** Eigenvalues and orthonormal eigenvectors of a symmetric matrix. */
export interface SymmetricEigen {
  /** The eigenvalues, ascending. */
  values: Float64Array;
  /** Row-major n×n: eigenvector k is column k, its component i at `vectors[i * n + k]`. */
  vectors: Float64Array;
  /** Jacobi sweeps made (each visits every off-diagonal pair once). */
  sweeps: number;
}

const MAX_SWEEPS = 100;

/**
 * Eigen-decomposition of a real symmetric matrix by the cyclic Jacobi method (Jacobi 1846; the rotation formulas
 * of Rutishauser 1971): each rotation zeroes one off-diagonal pair, and sweeps repeat until the off-diagonal part
 * is below ε times the matrix norm. Slow for large n (O(n³) per sweep) but accurate for every eigenvalue, small
 * ones included, and the eigenvectors come out orthonormal. Only the upper triangle is read: the matrix is
 * assumed symmetric (a gradient system's Jacobian −∇²F is). The work is done on the matrix divided by a power of
 * two, so entries near 1e308 or 5e-324 are fine; an eigenvalue beyond the largest double (all entries 1e308: λ =
 * 2e308) throws `ERR_INVALID_ARG`, as do a matrix that is not square, not finite, larger than 256×256 or
 * unreadable.
 *
 * @example
 * ```ts
 * const { values, vectors } = symmetricEigen([[2, 1], [1, 2]]);
 * values;  // Float64Array [0.9999999999999998, 2.9999999999999996] (1 and 3)
 * vectors; // Float64Array [0.7071067811865475, 0.7071067811865475, -0.7071067811865475, 0.7071067811865475]
 * ```
 */
export function symmetricEigen(matrix: ArrayLike<number> | ArrayLike<ArrayLike<number>>): SymmetricEigen {
  const { n, data } = readSquareMatrix('matrix', matrix);
  const a = data;
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a[i * n + j] = a[j * n + i]!;
  // Work on A / 2^k with max|a_ij| near 1, so that squares neither overflow nor underflow into subnormals; a power
  // of two changes no bit, and the eigenvalues scale back exactly.
  const scale = powerOfTwoScale(a);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let norm = 0;
  for (const x of a) norm += x * x;
  let sweeps = 0;
  for (; sweeps < MAX_SWEEPS; sweeps++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off <= Number.EPSILON ** 2 * norm) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (apq === 0) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        // t = tan φ, the smaller root of t² + 2θt − 1 = 0, so the rotation angle is at most π/4.
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        a[p * n + q] = 0;
        a[q * n + p] = 0;
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i * n + i]! - a[j * n + j]!);
  const values = scaleBack(
    'matrix',
    Float64Array.from(order, (i) => a[i * n + i]!),
    scale.back,
  );
  const vectors = new Float64Array(n * n);
  order.forEach((from, k) => {
    for (let i = 0; i < n; i++) vectors[i * n + k] = v[i * n + from]!;
  });
  return { values, vectors, sweeps };
}
