import { compileLoss, type FormulaLoss, parseFormula } from '@phaseflow/formula';
import { DEFAULT_PARAMETER_VALUE } from '../../../state/parameter-action.ts';
import type { FormulaParameters } from '../../../state/shared-state.ts';

/** A typed loss compiled, or why it could not be. */
export type CompiledLandscapeLoss =
  | { loss: FormulaLoss; error?: undefined }
  | { loss?: undefined; error: string };

/**
 * Compiles F(x, y) with its symbolic gradient and Hessian (`compileLoss`), remembering the last text so a
 * parameter move only writes the parameter store (nothing re-parsed). A parameter the state does not hold is 1,
 * as its slider shows it.
 *
 * @example
 * ```ts
 * const compile = createLossCompiler();
 * compile('(x^2 + kappa*y^2) / 2', { kappa: 10 }).loss?.F([1, 1]); // 5.5
 * ```
 */
export function createLossCompiler() {
  let text = '';
  let compiled: CompiledLandscapeLoss | undefined;
  return (loss: string, params: FormulaParameters): CompiledLandscapeLoss => {
    if (loss !== text || compiled === undefined) {
      text = loss;
      try {
        const formula = parseFormula(loss, { variables: ['x', 'y'], parameters: true });
        const values = Object.fromEntries(formula.parameters.map((name) => [name, 1]));
        compiled = { loss: compileLoss(formula, { parameters: values }) };
      } catch (e) {
        compiled = { error: e instanceof Error ? e.message : String(e) };
      }
    }
    if (compiled.loss) {
      for (const name of compiled.loss.parameters.names) {
        const v = Object.hasOwn(params, name) ? params[name]! : DEFAULT_PARAMETER_VALUE;
        if (compiled.loss.parameters.get(name) !== v) compiled.loss.parameters.set(name, v);
      }
    }
    return compiled;
  };
}
