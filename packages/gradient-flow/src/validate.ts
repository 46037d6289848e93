import { PhaseflowError } from '@phaseflow/ode';

// @phaseflow/ode keeps its validation helpers private (only its entry point is public), so this package carries its
// own small copy that builds the same messages and codes.

/** Renders a received value for an error message, short and never throwing. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'function') return 'a function';
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (ArrayBuffer.isView(value) || Array.isArray(value)) {
    const items = Array.from(value as ArrayLike<unknown>)
      .slice(0, 6)
      .map(describeValue);
    return `[${items.join(', ')}${(value as ArrayLike<unknown>).length > 6 ? ', …' : ''}]`;
  }
  return Object.prototype.toString.call(value);
}

/** ``invalid argument. `name` rule. Value: `value`.`` with code `ERR_INVALID_ARG`. */
export function invalidArgument(name: string, rule: string, value: unknown): PhaseflowError {
  return new PhaseflowError(
    'ERR_INVALID_ARG',
    `invalid argument. \`${name}\` ${rule}. Value: \`${describeValue(value)}\`.`,
  );
}

/** ``invalid return value. `name` rule. Value: `value`.`` with code `ERR_INVALID_RETURN`. */
export function invalidReturn(name: string, rule: string, value: unknown): PhaseflowError {
  return new PhaseflowError(
    'ERR_INVALID_RETURN',
    `invalid return value. \`${name}\` ${rule}. Value: \`${describeValue(value)}\`.`,
  );
}

export function requireFinite(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalidArgument(name, 'must be a finite number', value);
  }
  return value;
}

export function requirePositive(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw invalidArgument(name, 'must be a positive finite number', value);
  }
  return value;
}

/** Throws unless value is a finite number with lo ≤ value < hi (or ≤ hi when `closed`). */
export function requireInRange(name: string, value: unknown, lo: number, hi: number, closed = false): number {
  if (typeof value !== 'number' || !(value >= lo && (closed ? value <= hi : value < hi))) {
    throw invalidArgument(name, `must be a number in [${lo}, ${hi}${closed ? ']' : ')'}`, value);
  }
  return value;
}

export function requireInteger(name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw invalidArgument(name, `must be an integer ≥ ${min}`, value);
  }
  return value;
}

export function requireFunction<T>(name: string, value: unknown): T {
  if (typeof value !== 'function') throw invalidArgument(name, 'must be a function', value);
  return value as T;
}

/** Copies an array of finite numbers into a fresh Float64Array (the caller's array is never aliased). */
export function toFiniteVector(name: string, value: unknown): Float64Array {
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof (value as ArrayLike<number>).length !== 'number'
  ) {
    throw invalidArgument(name, 'must be a finite number or an array of finite numbers', value);
  }
  const source = value as ArrayLike<unknown>;
  if (source.length === 0) throw invalidArgument(name, 'must not be empty', value);
  const out = new Float64Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const v = source[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw invalidArgument(`${name}[${i}]`, 'must be a finite number', v);
    }
    out[i] = v;
  }
  return out;
}

/** Throws `ERR_UNKNOWN_OPTION` for a key outside `known`, `ERR_INVALID_ARG` when `options` is not an object. */
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
        `unknown option. \`${name}\` accepts ${known.map((k) => `\`${k}\``).join(', ')}. Value: \`${describeValue(key)}\`.`,
      );
    }
  }
  return options as Record<string, unknown>;
}
