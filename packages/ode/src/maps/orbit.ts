import { MAX_STORED_NUMBERS } from '../engine/trajectory.ts';
import { tooLarge } from '../errors.ts';
import {
  checkReturn,
  type EscapeOptions,
  iterateInto,
  type MapLike,
  type OrbitStatus,
  readMap,
  readOrbitInput,
} from './iterate-map.ts';

/** The iterates of a map from x0. */
export interface Orbit {
  /** x0, Φ(x0), Φ(Φ(x0)), …: n + 1 numbers for a bounded orbit, fewer when it stopped (never NaN). */
  readonly x: Float64Array;
  readonly status: OrbitStatus;
}

/**
 * The orbit x0, Φ(x0), …, Φ^n(x0) of a map (a step map, an object with `apply`, or a function). An orbit that
 * leaves |x| ≤ `escapeRadius` stops there with status `escaped` (the escaping iterate is the last one kept); a step
 * that is not finite stops it with status `non-finite` (that value is not kept). So `x` never holds NaN.
 *
 * @example
 * ```ts
 * orbit(stepMap((x) => x * (1 - x), EULER_TABLEAU, 2.5), 0.5, 3).x; // Float64Array [0.5, 1.125, 0.7734375, 1.2112…]
 * orbit(stepMap((x) => x * (1 - x), EULER_TABLEAU, 3.5), 0.5, 100).status; // 'escaped'
 * ```
 */
export function orbit(map: MapLike, x0: number, n: number, options?: EscapeOptions): Orbit {
  const step = readMap(map);
  const input = readOrbitInput('orbit', x0, n, options);
  // n + 1 iterates are stored: past the memory cap the request could never fit (n = 1e8 asked for 800 MB).
  if (input.n + 1 > MAX_STORED_NUMBERS) {
    throw tooLarge('n', `must be at most ${MAX_STORED_NUMBERS - 1} (the memory cap)`, n);
  }
  checkReturn(step, input.x0);
  const buffer = new Float64Array(input.n + 1);
  const { count, status } = iterateInto(step, input.x0, input.n, input.radius, buffer);
  return { x: count === buffer.length ? buffer : buffer.slice(0, count), status };
}
