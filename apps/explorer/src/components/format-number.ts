/**
 * How a number is written: `full` the shortest text that reads back as the same double, `fixed4` four decimals,
 * `sig3` three significant digits (exponent notation for the tiny and the huge), `text` as is, or a count of
 * significant digits (trailing zeros dropped).
 */
export type NumberFormat = 'full' | 'fixed4' | 'sig3' | 'text' | number;

/**
 * A number as a table cell, a readout or a slider shows it: the one formatter of the explorer and the walkthrough. `full` is the shortest text that reads back as the same double,
 * so two cells with equal text hold bit-for-bit equal numbers.
 *
 * @example
 * ```ts
 * formatNumber(0.1 + 0.2, 'full');  // '0.30000000000000004'
 * formatNumber(0.000123, 'sig3');   // '0.000123'
 * formatNumber(1.77e-8, 'sig3');    // '1.77e-8'
 * formatNumber(2 / 3, 'fixed4');    // '0.6667'
 * formatNumber(0.123456, 4);        // '0.1235'
 * ```
 */
export function formatNumber(value: number | string, format: NumberFormat): string {
  if (typeof value === 'string') return value;
  if (Object.is(value, -0)) value = 0;
  if (typeof format === 'number') {
    if (!Number.isFinite(value)) return String(value);
    return String(Number(value.toPrecision(format)));
  }
  switch (format) {
    case 'full':
      return String(value);
    case 'fixed4':
      return value.toFixed(4);
    case 'sig3': {
      const size = Math.abs(value);
      if (size === 0) return '0';
      // Plain decimals where they stay short, exponent notation for the tiny and the huge.
      return size >= 1e-4 && size < 1e5
        ? String(Number(value.toPrecision(3)))
        : value.toExponential(2).replace('e+', 'e');
    }
    case 'text':
      return String(value);
  }
}
