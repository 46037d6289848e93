import { MAX_STORED_NUMBERS } from './engine/trajectory.ts';
import { describeValue, invalidArgument, PhaseflowError, tooLarge } from './errors.ts';

/** Throws unless `value` is a finite number. */
export function requireFinite(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalidArgument(name, 'must be a finite number', value);
  }
  return value;
}

/** Throws unless `value` is a finite number greater than zero. */
export function requirePositive(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw invalidArgument(name, 'must be a positive finite number', value);
  }
  return value;
}

/** Throws unless `value` is a number with lo ≤ value < hi (or ≤ hi when `closed`). */
export function requireInRange(name: string, value: unknown, lo: number, hi: number, closed = false): number {
  if (typeof value !== 'number' || !(value >= lo && (closed ? value <= hi : value < hi))) {
    throw invalidArgument(name, `must be a number in [${lo}, ${hi}${closed ? ']' : ')'}`, value);
  }
  return value;
}

/** Throws unless `value` is an integer ≥ `min` (Infinity is not an integer). */
export function requireInteger(name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw invalidArgument(name, `must be an integer ≥ ${min}`, value);
  }
  return value;
}

/** Throws unless `value` is a function. */
export function requireFunction<T>(name: string, value: unknown): T {
  if (typeof value !== 'function') throw invalidArgument(name, 'must be a function', value);
  return value as T;
}

/** Copies an array of finite numbers into a fresh Float64Array, so the caller's array is never aliased. */
export function toFiniteVector(name: string, value: unknown): Float64Array {
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof (value as ArrayLike<number>).length !== 'number'
  ) {
    throw invalidArgument(name, 'must be a finite number or an array of finite numbers', value);
  }
  const source = value as ArrayLike<unknown>;
  const length = requireLength(name, source.length);
  if (length === 0) throw invalidArgument(name, 'must not be empty', value);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const v = source[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw invalidArgument(`${name}[${i}]`, 'must be a finite number', v);
    }
    out[i] = v;
  }
  return out;
}

/**
 * The length of an array-like, checked: a whole number ≥ 0 (else `ERR_INVALID_ARG`: −1, NaN and 2.5 are not
 * lengths) that fits within the memory cap of `MAX_STORED_NUMBERS` numbers (else `ERR_TOO_LARGE`).
 */
export function requireLength(name: string, length: unknown, perItem = 1): number {
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
    throw invalidArgument(`${name}.length`, 'must be a whole number ≥ 0', length);
  }
  if (length * perItem > MAX_STORED_NUMBERS) {
    throw tooLarge(
      `${name}.length`,
      `must be at most ${Math.floor(MAX_STORED_NUMBERS / perItem)} (the memory cap)`,
      length,
    );
  }
  return length;
}

/**
 * Throws `ERR_UNKNOWN_OPTION` when `options` holds a key outside `known`, and `ERR_INVALID_ARG` when `options` is
 * not a plain object. A misspelt option silently ignored is a bug the user cannot see.
 */
export function checkOptions(
  name: string,
  options: unknown,
  known: readonly string[],
): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw invalidArgument(name, 'must be an object', options);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new PhaseflowError(
        'ERR_UNKNOWN_OPTION',
        `unknown option. \`${name}\` accepts ${known.map((k) => `\`${k}\``).join(', ') || 'no options'}. Value: \`${describeValue(key)}\`.`,
      );
    }
  }
  return options as Record<string, unknown>;
}
