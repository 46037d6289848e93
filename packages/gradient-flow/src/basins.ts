import { euler, type SystemRhs, solveMany } from '@phaseflow/ode';
import { flowRhs } from './gradient-flow.ts';
import { norm2 } from './norm.ts';
import { normalizeObjective, type SystemObjective } from './objective.ts';
import { requireStorage } from './storage-cap.ts';
import {
  checkOptions,
  guarded,
  invalidArgument,
  requireFinite,
  requireInteger,
  requirePositive,
} from './validate.ts';

/** Where gradient descent settles from each start of a grid, and the points it settles at. */
export interface BasinMap {
  readonly nx: number;
  readonly ny: number;
  /** Row-major ny×nx: the index in `minima` of the point reached from start (x_i, y_j) at `labels[j * nx + i]`, or −1
   * when that run did not settle within `steps` (still moving, diverged, or not finite). */
  readonly labels: Int32Array;
  /** The distinct points runs settled at, in order of discovery: minima (or a saddle a start reached exactly along
   * its stable manifold, such as a start on a symmetry axis), with F there and how many starts reached each. */
  readonly minima: readonly { readonly x: Float64Array; readonly value: number; readonly count: number }[];
}

/** Options of `basins`. */
export interface BasinOptions {
  /** Starts per axis (default 64; at most 1024). */
  resolution?: number;
  /** η of every run. */
  learningRate: number;
  /** Gradient-descent steps from each start (default 200). */
  steps?: number;
  /** A run has settled when ‖∇F‖ at its last iterate is ≤ gradTol (default 1e-6). */
  gradTol?: number;
}

/**
 * The basins of attraction of gradient descent at step η on a 2-D objective: starts at the cell centres of a
 * resolution×resolution grid over box = [[xMin, xMax], [yMin, yMax]], each run `steps` Euler steps of the gradient flow
 * by `@phaseflow/ode`'s `solveMany` (the family kernel: bit-for-bit `gradientDescent` with stop rules off), one grid
 * row per call. A run that ends with ‖∇F‖ ≤ gradTol has settled; settled end points within 1e-3 of the box's diagonal
 * of each other are one minimum.
 *
 * @example
 * ```ts
 * const wells = { F: (x: Float64Array) => (x[0] ** 2 - 1) ** 2 + x[1] ** 2 };
 * const map = basins(wells, [[-2, 2], [-1, 1]], { resolution: 8, learningRate: 0.05, steps: 300 });
 * map.minima.length; // 2: x = −1 for the left half of the grid, x = 1 for the right
 * ```
 */
export function basins(
  objective: SystemObjective,
  box: readonly [readonly [number, number], readonly [number, number]],
  options: BasinOptions,
): BasinMap {
  const opts = checkOptions('options', options, ['resolution', 'learningRate', 'steps', 'gradTol']);
  const h = requirePositive('options.learningRate', opts.learningRate);
  const res = opts.resolution === undefined ? 64 : requireInteger('options.resolution', opts.resolution, 1);
  const steps = opts.steps === undefined ? 200 : requireInteger('options.steps', opts.steps, 1);
  const gradTol = opts.gradTol === undefined ? 1e-6 : requirePositive('options.gradTol', opts.gradTol);
  // One row of starts is solved at a time: it keeps (steps + 1) rows of res points.
  requireStorage('options.resolution', res, 1024, (steps + 1) * res * 2);
  const [[x0, x1], [y0, y1]] = guarded('box', () => readBox(box));
  const t1 = steps * h;
  if (!Number.isFinite(t1)) throw invalidArgument('options.learningRate', 'times steps must be finite', h);
  const center = Float64Array.of((x0 + x1) / 2, (y0 + y1) / 2);
  const normalized = normalizeObjective(objective, center, 'the centre of box');
  const f = flowRhs(normalized, 'descent') as SystemRhs;
  const radius = 1e-3 * Math.hypot(x1 - x0, y1 - y0);
  const labels = new Int32Array(res * res).fill(-1);
  const minima: { x: Float64Array; value: number; count: number }[] = [];
  const g = new Float64Array(2);
  const end = new Float64Array(2);
  for (let j = 0; j < res; j++) {
    const y = y0 + ((y1 - y0) * (j + 0.5)) / res;
    const starts = Array.from({ length: res }, (_, i) => [x0 + ((x1 - x0) * (i + 0.5)) / res, y]);
    const family = solveMany({ f, t1 }, starts, euler({ h }), { maxSteps: steps });
    const last = (family.t.length - 1) * res * 2;
    for (let i = 0; i < res; i++) {
      if (family.status[i] !== 'success') continue;
      end[0] = family.x[last + 2 * i]!;
      end[1] = family.x[last + 2 * i + 1]!;
      normalized.gradient(end.slice(), g);
      if (!(norm2(g) <= gradTol)) continue;
      let m = minima.findIndex((p) => Math.hypot(p.x[0]! - end[0]!, p.x[1]! - end[1]!) <= radius);
      if (m < 0) {
        m = minima.length;
        minima.push({ x: end.slice(), value: normalized.value(end.slice()), count: 0 });
      }
      minima[m]!.count++;
      labels[j * res + i] = m;
    }
  }
  return { nx: res, ny: res, labels, minima };
}

function readBox(box: unknown): [[number, number], [number, number]] {
  const bad = () => invalidArgument('box', 'must be [[xMin, xMax], [yMin, yMax]] with finite min < max', box);
  if (box === null || typeof box !== 'object' || (box as ArrayLike<unknown>).length !== 2) throw bad();
  const pair = (p: unknown, name: string): [number, number] => {
    if (p === null || typeof p !== 'object' || (p as ArrayLike<unknown>).length !== 2) throw bad();
    const a = requireFinite(`${name}[0]`, (p as ArrayLike<unknown>)[0]);
    const b = requireFinite(`${name}[1]`, (p as ArrayLike<unknown>)[1]);
    if (!(a < b) || !Number.isFinite(b - a)) throw bad();
    return [a, b];
  };
  const b = box as ArrayLike<unknown>;
  return [pair(b[0], 'box[0]'), pair(b[1], 'box[1]')];
}
