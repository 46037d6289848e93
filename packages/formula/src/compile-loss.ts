import { centralDifference } from './central-difference.ts';
import { compileFormula, requireFormula, withParameters } from './compile-formula.ts';
import { deriveFormula, type FormulaDerivative } from './derive-formula.ts';
import type { FormulaParameters } from './formula-parameters.ts';
import type { Formula } from './parse-formula.ts';
import { readParametersOption, stateFormulas } from './state-formulas.ts';

/** Options of {@link compileLoss}. */
export interface CompileLossOptions {
  /** The parameter values: a store to share, or a plain object naming every parameter (see compileFormula). */
  parameters?: FormulaParameters | Readonly<Record<string, number>>;
}

/**
 * A scalar loss F(x, y) (any number of variables, two for the landscape view) with its gradient and Hessian. It
 * is a `SystemObjective` of `@phaseflow/gradient-flow` as it stands: `gradientDescent(loss, [1, 2])`.
 */
export interface FormulaLoss {
  readonly formula: Formula;
  /** Number of variables. */
  readonly dim: number;
  /** The variables' names (`['x', 'y']`). */
  readonly variables: readonly string[];
  /** The store F, its gradient and its Hessian read. */
  readonly parameters: FormulaParameters;
  /** F at the point `x` (its coordinates in variable order). NaN where F is undefined; never throws. */
  readonly F: (x: ArrayLike<number>) => number;
  /** Writes ∇F(x) into `out` (length dim). */
  readonly grad: (x: ArrayLike<number>, out: { [i: number]: number }) => void;
  /** Writes the Hessian at x into `out`, row-major (dim²); symmetric by construction (the upper triangle mirrored). */
  readonly hessian: (x: ArrayLike<number>, out: { [i: number]: number }) => void;
  /** ∂F/∂x_i, each with its method and, when symbolic, its formula. */
  readonly gradientEntries: readonly FormulaDerivative[];
  /** ∂²F/∂x_i∂x_j row-major (entry (j, i) is the same object as (i, j)). */
  readonly hessianEntries: readonly FormulaDerivative[];
  /** `symbolic` when every gradient entry is, else `central-difference`. */
  readonly gradientMethod: 'symbolic' | 'central-difference';
  /** `symbolic` when every Hessian entry is, else `central-difference` (of a symbolic gradient where there is one). */
  readonly hessianMethod: 'symbolic' | 'central-difference';
}

/**
 * Compiles a loss F of several variables (parse it with `{ variables: ['x', 'y'] }`) with its gradient and Hessian,
 * symbolic where mathjs can differentiate (parameters kept as symbols), central differences elsewhere, and says
 * which in each entry's `method` and `reason`.
 *
 * @example
 * ```ts
 * const loss = compileLoss(parseFormula('(1-x)^2 + a*(y-x^2)^2', { variables: ['x', 'y'], parameters: true }),
 *   { parameters: { a: 100 } });
 * loss.F([1, 1]);                    // 0
 * loss.gradientEntries[1].formula?.text; // 'a * 2 * (y - x ^ 2)'
 * ```
 */
export function compileLoss(formula: Formula, options?: CompileLossOptions): FormulaLoss {
  requireFormula(formula);
  const { dim, parameters } = stateFormulas(
    [formula],
    formula.variables.length,
    false,
    readParametersOption(options),
  );
  const variables = formula.variables;
  const value = compileFormula(formula, { parameters });
  const gradientEntries = variables.map((v) => deriveFormula(formula, v, { parameters }));
  const hessianEntries: FormulaDerivative[] = new Array(dim * dim);
  for (let i = 0; i < dim; i++) {
    for (let j = i; j < dim; j++) {
      const entry = secondDerivative(gradientEntries[i]!, j, dim, parameters);
      hessianEntries[i * dim + j] = entry;
      hessianEntries[j * dim + i] = entry;
    }
  }
  const args = new Float64Array(dim);
  const load = (x: ArrayLike<number>) => {
    for (let j = 0; j < dim; j++) args[j] = x[j]!;
  };
  const call = (g: (...v: number[]) => number) =>
    dim === 2 ? () => g(args[0]!, args[1]!) : () => g(...args);
  const F = call(value);
  const gradient = gradientEntries.map((e) => call(e.evaluate));
  const second = hessianEntries.map((e) => call(e.evaluate));
  return Object.freeze({
    formula,
    dim,
    variables,
    parameters,
    F: (x: ArrayLike<number>) => {
      load(x);
      return F();
    },
    grad: (x: ArrayLike<number>, out: { [i: number]: number }) => {
      load(x);
      for (let i = 0; i < dim; i++) out[i] = gradient[i]!();
    },
    hessian: (x: ArrayLike<number>, out: { [i: number]: number }) => {
      load(x);
      for (let k = 0; k < second.length; k++) out[k] = second[k]!();
    },
    gradientEntries: Object.freeze(gradientEntries),
    hessianEntries: Object.freeze(hessianEntries),
    gradientMethod: methodOf(gradientEntries),
    hessianMethod: methodOf(hessianEntries),
  });
}

/** ∂/∂x_j of a gradient entry: symbolic when the entry is, else a central difference of its evaluate. */
function secondDerivative(
  first: FormulaDerivative,
  j: number,
  dim: number,
  parameters: FormulaParameters,
): FormulaDerivative {
  if (first.formula !== undefined)
    return deriveFormula(first.formula, first.formula.variables[j], { parameters });
  const g = first.evaluate;
  const evaluate = withParameters((...values: number[]) => {
    const args = values.slice(0, dim);
    return centralDifference((v) => {
      args[j] = v;
      return g(...args);
    })(values[j]!);
  }, parameters);
  return Object.freeze({
    evaluate,
    method: 'central-difference',
    formula: undefined,
    reason: `the first derivative is itself a central difference (${first.reason ?? 'not symbolic'})`,
  });
}

function methodOf(entries: readonly FormulaDerivative[]): 'symbolic' | 'central-difference' {
  return entries.every((e) => e.method === 'symbolic') ? 'symbolic' : 'central-difference';
}
