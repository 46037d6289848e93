/**
 * The step rule of every central difference in this package: h = ∛ε · max(1, |x|), ε the float64 spacing at 1.
 *
 * Why ∛ε: the central quotient (F(x + h) − F(x − h)) / 2h has truncation error h²·F‴/6 and rounding error about
 * ε·|F| / h; the sum is smallest near h = ∛ε ≈ 6.06e-6 (relative to the scale of x), where both are O(ε^(2/3)),
 * i.e. about 10 correct digits. The quotient divides by the distance actually represented, (x + h) − (x − h),
 * so rounding x ± h to the float grid does not bias it.
 *
 * @example
 * ```ts
 * CENTRAL_STEP; // 6.055454452393343e-6
 * ```
 */
export const CENTRAL_STEP = Math.cbrt(Number.EPSILON);

/** Central-difference derivative of a scalar function at x (step rule above). */
export function centralDerivative(F: (x: number) => number, x: number): number {
  const h = CENTRAL_STEP * Math.max(1, Math.abs(x));
  const xp = x + h;
  const xm = x - h;
  return (F(xp) - F(xm)) / (xp - xm);
}

/**
 * Central-difference gradient of F: R^n → R, written into `out`. `work` is a scratch copy of length n, passed in so
 * that a stepping loop calling this allocates nothing.
 */
export function centralGradient(
  F: (x: Float64Array) => number,
  x: Float64Array,
  out: Float64Array,
  work: Float64Array,
): void {
  work.set(x);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const h = CENTRAL_STEP * Math.max(1, Math.abs(xi));
    const xp = xi + h;
    const xm = xi - h;
    work[i] = xp;
    const fp = F(work);
    work[i] = xm;
    const fm = F(work);
    work[i] = xi;
    out[i] = (fp - fm) / (xp - xm);
  }
}
