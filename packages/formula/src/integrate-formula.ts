import { compileFormula, requireFormula } from './compile-formula.ts';
import { FormulaError } from './formula-error.ts';
import { type FormulaParameters, resolveParameters } from './formula-parameters.ts';
import { type NumericAntiderivative, numericAntiderivative } from './numeric-antiderivative.ts';
import { type Formula, makeFormula } from './parse-formula.ts';
import { polynomialCoefficients } from './polynomial-coefficients.ts';
import { polynomialText } from './polynomial-text.ts';
import { symbolicAntiderivative } from './symbolic-polynomial.ts';
import { validateTree } from './validate-tree.ts';
import { MAX_DERIVATIVE_SIZE } from './vocabulary.ts';

/** An antiderivative F of a formula f (F′ = f, F(anchor) = 0) and how it was obtained. */
export interface FormulaAntiderivative {
  readonly evaluate: (x: number) => number;
  /**
   * `closed-form`: f is a polynomial in x (its coefficients may hold parameters, kept as symbols) and F is its
   * exact antiderivative. `numeric`: composite 8-point Gauss–Legendre
   * on a cached grid (see {@link numericAntiderivative}); about 14 digits for smooth f.
   */
  readonly method: 'closed-form' | 'numeric';
  /** F as text when in closed form, otherwise undefined. */
  readonly text: string | undefined;
  readonly anchor: number;
  /**
   * True once the numeric quadrature's work budget stopped a refinement (see {@link numericAntiderivative}): F
   * answered at once but is less accurate than usual, as for sin(10⁶·x), which would want 4,096 sub-panels per
   * cell. Always false in closed form. Read it after evaluating: it turns true as the cells are computed.
   */
  readonly resolutionLimited: boolean;
  /** Evaluations of f so far by the numeric quadrature, since the parameters last changed (0 in closed form). */
  readonly evaluations: number;
  /** The parameter store F reads; a changed value starts the numeric cache afresh (no re-parsing). */
  readonly parameters: FormulaParameters;
}

/** Options of {@link integrateFormula}. */
export interface IntegrateFormulaOptions {
  /** Where F is 0; 0 by default. */
  anchor?: number;
  /** The parameter store to read (see compileFormula). */
  parameters?: FormulaParameters | Readonly<Record<string, number>>;
  /**
   * Evaluations of f the numeric quadrature may spend on refinement (see {@link numericAntiderivative}); by default
   * 4·10⁶ divided by the formula’s size in nodes, at least 5·10⁴, so a longer formula gets fewer evaluations.
   */
  maxEvaluations?: number;
}

/** Node evaluations (evaluations × formula size) the numeric antiderivative may spend on refinement by default. */
const WORK_BUDGET = 4e6;

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
  requireFormula(formula);
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. `options` must be an object.');
  }
  let anchor: unknown;
  let given: unknown;
  let maxEvaluations: unknown;
  try {
    anchor = options?.anchor ?? 0;
    given = options?.parameters;
    maxEvaluations = options?.maxEvaluations ?? Math.max(5e4, Math.floor(WORK_BUDGET / formula.size));
  } catch {
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. Reading `options` threw.');
  }
  if (formula.variables.length !== 1) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      `invalid argument. \`formula\` must have one variable to integrate. Value: \`${formula.variables.join(', ')}\`.`,
    );
  }
  if (typeof anchor !== 'number' || !Number.isFinite(anchor)) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      `invalid argument. \`options.anchor\` must be a finite number. Value: \`${typeof anchor === 'number' ? anchor : typeof anchor}\`.`,
    );
  }
  if (typeof maxEvaluations !== 'number' || !(maxEvaluations >= 0)) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      'invalid argument. `options.maxEvaluations` must be a number ≥ 0.',
    );
  }
  const parameters = resolveParameters(formula.parameters, given);
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
      resolutionLimited: false,
      evaluations: 0,
      parameters,
    };
  }
  const symbolic =
    formula.parameters.length > 0 && anchor === 0 ? withParameters(formula, variable) : undefined;
  if (symbolic !== undefined) {
    return {
      evaluate: compileFormula(symbolic, { parameters }) as (x: number) => number,
      method: 'closed-form',
      text: symbolic.text,
      anchor,
      resolutionLimited: false,
      evaluations: 0,
      parameters,
    };
  }
  const f = compileFormula(formula, { parameters }) as (x: number) => number;
  const fresh = () => numericAntiderivative(f, { anchor, maxEvaluations });
  let F: NumericAntiderivative = fresh();
  let version = parameters.version;
  return {
    // The cached cells hold integrals for the parameter values they were computed with: a new value, new cells.
    evaluate: (x: number) => {
      if (parameters.version !== version) {
        version = parameters.version;
        F = fresh();
      }
      return F(x);
    },
    method: 'numeric',
    text: undefined,
    anchor,
    get resolutionLimited() {
      return F.resolutionLimited;
    },
    get evaluations() {
      return F.evaluations;
    },
    parameters,
  };
}

/**
 * F = ∫₀ˣ f in closed form when f is a polynomial in x whose coefficients hold parameters (r·x(1 − x/K)): the
 * parameters stay symbols, so F follows every slider move exactly with no quadrature at all.
 */
function withParameters(formula: Formula, variable: string): Formula | undefined {
  const node = symbolicAntiderivative(formula.node, variable);
  if (node === undefined) return undefined;
  const summary = validateTree(node, formula.variables, formula.text, true);
  if (summary.size > MAX_DERIVATIVE_SIZE) return undefined;
  return makeFormula({
    text: node.toString({ parenthesis: 'auto' }),
    variables: formula.variables,
    node,
    size: summary.size,
    parameters: formula.parameters,
    usedVariables: summary.used,
  });
}
