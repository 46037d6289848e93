import { flowFromFormula } from '@phaseflow/formula';

/**
 * The walkthrough's running example, built from its formula by @phaseflow/formula like any user input:
 * f(x) = x(1 − x) and the potential F(x) = x²/2 − x³/3 with F′ = f.
 */
export const LOGISTIC = flowFromFormula('x*(1-x)');

/**
 * The exact solution of x′ = x(1 − x), x(0) = x0: x(t) = x0·eᵗ / (1 − x0 + x0·eᵗ), finite for all t ≥ 0 when
 * x0 ≥ 0; for x0 < 0 it blows up at t = ln(1 − 1/x0).
 *
 * @example
 * ```ts
 * logisticExact(0.5, 0); // 0.5
 * ```
 */
export function logisticExact(x0: number, t: number): number {
  const g = Math.exp(t);
  return (x0 * g) / (1 - x0 + x0 * g);
}
