import { notANumber } from '../engine/not-a-number.ts';
import { invalidArgument } from '../errors.ts';
import { requireFunction } from '../validate.ts';

/**
 * The relative step of every central difference in the library: h = ∛ε · max(1, |x|), ε the float64 spacing at 1.
 *
 * Why ∛ε: the central quotient (f(x + h) − f(x − h)) / 2h has truncation error h²·f‴/6 and rounding error about
 * ε·|f| / h; the sum is smallest near h = ∛ε ≈ 6.06e-6 (relative to the scale of x), where both are O(ε^(2/3)),
 * i.e. about 10 correct digits.
 *
 * @example
 * ```ts
 * CENTRAL_STEP; // 6.055454452393343e-6
 * ```
 */
export const CENTRAL_STEP = Math.cbrt(Number.EPSILON);

/**
 * f′(x) by the central difference (f(x + h) − f(x − h)) / ((x + h) − (x − h)) with h = CENTRAL_STEP·max(1, |x|):
 * about 10 correct digits for a smooth f. It divides by the distance actually represented, so rounding x ± h to the
 * float grid does not bias it. `f` must be a function and x a number (`ERR_INVALID_ARG` otherwise); a non-finite
 * x or f value gives a non-finite quotient, for the caller to read as a numerical outcome.
 *
 * @example
 * ```ts
 * centralDerivative((x) => x ** 3, 2); // 12.000000000146674 (exact: 12)
 * ```
 */
export function centralDerivative(f: (x: number) => number, x: number): number {
  requireFunction('f', f);
  if (typeof x !== 'number') throw invalidArgument('x', 'must be a number', x);
  const h = CENTRAL_STEP * Math.max(1, Math.abs(x));
  const xp = x + h;
  const xm = x - h;
  const fp = f(xp);
  const fm = f(xm);
  // A BigInt would throw a raw TypeError in the quotient, a string be coerced: a non-number is ERR_INVALID_RETURN.
  if (typeof fp !== 'number') throw notANumber('f', fp);
  if (typeof fm !== 'number') throw notANumber('f', fm);
  return (fp - fm) / (xp - xm);
}
