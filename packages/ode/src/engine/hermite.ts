/**
 * Cubic Hermite interpolation on one step [ta, tb] from the values and derivatives at both ends: third-order
 * accurate, and continuous with its first derivative across steps.
 */
export function hermite(
  t: number,
  ta: number,
  tb: number,
  xa: number,
  xb: number,
  fa: number,
  fb: number,
): number {
  const h = tb - ta;
  const s = (t - ta) / h;
  const s2 = s * s;
  const s3 = s2 * s;
  const h00 = 2 * s3 - 3 * s2 + 1;
  const h10 = s3 - 2 * s2 + s;
  const h01 = -2 * s3 + 3 * s2;
  const h11 = s3 - s2;
  return h00 * xa + h10 * h * fa + h01 * xb + h11 * h * fb;
}
