import { compileFormula } from './compile-formula.ts';
import { FormulaError } from './formula-error.ts';
import { numericAntiderivative } from './numeric-antiderivative.ts';
import type { Formula } from './parse-formula.ts';
import { polynomialCoefficients } from './polynomial-coefficients.ts';
import { polynomialText } from './polynomial-text.ts';

/** An antiderivative F of a formula f (F′ = f, F(anchor) = 0) and how it was obtained. */
export interface FormulaAntiderivative {
  readonly evaluate: (x: number) => number;
  /**
   * `closed-form`: f is a polynomial and F is its exact antiderivative. `numeric`: composite 8-point Gauss–Legendre
   * on a cached grid (see {@link numericAntiderivative}); about 14 digits for smooth f.
   */
  readonly method: 'closed-form' | 'numeric';
  /** F as text when in closed form, otherwise undefined. */
  readonly text: string | undefined;
  readonly anchor: number;
}

/** Options of {@link integrateFormula}. */
export interface IntegrateFormulaOptions {
  /** Where F is 0; 0 by default. */
  anchor?: number;
}

/**
 * The antiderivative F(x) = ∫_anchor^x f of a formula of one variable: in closed form for polynomials, by cached
 * numerical quadrature otherwise. With it any 1-D ODE x′ = f(x) is the gradient flow x′ = F′(x): Euler's method on
 * it is gradient ascent on F, and gradient descent on −F.
 *
 * @example
 * ```ts
 * const F = integrateFormula(parseFormula('x*(1-x)'));
 * F.method;       // 'closed-form'
 * F.text;         // 'x^2/2 - x^3/3'
 * F.evaluate(1);  // 0.16666666666666666
 * integrateFormula(parseFormula('cos(x)')).evaluate(1); // 0.8414709848078965 (numeric, sin 1)
 * ```
 */
export function integrateFormula(formula: Formula, options?: IntegrateFormulaOptions): FormulaAntiderivative {
  if (formula.variables.length !== 1) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      `invalid argument. \`formula\` must have one variable to integrate. Value: \`${formula.variables.join(', ')}\`.`,
    );
  }
  const anchor = options?.anchor ?? 0;
  if (typeof anchor !== 'number' || !Number.isFinite(anchor)) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      `invalid argument. \`options.anchor\` must be a finite number. Value: \`${String(anchor)}\`.`,
    );
  }
  const variable = formula.variables[0]!;
  const c = polynomialCoefficients(formula.node, variable);
  if (c?.every(Number.isFinite)) {
    // F(x) = P(x) − P(anchor) with P = Σ c_k x^(k+1)/(k+1), evaluated by Horner's rule.
    const p = [0, ...c.map((ck, k) => ck / (k + 1))];
    const horner = (x: number) => {
      let s = 0;
      for (let k = p.length - 1; k >= 0; k--) s = s * x + p[k]!;
      return s;
    };
    const offset = horner(anchor);
    return {
      evaluate: (x: number) => horner(x) - offset,
      method: 'closed-form',
      text: polynomialText(
        [
          { coefficient: -offset, divisor: 1, power: 0 },
          ...c.map((ck, k) => ({ coefficient: ck, divisor: k + 1, power: k + 1 })),
        ],
        variable,
      ),
      anchor,
    };
  }
  const f = compileFormula(formula) as (x: number) => number;
  return { evaluate: numericAntiderivative(f, { anchor }), method: 'numeric', text: undefined, anchor };
}
