import { euler, type ScalarRhs, type SystemRhs, solveMany } from '@phaseflow/ode';
import { flowRhs } from './gradient-flow.ts';
import {
  type NormalizedObjective,
  normalizeObjective,
  type ScalarObjective,
  type SystemObjective,
} from './objective.ts';
import type { OptimizationResult } from './optimization-result.ts';
import { Recorder } from './recorder.ts';
import { checkOptimizerOptions, nextChunkSize, type StopOptions, stopRules } from './run-optimizer.ts';
import { seededRandom } from './seeded-random.ts';
import { invalidArgument, requireFinite, requireInteger, requirePositive } from './validate.ts';

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

/**
 * Gradient descent from `count` random starts, drawn uniformly in `range` by a seeded generator, the whole family
 * advanced together by `@phaseflow/ode`'s `solveMany` with Euler at h = learningRate. Every run is bit-for-bit the
 * `gradientDescent` run from its start (each member's step is the same Euler arithmetic) and stops on the same
 * rules; the best run is marked. Restarts are the cheapest way out of a local minimum: they find the basin of the
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
  const h = requirePositive('options.learningRate', opts.learningRate);
  const boxes = readRange(opts.range);
  const scalar = boxes.scalar;
  const dim = boxes.lo.length;
  const random = seededRandom(opts.seed === undefined ? 0 : (opts.seed as number));
  const starts = new Float64Array(count * dim);
  for (let j = 0; j < count * dim; j++) {
    const i = j % dim;
    starts[j] = boxes.lo[i]! + (boxes.hi[i]! - boxes.lo[i]!) * random();
  }

  const members: NormalizedObjective[] = [];
  for (let m = 0; m < count; m++) {
    const x0 = scalar ? starts[m]! : starts.subarray(m * dim, (m + 1) * dim);
    members.push(normalizeObjective(objective, x0, `start ${m} (drawn from options.range)`));
  }
  const rules = stopRules(opts, members[0]!.x0);
  const recorders = members.map((member) => new Recorder(member, stopRules(opts, member.x0)));
  const f = flowRhs(members[0]!, 'descent');
  const most = Math.max(1, Math.floor(Number.MAX_VALUE / h));

  let size = 0;
  let k = 0;
  while (k < rules.steps) {
    const active = recorders.map((r, m) => (r.done ? -1 : m)).filter((m) => m >= 0);
    if (active.length === 0) break;
    size = nextChunkSize(size);
    const steps = Math.min(size, rules.steps - k, most);
    const t1 = steps * h;
    const family = scalar
      ? solveMany(
          { f: f as ScalarRhs, t1 },
          Float64Array.from(active, (m) => recorders[m]!.last[0]!),
          euler({ h }),
        )
      : solveMany(
          { f: f as SystemRhs, t1 },
          active.map((m) => recorders[m]!.last.slice()),
          euler({ h }),
        );
    const width = family.count * dim;
    active.forEach((m, a) => {
      const rows = family.rows[a]! - 1;
      const x = new Float64Array(rows * dim);
      for (let r = 0; r < rows; r++) {
        for (let i = 0; i < dim; i++) x[r * dim + i] = family.x[(r + 1) * width + a * dim + i]!;
      }
      recorders[m]!.offer({ x, count: rows, h, failed: family.status[a] === 'non-finite' });
    });
    k += steps;
  }

  const runs = recorders.map((r) => r.result());
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
