import { invalidArgument } from '../errors.ts';
import { readArguments, requireLength, requireNonNegative, requirePositive } from '../validate.ts';

/**
 * An adaptive method's tolerance read from user input: `fallback` when absent, else one number or one per
 * component (copied, so the caller's array is never kept). `positive`: rtol must be > 0, atol may be 0.
 */
export function readTolerance(
  name: string,
  value: unknown,
  fallback: number,
  positive: boolean,
): number | Float64Array {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return checkTolerance(name, value, positive);
  return readArguments(name, () => {
    const length =
      value !== null && typeof value === 'object' ? (value as ArrayLike<unknown>).length : undefined;
    if (typeof length !== 'number') {
      throw invalidArgument(name, `${rule(positive)}, or an array of them (one per component)`, value);
    }
    // A length that is no length (−1, NaN, 1.5) or past the memory cap is refused before anything is allocated.
    requireLength(name, length);
    if (length === 0) throw invalidArgument(name, 'must not be empty', value);
    const source = value as ArrayLike<unknown>;
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) out[i] = checkTolerance(`${name}[${i}]`, source[i], positive);
    return out;
  });
}

function checkTolerance(name: string, v: unknown, positive: boolean): number {
  return positive ? requirePositive(name, v) : requireNonNegative(name, v);
}

function rule(positive: boolean): string {
  return positive ? 'must be a positive finite number' : 'must be a finite number ≥ 0';
}
