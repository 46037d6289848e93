import { centralDifference } from './central-difference.ts';
import { compileFormula } from './compile-formula.ts';
import { deriveFormula } from './derive-formula.ts';
import { integrateFormula } from './integrate-formula.ts';
import { parseFormula } from './parse-formula.ts';

/** One function of x in a {@link FormulaFlow}, with how it was obtained and its text when there is one. */
export interface FlowFunction {
  readonly evaluate: (x: number) => number;
  /** `given`: compiled from the user's text; the others as in deriveFormula and integrateFormula. */
  readonly method: 'given' | 'symbolic' | 'central-difference' | 'closed-form' | 'numeric';
  readonly text: string | undefined;
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
export function flowFromFormula(text: string, given: 'rhs' | 'potential' = 'rhs'): FormulaFlow {
  const formula = parseFormula(text);
  const typed: FlowFunction = {
    evaluate: compileFormula(formula) as (x: number) => number,
    method: 'given',
    text: formula.text,
  };
  const first = deriveFormula(formula);
  const derived: FlowFunction = {
    evaluate: first.evaluate as (x: number) => number,
    method: first.method,
    text: first.formula?.text,
  };
  if (given === 'rhs') {
    const F = integrateFormula(formula);
    return {
      given,
      potential: { evaluate: F.evaluate, method: F.method, text: F.text },
      gradient: typed,
      curvature: derived,
    };
  }
  let curvature: FlowFunction;
  if (first.formula !== undefined) {
    const second = deriveFormula(first.formula);
    curvature = {
      evaluate: second.evaluate as (x: number) => number,
      method: second.method,
      text: second.formula?.text,
    };
  } else {
    curvature = {
      evaluate: centralDifference(derived.evaluate),
      method: 'central-difference',
      text: undefined,
    };
  }
  return { given, potential: typed, gradient: derived, curvature };
}
