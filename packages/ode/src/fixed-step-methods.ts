import { fixedStepIntegrator } from './engine/fixed-step-integrator.ts';
import type { FixedStepMethod } from './engine/method.ts';
import { EULER_TABLEAU } from './tableaus/euler.ts';
import { HEUN_TABLEAU } from './tableaus/heun.ts';
import { MIDPOINT_TABLEAU } from './tableaus/midpoint.ts';
import { RK4_TABLEAU } from './tableaus/rk4.ts';
import type { ButcherTableau } from './tableaus/tableau.ts';
import { checkOptions, requirePositive } from './validate.ts';

/** Options of a fixed-step method: the step size only. What to do with a run goes to `solve`. */
export interface FixedStepOptions {
  /** Step size, a positive finite number. */
  h: number;
}

function fixedStep(tableau: ButcherTableau, options: FixedStepOptions): FixedStepMethod {
  const name = `${tableau.name}(options)`;
  const { h } = checkOptions(name, options, ['h']);
  const checked = requirePositive(`${name}.h`, h);
  return Object.freeze({ kind: 'fixed-step', tableau, h: checked, integrator: fixedStepIntegrator });
}

/**
 * Forward Euler at step h: x_{k+1} = x_k + h·f(x_k, t_k). On x′ = −∇F this update is gradient descent.
 * @example
 * ```ts
 * solve({ f: (x) => x, x0: 1, t1: 1 }, euler({ h: 0.5 })).at(1); // 2.25 (= 1.5², e ≈ 2.718)
 * ```
 */
export function euler(options: FixedStepOptions): FixedStepMethod {
  return fixedStep(EULER_TABLEAU, options);
}

/**
 * Heun's method (explicit trapezoid), order 2.
 * @example
 * ```ts
 * solve({ f: (x) => x, x0: 1, t1: 1 }, heun({ h: 1 })).at(1); // 2.5
 * ```
 */
export function heun(options: FixedStepOptions): FixedStepMethod {
  return fixedStep(HEUN_TABLEAU, options);
}

/**
 * The explicit midpoint rule, order 2.
 * @example
 * ```ts
 * solve({ f: (x) => x, x0: 1, t1: 1 }, midpoint({ h: 1 })).at(1); // 2.5
 * ```
 */
export function midpoint(options: FixedStepOptions): FixedStepMethod {
  return fixedStep(MIDPOINT_TABLEAU, options);
}

/**
 * The classical fourth-order Runge–Kutta method.
 * @example
 * ```ts
 * solve({ f: (x) => x, x0: 1, t1: 1 }, rk4({ h: 1 })).at(1); // 2.708333333333333 (e ≈ 2.718281828)
 * ```
 */
export function rk4(options: FixedStepOptions): FixedStepMethod {
  return fixedStep(RK4_TABLEAU, options);
}
