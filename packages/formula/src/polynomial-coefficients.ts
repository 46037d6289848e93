import type { ConstantNode, FunctionNode, MathNode, OperatorNode, ParenthesisNode, SymbolNode } from 'mathjs';
import { FormulaError } from './formula-error.ts';
import { math } from './math.ts';
import { FORMULA_CONSTANTS } from './vocabulary.ts';

/** Highest degree expanded; (x + 1)^1000 is left to numerical integration. */
const MAX_DEGREE = 40;

/**
 * The coefficients c (c[k] multiplies x^k) when the tree is a polynomial in `variable` with real coefficients,
 * otherwise undefined. Recognises sums, products, division by a constant, non-negative integer powers, square and
 * cube, the named constants; anything else (sin, another variable, x^-1) is not a polynomial.
 *
 * @example
 * ```ts
 * polynomialCoefficients(parseFormula('x*(1-x)').node, 'x'); // [0, 1, -1]
 * ```
 */
export function polynomialCoefficients(node: MathNode, variable: string): number[] | undefined {
  if (typeof variable !== 'string' || !isNode(node)) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      'invalid argument. polynomialCoefficients takes a mathjs node (a Formula’s `node`) and a variable name.',
    );
  }
  try {
    return expand(node, variable);
  } catch (error) {
    if (error === NOT_POLYNOMIAL) return undefined;
    throw error;
  }
}

const NOT_POLYNOMIAL = Symbol('not a polynomial');

function isNode(value: unknown): value is MathNode {
  try {
    return math.isNode(value);
  } catch {
    return false;
  }
}

function expand(n: MathNode, variable: string): number[] {
  switch (n.type) {
    case 'ParenthesisNode':
      return expand((n as ParenthesisNode).content, variable);
    case 'ConstantNode':
      return [(n as ConstantNode).value as number];
    case 'SymbolNode': {
      const name = (n as SymbolNode).name;
      if (name === variable) return [0, 1];
      const c = FORMULA_CONSTANTS.get(name);
      if (c === undefined) throw NOT_POLYNOMIAL;
      return [c];
    }
    case 'FunctionNode': {
      const call = n as FunctionNode;
      const power = { square: 2, cube: 3 }[(call.fn as unknown as SymbolNode).name];
      if (power === undefined) throw NOT_POLYNOMIAL;
      return raise(expand(call.args[0]!, variable), power);
    }
    case 'OperatorNode':
      return operator(n as OperatorNode, variable);
    default:
      throw NOT_POLYNOMIAL;
  }
}

function operator(n: OperatorNode, variable: string): number[] {
  const args = n.args.map((a) => expand(a, variable));
  const [a, b] = args as [number[], number[]];
  switch (n.fn) {
    case 'unaryPlus':
      return a;
    case 'unaryMinus':
      return a.map((c) => -c);
    case 'add':
      return combine(a, b, 1);
    case 'subtract':
      return combine(a, b, -1);
    case 'multiply':
      return multiply(a, b);
    case 'divide': {
      const d = constantOf(b);
      if (d === 0) throw NOT_POLYNOMIAL;
      return a.map((c) => c / d);
    }
    case 'pow': {
      const p = constantOf(b);
      if (!Number.isInteger(p) || p < 0) throw NOT_POLYNOMIAL;
      return raise(a, p);
    }
    default:
      throw NOT_POLYNOMIAL;
  }
}

function constantOf(p: number[]): number {
  if (trim(p).length > 1) throw NOT_POLYNOMIAL;
  return p[0] ?? 0;
}

function combine(a: number[], b: number[], sign: number): number[] {
  const out = new Array<number>(Math.max(a.length, b.length)).fill(0);
  a.forEach((c, k) => {
    out[k]! += c;
  });
  b.forEach((c, k) => {
    out[k]! += sign * c;
  });
  return trim(out);
}

function multiply(a: number[], b: number[]): number[] {
  if (a.length + b.length - 2 > MAX_DEGREE) throw NOT_POLYNOMIAL;
  const out = new Array<number>(a.length + b.length - 1).fill(0);
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out[i + j]! += a[i]! * b[j]!;
  return trim(out);
}

function raise(a: number[], p: number): number[] {
  if (a.length === 1) return [a[0]! ** p];
  if ((a.length - 1) * p > MAX_DEGREE) throw NOT_POLYNOMIAL;
  let out = [1];
  for (let k = 0; k < p; k++) out = multiply(out, a);
  return out;
}

/** Drops trailing zero coefficients, keeping at least one. */
function trim(p: number[]): number[] {
  let n = p.length;
  while (n > 1 && p[n - 1] === 0) n--;
  return n === p.length ? p : p.slice(0, n);
}
