import { argumentError, readArguments } from './argument-error.ts';

/**
 * Reads an interval `[a, b]` of two finite numbers with a < b and a finite length b − a. Empty (a = b), reversed
 * (a > b) and non-finite intervals are bad input: an analysis over them has no meaning, so they throw
 * `ERR_INVALID_ARG` rather than return nothing; so does any array-like that cannot be read (a getter that throws).
 *
 * @example
 * ```ts
 * readInterval('interval', [0, 1]); // [0, 1]
 * readInterval('interval', [1, 1]); // throws PhaseflowError ERR_INVALID_ARG
 * ```
 */
export function readInterval(name: string, value: unknown): [number, number] {
  return readArguments(name, () => {
    if (value === null || typeof value !== 'object' || (value as ArrayLike<unknown>).length !== 2) {
      throw argumentError(name, 'must be an interval [a, b] of two finite numbers', value);
    }
    const a = (value as ArrayLike<unknown>)[0];
    const b = (value as ArrayLike<unknown>)[1];
    if (typeof a !== 'number' || !Number.isFinite(a))
      throw argumentError(`${name}[0]`, 'must be a finite number', a);
    if (typeof b !== 'number' || !Number.isFinite(b))
      throw argumentError(`${name}[1]`, 'must be a finite number', b);
    if (!(a < b)) {
      throw argumentError(name, 'must satisfy a < b (empty and reversed intervals are refused)', [a, b]);
    }
    if (!Number.isFinite(b - a)) throw argumentError(name, 'must have a finite length b − a', [a, b]);
    return [a === 0 ? 0 : a, b === 0 ? 0 : b];
  });
}
