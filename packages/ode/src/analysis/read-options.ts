import { PhaseflowError } from '../errors.ts';
import { argumentError, readArguments, safeDescribe } from './argument-error.ts';

/**
 * Reads an options object once: undefined gives `{}`; anything but a plain object (null, an array, a number)
 * throws `ERR_INVALID_ARG`; a key outside `known` throws `ERR_UNKNOWN_OPTION` (a misspelt option silently ignored
 * is a bug the user cannot see). The known values are copied out, each getter read exactly once, so later reads
 * cannot throw or change; a getter or Proxy trap that throws becomes `ERR_INVALID_ARG`.
 *
 * @example
 * ```ts
 * readOptions('options', { step: 0.1 }, ['step', 't']); // { step: 0.1 }
 * readOptions('options', { stpe: 0.1 }, ['step']);      // throws ERR_UNKNOWN_OPTION
 * ```
 */
export function readOptions<K extends string>(
  name: string,
  options: unknown,
  known: readonly K[],
): Partial<Record<K, unknown>> {
  return readArguments(name, () => {
    if (options === undefined) return {};
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw argumentError(name, 'must be an object', options);
    }
    const copy: Partial<Record<K, unknown>> = {};
    for (const key of Object.keys(options)) {
      if (!(known as readonly string[]).includes(key)) {
        throw new PhaseflowError(
          'ERR_UNKNOWN_OPTION',
          `unknown option. \`${name}\` accepts ${known.map((k) => `\`${k}\``).join(', ')}. Value: \`${safeDescribe(key)}\`.`,
        );
      }
      const value = (options as Record<string, unknown>)[key];
      if (value !== undefined) copy[key as K] = value;
    }
    return copy;
  });
}

/** A finite number (−0 reads as 0).
 * @example
 * ```ts
 * finiteNumber('x0', 2); // 2
 * ```
 */
export function finiteNumber(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw argumentError(name, 'must be a finite number', value);
  return value === 0 ? 0 : value;
}

/** A finite number > 0.
 * @example
 * ```ts
 * positiveNumber('step', 1e-3); // 0.001
 * ```
 */
export function positiveNumber(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw argumentError(name, 'must be a positive finite number', value);
  }
  return value;
}

/** A finite number ≥ 0 (−0 reads as 0).
 * @example
 * ```ts
 * nonNegativeNumber('accuracy', 0); // 0
 * ```
 */
export function nonNegativeNumber(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw argumentError(name, 'must be a finite number ≥ 0', value);
  }
  return value === 0 ? 0 : value;
}

/** A number in [lo, hi].
 * @example
 * ```ts
 * numberIn('rtol', 1e-8, 1e-15, 1); // 1e-8
 * ```
 */
export function numberIn(name: string, value: unknown, lo: number, hi: number): number {
  if (typeof value !== 'number' || !(value >= lo && value <= hi)) {
    throw argumentError(name, `must be a number in [${lo}, ${hi}]`, value);
  }
  return value;
}

/** An integer in [lo, hi].
 * @example
 * ```ts
 * integerIn('gridPoints', 1001, 3, 10_000_001); // 1001
 * ```
 */
export function integerIn(name: string, value: unknown, lo: number, hi: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) {
    throw argumentError(name, `must be an integer in [${lo}, ${hi}]`, value);
  }
  return value;
}

/** true or false.
 * @example
 * ```ts
 * booleanOption('exits', false); // false
 * ```
 */
export function booleanOption(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw argumentError(name, 'must be true or false', value);
  return value;
}

/** A function (checked, not called).
 * @example
 * ```ts
 * functionArgument('f', Math.sin); // Math.sin
 * ```
 */
export function functionArgument<T>(name: string, value: unknown): T {
  if (typeof value !== 'function') throw argumentError(name, 'must be a function', value);
  return value as T;
}
