import type { FunctionNode, MathNode, OperatorNode, ParenthesisNode } from 'mathjs';

/**
 * An upper estimate of the number of nodes mathjs's `derivative` writes for `node` (before constant folding),
 * found in one linear pass that follows the chain, product and quotient rules: the derivative of f(u) holds f′(u)
 * (u written about twice) times u′, of u·v both factors and both derivatives. Nested calls grow quadratically
 * (a 198-deep sin(sin(…x…)) has a 20,000-node derivative, and its second derivative took seconds), so
 * deriveFormula asks this first and does not start symbolic work it would have to abandon.
 *
 * @example
 * ```ts
 * derivativeSizeBound(math.parse('sin(x)')); // 7: cos(x) * 1 and its brackets, about
 * ```
 */
export function derivativeSizeBound(node: MathNode): number {
  return measure(node).derivative;
}

interface Measure {
  readonly size: number;
  readonly derivative: number;
}

function measure(n: MathNode): Measure {
  switch (n.type) {
    case 'ParenthesisNode': {
      const inner = measure((n as ParenthesisNode).content);
      return { size: inner.size + 1, derivative: inner.derivative + 1 };
    }
    case 'OperatorNode': {
      const args = (n as OperatorNode).args.map(measure);
      const size = 1 + sum(args.map((a) => a.size));
      const [a, b] = args as [Measure, Measure | undefined];
      if (b === undefined) return { size, derivative: a.derivative + 1 };
      switch ((n as OperatorNode).fn) {
        case 'multiply':
          return { size, derivative: a.size + a.derivative + b.size + b.derivative + 3 };
        case 'divide':
          return { size, derivative: a.size + a.derivative + 2 * b.size + b.derivative + 6 };
        case 'pow':
          return { size, derivative: 3 * a.size + a.derivative + 2 * b.size + b.derivative + 8 };
        default:
          return { size, derivative: a.derivative + b.derivative + 1 };
      }
    }
    case 'FunctionNode': {
      const args = (n as FunctionNode).args.map(measure);
      const size = 1 + sum(args.map((a) => a.size));
      return { size, derivative: sum(args.map((a) => 2 * a.size + a.derivative + 6)) };
    }
    default: {
      // Symbols, constants; conditionals and comparisons mathjs cannot differentiate count as their size.
      let size = 0;
      n.traverse(() => {
        size++;
      });
      return { size, derivative: size };
    }
  }
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
