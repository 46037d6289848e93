import { centralDifference } from '../analysis/central-difference.ts';
import type { ScalarRhs } from '../problem.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { checkOptions, requireFinite, requireFunction } from '../validate.ts';
import { smallestPositiveRoot } from './smallest-positive-root.ts';
import { stabilityFunction } from './stability-function.ts';

/** Options of {@link criticalStep}. */
export interface CriticalStepOptions {
  /** f′, used at x* instead of a central difference. */
  derivative?: (x: number) => number;
}

/**
 * The largest step h for which the equilibrium x* is an attracting fixed point of the method's step map: the step
 * map's multiplier at x* is R(h·λ), λ = f′(x*), so this is the end of the interval (0, h*) on which |R(hλ)| < 1,
 * the smallest r > 0 with |R(−r)| = 1 (a root of N(−r) ∓ D(−r)), divided by |λ|. Euler: 2/|λ|; RK4: 2.785/|λ|; for
 * gradient descent on F, 2/F″(x*). Returns 0 when λ ≥ 0 (x* does not attract the flow, or not to first order),
 * Infinity when |R(−r)| < 1 for every r > 0 (an A-stable implicit method), and NaN when f′(x*) is not finite. λ is
 * `options.derivative(x*)` or a Richardson-extrapolated central difference of f.
 *
 * @example
 * ```ts
 * criticalStep((x) => x * (1 - x), 1, EULER_TABLEAU); // 2
 * criticalStep((x) => x * (1 - x), 1, RK4_TABLEAU); // 2.785293563405282
 * ```
 */
export function criticalStep(
  f: ScalarRhs,
  xStar: number,
  tableau: ButcherTableau,
  options?: CriticalStepOptions,
): number {
  requireFunction('f', f);
  requireFinite('xStar', xStar);
  const R = stabilityFunction(tableau);
  const { derivative } = checkOptions('criticalStep(options)', options, ['derivative']);
  if (derivative !== undefined) requireFunction('options.derivative', derivative);
  const lambda =
    derivative === undefined
      ? (centralDifference((x) => f(x, 0), xStar)?.value ?? Number.NaN)
      : (derivative as (x: number) => number)(xStar);
  if (typeof lambda !== 'number' || !Number.isFinite(lambda)) return Number.NaN;
  if (lambda >= 0) return 0;
  const { numerator: N, denominator: D } = R;
  // R(−r) ≈ 1 − R′(0)·r near 0: attracting for small steps only when R′(0) > 0 (a consistent method has R′(0) = 1).
  if (!((N[1] ?? 0) - (D[1] ?? 0) > 0)) return 0;
  const degree = Math.max(N.length, D.length);
  const minus = new Float64Array(degree);
  const plus = new Float64Array(degree);
  for (let k = 0; k < degree; k++) {
    const sign = k % 2 === 0 ? 1 : -1; // p(−r) has coefficients (−1)^k p_k
    minus[k] = sign * ((N[k] ?? 0) - (D[k] ?? 0));
    plus[k] = sign * ((N[k] ?? 0) + (D[k] ?? 0));
  }
  const r = Math.min(smallestPositiveRoot(minus), smallestPositiveRoot(plus));
  return r / -lambda;
}
