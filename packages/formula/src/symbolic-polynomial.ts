import type { ConstantNode, FunctionNode, MathNode, OperatorNode, ParenthesisNode, SymbolNode } from 'mathjs';
import { foldConstants } from './fold-constants.ts';
import { math } from './math.ts';

/** Highest degree expanded, as for numeric coefficients. */
const MAX_DEGREE = 40;
/** Largest coefficient tree kept: past it the antiderivative is numeric rather than a page of text. */
const MAX_COEFFICIENT_SIZE = 400;

/** c[k] multiplies variable^k; undefined is a zero coefficient. */
type Coefficients = (MathNode | undefined)[];

const NOT_POLYNOMIAL = Symbol('not a polynomial');

/**
 * The antiderivative ∫₀ˣ of a formula that is a polynomial in `variable` whose coefficients are any expressions
 * free of it (parameters, constants, sin(a), …), as a tree: Σ c_k·x^(k+1)/(k+1), with the coefficients kept as
 * symbols. Undefined when the formula is not such a polynomial, or its degree or coefficients grow too large.
 *
 * @example
 * ```ts
 * symbolicAntiderivative(parseFormula('r*x*(1-x/K)', { parameters: true }).node, 'x')?.toString();
 * // printed with { parenthesis: 'auto' }: 'r * x ^ 2 / 2 + r * -(1 / K) * x ^ 3 / 3'
 * ```
 */
export function symbolicAntiderivative(node: MathNode, variable: string): MathNode | undefined {
  let c: Coefficients;
  try {
    c = expand(node, variable);
  } catch (error) {
    if (error === NOT_POLYNOMIAL) return undefined;
    throw error;
  }
  let sum: MathNode | undefined;
  c.forEach((ck, k) => {
    if (ck === undefined) return;
    const power =
      k === 0
        ? new math.SymbolNode(variable)
        : new math.OperatorNode('^', 'pow', [new math.SymbolNode(variable), new math.ConstantNode(k + 1)]);
    const term = new math.OperatorNode('/', 'divide', [
      new math.OperatorNode('*', 'multiply', [paren(ck), power]),
      new math.ConstantNode(k + 1),
    ]);
    sum = sum === undefined ? term : new math.OperatorNode('+', 'add', [sum, term]);
  });
  return foldConstants(sum ?? new math.ConstantNode(0));
}

/** No ParenthesisNode is made: mathjs's printer adds the brackets precedence needs (`parenthesis: 'auto'`). */
function paren(n: MathNode): MathNode {
  return n;
}

function freeOf(n: MathNode, variable: string): boolean {
  let free = true;
  n.traverse((m) => {
    if (m.type === 'SymbolNode' && (m as SymbolNode).name === variable) free = false;
  });
  return free;
}

function expand(n: MathNode, variable: string): Coefficients {
  if (freeOf(n, variable)) return [n];
  switch (n.type) {
    case 'ParenthesisNode':
      return expand((n as ParenthesisNode).content, variable);
    case 'SymbolNode':
      return [undefined, new math.ConstantNode(1)];
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

function operator(n: OperatorNode, variable: string): Coefficients {
  const [first, second] = n.args as [MathNode, MathNode | undefined];
  switch (n.fn) {
    case 'unaryPlus':
      return expand(first, variable);
    case 'unaryMinus':
      return expand(first, variable).map((c) => (c === undefined ? c : op('-', 'unaryMinus', [c])));
    case 'add':
    case 'subtract': {
      const a = expand(first, variable);
      const b = expand(second!, variable);
      const out: Coefficients = [];
      for (let k = 0; k < Math.max(a.length, b.length); k++) {
        const [p, q] = [a[k], b[k]];
        const negated = q === undefined || n.fn === 'add' ? q : op('-', 'unaryMinus', [q]);
        out.push(p === undefined ? negated : q === undefined ? p : op(n.op, n.fn, [p, q]));
      }
      return checked(out);
    }
    case 'multiply':
      return multiply(expand(first, variable), expand(second!, variable));
    case 'divide': {
      if (!freeOf(second!, variable)) throw NOT_POLYNOMIAL;
      return checked(
        expand(first, variable).map((c) => (c === undefined ? c : op('/', 'divide', [c, second!]))),
      );
    }
    case 'pow': {
      const exponent = second!.type === 'ConstantNode' ? (second as ConstantNode).value : undefined;
      if (typeof exponent !== 'number' || !Number.isInteger(exponent) || exponent < 0) throw NOT_POLYNOMIAL;
      return raise(expand(first, variable), exponent);
    }
    default:
      throw NOT_POLYNOMIAL;
  }
}

function op(symbol: string, fn: string, args: MathNode[]): MathNode {
  return new math.OperatorNode(symbol as '+', fn as 'add', args.map(paren));
}

function multiply(a: Coefficients, b: Coefficients): Coefficients {
  if (a.length + b.length - 2 > MAX_DEGREE) throw NOT_POLYNOMIAL;
  const out: Coefficients = new Array(Math.max(0, a.length + b.length - 1)).fill(undefined);
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const [p, q] = [a[i], b[j]];
      if (p === undefined || q === undefined) continue;
      const term = op('*', 'multiply', [p, q]);
      const old = out[i + j];
      out[i + j] = old === undefined ? term : op('+', 'add', [old, term]);
    }
  }
  return checked(out);
}

function raise(a: Coefficients, p: number): Coefficients {
  if ((a.length - 1) * p > MAX_DEGREE) throw NOT_POLYNOMIAL;
  let out: Coefficients = [new math.ConstantNode(1)];
  for (let k = 0; k < p; k++) out = multiply(out, a);
  return out;
}

/** Refuses coefficients that grew past the size cap (a product of long sums multiplies their lengths). */
function checked(c: Coefficients): Coefficients {
  for (const ck of c) {
    if (ck === undefined) continue;
    let size = 0;
    ck.traverse(() => {
      size++;
    });
    if (size > MAX_COEFFICIENT_SIZE) throw NOT_POLYNOMIAL;
  }
  return c;
}
