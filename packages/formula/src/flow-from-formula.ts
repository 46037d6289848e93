import { centralDifference } from './central-difference.ts';
import { compileFormula } from './compile-formula.ts';
import { deriveFormula } from './derive-formula.ts';
import { FormulaError } from './formula-error.ts';
import type { FormulaParameters } from './formula-parameters.ts';
import { integrateFormula } from './integrate-formula.ts';
import { type Formula, parseFormula } from './parse-formula.ts';

/** One function of x in a {@link FormulaFlow}, with how it was obtained and its text when there is one. */
export interface FlowFunction {
  readonly evaluate: (x: number) => number;
  /** `given`: compiled from the user's text; the others as in deriveFormula and integrateFormula. */
  readonly method: 'given' | 'symbolic' | 'central-difference' | 'closed-form' | 'numeric';
  readonly text: string | undefined;
  /** True when a numeric antiderivative hit its work budget (see integrateFormula); false otherwise. */
  readonly resolutionLimited: boolean;
}

/** Options of {@link flowFromFormula}. */
export interface FlowFromFormulaOptions {
  /** Allow parameters in the text (see parseFormula); false by default. */
  parameters?: boolean;
  /** Their starting values (each parameter not named starts at 1). */
  values?: Readonly<Record<string, number>>;
}

/**
 * A 1-D ODE seen as a gradient flow: x′ = gradient(x) = F′(x) climbs the potential F, so Euler's method on it is
 * gradient ascent on F with learning rate h, and gradient descent on −F.
 */
export interface FormulaFlow {
  /** Which of the three the user typed: the right-hand side f, or the potential F. */
  readonly given: 'rhs' | 'potential';
  /** F with F′ = gradient (F(0) = 0 when integrated from f). */
  readonly potential: FlowFunction;
  /** F′ = f, the right-hand side of the ODE. */
  readonly gradient: FlowFunction;
  /** F″ = f′: its sign at an equilibrium tells stable (< 0) from unstable (> 0). */
  readonly curvature: FlowFunction;
  /** The parsed formula (its `parameters` lists the parameter names). */
  readonly formula: Formula;
  /** The store all three functions read: `flow.parameters.set('r', 2)` moves them all, with no re-parsing. */
  readonly parameters: FormulaParameters;
}

/**
 * Builds the gradient-flow view of a formula of x: from a right-hand side f (given `rhs`, the default) it
 * integrates F = ∫₀ˣ f; from a potential F (given `potential`) it derives f = F′. Either way it also derives f′.
 * Throws a FormulaError for text that is not a formula of x.
 *
 * @example
 * ```ts
 * const flow = flowFromFormula('x*(1-x)');
 * flow.potential.text;          // 'x^2/2 - x^3/3'
 * flow.curvature.evaluate(1);   // -1 (the equilibrium x = 1 is stable)
 * flowFromFormula('x^2', 'potential').gradient.text; // '2*x'
 * ```
 */
export function flowFromFormula(
  text: string,
  given: 'rhs' | 'potential' = 'rhs',
  options?: FlowFromFormulaOptions,
): FormulaFlow {
  if (given !== 'rhs' && given !== 'potential') {
    throw new FormulaError('ERR_INVALID_ARG', "invalid argument. `given` must be 'rhs' or 'potential'.");
  }
  let allow: unknown;
  let values: unknown;
  try {
    allow = options?.parameters;
    values = options?.values;
  } catch {
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. Reading `options` threw.');
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. `options` must be an object.');
  }
  const formula = parseFormula(text, { parameters: allow as boolean | undefined });
  const typedFn = compileFormula(
    formula,
    values === undefined ? undefined : { parameters: defaults(formula, values) },
  );
  const parameters = typedFn.parameters;
  const typed: FlowFunction = {
    evaluate: typedFn as (x: number) => number,
    method: 'given',
    text: formula.text,
    resolutionLimited: false,
  };
  const first = deriveFormula(formula, undefined, { parameters });
  const derived: FlowFunction = {
    evaluate: first.evaluate as (x: number) => number,
    method: first.method,
    text: first.formula?.text,
    resolutionLimited: false,
  };
  if (given === 'rhs') {
    const F = integrateFormula(formula, { parameters });
    return {
      given,
      potential: {
        evaluate: F.evaluate,
        method: F.method,
        text: F.text,
        get resolutionLimited() {
          return F.resolutionLimited;
        },
      },
      gradient: typed,
      curvature: derived,
      formula,
      parameters,
    };
  }
  let curvature: FlowFunction;
  if (first.formula !== undefined) {
    const second = deriveFormula(first.formula, undefined, { parameters });
    curvature = {
      evaluate: second.evaluate as (x: number) => number,
      method: second.method,
      text: second.formula?.text,
      resolutionLimited: false,
    };
  } else {
    curvature = {
      evaluate: centralDifference(derived.evaluate),
      method: 'central-difference',
      text: undefined,
      resolutionLimited: false,
    };
  }
  return { given, potential: typed, gradient: derived, curvature, formula, parameters };
}

/** The given values, plus 1 for each parameter of the formula they do not name. */
function defaults(formula: Formula, values: unknown): Record<string, number> {
  if (values === null || typeof values !== 'object') {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      'invalid argument. `options.values` must be an object of numbers.',
    );
  }
  const out: Record<string, number> = Object.fromEntries(formula.parameters.map((p) => [p, 1]));
  try {
    for (const key of Object.keys(values)) out[key] = (values as Record<string, number>)[key]!;
  } catch {
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. Reading `options.values` threw.');
  }
  return out;
}
