/**
 * The Euclidean norm of `v` (optionally of v − w), scaled by the largest magnitude first so that squaring cannot
 * overflow: a gradient of 1e200 has norm 1e200, not ∞.
 */
export function norm2(v: ArrayLike<number>, w?: ArrayLike<number>): number {
  let scale = 0;
  for (let i = 0; i < v.length; i++) scale = Math.max(scale, Math.abs(v[i]! - (w ? w[i]! : 0)));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const r = (v[i]! - (w ? w[i]! : 0)) / scale;
    sum += r * r;
  }
  return scale * Math.sqrt(sum);
}
