import { compileFormula, deriveFormula } from '@phaseflow/formula';
import { gradientAscent, gradientDescent } from '@phaseflow/gradient-flow';
import type { Cell, Report } from '../output/report.ts';
import { readFormula } from '../read-formula.ts';
import { readFormulaParameters } from '../read-formula-parameters.ts';
import { readNumber } from '../read-options.ts';

/** Most iterations a run may ask for: every one is printed. */
const MAX_STEPS = 1_000_000;

/** The options `phaseflow descend` and `phaseflow ascend` read. */
export interface OptimizeCommandOptions {
  x0?: unknown;
  lr?: unknown;
  steps?: unknown;
  gradTol?: unknown;
  par?: unknown;
}

/**
 * `phaseflow descend <F> --x0 --lr --steps` (and `ascend`): gradient descent x_{k+1} = x_k − η F′(x_k) (ascent:
 * + η F′) from x0, with F′ derived from the formula, tabled per iterate with F and F′.
 *
 * @example
 * ```ts
 * optimizeCommand('descent', 'x^2', { x0: 3, lr: 0.1, steps: 20 }).summary.final; // 3·0.8^20 ≈ 0.0346
 * ```
 */
export function optimizeCommand(
  direction: 'descent' | 'ascent',
  text: unknown,
  options: OptimizeCommandOptions,
): Report {
  const formula = readFormula(text, { parameters: true });
  const parameters = readFormulaParameters(formula, options.par);
  const F = compileFormula(formula, { parameters: parameters.store }) as (x: number) => number;
  const derivative = deriveFormula(formula, undefined, { parameters: parameters.store });
  const grad = derivative.evaluate as (x: number) => number;
  const x0 = readNumber('--x0', options.x0, 'finite');
  const learningRate = readNumber('--lr', options.lr, 'positive', 0.1);
  const steps = readNumber('--steps', options.steps, 'count', 100, MAX_STEPS);
  const gradTol = readNumber('--grad-tol', options.gradTol, 'positive', 1e-8);
  const run = direction === 'descent' ? gradientDescent : gradientAscent;
  const result = run({ F, grad }, x0, { learningRate, steps, gradTol });
  const { x: iterates, values } = result;
  // Made as written, so a million iterations are never held as a million row arrays.
  const rows: Iterable<readonly Cell[]> = {
    *[Symbol.iterator]() {
      for (let k = 0; k < iterates.length; k++) yield [k, iterates[k]!, values[k]!, grad(iterates[k]!)];
    },
  };
  return {
    command: direction === 'descent' ? 'descend' : 'ascend',
    summary: {
      formula: formula.text,
      ...parameters.summary,
      gradient: derivative.formula?.text ?? 'central difference',
      x0,
      lr: learningRate,
      steps,
      status: result.status,
      message: result.message,
      iterations: result.iterations,
      final: result.final,
      'F(final)': result.finalValue,
    },
    sections: [
      { title: '', text: [], tables: [{ name: 'iterates', columns: ['k', 'x', 'F(x)', "F'(x)"], rows }] },
    ],
    exitCode: result.status === 'converged' || result.status === 'max-iterations' ? 0 : 1,
  };
}
