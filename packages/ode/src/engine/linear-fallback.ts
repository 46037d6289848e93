/**
 * Where an interpolant is not finite at t in step k (its slopes overflowed: f at a stored point of a blowing-up run
 * can be ±∞ although the point itself is finite), replaces out[offset .. offset + dim) by the straight line between
 * the two stored points, so that interpolated values are never NaN or ±∞.
 */
export function linearFallback(
  out: Float64Array,
  offset: number,
  dim: number,
  t: number,
  k: number,
  ts: Float64Array,
  xs: Float64Array,
): void {
  let sum = 0;
  for (let i = 0; i < dim; i++) sum += out[offset + i]!;
  if (sum - sum === 0) return;
  const ta = ts[k]!;
  const tb = ts[k + 1]!;
  const s = tb === ta ? 0 : (t - ta) / (tb - ta);
  for (let i = 0; i < dim; i++) {
    const a = xs[k * dim + i]!;
    const b = xs[(k + 1) * dim + i]!;
    out[offset + i] = a + s * (b - a);
  }
}
