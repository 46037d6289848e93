import type { IntegratorFactory } from '../engine/integrator.ts';
import { checkOptions, requireInteger, requirePositive } from '../validate.ts';
import { BackwardEulerIntegrator } from './backward-euler-integrator.ts';
import { BACKWARD_EULER_TABLEAU } from './backward-euler-tableau.ts';
import { readJacobian } from './read-jacobian.ts';

/** Options of backwardEuler: the step, and how hard Newton tries. */
export interface BackwardEulerOptions {
  /** Step size, a positive finite number. */
  h: number;
  /** Newton stops when every correction is within tol·(1 + |x_i|), > 0 (default 1e-10). */
  tol?: number;
  /** Most Newton iterations per step before J is refreshed or the run fails, an integer ≥ 1 (default 10). */
  maxIterations?: number;
}

/** Implicit Euler at a fixed step h, solved by Newton's method. */
export interface BackwardEulerMethod {
  readonly kind: 'implicit';
  /** A = [[1]], b = [1], c = [1]: data for the stability function, not run by the explicit engine. */
  readonly tableau: typeof BACKWARD_EULER_TABLEAU;
  readonly h: number;
  readonly tol: number;
  readonly maxIterations: number;
  readonly integrator: IntegratorFactory;
}

const OPTIONS = ['h', 'tol', 'maxIterations'] as const;

const implicitIntegrator: IntegratorFactory = (method: BackwardEulerMethod, problem, settings) => {
  const config = {
    h: requirePositive('method.h', method.h),
    tol: requirePositive('method.tol', method.tol),
    maxIterations: requireInteger('method.maxIterations', method.maxIterations, 1),
  };
  return new BackwardEulerIntegrator(problem, config, settings.maxSteps, readJacobian(problem));
};

/**
 * Backward (implicit) Euler at a fixed step h: x_{k+1} = x_k + h·f(t_{k+1}, x_{k+1}), each step solved by Newton
 * with J (the problem's `jacobian`, or forward differences) reused across iterations and steps while it converges.
 * First order, and stable for every h on a decaying mode: R(z) = 1/(1 − z). On x′ = −∇F each step is the proximal
 * point step argmin F(x) + ‖x − x_k‖²/(2h). A step whose Newton iteration fails even with a fresh J ends the run
 * with status `newton-failed`.
 * @example
 * ```ts
 * // x′ = −1000·x at h = 0.1, where explicit Euler's factor 1 − 100 = −99 explodes:
 * solve({ f: (x) => -1000 * x, x0: 1, t1: 0.2 }, backwardEuler({ h: 0.1 })).at(0.2); // 9.80e-5 (= 1/101²)
 * ```
 */
export function backwardEuler(options: BackwardEulerOptions): BackwardEulerMethod {
  const name = 'backwardEuler(options)';
  const o = checkOptions(name, options, OPTIONS) as Partial<BackwardEulerOptions>;
  if (options === undefined) requirePositive(`${name}.h`, undefined);
  return Object.freeze({
    kind: 'implicit',
    tableau: BACKWARD_EULER_TABLEAU,
    h: requirePositive(`${name}.h`, o.h),
    tol: o.tol === undefined ? 1e-10 : requirePositive(`${name}.tol`, o.tol),
    maxIterations:
      o.maxIterations === undefined ? 10 : requireInteger(`${name}.maxIterations`, o.maxIterations, 1),
    integrator: implicitIntegrator,
  });
}
