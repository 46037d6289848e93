import type { ButcherTableau } from '../tableaus/tableau.ts';

/** A fixed-step explicit Runge–Kutta method: a tableau and its step size h (always positive; the sign of t1 − t0
 * sets the direction). */
export interface FixedStepMethod {
  readonly kind: 'fixed-step';
  readonly tableau: ButcherTableau;
  readonly h: number;
}

/** Every method `solve` accepts. */
export type Method = FixedStepMethod;
