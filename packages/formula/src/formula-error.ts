/**
 * The stable codes a {@link FormulaError} carries. Callers branch on the code, never on the message.
 *
 * - `ERR_FORMULA_SYNTAX`: the text does not parse (unbalanced parentheses, a stray operator, nothing at all).
 * - `ERR_FORMULA_TOO_LONG`: the text is longer than {@link MAX_FORMULA_LENGTH} characters or nested deeper than
 *   {@link MAX_FORMULA_DEPTH} levels; refused before any expensive work, so a 10 kB paste cannot hang a page.
 * - `ERR_FORMULA_VARIABLE`: a name that is neither an allowed variable nor a known constant (`y`, `constructor`).
 * - `ERR_FORMULA_FUNCTION`: a call to an unknown function (`import('x')`) or with the wrong number of arguments.
 * - `ERR_FORMULA_UNSUPPORTED`: a construct a formula of x may not hold: assignment, function definition, property
 *   access or indexing, strings, matrices, objects, ranges, several statements, a comparison outside `c ? a : b`.
 * - `ERR_INVALID_ARG`: the call itself is wrong (the text is not a string, an option is out of range); the same
 *   code `@phaseflow/ode` uses.
 */
export type FormulaErrorCode =
  | 'ERR_FORMULA_SYNTAX'
  | 'ERR_FORMULA_TOO_LONG'
  | 'ERR_FORMULA_VARIABLE'
  | 'ERR_FORMULA_FUNCTION'
  | 'ERR_FORMULA_UNSUPPORTED'
  | 'ERR_INVALID_ARG';

/**
 * Thrown for a formula that cannot be used. It is its own class (not `PhaseflowError`) so that this package does
 * not depend on `@phaseflow/ode`; it has the same shape: a stable `code`, a one-line message, and here also the
 * 0-based `position` in the text when one is known.
 *
 * @example
 * ```ts
 * try { parseFormula('x*(1-x'); } catch (e) { [(e as FormulaError).code, (e as FormulaError).position]; }
 * // ['ERR_FORMULA_SYNTAX', 2]
 * ```
 */
export class FormulaError extends Error {
  readonly code: FormulaErrorCode;
  /** 0-based index into the formula text where the problem is, when known. */
  readonly position: number | undefined;

  constructor(code: FormulaErrorCode, message: string, position?: number) {
    super(message);
    this.name = 'FormulaError';
    this.code = code;
    this.position = position;
  }
}
