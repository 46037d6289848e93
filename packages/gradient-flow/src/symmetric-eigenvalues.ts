/**
 * Eigenvalues of a real symmetric n×n matrix (row-major), ascending, by the cyclic Jacobi method: plane rotations
 * zero each off-diagonal entry in turn until the off-diagonal mass is negligible against the diagonal. Jacobi is
 * slow for large n but exact to a few ulps relative to ‖A‖ and twenty lines long, which is what a 2-D or 10-D
 * Hessian needs (Golub & Van Loan, *Matrix Computations*, §8.5). Only the symmetric part (A + Aᵀ)/2 is used.
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
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diag = 0;
    for (let i = 0; i < n; i++) {
      diag += a[i * n + i]! ** 2;
      for (let j = i + 1; j < n; j++) off += a[i * n + j]! ** 2;
    }
    if (off <= Number.EPSILON ** 2 * diag || off === 0) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (apq === 0) continue;
        // The rotation angle θ with tan 2θ = 2a_pq / (a_qq − a_pp); t = tan θ, the smaller root for stability.
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
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
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i]!;
  return values.sort();
}
