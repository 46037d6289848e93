import { FormulaError, type ParseFormulaOptions, parseFormula } from '@phaseflow/formula';
import { UsageError } from './usage-error.ts';

/**
 * Parses the formula argument (parameters allowed: read their `--par` values with readFormulaParameters, which
 * refuses a parameter without a value, so a stray name is never silently 1), turning a FormulaError into a one-line UsageError that quotes the text and says
 * where the problem is.
 *
 * @example
 * ```ts
 * readFormula('x*(1-x'); // throws UsageError: invalid formula `x*(1-x`: unclosed `(` at column 3 (ERR_FORMULA_SYNTAX)
 * ```
 */
export function readFormula(raw: unknown, options?: ParseFormulaOptions) {
  if (raw === undefined || raw === null) throw new UsageError('missing the formula argument');
  const text = String(raw);
  try {
    return parseFormula(text, { parameters: true, ...options });
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    const quoted = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    const where = error.position === undefined ? '' : ` at column ${error.position + 1}`;
    throw new UsageError(
      `invalid formula \`${quoted.replace(/\s+/g, ' ')}\`: ${error.message}${where} (${error.code})`,
    );
  }
}
