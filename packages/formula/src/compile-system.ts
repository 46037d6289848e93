import { compileFormula } from './compile-formula.ts';
import { deriveFormula, type FormulaDerivative } from './derive-formula.ts';
import { FormulaError } from './formula-error.ts';
import type { FormulaParameters } from './formula-parameters.ts';
import type { Formula } from './parse-formula.ts';
import { readParametersOption, stateFormulas } from './state-formulas.ts';

/** Options of {@link compileSystem}. */
export interface CompileSystemOptions {
  /** The parameter values: a store to share, or a plain object naming every parameter (see compileFormula). */
  parameters?: FormulaParameters | Readonly<Record<string, number>>;
}

/**
 * A system x′ = f(x, y[, t]), y′ = g(x, y[, t]) (any n, two for the phase plane) compiled from one formula per
 * state variable, in the system form `@phaseflow/ode` solves, with its Jacobian.
 */
export interface FormulaSystem {
  /** The formulas, one per state variable, in order. */
  readonly formulas: readonly Formula[];
  /** Number of state variables. */
  readonly dim: number;
  /** The state variables' names (`['x', 'y']`). */
  readonly variables: readonly string[];
  /** False when the formulas were parsed with `t` as a last variable and one of them uses it. */
  readonly autonomous: boolean;
  /** The one store every function here reads (the parameters of all formulas, in order of first appearance). */
  readonly parameters: FormulaParameters;
  /**
   * The right-hand side in the system form of `@phaseflow/ode` (`solve({ f, x0: [1, 0], t1: 10 }, dopri5())`):
   * writes f_i(x, t) into `dxdt[i]`. Never throws; NaN where a formula is undefined.
   */
  readonly f: (x: ArrayLike<number>, t: number, dxdt: { [i: number]: number }) => void;
  /**
   * Writes the Jacobian ∂f_i/∂x_j at (x, t) into `out`, row-major (entry (i, j) at `[i * dim + j]`), the layout
   * `classifyFixedPoint` reads.
   */
  readonly jacobian: (x: ArrayLike<number>, t: number, out: { [i: number]: number }) => void;
  /** The dim² entries, row-major, each with its method and, when symbolic, its formula. */
  readonly jacobianEntries: readonly FormulaDerivative[];
  /** `symbolic` when every entry is; otherwise `central-difference` (those entries say why in `reason`). */
  readonly jacobianMethod: 'symbolic' | 'central-difference';
}

/**
 * Compiles one formula per state variable into a system for `@phaseflow/ode` and its symbolic Jacobian (a central
 * difference only for the entries mathjs cannot differentiate, and then said so). Parse each formula with the
 * same variables: `{ variables: ['x', 'y'], parameters: true }`, or `['x', 'y', 't']` for a forced system.
 *
 * @example
 * ```ts
 * const opts = { variables: ['x', 'y'], parameters: true };
 * const s = compileSystem([parseFormula('y', opts), parseFormula('-x - c*y', opts)], { parameters: { c: 0.5 } });
 * const dxdt = new Float64Array(2);
 * s.f([1, 0], 0, dxdt);            // dxdt = [0, -1]
 * s.jacobianEntries[3].formula?.text; // '-c'
 * ```
 */
export function compileSystem(formulas: readonly Formula[], options?: CompileSystemOptions): FormulaSystem {
  let list: unknown[];
  try {
    list = Array.isArray(formulas) ? [...formulas] : [];
  } catch {
    list = [];
  }
  if (list.length === 0) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      'invalid argument. `formulas` must be a non-empty array of formulas.',
    );
  }
  const dim = list.length;
  const { timed, parameters } = stateFormulas(list, dim, true, readParametersOption(options));
  const variables = (list as Formula[])[0]!.variables;
  const compiled = (list as Formula[]).map((f) => compileFormula(f, { parameters }));
  const entries: FormulaDerivative[] = [];
  for (const f of list as Formula[])
    for (let j = 0; j < dim; j++) entries.push(deriveFormula(f, variables[j], { parameters }));
  const args = new Float64Array(variables.length);
  const load = (x: ArrayLike<number>, t: number) => {
    for (let j = 0; j < dim; j++) args[j] = x[j]!;
    if (timed) args[dim] = t;
  };
  const call = (g: (...v: number[]) => number) =>
    dim === 2 && !timed ? () => g(args[0]!, args[1]!) : () => g(...args);
  const rhs = compiled.map(call);
  const partials = entries.map((e) => call(e.evaluate));
  return Object.freeze({
    formulas: Object.freeze(list as Formula[]),
    dim,
    variables: Object.freeze(variables.slice(0, dim)),
    autonomous: !(timed && (list as Formula[]).some((f) => f.usedVariables.includes('t'))),
    parameters,
    f: (x: ArrayLike<number>, t: number, dxdt: { [i: number]: number }) => {
      load(x, t);
      for (let i = 0; i < dim; i++) dxdt[i] = rhs[i]!();
    },
    jacobian: (x: ArrayLike<number>, t: number, out: { [i: number]: number }) => {
      load(x, t);
      for (let k = 0; k < partials.length; k++) out[k] = partials[k]!();
    },
    jacobianEntries: Object.freeze(entries),
    jacobianMethod: entries.every((e) => e.method === 'symbolic') ? 'symbolic' : 'central-difference',
  });
}
