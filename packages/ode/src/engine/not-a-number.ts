import { invalidReturn, type PhaseflowError } from '../errors.ts';

/**
 * The error of a scalar f (or a scalar Jacobian, event function or map) that returned something other than a
 * number after its first call: a BigInt or a Symbol would otherwise surface as a raw TypeError from the step's
 * arithmetic, and a string would be silently coerced. The kernels test `typeof` on each stage value, which costs
 * nothing measurable: the arithmetic that follows needs the same check.
 *
 * @example
 * ```ts
 * notANumber('f', 10n).code; // 'ERR_INVALID_RETURN'
 * ```
 */
export function notANumber(name: string, value: unknown): PhaseflowError {
  return invalidReturn(name, 'must return a number at every call', value);
}
