import type { Formula } from '@phaseflow/formula';
import type { MathNode, OperatorNode, SymbolNode } from 'mathjs';

/** One slider of a formula parameter: its name, the value in force and a sensible range. */
export interface ParameterSlider {
  readonly name: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
}

/** The value a parameter has until a slider or a link sets it. */
export const DEFAULT_PARAMETER_VALUE = 1;

/**
 * The sliders of a formula's parameters, in order of first appearance, each at its value in `values` (1 when
 * absent): the range is [0, 10] for a name used as a divisor or an exponent (where a negative value or 0 is rarely
 * meant), [−10, 10] otherwise, widened to hold a value set outside it by a link.
 *
 * @example
 * ```ts
 * parameterSliders(parseFormula('r*x*(1-x/K)', { parameters: true }), { r: 2 });
 * // [{ name: 'r', value: 2, min: -10, max: 10 }, { name: 'K', value: 1, min: 0, max: 10 }]
 * ```
 */
export function parameterSliders(
  formula: Formula,
  values: Readonly<Record<string, number>>,
): readonly ParameterSlider[] {
  const positive = positiveNames(formula.node);
  return formula.parameters.map((name) => {
    const value = Object.hasOwn(values, name) ? values[name]! : DEFAULT_PARAMETER_VALUE;
    const min = positive.has(name) ? 0 : -10;
    return { name, value, min: Math.min(min, value), max: Math.max(10, value) };
  });
}

/** The parameter values to use: the formula's names only, each from `values` or 1. */
export function parameterValues(
  formula: Formula,
  values: Readonly<Record<string, number>>,
): Record<string, number> {
  return Object.fromEntries(
    formula.parameters.map((name) => [
      name,
      Object.hasOwn(values, name) ? values[name]! : DEFAULT_PARAMETER_VALUE,
    ]),
  );
}

/** Names that appear in a denominator or an exponent. */
function positiveNames(node: MathNode): Set<string> {
  const names = new Set<string>();
  node.traverse((n) => {
    if (n.type !== 'OperatorNode') return;
    const op = n as OperatorNode;
    if (op.fn !== 'divide' && op.fn !== 'pow') return;
    op.args[1]!.traverse((m) => {
      if (m.type === 'SymbolNode') names.add((m as SymbolNode).name);
    });
  });
  return names;
}
