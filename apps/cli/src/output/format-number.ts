/**
 * A number for a human reader: integers as they are, others with 10 significant digits (trailing zeros dropped),
 * exponent notation outside [1e-4, 1e7). The csv and json formats print full precision instead.
 *
 * @example
 * ```ts
 * formatNumber(1 / 3);   // '0.3333333333'
 * formatNumber(2.5e-9);  // '2.5e-9'
 * ```
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-4 && magnitude < 1e7) return String(Number(value.toPrecision(10)));
  return value
    .toExponential(9)
    .replace(/\.?0+e/, 'e')
    .replace('e+', 'e');
}
