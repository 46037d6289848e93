/** A scaling of a matrix by a power of two, which changes no bit of any entry (short of underflow). */
export interface PowerOfTwoScale {
  /** log₂ of the factor the entries were divided by. */
  exponent: number;
  /** A value of the scaled matrix back at the original scale (±∞ when it is beyond the doubles). */
  back(value: number): number;
}

/**
 * Divides the entries of `a` in place by a power of two 2^k that brings the largest |entry| into [0.25, 1), so
 * that the arithmetic on it (squares, products, determinants) neither overflows nor underflows, and every result
 * scales back exactly. A zero matrix is left as it is (k = 0). The factor is applied in two halves so that
 * neither overflows, even for entries near 1e308 or 5e-324.
 *
 * @example
 * ```ts
 * const a = Float64Array.of(1e200, 0, 0, 1e200);
 * const s = powerOfTwoScale(a); // a is now [0.5…, 0, 0, 0.5…]
 * s.back(a[0]); // 1e200 exactly
 * ```
 */
export function powerOfTwoScale(a: Float64Array): PowerOfTwoScale {
  let largest = 0;
  for (const v of a) largest = Math.max(largest, Math.abs(v));
  if (largest === 0) return { exponent: 0, back: (v) => v };
  let k = Math.floor(Math.log2(largest)) + 1;
  // log2 rounds up near powers of two: make sure largest < 2^k.
  if (largest * 2 ** -Math.trunc(k / 2) * 2 ** -(k - Math.trunc(k / 2)) >= 1) k++;
  const k1 = Math.trunc(k / 2);
  const k2 = k - k1;
  const down1 = 2 ** -k1;
  const down2 = 2 ** -k2;
  for (let i = 0; i < a.length; i++) a[i] = a[i]! * down1 * down2;
  const up1 = 2 ** k1;
  const up2 = 2 ** k2;
  return { exponent: k, back: (v) => v * up1 * up2 };
}
