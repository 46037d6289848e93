import type {
  ConditionalNode,
  ConstantNode,
  FunctionNode,
  MathNode,
  OperatorNode,
  ParenthesisNode,
  SymbolNode,
} from 'mathjs';
import type { ParameterStorage } from './formula-parameters.ts';
import { math } from './math.ts';
import { FORMULA_CONSTANTS } from './vocabulary.ts';

/** Evaluates a tree for the variable values in `v` (in the formula's variable order). */
export type Evaluator = (v: Float64Array) => number;

type Fn = (...args: number[]) => number;

// (floor, ceil and round are absent on purpose: mathjs rounds values within its tolerance of an integer first.)
// Functions whose JavaScript Math version agrees with mathjs (predictable mode) on every real number, NaN and ±∞
// included; compile-formula.test.ts checks this against mathjs's own evaluate on random inputs.
const FAST: Readonly<Record<string, Fn>> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  atan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  asinh: Math.asinh,
  exp: Math.exp,
  expm1: Math.expm1,
  sqrt: Math.sqrt,
  cbrt: Math.cbrt,
  abs: Math.abs,
  atan2: Math.atan2,
  square: (x) => x * x,
  cube: (x) => x * x * x,
};

/**
 * Turns a validated tree into nested closures over plain numbers: no text is generated or evaluated (no eval, no
 * new Function, so a strict Content-Security-Policy is fine), and the per-call cost is a handful of direct calls
 * instead of mathjs's typed-function dispatch and scope map. Functions without a safe Math equivalent go through
 * mathjs itself, so results agree with `math.evaluate`. The evaluator may throw UNDEFINED_HERE, which callers turn
 * into NaN.
 */
export function buildEvaluator(
  node: MathNode,
  variables: readonly string[],
  parameters?: ParameterStorage,
): Evaluator {
  const build = (n: MathNode): Evaluator => {
    switch (n.type) {
      case 'ParenthesisNode':
        return build((n as ParenthesisNode).content);
      case 'ConstantNode': {
        const c = (n as ConstantNode).value as number;
        return () => c;
      }
      case 'SymbolNode': {
        const name = (n as SymbolNode).name;
        const i = variables.indexOf(name);
        if (i >= 0) return (v) => v[i]!;
        const c = FORMULA_CONSTANTS.get(name);
        if (c !== undefined) return () => c;
        // A parameter: read from the shared store on every call, so a new value needs no recompiling.
        const j = parameters?.index.get(name);
        if (j === undefined) return () => Number.NaN;
        const store = parameters!.values;
        return () => store[j]!;
      }
      case 'OperatorNode':
        return operator(n as OperatorNode, build);
      case 'ConditionalNode': {
        const node = n as ConditionalNode;
        const condition = build(node.condition);
        const yes = build(node.trueExpr);
        const no = build(node.falseExpr);
        // mathjs tests a numeric condition with !!, so NaN counts as false, as here.
        return (v) => (condition(v) ? yes(v) : no(v));
      }
      case 'FunctionNode': {
        const call = n as FunctionNode;
        const args = call.args.map(build);
        return callOf((call.fn as unknown as SymbolNode).name, args);
      }
      default: {
        // Chained comparisons a < b < c (only reachable inside a condition).
        const node = n as unknown as { conditionals: string[]; params: MathNode[] };
        const params = node.params.map(build);
        const tests = node.conditionals.map((name) => relation(name));
        return (v) => {
          let left = params[0]!(v);
          for (let k = 0; k < tests.length; k++) {
            const right = params[k + 1]!(v);
            if (!tests[k]!(left, right)) return 0;
            left = right;
          }
          return 1;
        };
      }
    }
  };
  return build(node);
}

function operator(n: OperatorNode, build: (n: MathNode) => Evaluator): Evaluator {
  const [a, b] = n.args.map(build) as [Evaluator, Evaluator];
  switch (n.fn) {
    case 'add':
      return (v) => a(v) + b(v);
    case 'subtract':
      return (v) => a(v) - b(v);
    case 'multiply':
      return (v) => a(v) * b(v);
    case 'divide':
      return (v) => a(v) / b(v);
    case 'unaryMinus':
      return (v) => -a(v);
    case 'unaryPlus':
      return a;
    case 'pow':
      return (v) => power(a(v), b(v));
    case 'mod':
      return (v) => modulo(a(v), b(v));
    // mathjs evaluates both operands of and/or (no short circuit), so an error in either makes the result NaN.
    case 'and':
      return (v) => {
        const p = a(v);
        const q = b(v);
        return p && q ? 1 : 0;
      };
    case 'or':
      return (v) => {
        const p = a(v);
        const q = b(v);
        return p || q ? 1 : 0;
      };
    case 'not':
      return (v) => (a(v) ? 0 : 1);
    default: {
      const test = relation(n.fn);
      return (v) => (test(a(v), b(v)) ? 1 : 0);
    }
  }
}

function callOf(name: string, args: Evaluator[]): Evaluator {
  const fast = FAST[name];
  if (fast !== undefined && args.length === fast.length) {
    const [a, b] = args as [Evaluator, Evaluator];
    return fast.length === 1 ? (v) => fast(a(v)) : (v) => fast(a(v), b(v));
  }
  if (name === 'log' && args.length === 1) {
    const a = args[0]!;
    return (v) => Math.log(a(v));
  }
  const slow = (math as unknown as Record<string, Fn>)[name]!;
  const values: number[] = args.map(() => 0);
  return (v) => {
    for (let i = 0; i < args.length; i++) values[i] = args[i]!(v);
    return real(() => slow(...values));
  };
}

/** mathjs comparisons use a relative tolerance; calling them keeps `x == 0.3` meaning what it means in mathjs. */
function relation(name: string): (x: number, y: number) => boolean {
  const compare = (math as unknown as Record<string, (x: number, y: number) => boolean>)[name]!;
  return (x, y) => real(() => Number(compare(x, y))) !== 0;
}

function power(x: number, y: number): number {
  // mathjs returns 0 for x^∞ with |x| < 1 and for x^-∞ with |x| > 1, where Math.pow agrees except at x = ±1.
  if ((x * x < 1 && y === Number.POSITIVE_INFINITY) || (x * x > 1 && y === Number.NEGATIVE_INFINITY))
    return 0;
  return x ** y;
}

function modulo(x: number, y: number): number {
  return real(() => math.mod(x, y) as number);
}

/**
 * Thrown through the closures when a mathjs function throws (nthRoot(x, 0)) or returns a non-number; the compiled
 * function catches it and returns NaN. mathjs's own evaluate aborts the whole expression in that case, so doing the
 * same keeps the two engines in agreement (a comparison with a local NaN would otherwise pick a branch).
 */
export const UNDEFINED_HERE = Symbol('formula undefined here');

/** Runs a mathjs call and passes its number through; anything else ends the evaluation (see UNDEFINED_HERE). */
function real(compute: () => unknown): number {
  let r: unknown;
  try {
    r = compute();
  } catch {
    throw UNDEFINED_HERE;
  }
  if (typeof r !== 'number') throw UNDEFINED_HERE;
  return r;
}
