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

/** The cobweb staircase of an orbit, as the vertices of one polyline. */
export interface Cobweb {
  /** Abscissae of the vertices: x0, x0, x1, x1, x2, … */
  readonly x: Float64Array;
  /** Ordinates of the vertices: x0, x1, x1, x2, x2, … */
  readonly y: Float64Array;
  /** The orbit itself, as {@link orbit} returns it. */
  readonly orbit: Float64Array;
  readonly status: OrbitStatus;
}

/**
 * The cobweb (staircase) of n steps of a map from x0, ready to draw over y = Φ(x) and the diagonal y = x: from
 * (x0, x0) on the diagonal, up or down to the graph at (x_k, x_(k+1)), across to the diagonal at (x_(k+1),
 * x_(k+1)), and so on: 2m + 1 vertices for an orbit of m steps. It stops where {@link orbit} stops, with the same
 * status; no vertex is NaN.
 *
 * @example
 * ```ts
 * const web = cobweb((x) => 2 * x * (1 - x), 0.25, 2);
 * web.x; // Float64Array [0.25, 0.25, 0.375, 0.375, 0.46875]
 * web.y; // Float64Array [0.25, 0.375, 0.375, 0.46875, 0.46875]
 * ```
 */
export function cobweb(map: MapLike, x0: number, n: number, options?: EscapeOptions): Cobweb {
  const step = readMap(map);
  const input = readOrbitInput('cobweb', x0, n, options);
  // The orbit, its copy and the staircase's x and y: about 6n numbers (n = 1e8 asked for 4.8 GB).
  if (6 * (input.n + 1) > MAX_STORED_NUMBERS) {
    throw tooLarge('n', `must be at most ${Math.floor(MAX_STORED_NUMBERS / 6) - 1} (the memory cap)`, n);
  }
  checkReturn(step, input.x0);
  const buffer = new Float64Array(input.n + 1);
  const { count, status } = iterateInto(step, input.x0, input.n, input.radius, buffer);
  const points = 2 * count - 1;
  const x = new Float64Array(points);
  const y = new Float64Array(points);
  x[0] = y[0] = buffer[0]!;
  for (let k = 1; k < count; k++) {
    x[2 * k - 1] = buffer[k - 1]!;
    y[2 * k - 1] = buffer[k]!;
    x[2 * k] = buffer[k]!;
    y[2 * k] = buffer[k]!;
  }
  return { x, y, orbit: buffer.slice(0, count), status };
}
