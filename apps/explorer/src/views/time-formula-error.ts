import { parseFormula } from '@phaseflow/formula';

/** The code that starts the message of a formula in t shown by a view that cannot draw one. */
export const TIME_FORMULA_CODE = 'ERR_FORMULA_TIME';

/**
 * The formula box's message when a view that draws autonomous equations only is given a formula in t: the text
 * reads as a formula of `variables` and t and uses t. Undefined for anything else (whose own error, if any, the
 * view reports as before).
 *
 * @example
 * ```ts
 * timeFormulaError('-x + sin(t)', ['x'], 'The step-size map', 'a step map Φ_η(x) needs f(x) alone');
 * // 'ERR_FORMULA_TIME: The step-size map cannot draw a formula in t: a step map Φ_η(x) needs f(x) alone. …'
 * timeFormulaError('x*(1-x)', ['x'], 'The step-size map', '…'); // undefined
 * ```
 */
export function timeFormulaError(
  text: string,
  variables: readonly string[],
  view: string,
  why: string,
): string | undefined {
  try {
    const formula = parseFormula(text, { variables: [...variables, 't'], parameters: true });
    if (!formula.usedVariables.includes('t')) return undefined;
  } catch {
    return undefined;
  }
  return `${TIME_FORMULA_CODE}: ${view} cannot draw a formula in t: ${why}. The line view draws x′ = f(x, t) as a slope field.`;
}
