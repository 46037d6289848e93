/**
 * `n` evenly spaced points from `a` to `b`, both included.
 *
 * @example
 * ```ts
 * linspace(0, 1, 3); // Float64Array [0, 0.5, 1]
 * ```
 */
export function linspace(a: number, b: number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = n === 1 ? a : a + ((b - a) * i) / (n - 1);
  // The last point is b itself, not a + (b − a) rounded.
  if (n > 1) out[n - 1] = b;
  return out;
}
