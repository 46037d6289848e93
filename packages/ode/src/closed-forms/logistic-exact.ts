import { requireFinite } from '../validate.ts';

/**
 * The exact solution of the logistic equation x′ = x(1 − x), x(0) = x0: x(t) = x0 / (x0 + (1 − x0)·e^(−t)).
 * Written with e^(−t) so that no intermediate overflows for large t (the form x0·eᵗ / (1 − x0 + x0·eᵗ) gives NaN
 * past t ≈ 709). For x0 < 0 the solution blows up at t = ln(1 − 1/x0); beyond it the formula describes the other
 * branch, not the solution. x0 and t must be finite numbers (`ERR_INVALID_ARG` otherwise).
 *
 * @example
 * ```ts
 * logisticExact(0.1, 0);  // 0.1
 * logisticExact(0.1, 10); // 0.9995915675173919 (= 1 / (1 + 9e^−10))
 * ```
 */
export function logisticExact(x0: number, t: number): number {
  requireFinite('x0', x0);
  requireFinite('t', t);
  return x0 / (x0 + (1 - x0) * Math.exp(-t));
}
