import type { FunctionNode, MathNode, SymbolNode } from 'mathjs';
import { centralDifference } from './central-difference.ts';
import { type CompiledFormula, compileFormula, requireFormula, withParameters } from './compile-formula.ts';
import { derivativeSizeBound } from './derivative-size-bound.ts';
import { foldConstants } from './fold-constants.ts';
import { FormulaError } from './formula-error.ts';
import { type FormulaParameters, resolveParameters } from './formula-parameters.ts';
import { math } from './math.ts';
import { type Formula, makeFormula, parseFormula } from './parse-formula.ts';
import { polynomialCoefficients } from './polynomial-coefficients.ts';
import { polynomialText } from './polynomial-text.ts';
import { validateTree } from './validate-tree.ts';
import { MAX_DERIVATIVE_SIZE } from './vocabulary.ts';

/** Options of {@link deriveFormula}. */
export interface DeriveFormulaOptions {
  /** The parameter store the derivative reads (see compileFormula); share the formula's to move both at once. */
  parameters?: FormulaParameters | Readonly<Record<string, number>>;
}

/** A derivative and how it was obtained. */
export interface FormulaDerivative {
  /** The derivative as a function of the formula's variables (same argument order). */
  readonly evaluate: CompiledFormula;
  /**
   * `symbolic`: mathjs differentiated the tree and the result is exact up to rounding. `central-difference`: mathjs
   * cannot differentiate part of the formula (floor, sign, mod, c ? a : b, atan2), or the derivative would be
   * larger than MAX_DERIVATIVE_SIZE nodes, so a central difference of the compiled formula is used (about 10
   * digits where the formula is smooth). Parameters stay symbols in a symbolic derivative.
   */
  readonly method: 'symbolic' | 'central-difference';
  /** The derivative as a formula when symbolic, otherwise undefined. */
  readonly formula: Formula | undefined;
  /** Why the symbolic route failed, when it did. */
  readonly reason: string | undefined;
}

/**
 * Differentiates a formula with respect to one of its variables (the first by default), symbolically where mathjs
 * can and by a central difference otherwise; the result says which.
 *
 * @example
 * ```ts
 * const d = deriveFormula(parseFormula('x*(1-x)'));
 * d.method;              // 'symbolic'
 * d.formula?.text;       // '1 - 2*x'
 * deriveFormula(parseFormula('floor(x)')).method; // 'central-difference'
 * ```
 */
export function deriveFormula(
  formula: Formula,
  variable?: string,
  options?: DeriveFormulaOptions,
): FormulaDerivative {
  requireFormula(formula);
  const name = variable ?? formula.variables[0]!;
  const index = typeof name === 'string' ? formula.variables.indexOf(name) : -1;
  if (index < 0) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      `invalid argument. \`variable\` must be one of the formula's variables (${formula.variables.join(', ')}). Value: \`${typeof variable === 'string' ? variable.slice(0, 20) : typeof variable}\`.`,
    );
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. `options` must be an object.');
  }
  let given: unknown;
  try {
    given = options?.parameters;
  } catch {
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. Reading `options` threw.');
  }
  const parameters = resolveParameters(formula.parameters, given);
  const polynomial = formula.variables.length === 1 ? polynomialDerivative(formula, name) : undefined;
  if (polynomial !== undefined) {
    return {
      evaluate: compileFormula(polynomial, { parameters }),
      method: 'symbolic',
      formula: polynomial,
      reason: undefined,
    };
  }
  let reason: string;
  try {
    const source = powersForSquareAndCube(formula.node);
    const bound = derivativeSizeBound(source);
    if (bound > 2 * MAX_DERIVATIVE_SIZE) throw new TooLarge(bound);
    // Not mathjs's simplify: it costs 3–60 ms even on sin(x) or x²(1 − x), and its time grows exponentially with
    // the length of a sum (a 20-term sum takes 0.5 s, 24 terms 5 s). foldConstants is linear and exact.
    const node: MathNode = foldConstants(math.derivative(source, name, { simplify: false }));
    const summary = validateTree(node, formula.variables, formula.text, formula.parameters.length > 0);
    if (summary.size > MAX_DERIVATIVE_SIZE) throw new TooLarge(summary.size);
    const derived = makeFormula({
      text: node.toString(),
      variables: formula.variables,
      node,
      size: summary.size,
      parameters: formula.parameters,
      usedVariables: summary.used,
    });
    return {
      evaluate: compileFormula(derived, { parameters }),
      method: 'symbolic',
      formula: derived,
      reason: undefined,
    };
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  return {
    evaluate: withParameters(
      differenceIn(compileFormula(formula, { parameters }), index, formula.variables.length),
      parameters,
    ),
    method: 'central-difference',
    formula: undefined,
    reason,
  };
}

/**
 * A polynomial's derivative straight from its coefficients: exact, immediate, and tidier than mathjs's simplify
 * (which takes 3–60 ms even on x²(1 − x)). Undefined when the formula is not a polynomial.
 */
function polynomialDerivative(formula: Formula, variable: string): Formula | undefined {
  const c = polynomialCoefficients(formula.node, variable);
  if (!c?.every(Number.isFinite)) return undefined;
  const terms = c.slice(1).map((ck, k) => ({ coefficient: (k + 1) * ck, divisor: 1, power: k }));
  return parseFormula(polynomialText(terms, variable), { variables: formula.variables });
}

/** mathjs differentiates a^2 but not square(a): rewrite square and cube as powers first. */
function powersForSquareAndCube(node: MathNode): MathNode {
  return node.transform((n) => {
    if (n.type !== 'FunctionNode') return n;
    const call = n as FunctionNode;
    const power = { square: 2, cube: 3 }[(call.fn as unknown as SymbolNode).name];
    if (power === undefined) return n;
    const base = new math.ParenthesisNode(powersForSquareAndCube(call.args[0]!));
    return new math.OperatorNode('^', 'pow', [base, new math.ConstantNode(power)]);
  });
}

class TooLarge extends Error {
  constructor(size: number) {
    super(`the derivative would have about ${size} nodes; the limit is ${MAX_DERIVATIVE_SIZE}`);
  }
}

function differenceIn(
  f: (...values: number[]) => number,
  index: number,
  arity: number,
): (...values: number[]) => number {
  if (arity === 1) return centralDifference(f as (x: number) => number);
  return (...values: number[]) => {
    const args = values.slice();
    return centralDifference((v) => {
      args[index] = v;
      return f(...args);
    })(values[index]!);
  };
}
