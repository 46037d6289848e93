import { CENTRAL_STEP } from './central-derivative.ts';

/** A finite-difference derivative with an estimate of its error. */
export interface DifferenceEstimate {
  /** f′(x), Richardson-extrapolated from central differences at h and 2h. */
  value: number;
  /** |D(h) − D(2h)| plus the rounding term: a generous bound on the error of `value`. */
  error: number;
  /** (f(x + h) − 2f(x) + f(x − h)) / h², used to see how fast f′ changes near x. */
  second: number;
  h: number;
}

/**
 * Central differences at h = CENTRAL_STEP·max(1, |x|) = ε^(1/3)·max(1, |x|) (the step that balances truncation, O(h²), against rounding,
 * O(ε/h)) and at 2h, extrapolated. h is rounded so that x ± h are exact doubles. Returns null when f is not finite
 * at one of the five points.
 *
 * @example
 * ```ts
 * centralDifference(Math.sin, 0); // { value: 1, error: 1.8e-11, second: 0, h: 0.0000060554544523933395 }
 * ```
 */
export function centralDifference(f: (x: number) => number, x: number): DifferenceEstimate | null {
  const h = x + CENTRAL_STEP * Math.max(1, Math.abs(x)) - x;
  const f0 = f(x);
  const fp1 = f(x + h);
  const fm1 = f(x - h);
  const fp2 = f(x + 2 * h);
  const fm2 = f(x - 2 * h);
  if (![f0, fp1, fm1, fp2, fm2].every(Number.isFinite)) return null;
  const d1 = (fp1 - fm1) / (2 * h);
  const d2 = (fp2 - fm2) / (4 * h);
  const rounding =
    (4 * Number.EPSILON * Math.max(Math.abs(fp1), Math.abs(fm1), Math.abs(fp2), Math.abs(fm2))) / h;
  return {
    value: d1 + (d1 - d2) / 3,
    error: Math.abs(d1 - d2) + rounding,
    second: (fp1 - 2 * f0 + fm1) / (h * h),
    h,
  };
}
