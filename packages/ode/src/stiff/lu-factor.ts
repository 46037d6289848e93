/**
 * Factors the n×n row-major matrix `a` in place as P·A = L·U by Gaussian elimination with partial pivoting: U on
 * and above the diagonal, L's multipliers below it (its unit diagonal implied), and `pivots[k]` the row swapped
 * with row k at step k. Allocates nothing, so a stiff solver can call it at every step. Returns false when a pivot
 * is zero or not finite (A singular to working precision, or holding NaN): `a` is then left partly factored.
 * @example
 * ```ts
 * const a = Float64Array.of(0, 1, 2, 3);
 * const pivots = new Int32Array(2);
 * luFactor(a, 2, pivots); // true; a = [2, 3, 0, 1], pivots = [1, 1]
 * ```
 */
export function luFactor(a: Float64Array, n: number, pivots: Int32Array): boolean {
  for (let k = 0; k < n; k++) {
    let p = k;
    let max = Math.abs(a[k * n + k]!);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]!);
      if (v > max) {
        max = v;
        p = i;
      }
    }
    pivots[k] = p;
    // `!(max > 0)` also catches NaN; an infinite pivot would turn the multipliers into zeros and NaNs.
    if (!(max > 0) || max === Infinity) return false;
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const s = a[k * n + j]!;
        a[k * n + j] = a[p * n + j]!;
        a[p * n + j] = s;
      }
    }
    const inverse = 1 / a[k * n + k]!;
    for (let i = k + 1; i < n; i++) {
      const m = a[i * n + k]! * inverse;
      a[i * n + k] = m;
      if (m === 0) continue;
      for (let j = k + 1; j < n; j++) a[i * n + j] = a[i * n + j]! - m * a[k * n + j]!;
    }
  }
  return true;
}
