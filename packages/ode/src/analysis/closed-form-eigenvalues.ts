/**
 * The eigenvalues of a 2×2 matrix from its trace, determinant and discriminant tr² − 4·det: λ = (tr ± √disc)/2,
 * the larger-magnitude root computed first and the other as det/λ, so neither suffers cancellation. Sorted by
 * decreasing real part (then imaginary part).
 *
 * @example
 * ```ts
 * closedFormEigenvalues(3, 2, 1); // { re: [2, 1], im: [0, 0] }
 * closedFormEigenvalues(-0.5, 1, -3.75).im; // Float64Array [0.9682458365518543, -0.9682458365518543]
 * ```
 */
export function closedFormEigenvalues(
  trace: number,
  det: number,
  disc: number,
): { re: Float64Array; im: Float64Array } {
  if (disc < 0) {
    const w = Math.sqrt(-disc) / 2;
    return { re: Float64Array.of(trace / 2, trace / 2), im: Float64Array.of(w, -w) };
  }
  const root = Math.sqrt(disc);
  const big = trace >= 0 ? (trace + root) / 2 : (trace - root) / 2;
  const other = big !== 0 ? det / big : (trace - root) / 2;
  return { re: Float64Array.of(Math.max(big, other), Math.min(big, other)), im: new Float64Array(2) };
}

/**
 * Unit eigenvectors of the 2×2 matrix [[a, b], [c, d]] for its real eigenvalues λ1, λ2, as the columns of a
 * row-major 2×2 array (eigenvector k is (v[k], v[2 + k])). Each comes from the better-scaled row of A − λI:
 * (b, λ − a) or (λ − d, c); where both rows vanish (A = λI) every vector is an eigenvector and e_k is used.
 *
 * @example
 * ```ts
 * closedFormEigenvectors(0, 1, 1, 0, 1, -1);
 * // Float64Array [0.7071067811865475, 0.7071067811865475, 0.7071067811865475, -0.7071067811865475]:
 * // (1, 1)/√2 for λ = 1 and (1, −1)/√2 for λ = −1, as columns
 * ```
 */
export function closedFormEigenvectors(
  a: number,
  b: number,
  c: number,
  d: number,
  lambda1: number,
  lambda2: number,
): Float64Array {
  const out = new Float64Array(4);
  [lambda1, lambda2].forEach((lambda, k) => {
    const [p, q] =
      Math.abs(b) + Math.abs(lambda - a) >= Math.abs(lambda - d) + Math.abs(c)
        ? [b, lambda - a]
        : [lambda - d, c];
    const norm = Math.hypot(p, q);
    out[k] = norm === 0 ? (k === 0 ? 1 : 0) : p / norm;
    out[2 + k] = norm === 0 ? (k === 0 ? 0 : 1) : q / norm;
  });
  return out;
}
