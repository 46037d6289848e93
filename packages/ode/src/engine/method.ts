import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import type { IntegratorFactory } from './integrator.ts';

/**
 * How a method reaches the driver: every method object carries `integrator`, the factory of the Integrator that
 * takes its steps. `init` calls it and then only ever calls `step()`, so a new kind of step (an implicit or a
 * Rosenbrock method) is a new factory function returning a new `kind` of method, with no change to `init`, `solve`
 * or the stepper. Carrying it (rather than `solve` importing every integrator) also lets a bundle that uses only
 * fixed-step methods leave the adaptive kernels out.
 */
export interface MethodBase {
  /** Names the kind of step, for messages and for `requireMethod`'s checks of the kinds it knows. */
  readonly kind: string;
  readonly integrator: IntegratorFactory;
}

/** A fixed-step explicit Runge–Kutta method: a tableau and its step size h (always positive; the sign of t1 − t0
 * sets the direction). Built by hand around any explicit tableau, `integrator` may be left out. */
export interface FixedStepMethod {
  readonly kind: 'fixed-step';
  readonly tableau: ButcherTableau;
  readonly h: number;
  readonly integrator?: IntegratorFactory;
}

/**
 * An adaptive method: an embedded pair and its tolerances. The error of a step is the RMS over components of
 * err_i / (atol_i + rtol_i·max(|x_i|, |xNew_i|)); a step is accepted when that is at most 1.
 */
export interface AdaptiveMethod extends MethodBase {
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
}

/** Every method `solve` accepts: the explicit ones here, and any other kind that carries its integrator. */
export type Method = FixedStepMethod | AdaptiveMethod | MethodBase;
