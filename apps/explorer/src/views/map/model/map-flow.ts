import {
  centralDifference,
  compileFormula,
  deriveFormula,
  formulaParameters,
  parseFormula,
} from '@phaseflow/formula';
import type { Direction, FormulaKind, FormulaParameters } from '../../../state/shared-state.ts';

/** The right-hand side g whose Euler (or RK4) step the map view draws, and g′ for exact multipliers. */
export interface MapFlow {
  readonly g: (x: number) => number;
  readonly gPrime: (x: number) => number;
}

/** What a formula needs to become a flow: the shared fields of the state. */
export interface FlowInput {
  readonly kind: FormulaKind;
  readonly formula: string;
  readonly direction: Direction;
  readonly params: FormulaParameters;
}

/**
 * The flow whose step is the iterate the line view draws: x′ = ±F′(x), with F′ the formula itself (kind `ode`)
 * or its derivative (kind `potential`), + for ascent and − for descent; so Euler's step is x ± η·F′(x). Parsed by
 * `@phaseflow/formula` (never eval); a formula that cannot be read gives its one-line reason.
 *
 * @example
 * ```ts
 * mapFlow({ kind: 'potential', formula: 'x^2', direction: 'descent', params: {} }).flow?.g(1); // -2
 * ```
 */
export function mapFlow(input: FlowInput): { flow: MapFlow; error?: undefined } | { error: string } {
  if (input.formula.trim() === '') return { error: 'Type a formula of x, for example x*(1 - x).' };
  try {
    const formula = parseFormula(input.formula, { parameters: true });
    const store = formulaParameters(formula.parameters, input.params);
    const options = { parameters: store };
    const sign = input.direction === 'ascent' ? 1 : -1;
    let gradient: (x: number) => number;
    let curvature: (x: number) => number;
    if (input.kind === 'ode') {
      gradient = compileFormula(formula, options) as (x: number) => number;
      curvature = deriveFormula(formula, undefined, options).evaluate as (x: number) => number;
    } else {
      const first = deriveFormula(formula, undefined, options);
      gradient = first.evaluate as (x: number) => number;
      curvature = first.formula
        ? (deriveFormula(first.formula, undefined, options).evaluate as (x: number) => number)
        : centralDifference(gradient);
    }
    return { flow: { g: (x) => sign * gradient(x), gPrime: (x) => sign * curvature(x) } };
  } catch (error) {
    const position = (error as { position?: unknown }).position;
    const where = typeof position === 'number' ? ` (at character ${position + 1})` : '';
    return { error: error instanceof Error ? `${error.message}${where}` : 'This formula cannot be read.' };
  }
}
