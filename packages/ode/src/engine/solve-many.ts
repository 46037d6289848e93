import { dimensionMismatch, invalidArgument } from '../errors.ts';
import type { ScalarProblem, SystemProblem } from '../problem.ts';
import {
  checkOptions,
  readArguments,
  requireFinite,
  requireInteger,
  requireLength,
  toFiniteVector,
} from '../validate.ts';
import { familyKernel } from './family-kernels.ts';
import type { FixedStepMethod, Method } from './method.ts';
import { type NormalizedProblem, normalizeProblem } from './normalize-problem.ts';
import { requireMethod } from './require-method.ts';
import { RunStepper } from './run-stepper.ts';
import type { SolveStatus } from './solution.ts';
import { defaultMaxSteps, normalizeSolveOptions, normalizeStiffness } from './solve-options.ts';
import { timeGrid } from './time-grid.ts';
import { MAX_STORED_NUMBERS } from './trajectory.ts';

/** The result of `solveMany`: one shared time grid, every member's state at each time, one status per member. */
export interface FamilySolution {
  /** Output times: the fixed-step grid, or `tEval` (adaptive methods; 101 even times when absent). */
  readonly t: Float64Array;
  /** Step-major: component i of member m at time t[r] is `x[(r * count + m) * dim + i]`. */
  readonly x: Float64Array;
  readonly dim: number;
  /** Number of members. */
  readonly count: number;
  /** Why each member's run ended. */
  readonly status: readonly SolveStatus[];
  /** Rows valid for each member; the later rows repeat that member's last state. */
  readonly rows: Int32Array;
  /** Evaluations of f over the whole family. */
  readonly nfev: number;
  /** Per member: when the stiffness test fired (dopri5/dop853, option `stiffness: 'warn'` or a `stiff` end), else
   * null. */
  readonly stiffAt: readonly (number | null)[];
}

/** What to do with a family run. */
export interface SolveManyOptions {
  /** Most steps per member. Default: solve's evaluation budget (6·10⁶ evaluations of f) shared among the members,
   * so that a call with default options returns within about a second whatever the family's size. */
  maxSteps?: number;
  /** Output times for adaptive methods (sorted in the direction of integration, within [t0, t1]; not empty). */
  tEval?: ArrayLike<number>;
  /** As in `solve`: what dopri5/dop853 do when their stiffness test fires (default 'stop'). */
  stiffness?: 'stop' | 'warn' | 'ignore';
}

const OPTIONS = ['maxSteps', 'tEval', 'stiffness'] as const;
const DEFAULT_OUTPUTS = 101;

/**
 * Solves x′ = f(x, t) from many initial values at once (phase portraits, multi-start optimisation). Fixed-step
 * methods advance the whole family step by step through one kernel; adaptive methods give each member its own
 * step sizes and advance them together from one output time to the next. A member that blows up stops alone.
 * @example
 * ```ts
 * const family = solveMany({ f: (x) => x * (1 - x), t1: 1 }, [0.1, 0.5], rk4({ h: 0.5 }));
 * family.x.length; // 6 (3 times × 2 members)
 * ```
 */
export function solveMany(
  problem: Omit<ScalarProblem, 'x0'>,
  x0s: ArrayLike<number>,
  method: Method,
  options?: SolveManyOptions,
): FamilySolution;
export function solveMany(
  problem: Omit<SystemProblem, 'x0'>,
  x0s: ArrayLike<ArrayLike<number>>,
  method: Method,
  options?: SolveManyOptions,
): FamilySolution;
export function solveMany(
  problem: Omit<ScalarProblem, 'x0'> | Omit<SystemProblem, 'x0'>,
  x0s: ArrayLike<number> | ArrayLike<ArrayLike<number>>,
  method: Method,
  options?: SolveManyOptions,
): FamilySolution {
  const checked = requireMethod(method);
  const o = checkOptions('options', options, OPTIONS) as SolveManyOptions;
  // Reading first, inside the guard (a throwing getter is ERR_INVALID_ARG); f is probed after, outside it.
  const { fields, first, count } = readArguments('x0s', () => {
    if (x0s === null || typeof x0s !== 'object' || typeof x0s.length !== 'number' || x0s.length === 0) {
      throw invalidArgument('x0s', 'must be a non-empty array of initial values', x0s);
    }
    // As in solve, a problem may carry extra fields (a name, parameters); a stray x0 is ambiguous, so it is refused.
    if (problem !== null && typeof problem === 'object' && 'x0' in problem) {
      throw invalidArgument(
        'problem.x0',
        'must be absent: solveMany takes the initial values from x0s',
        problem.x0,
      );
    }
    const copy = problem !== null && typeof problem === 'object' ? { ...problem } : problem;
    return { fields: copy, first: x0s[0], count: requireLength('x0s', x0s.length) };
  });
  const p = normalizeProblem(
    (fields !== null && typeof fields === 'object' ? { ...fields, x0: first } : fields) as ScalarProblem,
  );
  requireLength('x0s', count, p.dim);
  const starts = new Float64Array(count * p.dim);
  readArguments('x0s', () => {
    for (let m = 0; m < count; m++) {
      const name = `x0s[${m}]`;
      if (p.scalar) starts[m] = requireFinite(name, x0s[m]);
      else {
        const v = toFiniteVector(name, x0s[m]);
        if (v.length !== p.dim)
          throw dimensionMismatch(name, `must have the length of x0s[0] (${p.dim})`, x0s[m]);
        starts.set(v, m * p.dim);
      }
    }
  });
  // The default budget is the call's, not each member's: 1,000 members to t1 = 10⁶ with rk4 ran 187 s before.
  const maxSteps =
    o.maxSteps === undefined
      ? Math.max(1, Math.floor(defaultMaxSteps(method) / count))
      : requireInteger('options.maxSteps', o.maxSteps, 1);
  if (method.kind === 'fixed-step') {
    if (o.tEval !== undefined)
      throw invalidArgument('options.tEval', 'is for adaptive methods only', o.tEval);
    const { tableau, h } = method as FixedStepMethod;
    return fixedFamily(p, tableau, h, starts, count, maxSteps);
  }
  const tEval = o.tEval ?? Float64Array.from({ length: DEFAULT_OUTPUTS }, (_, j) => evenTime(p, j));
  if (
    readArguments('options.tEval', () => tEval !== null && typeof tEval === 'object' && tEval.length === 0)
  ) {
    throw invalidArgument(
      'options.tEval',
      'must not be empty (the family is reported at these times)',
      tEval,
    );
  }
  const stiffness = normalizeStiffness(o.stiffness);
  return adaptiveFamily(p, checked, starts, count, { maxSteps, tEval, stiffness });
}

function evenTime(p: NormalizedProblem, j: number): number {
  return j === DEFAULT_OUTPUTS - 1 ? p.t1 : p.t0 + ((p.t1 - p.t0) * j) / (DEFAULT_OUTPUTS - 1);
}

function fixedFamily(
  p: NormalizedProblem,
  tableau: Parameters<typeof familyKernel>[0],
  h: number,
  starts: Float64Array,
  count: number,
  maxSteps: number,
): FamilySolution {
  const { t0, t1, dim } = p;
  const grid = t1 === t0 ? { h, steps: 0, hLast: 0 } : timeGrid(t0, t1, h);
  const wanted = grid.steps + (grid.hLast !== 0 ? 1 : 0);
  const width = count * dim;
  // Rows past the memory cap are never allocated: the family then ends with `memory-limit` (count·dim fits, checked).
  const fit = Math.floor(MAX_STORED_NUMBERS / width) - 1;
  const planned = Math.min(wanted, maxSteps, fit);
  const full = Math.min(grid.steps, planned);
  const xs = new Float64Array((planned + 1) * width);
  xs.set(starts);
  const alive = new Uint8Array(count).fill(1);
  const stopped = new Int32Array(count).fill(-1);
  const kernel = familyKernel(tableau, p.f, p.scalar, dim, count);
  kernel(t0, grid.h, 0, full, xs, 0, alive, stopped);
  if (planned > full) kernel(t0 + full * grid.h, grid.hLast, 0, 1, xs, full, alive, stopped);
  const t = Float64Array.from({ length: planned + 1 }, (_, k) => t0 + k * grid.h);
  if (planned === wanted && planned > 0) t[planned] = t1;
  const status: SolveStatus[] = [];
  const rows = new Int32Array(count);
  let steps = 0;
  for (let m = 0; m < count; m++) {
    rows[m] = alive[m] === 1 ? planned + 1 : stopped[m]! + 1;
    steps += rows[m]! - 1;
    const cut = planned === fit && fit < maxSteps ? 'memory-limit' : 'max-steps';
    status.push(alive[m] === 0 ? 'non-finite' : planned < wanted ? cut : 'success');
  }
  const nfev = p.nfev + tableau.b.length * steps;
  return { t, x: xs, dim, count, status, rows, nfev, stiffAt: status.map(() => null) };
}

function adaptiveFamily(
  p: NormalizedProblem,
  method: ReturnType<typeof requireMethod>,
  starts: Float64Array,
  count: number,
  options: { maxSteps: number; tEval: ArrayLike<number>; stiffness: 'stop' | 'warn' | 'ignore' },
): FamilySolution {
  const { dim } = p;
  const runs = Array.from({ length: count }, (_, m) => {
    const member = { ...p, x0: starts.subarray(m * dim, (m + 1) * dim) } as NormalizedProblem;
    // Only the tEval rows are read: no member keeps its steps (denseOutput: false), so memory is the output's.
    return new RunStepper(member, method, normalizeSolveOptions({ ...options, denseOutput: false }, member));
  });
  const t = Float64Array.from(options.tEval);
  const width = count * dim;
  requireLength('options.tEval', t.length, width);
  const x = new Float64Array(t.length * width);
  const rows = new Int32Array(count);
  for (let r = 0; r < t.length; r++) {
    for (let m = 0; m < count; m++) {
      const run = runs[m]!;
      while (run.status === 'running' && run.filled <= r) run.step();
      if (run.filled > r) rows[m] = r + 1;
      // Rows past a member's end repeat its last output, or its x0 when it produced none.
      const source = rows[m]! > 0 ? run.tEvalX! : starts;
      const offset = rows[m]! > 0 ? (rows[m]! - 1) * dim : m * dim;
      for (let i = 0; i < dim; i++) x[r * width + m * dim + i] = source[offset + i]!;
    }
  }
  let nfev = 0;
  for (const run of runs) nfev += run.integrator.nfev;
  const status = runs.map((run) =>
    run.integrator.status === 'running' ? 'max-steps' : run.integrator.status,
  );
  const stiffAt = runs.map((run) => run.integrator.stiffAt ?? null);
  return { t, x, dim, count, status, rows, nfev, stiffAt };
}
