import type { IntegratorFactory } from '../engine/integrator.ts';
import { perComponent } from '../engine/per-component.ts';
import { readTolerance } from '../engine/tolerance.ts';
import { invalidArgument } from '../errors.ts';
import { checkOptions, readArguments, requirePositive } from '../validate.ts';
import { readJacobian } from './read-jacobian.ts';
import { RODAS4_TABLEAU } from './rodas4-tableau.ts';
import { RosenbrockIntegrator } from './rosenbrock-integrator.ts';
import type { RosenbrockTableau } from './rosenbrock-tableau.ts';

/** Options of a Rosenbrock method: its numerical parameters only, as for dopri5. */
export interface RosenbrockOptions {
  /** Relative tolerance, > 0, one number or one per component (default 1e-3). */
  rtol?: number | ArrayLike<number>;
  /** Absolute tolerance, ≥ 0, one number or one per component (default 1e-6). */
  atol?: number | ArrayLike<number>;
  /** First step size, > 0 (default: Hairer's initial step selection). */
  firstStep?: number;
  /** Largest step size, > 0 (default: the whole span). */
  maxStep?: number;
}

/** A Rosenbrock method: its tableau and tolerances; the error of a step is measured as for adaptive methods. */
export interface RosenbrockMethod {
  readonly kind: 'rosenbrock';
  readonly tableau: RosenbrockTableau;
  readonly rtol: number | Float64Array;
  readonly atol: number | Float64Array;
  readonly firstStep?: number;
  readonly maxStep?: number;
  readonly integrator: IntegratorFactory;
}

const OPTIONS = ['rtol', 'atol', 'firstStep', 'maxStep'] as const;

// The method's fields are read again when a run starts, so a method changed by spreading runs with what it says.
const rosenbrockIntegrator: IntegratorFactory = (method: RosenbrockMethod, problem, settings) => {
  const config = readArguments('method', () => {
    // The error estimate and dense output are RODAS's own: a tableau spread in from elsewhere is refused.
    if (method.tableau !== RODAS4_TABLEAU) {
      throw invalidArgument(
        'method.tableau',
        'must be the tableau of rodas4() (RODAS4_TABLEAU)',
        method.tableau,
      );
    }
    const rtol = readTolerance('method.rtol', method.rtol, 1e-3, true);
    const atol = readTolerance('method.atol', method.atol, 1e-6, false);
    const firstStep =
      method.firstStep === undefined ? undefined : requirePositive('method.firstStep', method.firstStep);
    const maxStep =
      method.maxStep === undefined ? undefined : requirePositive('method.maxStep', method.maxStep);
    return {
      tableau: RODAS4_TABLEAU,
      rtol: perComponent('rtol', rtol, problem.dim),
      atol: perComponent('atol', atol, problem.dim),
      ...(firstStep === undefined ? {} : { firstStep }),
      ...(maxStep === undefined ? {} : { maxStep }),
    };
  });
  return new RosenbrockIntegrator(problem, config, settings.maxSteps, readJacobian(problem));
};

/**
 * RODAS, Hairer and Wanner's Rosenbrock method of order 4(3) with its third-order dense output: the method for
 * stiff problems. Each step evaluates the Jacobian once (the problem's `jacobian(x, t, J)`, or forward differences,
 * dim evaluations of f, counted in `nfev`), factors I/(hγ) − J once (`nlu`), and solves six linear systems; it is
 * stable for every step on decaying modes (L-stable) and stiffly accurate.
 * @example
 * ```ts
 * const stiff = { f: (x: number, t: number) => -1e6 * (x - Math.cos(t)), x0: 0, t1: 1 };
 * const sol = solve(stiff, rodas4({ rtol: 1e-6, atol: 1e-9 }));
 * sol.at(1); // 0.5403023... (≈ cos 1 once the fast mode has decayed); dopri5 would need ~10⁶ steps
 * ```
 */
export function rodas4(options?: RosenbrockOptions): RosenbrockMethod {
  const o = checkOptions('rodas4(options)', options, OPTIONS) as RosenbrockOptions;
  const method: { -readonly [K in keyof RosenbrockMethod]: RosenbrockMethod[K] } = {
    kind: 'rosenbrock',
    tableau: RODAS4_TABLEAU,
    rtol: readTolerance('rodas4(options).rtol', o.rtol, 1e-3, true),
    atol: readTolerance('rodas4(options).atol', o.atol, 1e-6, false),
    integrator: rosenbrockIntegrator,
  };
  if (o.firstStep !== undefined) method.firstStep = requirePositive('rodas4(options).firstStep', o.firstStep);
  if (o.maxStep !== undefined) method.maxStep = requirePositive('rodas4(options).maxStep', o.maxStep);
  return Object.freeze(method);
}
