/**
 * Hairer's DOP853 error norm from the sums of squared scaled errors of the fifth-order (`sum`) and third-order
 * (`sumLow`) estimators over `dim` components: the fifth-order estimate, damped where the third-order one is much
 * larger. NaN when either sum is not finite (the trial is rejected).
 */
export function dop853Norm(h: number, sum: number, sumLow: number, dim: number): number {
  if (sum - sum !== 0 || sumLow - sumLow !== 0) return Number.NaN;
  const denominator = sum + 0.01 * sumLow;
  return denominator > 0 ? (Math.abs(h) * sum) / Math.sqrt(denominator * dim) : 0;
}
