import { argumentError, readArguments } from './argument-error.ts';

/**
 * Copies an array-like of finite numbers into a fresh Float64Array (the caller's array is never aliased). The
 * length must be an integer in [1, maxLength], checked before anything is allocated, so `{ length: 1e9 }` is a
 * coded error, not an 8 GB allocation; a getter that throws is `ERR_INVALID_ARG` too.
 *
 * @example
 * ```ts
 * readVector('x', [1, 2], 1024); // Float64Array [1, 2]
 * ```
 */
export function readVector(name: string, value: unknown, maxLength: number): Float64Array {
  return readArguments(name, () => {
    if (value === null || typeof value !== 'object') {
      throw argumentError(name, 'must be an array of finite numbers', value);
    }
    const length = (value as ArrayLike<unknown>).length;
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 1 || length > maxLength) {
      throw argumentError(`${name}.length`, `must be an integer in [1, ${maxLength}]`, length);
    }
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      const v = (value as ArrayLike<unknown>)[i];
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw argumentError(`${name}[${i}]`, 'must be a finite number', v);
      out[i] = v;
    }
    return out;
  });
}
