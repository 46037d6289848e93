import { invalidArgument } from '../errors.ts';
import { readArguments } from '../validate.ts';

/**
 * Reads a point of the plane given as `[x, y]` or as an object with numeric `x` and `y` (a fixed point returned by
 * findFixedPoints, say); anything else, or a non-finite coordinate, throws `ERR_INVALID_ARG`.
 *
 * @example
 * ```ts
 * readPoint('saddle', { x: Math.PI, y: 0, kind: 'saddle' }); // [3.141592653589793, 0]
 * ```
 */
export function readPoint(name: string, value: unknown): [number, number] {
  // Only reading: a getter or Proxy trap that throws is ERR_INVALID_ARG naming the point.
  return readArguments(name, () => readCoordinates(name, value));
}

function readCoordinates(name: string, value: unknown): [number, number] {
  let x: unknown;
  let y: unknown;
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as ArrayLike<unknown>).length === 'number'
  ) {
    if ((value as ArrayLike<unknown>).length !== 2) {
      throw invalidArgument(name, 'must be a point [x, y] or { x, y } of finite numbers', value);
    }
    [x, y] = [(value as ArrayLike<unknown>)[0], (value as ArrayLike<unknown>)[1]];
  } else if (value !== null && typeof value === 'object') {
    ({ x, y } = value as { x?: unknown; y?: unknown });
  } else {
    throw invalidArgument(name, 'must be a point [x, y] or { x, y } of finite numbers', value);
  }
  if (typeof x !== 'number' || !Number.isFinite(x))
    throw invalidArgument(`${name}.x`, 'must be a finite number', x);
  if (typeof y !== 'number' || !Number.isFinite(y))
    throw invalidArgument(`${name}.y`, 'must be a finite number', y);
  return [x, y];
}
