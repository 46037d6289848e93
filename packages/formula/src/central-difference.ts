import { FormulaError } from './formula-error.ts';

/**
 * The derivative of `f` by the central difference (f(x + h) − f(x − h)) / 2h with h = ε^(1/3)·max(1, |x|), the
 * step that balances truncation error (O(h²)) against rounding error (O(ε/h)); about 10 correct digits for a
 * smooth f.
 *
 * @example
 * ```ts
 * centralDifference((x) => x ** 3)(2); // 12.000000000… (about 1e-10 off)
 * ```
 */
export function centralDifference(f: (x: number) => number): (x: number) => number {
  if (typeof f !== 'function') {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      `invalid argument. \`f\` must be a function. Value: \`${typeof f}\`.`,
    );
  }
  return (x: number) => {
    const scale = Math.max(1, Math.abs(x));
    // Round h so that x + h and x − h are exact neighbours of x in binary: the denominator is then exact.
    const h = x + STEP * scale - x;
    return (f(x + h) - f(x - h)) / (2 * h);
  };
}

const STEP = Math.cbrt(Number.EPSILON);
