import { invalidArgument } from '../errors.ts';

/**
 * Reads an interval `[a, b]` of two finite numbers with a < b. Empty (a = b), reversed (a > b) and non-finite
 * intervals are bad input: an analysis over them has no meaning, so they throw rather than return nothing.
 *
 * @example
 * ```ts
 * readInterval('interval', [0, 1]); // [0, 1]
 * readInterval('interval', [1, 1]); // throws PhaseflowError ERR_INVALID_ARG
 * ```
 */
export function readInterval(name: string, value: unknown): [number, number] {
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof (value as ArrayLike<unknown>).length !== 'number' ||
    (value as ArrayLike<unknown>).length !== 2
  ) {
    throw invalidArgument(name, 'must be an interval [a, b] of two finite numbers', value);
  }
  const [a, b] = [(value as ArrayLike<unknown>)[0], (value as ArrayLike<unknown>)[1]];
  if (typeof a !== 'number' || !Number.isFinite(a))
    throw invalidArgument(`${name}[0]`, 'must be a finite number', a);
  if (typeof b !== 'number' || !Number.isFinite(b))
    throw invalidArgument(`${name}[1]`, 'must be a finite number', b);
  if (!(a < b))
    throw invalidArgument(name, 'must satisfy a < b (empty and reversed intervals are refused)', value);
  if (!Number.isFinite(b - a)) throw invalidArgument(name, 'must have a finite length b − a', value);
  return [a, b];
}
