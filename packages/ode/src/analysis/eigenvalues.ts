import { scaleBack } from './eigen-parts.ts';
import { balance, hessenberg } from './hessenberg.ts';
import { hqr } from './hessenberg-qr.ts';
import { powerOfTwoScale } from './power-of-two-scale.ts';
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
 * uses the closed form from trace and determinant instead; for symmetric ones, symmetricEigen. The work is done on
 * the matrix divided by a power of two (exact), so entries anywhere from 5e-324 to 1.8e308 are fine; an eigenvalue
 * beyond the largest double throws `ERR_INVALID_ARG`, as do a matrix that is not square, not finite, larger than
 * 256×256 or unreadable.
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
  // Work on A / 2^k with max|a_ij| near 1 (again after balancing, which can shrink every entry), so that products
  // in the QR sweeps stay far from overflow and underflow; powers of two change no bit.
  const first = powerOfTwoScale(a);
  dropNegligible(a);
  balance(a, n);
  const second = powerOfTwoScale(a);
  dropNegligible(a);
  hessenberg(a, n);
  const converged = hqr(a, n, re, im);
  const back = (v: number) => first.back(second.back(v));
  scaleBack('matrix', re, back);
  scaleBack('matrix', im, back);
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => re[j]! - re[i]! || im[j]! - im[i]!);
  return {
    re: Float64Array.from(order, (i) => re[i]!),
    im: Float64Array.from(order, (i) => im[i]!),
    converged,
  };
}

/**
 * Entries below 1e-280 (the largest being near 1) move no eigenvalue by anything a double can hold, but as
 * subnormals they wreck the balancing and the shifts: they become zeros.
 */
function dropNegligible(a: Float64Array): void {
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i]!) < 1e-280) a[i] = 0;
}
