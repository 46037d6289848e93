import { AdaptiveIntegrator } from './engine/adaptive-integrator.ts';
import type { AdaptiveMethod } from './engine/method.ts';
import { invalidArgument } from './errors.ts';
import { DOP853_TABLEAU } from './tableaus/dop853.ts';
import { DOPRI5_TABLEAU } from './tableaus/dopri5.ts';
import type { EmbeddedTableau } from './tableaus/embedded-tableau.ts';
import { checkOptions, requirePositive } from './validate.ts';

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

function tolerance(name: string, value: unknown, fallback: number, positive: boolean): number | Float64Array {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return checkTolerance(name, value, positive);
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof (value as ArrayLike<number>).length !== 'number'
  ) {
    throw invalidArgument(name, `${rule(positive)}, or an array of them (one per component)`, value);
  }
  const source = value as ArrayLike<unknown>;
  if (source.length === 0) throw invalidArgument(name, 'must not be empty', value);
  const out = new Float64Array(source.length);
  for (let i = 0; i < source.length; i++) out[i] = checkTolerance(`${name}[${i}]`, source[i], positive);
  return out;
}

function checkTolerance(name: string, v: unknown, positive: boolean): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || (positive ? v <= 0 : v < 0)) {
    throw invalidArgument(name, rule(positive), v);
  }
  return v;
}

function rule(positive: boolean): string {
  return positive ? 'must be a positive finite number' : 'must be a finite number ≥ 0';
}

function adaptive(tableau: EmbeddedTableau, options: AdaptiveOptions | undefined): AdaptiveMethod {
  const name = `${tableau.name}(options)`;
  const o = checkOptions(name, options, OPTIONS) as AdaptiveOptions;
  const method: { -readonly [K in keyof AdaptiveMethod]: AdaptiveMethod[K] } = {
    kind: 'adaptive',
    tableau,
    rtol: tolerance(`${name}.rtol`, o.rtol, 1e-3, true),
    atol: tolerance(`${name}.atol`, o.atol, 1e-6, false),
    start: (p, maxSteps, eagerDense) =>
      new AdaptiveIntegrator(p, method as AdaptiveMethod, maxSteps, eagerDense),
  };
  if (o.firstStep !== undefined) method.firstStep = requirePositive(`${name}.firstStep`, o.firstStep);
  if (o.maxStep !== undefined) method.maxStep = requirePositive(`${name}.maxStep`, o.maxStep);
  return method;
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
