import type { Formula, FormulaParameters } from '@phaseflow/formula';
import { formulaParameters } from '@phaseflow/formula';
import type { Cell } from './output/report.ts';
import { checkParameters, readParameters } from './read-parameters.ts';

/**
 * The parameter store for a formula from its `--par` options: every parameter the formula uses needs a value and
 * every value a parameter (one-line UsageErrors otherwise). Also the summary line that reports them.
 *
 * @example
 * ```ts
 * readFormulaParameters(readFormula('r*x'), ['r=2']).store.get('r'); // 2
 * ```
 */
export function readFormulaParameters(
  formula: Formula,
  raw: unknown,
): { store: FormulaParameters; summary: Record<string, Cell> } {
  const values = readParameters(raw);
  checkParameters(formula.parameters, values);
  const store = formulaParameters(formula.parameters, values);
  const summary: Record<string, Cell> =
    formula.parameters.length === 0
      ? {}
      : { parameters: formula.parameters.map((name) => `${name}=${values[name]}`).join(', ') };
  return { store, summary };
}
