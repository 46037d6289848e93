import { centralDifference } from '../analysis/central-difference.ts';
import { invalidArgument } from '../errors.ts';
import type { ScalarRhs } from '../problem.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { checkOptions, requireFunction, requireInRange } from '../validate.ts';
import { mapKernel, variationalKernel, variationalRhs } from './engine-step.ts';
import { readTableau } from './read-tableau.ts';

/** Options of {@link stepMap}. */
export interface StepMapOptions {
  /** f′(x), for the exact (forward-mode) derivative of the step; a central difference of the step when absent. */
  derivative?: (x: number) => number;
}

/** The one-step map x ↦ Φ_h(x) of a Runge–Kutta method on x′ = f(x), and its derivative. */
export interface StepMap {
  /** The step size h. */
  readonly h: number;
  /** The checked copy of the tableau the map runs. */
  readonly tableau: ButcherTableau;
  /** Whether `derivative` is exact (from f′) or a central difference of the step. */
  readonly derivativeSource: 'user' | 'finite-difference';
  /** Φ_h(x): one step from x, as `solve` would take it. NaN where the step is not finite. */
  apply(x: number): number;
  /** Φ′_h(x). NaN where it cannot be computed (the step, or f′, not finite nearby). */
  derivative(x: number): number;
}

/**
 * The step map of an explicit tableau at step h ≥ 0 on the autonomous scalar equation x′ = f(x) (f is called as
 * `f(x, 0)`). `apply` runs the engine's kernel for one step: the same code, and the same bits, as one step of
 * `solve`. `derivative` runs the engine on the variational equation (x, v)′ = (f(x), f′(x)·v) from (x, 1), which is
 * the forward-mode derivative of the stages, when f′ is given as `options.derivative`; otherwise it is a central
 * difference of Φ_h at the scaled step ε^(1/3)·max(1, |x|), Richardson-extrapolated (error near 1e-10 relative).
 * Euler's map is x + h·f(x), whose fixed points are the equilibria of f with multiplier 1 + h·f′(x*).
 *
 * @example
 * ```ts
 * const map = stepMap((x) => x * (1 - x), EULER_TABLEAU, 0.5, { derivative: (x) => 1 - 2 * x });
 * map.apply(0.2); // 0.28 (= 0.2 + 0.5·0.16)
 * map.derivative(1); // 0.5 (= 1 + h·f′(1), the multiplier at x* = 1)
 * ```
 */
export function stepMap(f: ScalarRhs, tableau: ButcherTableau, h: number, options?: StepMapOptions): StepMap {
  requireFunction('f', f);
  const checked = readTableau('tableau', tableau, true);
  requireInRange('h', h, 0, Number.MAX_VALUE, true);
  const { derivative: fPrime } = checkOptions('stepMap(options)', options, ['derivative']);
  if (fPrime !== undefined) requireFunction('options.derivative', fPrime);
  const kernel = mapKernel(checked);
  const state = new Float64Array(2);
  const apply = (x: number): number => {
    if (typeof x !== 'number') throw invalidArgument('x', 'must be a number', x);
    state[0] = x;
    return kernel(f, 0, h, 0, 1, state, 0) === 1 ? state[1]! : Number.NaN;
  };
  let derivative: (x: number) => number;
  if (fPrime === undefined) {
    derivative = (x) => {
      if (typeof x !== 'number') throw invalidArgument('x', 'must be a number', x);
      return centralDifference(apply, x)?.value ?? Number.NaN;
    };
  } else {
    const system = variationalKernel(checked);
    const rhs = variationalRhs(f, fPrime as (x: number) => number);
    const pair = new Float64Array(4);
    derivative = (x) => {
      if (typeof x !== 'number') throw invalidArgument('x', 'must be a number', x);
      pair[0] = x;
      pair[1] = 1;
      return system(rhs, 0, h, 0, 1, pair, 0) === 1 ? pair[3]! : Number.NaN;
    };
  }
  return {
    h,
    tableau: checked,
    derivativeSource: fPrime === undefined ? 'finite-difference' : 'user',
    apply,
    derivative,
  };
}
