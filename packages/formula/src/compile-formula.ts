import { buildEvaluator, type Evaluator, UNDEFINED_HERE } from './build-evaluator.ts';
import type { Formula } from './parse-formula.ts';

/**
 * A compiled formula: takes the values of the formula's variables in order (x, then t) and returns a number,
 * NaN where the formula is undefined (sqrt(x) for x < 0). It never throws.
 */
export type CompiledFormula = (...values: number[]) => number;

/** Options of {@link compileFormula}. */
export interface CompileFormulaOptions {
  /**
   * `closures` (default) builds nested JavaScript closures from the tree; `mathjs` uses mathjs's own `compile`
   * and `evaluate` with one reused scope object. Both give the same numbers; closures are several times faster.
   */
  engine?: 'closures' | 'mathjs';
}

/**
 * Compiles a parsed formula into a fast function of its variables, without eval or new Function.
 *
 * @example
 * ```ts
 * const f = compileFormula(parseFormula('x*(1-x)'));
 * f(0.25);                  // 0.1875
 * compileFormula(parseFormula('sqrt(x)'))(-1); // NaN
 * ```
 */
export function compileFormula(formula: Formula, options?: CompileFormulaOptions): CompiledFormula {
  const engine = options?.engine ?? 'closures';
  return engine === 'mathjs' ? compileWithMathjs(formula) : compileWithClosures(formula);
}

function compileWithClosures(formula: Formula): CompiledFormula {
  const evaluate = guarded(buildEvaluator(formula.node, formula.variables));
  const values = new Float64Array(formula.variables.length);
  if (values.length === 1) {
    return (x: number) => {
      values[0] = x;
      return evaluate(values);
    };
  }
  return (...args: number[]) => {
    for (let i = 0; i < values.length; i++) values[i] = args[i] ?? Number.NaN;
    return evaluate(values);
  };
}

function guarded(evaluate: Evaluator): Evaluator {
  return (v) => {
    try {
      return evaluate(v);
    } catch (error) {
      if (error === UNDEFINED_HERE) return Number.NaN;
      throw error;
    }
  };
}

function compileWithMathjs(formula: Formula): CompiledFormula {
  const code = formula.node.compile();
  const names = formula.variables;
  // A Map, reused across calls: mathjs accepts it as the scope directly, and it has no prototype keys.
  const scope = new Map<string, number>();
  return (...args: number[]) => {
    for (let i = 0; i < names.length; i++) scope.set(names[i]!, args[i] ?? Number.NaN);
    try {
      const result = code.evaluate(scope);
      return typeof result === 'number' ? result : typeof result === 'boolean' ? Number(result) : Number.NaN;
    } catch {
      return Number.NaN;
    }
  };
}
