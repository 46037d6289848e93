import { invalidArgument, invalidReturn } from '../errors.ts';
import type { ScalarRhs } from '../problem.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import {
  checkOptions,
  readArguments,
  requireFinite,
  requireFunction,
  requireInteger,
  requirePositive,
} from '../validate.ts';
import { mapKernel } from './engine-step.ts';
import type { OrbitStatus } from './iterate-map.ts';
import { readTableau } from './read-tableau.ts';

/** Options of {@link orbitDiagram}. */
export interface OrbitDiagramOptions {
  /** The step sizes [lo, hi], 0 ≤ lo < hi. */
  h: ArrayLike<number>;
  /** Columns: evenly spaced steps from lo to hi, both included (an integer ≥ 2; default 1000). */
  columns?: number;
  /** Iterates discarded before those kept (default 500). */
  transient?: number;
  /** Iterates kept per column (default 200). */
  keep?: number;
  /** The starting point of every column (default 0.5). */
  x0?: number;
  /** An orbit has escaped once |x| exceeds this (default 10⁶·max(1, |x0|)). */
  escapeRadius?: number;
}

/** The orbit diagram: for each step size, where the orbit from x0 settles. */
export interface OrbitDiagram {
  /** The step size of each column. */
  readonly h: Float64Array;
  /** columns × keep iterates, column-major: x[j·keep + i] is iterate transient + i of column j. */
  readonly x: Float64Array;
  /** Per column: `bounded`, `escaped` or `non-finite` (see OrbitStatus). */
  readonly status: OrbitStatus[];
  readonly keep: number;
  readonly transient: number;
}

/** Most numbers one diagram may hold (columns × keep), about 400 MB of Float64Array. */
const MAX_CELLS = 5e7;

/**
 * The orbit (bifurcation) diagram of a method's step map over a range of step sizes: for each of `columns` steps h
 * from lo to hi, the orbit of x ↦ Φ_h(x) from x0, with its first `transient` iterates dropped and the next `keep`
 * kept. Each column is one call of the engine's kernel for transient + keep − 1 steps (as `solve` would run them),
 * so 1,000 columns × 700 iterates of Euler on the logistic take a few milliseconds. A column whose orbit escapes
 * or stops on a non-finite step says so in `status`; its cells then hold the iterates computed before that, and
 * after them the last iterate inside the escape radius, repeated: never NaN.
 *
 * @example
 * ```ts
 * const d = orbitDiagram((x) => x * (1 - x), EULER_TABLEAU, { h: [1.5, 3.5], columns: 5, transient: 500, keep: 4 });
 * d.h; // Float64Array [1.5, 2, 2.5, 3, 3.5]
 * d.x.subarray(0, 4); // Float64Array [1, 1, 1, 1] (h = 1.5: the fixed point attracts)
 * d.status; // ['bounded', 'bounded', 'bounded', 'bounded', 'escaped']
 * ```
 */
export function orbitDiagram(
  f: ScalarRhs,
  tableau: ButcherTableau,
  options: OrbitDiagramOptions,
): OrbitDiagram {
  requireFunction('f', f);
  const checked = readTableau('tableau', tableau, true);
  if (options === undefined) throw invalidArgument('options', 'must be an object with h: [lo, hi]', options);
  const o = checkOptions('orbitDiagram(options)', options, [
    'h',
    'columns',
    'transient',
    'keep',
    'x0',
    'escapeRadius',
  ]);
  const [lo, hi] = readStepRange(o.h);
  const columns = requireInteger('options.columns', o.columns ?? 1000, 2);
  const transient = requireInteger('options.transient', o.transient ?? 500, 0);
  const keep = requireInteger('options.keep', o.keep ?? 200, 1);
  if (columns * keep > MAX_CELLS)
    throw invalidArgument('options.columns × options.keep', `must be at most ${MAX_CELLS}`, columns * keep);
  if (transient > 1e8) throw invalidArgument('options.transient', 'must be at most 1e8', transient);
  const x0 = requireFinite('options.x0', o.x0 ?? 0.5);
  const radius =
    o.escapeRadius === undefined
      ? 1e6 * Math.max(1, Math.abs(x0))
      : requirePositive('options.escapeRadius', o.escapeRadius);
  const probe = f(x0, 0);
  if (typeof probe !== 'number') throw invalidReturn('f', 'must return a number', probe);

  const kernel = mapKernel(checked);
  const steps = transient + keep - 1;
  const orbit = new Float64Array(steps + 1);
  const h = new Float64Array(columns);
  const x = new Float64Array(columns * keep);
  const status: OrbitStatus[] = new Array(columns);
  for (let j = 0; j < columns; j++) {
    const hj = j === columns - 1 ? hi : lo + ((hi - lo) * j) / (columns - 1);
    h[j] = hj;
    orbit[0] = x0;
    const reached = Math.abs(x0) <= radius ? kernel(f, 0, hj, 0, steps, orbit, 0) : -1;
    // The last good index: the iterate before the first one outside the radius, or the last one computed.
    let last = reached;
    let state: OrbitStatus = reached === steps ? 'bounded' : 'non-finite';
    for (let k = 0; k <= reached; k++) {
      if (!(Math.abs(orbit[k]!) <= radius)) {
        last = Math.max(k - 1, 0);
        state = 'escaped';
        break;
      }
    }
    if (reached < 0) [last, state] = [0, 'escaped'];
    const base = j * keep;
    if (state === 'bounded') {
      x.set(orbit.subarray(transient, transient + keep), base);
    } else {
      for (let i = 0; i < keep; i++) x[base + i] = orbit[Math.min(transient + i, last)]!;
    }
    status[j] = state;
  }
  return { h, x, status, keep, transient };
}

function readStepRange(value: unknown): [number, number] {
  return readArguments('options.h', () => readRange(value));
}

function readRange(value: unknown): [number, number] {
  const v = value as ArrayLike<unknown> | undefined;
  if (v === null || typeof v !== 'object' || v.length !== 2) {
    throw invalidArgument('options.h', 'must be two step sizes [lo, hi] with 0 ≤ lo < hi', value);
  }
  const [lo, hi] = [v[0], v[1]];
  if (typeof lo !== 'number' || typeof hi !== 'number' || !(lo >= 0 && lo < hi && Number.isFinite(hi))) {
    throw invalidArgument(
      'options.h',
      'must be two step sizes [lo, hi] with 0 ≤ lo < hi, both finite',
      value,
    );
  }
  return [lo, hi];
}
