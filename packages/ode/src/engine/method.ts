import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import type { Integrator } from './integrator.ts';
import type { NormalizedProblem } from './normalize-problem.ts';

/** A fixed-step explicit Runge–Kutta method: a tableau and its step size h (always positive; the sign of t1 − t0
 * sets the direction). */
export interface FixedStepMethod {
  readonly kind: 'fixed-step';
  readonly tableau: ButcherTableau;
  readonly h: number;
}

/**
 * An adaptive method: an embedded pair and its tolerances. The error of a step is the RMS over components of
 * err_i / (atol_i + rtol_i·max(|x_i|, |xNew_i|)); a step is accepted when that is at most 1.
 */
export interface AdaptiveMethod {
  readonly kind: 'adaptive';
  readonly tableau: EmbeddedTableau;
  /** Relative tolerance: one positive number, or one per component. */
  readonly rtol: number | Float64Array;
  /** Absolute tolerance: one non-negative number, or one per component. */
  readonly atol: number | Float64Array;
  /** First step size; chosen by Hairer's rule when absent. */
  readonly firstStep?: number;
  /** Largest step size; the whole span when absent. */
  readonly maxStep?: number;
  /**
   * Starts this method's integrator. The method carries it, rather than `solve` importing the adaptive machinery,
   * so that a bundle using only fixed-step methods leaves the adaptive kernels out (tree shaking).
   */
  readonly start: (p: NormalizedProblem, maxSteps: number, eagerDense: boolean) => Integrator;
}

/** Every method `solve` accepts. */
export type Method = FixedStepMethod | AdaptiveMethod;
