import { FormulaError, type FormulaFlow, flowFromFormula } from '@phaseflow/formula';
import type { FormulaKind } from '../state/line-state.ts';

/** The formula read as a gradient flow, or the one-line reason it cannot be. */
export type FlowOrError =
  | { readonly flow: FormulaFlow; readonly error?: undefined }
  | { readonly error: string };

/**
 * Reads the formula box through `@phaseflow/formula` (mathjs parsing, never eval): an ODE's f gives F = ∫f, a
 * potential F gives f = F′. Text the formula package refuses (a coded FormulaError), whatever was typed, becomes an
 * error message for the inline display; nothing is thrown for it and nothing is logged.
 *
 * @example
 * ```ts
 * loadFlow('ode', 'x*(1-x)').flow?.potential.text; // 'x^2/2 - x^3/3'
 * loadFlow('ode', 'x*(1-x').error;                 // 'unbalanced parentheses: … (position 2)'
 * ```
 */
export function loadFlow(kind: FormulaKind, text: string): FlowOrError {
  if (text.trim() === '') return { error: 'Type a formula of x, for example x*(1 - x).' };
  try {
    // Parameters allowed: each named constant (r, K, mu, …) gets a slider; its value is set on flow.parameters.
    return {
      flow: flowFromFormula(readableNotation(text), kind === 'ode' ? 'rhs' : 'potential', {
        parameters: true,
      }),
    };
  } catch (error) {
    // The formula package refuses text it cannot read with a coded FormulaError; anything else is a bug.
    if (!(error instanceof FormulaError)) throw error;
    return { error: describeError(error) };
  }
}

function describeError(error: FormulaError): string {
  const where = typeof error.position === 'number' ? ` (at character ${error.position + 1})` : '';
  return `${error.message}${where}`;
}

/**
 * The formula in the parser's notation: the app's own symbols (−, ·, ×, ², ³, π) as ASCII, and the implicit
 * products the parser refuses made explicit (x(1 − x), (x + 1)(x − 1), (x + 1)x). The box keeps what was typed.
 *
 * @example
 * ```ts
 * readableNotation('x(1 − x)'); // 'x*(1 - x)'
 * readableNotation('π·x²');     // 'pi*x^2'
 * ```
 */
export function readableNotation(text: string): string {
  return text
    .replace(/[−–]/g, '-')
    .replace(/[·×]/g, '*')
    .replace(/²/g, '^2')
    .replace(/³/g, '^3')
    .replace(/π/g, 'pi')
    .replace(/\bx\s*\(/g, 'x*(')
    .replace(/\)\s*\(/g, ')*(')
    .replace(/\)\s*(?=[A-Za-z0-9])/g, ')*');
}
