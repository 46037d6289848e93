import {
  centralDifference,
  compileFormula,
  deriveFormula,
  formulaParameters,
  parseFormula,
  polynomialCoefficients,
} from '@phaseflow/formula';
import { parameterValues } from '../../../components/parameter-sliders.ts';
import type { Direction, FormulaKind, FormulaParameters } from '../../../state/shared-state.ts';
import { timeFormulaError } from '../../time-formula-error.ts';

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
export function mapFlow(
  input: FlowInput,
  settings: { polynomial?: boolean } = {},
): { flow: MapFlow; error?: undefined } | { error: string } {
  if (input.formula.trim() === '') return { error: 'Type a formula of x, for example x*(1 - x).' };
  try {
    const formula = parseFormula(input.formula, { parameters: true });
    // Only this formula's names: the shared values also hold other formulas' parameters (K of the line view's).
    const store = formulaParameters(formula.parameters, parameterValues(formula, input.params));
    const options = { parameters: store };
    const sign = input.direction === 'ascent' ? 1 : -1;
    // A polynomial without parameters runs as Horner's rule on its coefficients: about ten times faster than the
    // compiled formula, which is what the orbit diagram's 700,000 steps need (the cobweb keeps the compiled one).
    const c =
      settings.polynomial && formula.parameters.length === 0
        ? polynomialCoefficients(formula.node, 'x')
        : undefined;
    if (c !== undefined) {
      const g = (input.kind === 'ode' ? c : differentiate(c)).map((v) => sign * v);
      return { flow: { g: horner(g), gPrime: horner(differentiate(g)) } };
    }
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
    // A formula in t reads as one of x and t: say why this view cannot draw it, not just that t is unknown.
    const time = timeFormulaError(
      input.formula,
      ['x'],
      'The step-size map',
      'one step x ↦ x + η·f(x) must be the same map at every step, and f(x, t) changes with t',
    );
    if (time !== undefined) return { error: time };
    const position = (error as { position?: unknown }).position;
    const where = typeof position === 'number' ? ` (at character ${position + 1})` : '';
    return { error: error instanceof Error ? `${error.message}${where}` : 'This formula cannot be read.' };
  }
}

/** The coefficients of p′ (constant term first). */
function differentiate(c: readonly number[]): number[] {
  return c.length <= 1 ? [0] : c.slice(1).map((v, k) => v * (k + 1));
}

/** p(x) by Horner's rule, as a closure over local constants. */
function horner(c: readonly number[]): (x: number) => number {
  const k = Float64Array.from(c);
  const n = k.length;
  return (x) => {
    let v = k[n - 1]!;
    for (let i = n - 2; i >= 0; i--) v = v * x + k[i]!;
    return v;
  };
}
