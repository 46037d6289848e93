import { compileFormula, deriveFormula } from '@phaseflow/formula';
import {
  type ButcherTableau,
  EULER_TABLEAU,
  HEUN_TABLEAU,
  MIDPOINT_TABLEAU,
  RK4_TABLEAU,
} from '@phaseflow/ode';
import type { Cell } from '../output/report.ts';
import { readFormula } from '../read-formula.ts';
import { readFormulaParameters } from '../read-formula-parameters.ts';
import { readChoice } from '../read-options.ts';

/** The fixed-step methods whose step map `orbit` and `bifurcation` iterate. */
export const MAP_METHODS = ['euler', 'heun', 'midpoint', 'rk4'] as const;
const TABLEAUS: Record<(typeof MAP_METHODS)[number], ButcherTableau> = {
  euler: EULER_TABLEAU,
  heun: HEUN_TABLEAU,
  midpoint: MIDPOINT_TABLEAU,
  rk4: RK4_TABLEAU,
};

/** What both map commands read first: f(x) from the formula (with its --par values), f′ and the method. */
export interface MapProblem {
  readonly f: (x: number) => number;
  /** f′ when mathjs can differentiate the formula; the step maps use a central difference otherwise. */
  readonly derivative: ((x: number) => number) | undefined;
  readonly method: (typeof MAP_METHODS)[number];
  readonly tableau: ButcherTableau;
  readonly summary: Record<string, Cell>;
}

/**
 * Reads `<f>`, `--par` and `--method` for `phaseflow orbit` and `phaseflow bifurcation`.
 *
 * @example
 * ```ts
 * readMapProblem('x*(1-x)', { method: 'rk4' }).tableau; // RK4_TABLEAU
 * ```
 */
export function readMapProblem(text: unknown, options: { par?: unknown; method?: unknown }): MapProblem {
  const formula = readFormula(text);
  const parameters = readFormulaParameters(formula, options.par);
  const f = compileFormula(formula, { parameters: parameters.store }) as (x: number) => number;
  const derived = deriveFormula(formula, undefined, { parameters: parameters.store });
  const symbolic = derived.method === 'symbolic';
  const method = readChoice('--method', options.method, MAP_METHODS, 'euler');
  return {
    f,
    derivative: symbolic ? (derived.evaluate as (x: number) => number) : undefined,
    method,
    tableau: TABLEAUS[method],
    summary: {
      formula: formula.text,
      ...parameters.summary,
      method,
      "f'": symbolic ? (derived.formula?.text ?? null) : 'central difference',
    },
  };
}
