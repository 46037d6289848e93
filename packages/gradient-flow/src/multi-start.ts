import { eulerStep } from './euler-step.ts';
import { normalizeObjective, type ScalarObjective, type SystemObjective } from './objective.ts';
import type { OptimizationResult } from './optimization-result.ts';
import { checkOptimizerOptions, runOptimizer, type StopOptions, stopRules } from './run-optimizer.ts';
import { seededRandom } from './seeded-random.ts';
import { requireStorage } from './storage-cap.ts';
import {
  guarded,
  invalidArgument,
  MAX_LENGTH,
  requireFinite,
  requireInteger,
  requirePositive,
} from './validate.ts';

/** Options of `multiStart`: where to draw the starts, and the gradient-descent run each gets. */
export interface MultiStartOptions<R> extends StopOptions {
  /** How many starts (≥ 1). */
  count: number;
  /** Where starts are drawn uniformly: `[lo, hi]` for a scalar objective, one `[lo, hi]` per coordinate for n-D. */
  range: R;
  /** Seed of the generator (default 0): equal seeds give equal starts. */
  seed?: number;
  /** η of every run. */
  learningRate: number;
}

/** Every run of a multi-start, its starting points, and the index of the best run. */
export interface MultiStartResult<P> {
  /** One gradient-descent result per start, in the order of `starts`. */
  readonly runs: readonly OptimizationResult<P>[];
  /** The starting points, row-major (`count × dim`). */
  readonly starts: Float64Array;
  /** The run with the lowest final F among those that did not diverge or fail (−1 if none). */
  readonly best: number;
}

const OWN = ['count', 'range', 'seed', 'learningRate'] as const;

/** The most starts one `multiStart` call takes (and count·(steps + 1)·(dim + 3) ≤ `MAX_STORED_NUMBERS`). */
export const MAX_STARTS = 1e5;

/**
 * Gradient descent from `count` random starts, drawn uniformly in `range` by a seeded generator: each start is run
 * by gradient descent's own driver and Euler step, so every run is bit-for-bit the `gradientDescent` run from its
 * start and stops on the same rules; the best run is marked. Caps: count ≤ 10⁵ and count·(steps + 1)·(dim + 3)
 * stored numbers ≤ 2²⁵, past which the call is `ERR_TOO_LARGE`. Restarts are the cheapest way out of a local minimum: they find the basin of the
 * global one as soon as a start falls in it.
 *
 * @example
 * ```ts
 * const r = multiStart(localGlobal(), { count: 8, range: [-3, 3], seed: 1, learningRate: 0.05 });
 * r.runs[r.best].final; // ≈ -2 (the global minimum; starts right of 0 end at the local one, 1)
 * ```
 */
export function multiStart(
  objective: ScalarObjective,
  options: MultiStartOptions<readonly [number, number]>,
): MultiStartResult<number>;
export function multiStart(
  objective: SystemObjective,
  options: MultiStartOptions<readonly (readonly [number, number])[]>,
): MultiStartResult<Float64Array>;
export function multiStart(
  objective: ScalarObjective | SystemObjective,
  options: MultiStartOptions<readonly [number, number] | readonly (readonly [number, number])[]>,
): MultiStartResult<number | Float64Array> {
  const opts = checkOptimizerOptions(options, OWN);
  const count = requireInteger('options.count', opts.count, 1);
  const steps = opts.steps === undefined ? 1000 : requireInteger('options.steps', opts.steps, 0);
  const h = requirePositive('options.learningRate', opts.learningRate);
  const boxes = guarded('options.range', () => readRange(opts.range));
  const scalar = boxes.scalar;
  const dim = boxes.lo.length;
  // Every run is kept whole: count runs of (steps + 1) rows of x, F, the gradient norm and the step size.
  requireStorage('options.count', count, MAX_STARTS, count * (steps + 1) * (dim + 3));
  const random = seededRandom(opts.seed === undefined ? 0 : (opts.seed as number));
  const starts = new Float64Array(count * dim);
  for (let j = 0; j < count * dim; j++) {
    const i = j % dim;
    starts[j] = boxes.lo[i]! + (boxes.hi[i]! - boxes.lo[i]!) * random();
  }

  const runs: OptimizationResult[] = [];
  for (let m = 0; m < count; m++) {
    const x0 = scalar ? starts[m]! : starts.subarray(m * dim, (m + 1) * dim);
    const member = normalizeObjective(objective, x0, `start ${m} (drawn from options.range)`);
    const rules = stopRules(opts, member.x0);
    runs.push(runOptimizer(member, rules, eulerStep(member, 'descent', h, rules.steps)));
  }
  let best = -1;
  runs.forEach((run, m) => {
    const ok = run.status === 'converged' || run.status === 'max-iterations';
    if (ok && (best < 0 || run.finalValue < runs[best]!.finalValue)) best = m;
  });
  return { runs, starts, best };
}

function readRange(range: unknown): { scalar: boolean; lo: Float64Array; hi: Float64Array } {
  const bad = () =>
    invalidArgument('options.range', 'must be [lo, hi] or an array of [lo, hi] with lo ≤ hi', range);
  if (range === null || typeof range !== 'object' || !('length' in range)) throw bad();
  const r = range as ArrayLike<unknown>;
  if (!(Number.isInteger(r.length) && r.length >= 1 && r.length <= MAX_LENGTH)) throw bad();
  const scalar = typeof r[0] === 'number';
  const pairs = scalar ? [r] : Array.from(r);
  if (pairs.length === 0) throw bad();
  const lo = new Float64Array(pairs.length);
  const hi = new Float64Array(pairs.length);
  pairs.forEach((pair, i) => {
    if (pair === null || typeof pair !== 'object' || (pair as ArrayLike<unknown>).length !== 2) throw bad();
    const p = pair as ArrayLike<unknown>;
    lo[i] = requireFinite(`options.range[${i}][0]`, p[0]);
    hi[i] = requireFinite(`options.range[${i}][1]`, p[1]);
    if (!(lo[i]! <= hi[i]!)) throw bad();
  });
  return { scalar, lo, hi };
}
