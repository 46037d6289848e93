import { balance, hessenberg } from './hessenberg.ts';
import { hqr } from './hessenberg-qr.ts';
import { readSquareMatrix } from './read-square-matrix.ts';

/** The eigenvalues of a real matrix: λ_k = re[k] + i·im[k], complex ones in conjugate pairs. */
export interface Eigenvalues {
  re: Float64Array;
  im: Float64Array;
  /** False when the QR iteration did not converge in 300 iterations for some eigenvalue (then the remaining
   * diagonal entries stand in for it): rare, and worth reporting. */
  converged: boolean;
}

/**
 * Every eigenvalue of a real n×n matrix: balancing, reduction to Hessenberg form, then the shifted QR algorithm
 * with Francis double shifts (hqr: Martin, Peters & Wilkinson 1970), which keeps complex pairs in real
 * arithmetic. Sorted by decreasing real part, then decreasing imaginary part. For 2×2 matrices classifyFixedPoint
 * uses the closed form from trace and determinant instead; for symmetric ones, symmetricEigen.
 *
 * @example
 * ```ts
 * const { re, im } = eigenvalues([[0, -1, 0], [1, 0, 0], [0, 0, -2]]);
 * re; // Float64Array [0, 0, -2]
 * im; // Float64Array [1, -1, 0]
 * ```
 */
export function eigenvalues(matrix: ArrayLike<number> | ArrayLike<ArrayLike<number>>): Eigenvalues {
  const { n, data: a } = readSquareMatrix('matrix', matrix);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  // Work on A / max|a_ij| (again after balancing, which can shrink every entry), so that products in the QR sweeps
  // stay far from overflow and underflow.
  let scale = normalize(a);
  balance(a, n);
  scale *= normalize(a);
  hessenberg(a, n);
  const converged = hqr(a, n, re, im);
  for (let i = 0; i < n; i++) [re[i], im[i]] = [re[i]! * scale, im[i]! * scale];
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => re[j]! - re[i]! || im[j]! - im[i]!);
  return {
    re: Float64Array.from(order, (i) => re[i]!),
    im: Float64Array.from(order, (i) => im[i]!),
    converged,
  };
}

/**
 * Divides a by its largest |entry| in place and returns that factor (1 for a zero matrix). Entries below 1e-280 of
 * the largest move no eigenvalue by anything a double can hold, but as subnormals they wreck the balancing and
 * the shifts: they become zeros.
 */
function normalize(a: Float64Array): number {
  let largest = 0;
  for (const x of a) largest = Math.max(largest, Math.abs(x));
  if (largest === 0) return 1;
  for (let i = 0; i < a.length; i++) {
    const v = a[i]! / largest;
    a[i] = Math.abs(v) < 1e-280 ? 0 : v;
  }
  return largest;
}
