import type { IntegratorFactory } from '../engine/integrator.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { checkOptions, readArguments, requireInRange, requireInteger, requirePositive } from '../validate.ts';
import { BackwardEulerIntegrator } from './backward-euler-integrator.ts';
import { readJacobian } from './read-jacobian.ts';

/** Options of the implicit fixed-step methods: the step, and how hard Newton tries. */
export interface ImplicitOptions {
  /** Step size, a positive finite number. */
  h: number;
  /** Newton stops when every correction is within tol·(1 + |x_i|), > 0 (default 1e-10). */
  tol?: number;
  /** Most Newton iterations per step before J is refreshed or the run fails, an integer ≥ 1 (default 10). */
  maxIterations?: number;
}

/**
 * An implicit θ-method at a fixed step h, x_{k+1} = x_k + h·((1 − θ)·f(t_k, x_k) + θ·f(t_{k+1}, x_{k+1})), solved
 * by Newton: backward Euler (θ = 1) or the implicit trapezoid rule (θ = 1/2).
 */
export interface ImplicitMethod {
  readonly kind: 'implicit';
  /** The method as a Butcher tableau: data for the stability function, not run by the explicit engine. */
  readonly tableau: ButcherTableau;
  readonly theta: number;
  readonly h: number;
  readonly tol: number;
  readonly maxIterations: number;
  readonly integrator: IntegratorFactory;
}

const OPTIONS = ['h', 'tol', 'maxIterations'] as const;

// The method's fields are read again when a run starts, so a method changed by spreading runs with what it says.
const implicitIntegrator: IntegratorFactory = (method: ImplicitMethod, problem, settings) => {
  const config = readArguments('method', () => ({
    h: requirePositive('method.h', method.h),
    tol: requirePositive('method.tol', method.tol),
    maxIterations: requireInteger('method.maxIterations', method.maxIterations, 1),
    theta: requireInRange('method.theta', method.theta, 0.5, 1, true),
  }));
  return new BackwardEulerIntegrator(problem, config, settings.maxSteps, readJacobian(problem));
};

/** Checks a factory's options and builds its method object (shared by backwardEuler and trapezoid). */
export function implicitMethod(
  name: string,
  tableau: ButcherTableau,
  theta: number,
  options: ImplicitOptions,
): ImplicitMethod {
  const label = `${name}(options)`;
  const o = checkOptions(label, options, OPTIONS) as Partial<ImplicitOptions>;
  if (options === undefined) requirePositive(`${label}.h`, undefined);
  return Object.freeze({
    kind: 'implicit',
    tableau,
    theta,
    h: requirePositive(`${label}.h`, o.h),
    tol: o.tol === undefined ? 1e-10 : requirePositive(`${label}.tol`, o.tol),
    maxIterations:
      o.maxIterations === undefined ? 10 : requireInteger(`${label}.maxIterations`, o.maxIterations, 1),
    integrator: implicitIntegrator,
  });
}
