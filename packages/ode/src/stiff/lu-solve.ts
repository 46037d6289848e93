/**
 * Solves A·x = b in place (`b` becomes x) from the factors `luFactor` left in `lu` and `pivots`: the row swaps, then
 * forward substitution with L (unit diagonal) and back substitution with U. Allocates nothing.
 * @example
 * ```ts
 * const lu = Float64Array.of(0, 1, 2, 3);
 * const pivots = new Int32Array(2);
 * luFactor(lu, 2, pivots);
 * const b = Float64Array.of(1, 5);
 * luSolve(lu, 2, pivots, b); // b = [1, 1]: 0·1 + 1·1 = 1, 2·1 + 3·1 = 5
 * ```
 */
export function luSolve(lu: Float64Array, n: number, pivots: Int32Array, b: Float64Array): void {
  for (let k = 0; k < n; k++) {
    const p = pivots[k]!;
    if (p !== k) {
      const s = b[k]!;
      b[k] = b[p]!;
      b[p] = s;
    }
  }
  for (let i = 1; i < n; i++) {
    let sum = b[i]!;
    for (let j = 0; j < i; j++) sum -= lu[i * n + j]! * b[j]!;
    b[i] = sum;
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = b[i]!;
    for (let j = i + 1; j < n; j++) sum -= lu[i * n + j]! * b[j]!;
    b[i] = sum / lu[i * n + i]!;
  }
}
