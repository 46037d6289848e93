import { AdaptiveIntegrator } from './engine/adaptive-integrator.ts';
import type { IntegratorFactory } from './engine/integrator.ts';
import type { AdaptiveMethod } from './engine/method.ts';
import { checkAdaptive } from './engine/require-method.ts';
import { readTolerance } from './engine/tolerance.ts';
import { DOP853_TABLEAU } from './tableaus/dop853.ts';
import { DOPRI5_TABLEAU } from './tableaus/dopri5.ts';
import type { EmbeddedTableau } from './tableaus/embedded-tableau.ts';
import { checkOptions, readArguments, requirePositive } from './validate.ts';

/** Options of an adaptive method: its numerical parameters only. What to do with a run goes to `solve`. */
export interface AdaptiveOptions {
  /** Relative tolerance, > 0, one number or one per component (default 1e-3). */
  rtol?: number | ArrayLike<number>;
  /** Absolute tolerance, ≥ 0, one number or one per component (default 1e-6). */
  atol?: number | ArrayLike<number>;
  /** First step size, > 0 (default: Hairer's initial step selection). */
  firstStep?: number;
  /** Largest step size, > 0 (default: the whole span). */
  maxStep?: number;
}

const OPTIONS = ['rtol', 'atol', 'firstStep', 'maxStep'] as const;

/** The integrator of every adaptive method; it reads the method's fields when the run starts (see require-method). */
const adaptiveIntegrator: IntegratorFactory = (method: AdaptiveMethod, problem, settings) => {
  // Checked here as well as in requireMethod: a method whose kind was changed still reaches this factory.
  readArguments('method', () => checkAdaptive(method));
  return new AdaptiveIntegrator(problem, method, settings);
};

function adaptive(tableau: EmbeddedTableau, options: AdaptiveOptions | undefined): AdaptiveMethod {
  const name = `${tableau.name}(options)`;
  const o = checkOptions(name, options, OPTIONS) as AdaptiveOptions;
  const method: { -readonly [K in keyof AdaptiveMethod]: AdaptiveMethod[K] } = {
    kind: 'adaptive',
    tableau,
    rtol: readTolerance(`${name}.rtol`, o.rtol, 1e-3, true),
    atol: readTolerance(`${name}.atol`, o.atol, 1e-6, false),
    integrator: adaptiveIntegrator,
  };
  if (o.firstStep !== undefined) method.firstStep = requirePositive(`${name}.firstStep`, o.firstStep);
  if (o.maxStep !== undefined) method.maxStep = requirePositive(`${name}.maxStep`, o.maxStep);
  return Object.freeze(method);
}

/**
 * Dormand–Prince 5(4) with step-size control and its quartic dense output: the default choice for non-stiff
 * problems at moderate tolerances.
 * @example
 * ```ts
 * solve({ f: (x) => x, x0: 1, t1: 1 }, dopri5({ rtol: 1e-8, atol: 1e-10 })).at(1); // 2.71828183147… (e = 2.71828182846…)
 * ```
 */
export function dopri5(options?: AdaptiveOptions): AdaptiveMethod {
  return adaptive(DOPRI5_TABLEAU, options);
}

/**
 * DOP853, order 8 with a seventh-order dense output: far fewer evaluations than dopri5 at tight tolerances.
 * @example
 * ```ts
 * solve({ f: (x) => -x, x0: 1, t1: 2 }, dop853({ rtol: 1e-12, atol: 1e-14 })).at(2); // 0.13533528323662974 (e⁻² = 0.1353352832366127)
 * ```
 */
export function dop853(options?: AdaptiveOptions): AdaptiveMethod {
  return adaptive(DOP853_TABLEAU, options);
}
