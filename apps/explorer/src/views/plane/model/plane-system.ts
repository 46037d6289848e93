import { compileSystem, type Formula, type FormulaParameters, parseFormula } from '@phaseflow/formula';
import type { SystemRhs } from '@phaseflow/ode';
import { timeFormulaError } from '../../time-formula-error.ts';

/** A typed system ready to run: its right-hand side, its two formulas and the parameter store f reads. */
export interface PlaneSystem {
  readonly f: SystemRhs;
  readonly formulas: readonly [Formula, Formula];
  readonly parameters: FormulaParameters;
}

/**
 * Reads x′ = fx and y′ = fy as formulas of x and y with parameters (a slider each; their values are set on
 * `parameters` without recompiling), or says why not. A formula in t gets ERR_FORMULA_TIME and the reason: the
 * plane view draws autonomous systems only (one direction field, fixed points that stay put).
 *
 * @example
 * ```ts
 * loadPlaneSystem('y', 'mu*(1 - x^2)*y - x').system?.formulas[1].parameters; // ['mu']
 * loadPlaneSystem('y', '-x + sin(t)').error; // 'ERR_FORMULA_TIME: The plane view cannot draw a formula in t: …'
 * ```
 */
export function loadPlaneSystem(
  fx: string,
  fy: string,
): { system: PlaneSystem; error?: undefined } | { error: string } {
  try {
    const options = { variables: ['x', 'y'], parameters: true };
    const formulas = [parseFormula(fx, options), parseFormula(fy, options)] as const;
    const compiled = compileSystem(formulas);
    return { system: { f: compiled.f as SystemRhs, formulas, parameters: compiled.parameters } };
  } catch (e) {
    const why =
      'its arrows, nullclines and fixed points are drawn once for all times, and with t they would move';
    for (const text of [fx, fy]) {
      const time = timeFormulaError(text, ['x', 'y'], 'The plane view', why);
      if (time !== undefined) return { error: time };
    }
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
