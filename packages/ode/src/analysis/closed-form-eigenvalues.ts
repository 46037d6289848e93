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
