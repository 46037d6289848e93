import type { Formula } from '@phaseflow/formula';
import type { MathNode, OperatorNode, SymbolNode } from 'mathjs';
import { DEFAULT_PARAMETER_VALUE } from '../state/parameter-action.ts';
import { NO_BOUNDS, type ParameterBounds } from '../state/parameter-bounds.ts';

export { DEFAULT_PARAMETER_VALUE } from '../state/parameter-action.ts';

/** One slider of a formula parameter: its name, the value in force and its range. */
export interface ParameterSlider {
  readonly name: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** True when the range is one the user chose (`parmin.`/`parmax.` in the URL), false for the default. */
  readonly chosen: boolean;
}

/**
 * The sliders of the parameters of one formula or several (a system's x′ and y′), in order of first appearance,
 * each at its value in `values` (1 when absent). The range is the one chosen in `bounds` when there is one;
 * otherwise [0, 10] for a name used as a divisor or an exponent (where a negative value or 0 is rarely meant),
 * [−10, 10] for any other, widened to hold a value a link set outside it.
 *
 * @example
 * ```ts
 * parameterSliders(parseFormula('r*x*(1-x/K)', { parameters: true }), { r: 2 });
 * // [{ name: 'r', value: 2, min: -10, max: 10, chosen: false }, { name: 'K', value: 1, min: 0, max: 10, chosen: false }]
 * ```
 */
export function parameterSliders(
  formulas: Formula | readonly Formula[],
  values: Readonly<Record<string, number>>,
  bounds: ParameterBounds = NO_BOUNDS,
): readonly ParameterSlider[] {
  const list = Array.isArray(formulas) ? (formulas as readonly Formula[]) : [formulas as Formula];
  const positive = new Set<string>();
  for (const formula of list) positiveNames(formula.node, positive);
  return parameterNames(list).map((name) => {
    const value = Object.hasOwn(values, name) ? values[name]! : DEFAULT_PARAMETER_VALUE;
    const chosen = Object.hasOwn(bounds, name);
    const min = chosen ? bounds[name]!.min : positive.has(name) ? 0 : -10;
    const max = chosen ? bounds[name]!.max : 10;
    return { name, value, min: Math.min(min, value), max: Math.max(max, value), chosen };
  });
}

/**
 * The parameter values to use: the formulas' names only, each from `values` or 1.
 *
 * @example
 * ```ts
 * parameterValues(parseFormula('r*x', { parameters: true }), { r: 2, K: 3 }); // { r: 2 }
 * ```
 */
export function parameterValues(
  formulas: Formula | readonly Formula[],
  values: Readonly<Record<string, number>>,
): Record<string, number> {
  const list = Array.isArray(formulas) ? (formulas as readonly Formula[]) : [formulas as Formula];
  return Object.fromEntries(
    parameterNames(list).map((name) => [
      name,
      Object.hasOwn(values, name) ? values[name]! : DEFAULT_PARAMETER_VALUE,
    ]),
  );
}

/** The parameter names of the formulas, each once, in order of first appearance. */
function parameterNames(list: readonly Formula[]): string[] {
  return [...new Set(list.flatMap((f) => f.parameters))];
}

/** Adds the names that appear in a denominator or an exponent. */
function positiveNames(node: MathNode, names: Set<string>): void {
  node.traverse((n) => {
    if (n.type !== 'OperatorNode') return;
    const op = n as OperatorNode;
    if (op.fn !== 'divide' && op.fn !== 'pow') return;
    op.args[1]!.traverse((m) => {
      if (m.type === 'SymbolNode') names.add((m as SymbolNode).name);
    });
  });
}
