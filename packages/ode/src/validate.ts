import { MAX_STORED_NUMBERS } from './engine/trajectory.ts';
import {
  describeValue,
  dimensionMismatch,
  invalidArgument,
  invalidReturn,
  PhaseflowError,
  tooLarge,
  unknownOption,
} from './errors.ts';

/**
 * Runs the argument-reading part of a public function. A PhaseflowError passes through; anything else thrown while
 * reading (a getter that throws, a Proxy whose traps throw) becomes `ERR_INVALID_ARG` naming `name`, so bad input
 * never surfaces as a TypeError. Only reading goes in here: an error the caller's own f throws must pass through
 * unchanged, so user functions are called outside.
 */
export function readArguments<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isPhaseflowError(error)) throw error;
    throw new PhaseflowError(
      'ERR_INVALID_ARG',
      `invalid argument. \`${name}\` could not be read (${reasonOf(error)}).`,
    );
  }
}

function isPhaseflowError(error: unknown): boolean {
  try {
    return error instanceof PhaseflowError;
  } catch {
    return false;
  }
}

function reasonOf(error: unknown): string {
  try {
    const message = error instanceof Error ? String(error.message) : describeValue(error);
    return message.length > 80 ? `${message.slice(0, 80)}…` : message;
  } catch {
    return 'unreadable error';
  }
}

/**
 * The one range check behind the number rules: throws `ERR_INVALID_ARG` naming `rule` unless `value` is a number
 * with lo ≤ value ≤ hi, where an open end (`loOpen`, `hiOpen`) excludes lo or hi itself. NaN never passes.
 */
export function requireNumberIn(
  name: string,
  value: unknown,
  rule: string,
  lo: number,
  hi: number,
  loOpen = false,
  hiOpen = false,
): number {
  const ok =
    typeof value === 'number' && (loOpen ? value > lo : value >= lo) && (hiOpen ? value < hi : value <= hi);
  if (!ok) throw invalidArgument(name, rule, value);
  return value;
}

/** Throws unless `value` is a finite number. */
export function requireFinite(name: string, value: unknown): number {
  return requireNumberIn(name, value, 'must be a finite number', -Number.MAX_VALUE, Number.MAX_VALUE);
}

/** Throws unless `value` is a finite number greater than zero. */
export function requirePositive(name: string, value: unknown): number {
  return requireNumberIn(name, value, 'must be a positive finite number', 0, Number.MAX_VALUE, true);
}

/** Throws unless `value` is a finite number ≥ 0. */
export function requireNonNegative(name: string, value: unknown): number {
  return requireNumberIn(name, value, 'must be a finite number ≥ 0', 0, Number.MAX_VALUE);
}

/** Throws unless `value` is a number with lo ≤ value < hi (or ≤ hi when `closed`). */
export function requireInRange(name: string, value: unknown, lo: number, hi: number, closed = false): number {
  return requireNumberIn(
    name,
    value,
    `must be a number in [${lo}, ${hi}${closed ? ']' : ')'}`,
    lo,
    hi,
    false,
    !closed,
  );
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
  return readArguments(name, () => {
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
  });
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
 * not a plain object. A misspelt option silently ignored is a bug the user cannot see. Returns a plain copy, each
 * option read once here (a getter that throws is `ERR_INVALID_ARG`), so later reads see the values checked.
 */
export function checkOptions(
  name: string,
  options: unknown,
  known: readonly string[],
): Record<string, unknown> {
  if (options === undefined) return {};
  return readArguments(name, () => {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw invalidArgument(name, 'must be an object', options);
    }
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(options)) {
      if (!known.includes(key)) throw unknownOption(name, known, key);
      copy[key] = (options as Record<string, unknown>)[key];
    }
    return copy;
  });
}

// Two unlikely values: a component still holding its sentinel after both probe calls was never written by f.
const SENTINEL_A = -7.8125e-301;
const SENTINEL_B = 3.0517578125e299;

/**
 * The one "did f write every component" probe: calls a system f twice at (x, t), into outputs filled with two
 * different sentinels, and throws `ERR_INVALID_RETURN` when f returns an array instead of writing it, or
 * `ERR_DIM_MISMATCH` when some component of the output was never written. Returns the number of calls (2).
 */
export function requireWritesEveryComponent(
  name: string,
  f: (x: Float64Array, t: number, out: Float64Array) => unknown,
  x: Float64Array,
  t: number,
): number {
  const dim = x.length;
  const outA = new Float64Array(dim).fill(SENTINEL_A);
  const outB = new Float64Array(dim).fill(SENTINEL_B);
  const returned = f(x.slice(), t, outA);
  f(x.slice(), t, outB);
  if (returned !== null && typeof returned === 'object' && 'length' in returned) {
    throw invalidReturn(
      name,
      `must write the derivative into its third argument (length ${dim}), not return it`,
      returned,
    );
  }
  let written = 0;
  for (let i = 0; i < dim; i++) if (outA[i] !== SENTINEL_A || outB[i] !== SENTINEL_B) written++;
  if (written !== dim) {
    throw dimensionMismatch(
      name,
      `must write all ${dim} components of its output (the length of x0)`,
      `${written} written`,
    );
  }
  return 2;
}
