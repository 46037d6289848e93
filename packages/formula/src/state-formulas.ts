import { requireFormula } from './compile-formula.ts';
import { FormulaError } from './formula-error.ts';
import type { FormulaParameters } from './formula-parameters.ts';
import { resolveParameters } from './formula-parameters.ts';
import type { Formula } from './parse-formula.ts';

/** The checked shape shared by compileSystem and compileLoss: state variables, time, one parameter store. */
export interface StateFormulas {
  /** How many state variables (2 for the plane views). */
  readonly dim: number;
  /** Whether the variables end with `t` (a non-autonomous system). */
  readonly timed: boolean;
  readonly parameters: FormulaParameters;
}

/**
 * Checks that every formula was parsed with the same variables, the state variables first and `t` last when
 * `allowTime`, and resolves one parameter store over all their parameters (in order of first appearance).
 */
export function stateFormulas(
  formulas: readonly unknown[],
  dim: number,
  allowTime: boolean,
  given: unknown,
): StateFormulas {
  formulas.forEach((f, i) => {
    requireFormula(f, `formulas[${i}]`);
  });
  const checked = formulas as readonly Formula[];
  const variables = checked[0]!.variables;
  const timed = variables.length === dim + 1 && variables[dim] === 't';
  if (
    (variables.length !== dim && !(allowTime && timed)) ||
    !checked.every(
      (f) => f.variables.length === variables.length && f.variables.every((v, i) => v === variables[i]),
    )
  ) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      `invalid argument. Every formula must be parsed with the same ${dim} state variables${allowTime ? ' (and `t` last, for a non-autonomous system)' : ''}, as in { variables: ['x', 'y'] }. Value: \`${checked.map((f) => f.variables.join(',')).join(' | ')}\`.`,
    );
  }
  const names: string[] = [];
  for (const f of checked) for (const p of f.parameters) if (!names.includes(p)) names.push(p);
  return { dim, timed, parameters: resolveParameters(names, given) };
}

/** Reads `options.parameters` without letting a throwing getter escape as anything but ERR_INVALID_ARG. */
export function readParametersOption(options: unknown): unknown {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object') {
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. `options` must be an object.');
  }
  try {
    return (options as { parameters?: unknown }).parameters;
  } catch {
    throw new FormulaError('ERR_INVALID_ARG', 'invalid argument. Reading `options` threw.');
  }
}

/** Reads `x` as a state vector of `dim` numbers (a NaN stays NaN: the caller's evaluate returns NaN for it). */
export function checkDimension(name: string, value: unknown, dim: number): ArrayLike<number> {
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof (value as ArrayLike<number>).length !== 'number' ||
    (value as ArrayLike<number>).length < dim
  ) {
    throw new FormulaError(
      'ERR_INVALID_ARG',
      `invalid argument. \`${name}\` must be an array of ${dim} numbers.`,
    );
  }
  return value as ArrayLike<number>;
}
