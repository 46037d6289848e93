import { readInterval } from '../analysis/read-interval.ts';
import { invalidArgument } from '../errors.ts';
import { readArguments } from '../validate.ts';

/** A rectangle of the plane, `[[xMin, xMax], [yMin, yMax]]`, shared by every plane function. */
export type Box = readonly [readonly [number, number], readonly [number, number]];

/** A box after validation: four finite numbers with xMin < xMax and yMin < yMax. */
export interface CheckedBox {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/**
 * Reads a box `[[xMin, xMax], [yMin, yMax]]`; empty, reversed, non-finite or malformed boxes throw
 * `ERR_INVALID_ARG` (a scan of nothing has no meaning).
 *
 * @example
 * ```ts
 * readBox('box', [[-1, 1], [0, 2]]); // { xMin: -1, xMax: 1, yMin: 0, yMax: 2 }
 * ```
 */
export function readBox(name: string, value: unknown): CheckedBox {
  // Only reading: a getter or Proxy trap that throws is ERR_INVALID_ARG naming the box.
  return readArguments(name, () => readCorners(name, value));
}

function readCorners(name: string, value: unknown): CheckedBox {
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof (value as ArrayLike<unknown>).length !== 'number' ||
    (value as ArrayLike<unknown>).length !== 2
  ) {
    throw invalidArgument(name, 'must be a box [[xMin, xMax], [yMin, yMax]] of finite numbers', value);
  }
  const [xMin, xMax] = readInterval(`${name}[0]`, (value as ArrayLike<unknown>)[0]);
  const [yMin, yMax] = readInterval(`${name}[1]`, (value as ArrayLike<unknown>)[1]);
  return { xMin, xMax, yMin, yMax };
}
