import { invalidArgument } from '../errors.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { type DenseOutput, hermiteDenseOutput } from './dense-output.ts';
import type { Integrator, IntegratorFactory, RunSettings } from './integrator.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import { type ScalarKernel, scalarKernel } from './scalar-kernels.ts';
import type { SolveStatus } from './solution.ts';
import { type SystemKernel, systemKernel } from './system-kernels.ts';
import { type TimeGrid, timeGrid } from './time-grid.ts';
import { Trajectory } from './trajectory.ts';

/** Most steps computed ahead of the one taken (see step()). */
const LOOKAHEAD_STEPS = 65_536;

/** What a fixed-step integrator needs of its method: the tableau and the step size. */
export interface FixedStepSpec {
  readonly tableau: ButcherTableau;
  readonly h: number;
}

/**
 * A fixed-step run: step k goes from t0 + k·h with the tableau's kernel (written out per tableau, see
 * scalar-kernels.ts), then a shorter last step lands on t1. Times are products t0 + k·h, never running sums.
 */
export class FixedStepIntegrator implements Integrator {
  status: 'running' | SolveStatus = 'running';
  message = '';
  nfev: number;
  naccept = 0;
  readonly nreject = 0;
  readonly stiffAt = null;
  readonly dense: DenseOutput;
  private readonly trajectory: Trajectory;
  private readonly grid: TimeGrid;
  /** Steps the grid has (full ones and the last partial one) and steps this run will take (≤ maxSteps). */
  private readonly wanted: number;
  private readonly planned: number;
  private readonly stages: number;
  private readonly kernel: ScalarKernel | SystemKernel;
  /** Steps taken, and steps computed: steps taken + 1 .. ready are computed but not yet taken. */
  private taken = 0;
  private ready = 0;
  /** The step index of stored row 0 (above 0 only after `forget`). */
  private base = 0;
  /** Set by the first `stepBy`: the run has left the grid t0 + k·h, and `step()` steps by h from where it is. */
  private offGrid = false;

  constructor(
    private readonly problem: NormalizedProblem,
    method: FixedStepSpec,
    private readonly settings: RunSettings,
  ) {
    const { t0, t1, dim } = problem;
    // A step below the spacing of t near the span would give repeated times: refused rather than run.
    const spacing = Math.max(Math.abs(t0), Math.abs(t1)) * Number.EPSILON;
    if (t1 !== t0 && method.h < 4 * spacing) {
      throw invalidArgument(
        'method.h',
        `must be at least 4 spacings of t near the span (${4 * spacing}) so that every step moves t`,
        method.h,
      );
    }
    this.grid = t1 === t0 ? { h: method.h, steps: 0, hLast: 0 } : timeGrid(t0, t1, method.h);
    this.wanted = this.grid.steps + (this.grid.hLast !== 0 ? 1 : 0);
    this.planned = Math.min(this.wanted, settings.maxSteps);
    this.stages = method.tableau.b.length;
    this.kernel = problem.scalar ? scalarKernel(method.tableau) : systemKernel(method.tableau, dim);
    this.nfev = problem.nfev;
    this.trajectory = new Trajectory(dim, t0, problem.x0, this.planned + 1);
    this.dense = hermiteDenseOutput(problem, this.trajectory);
    if (this.planned === 0) this.finish();
  }

  /** Index of the last stored point. */
  get n(): number {
    return this.taken - this.base;
  }

  get ts(): Float64Array {
    return this.trajectory.ts;
  }

  get xs(): Float64Array {
    return this.trajectory.xs;
  }

  /**
   * One step. The fast path: the kernel computes steps ahead in blocks (as many as taken so far, up to
   * LOOKAHEAD_STEPS), so that `solve`'s loop over step() costs about one hand-written loop; a step only reveals the
   * next computed row. f is a function of (x, t) alone, so computing a step early gives the same numbers; `nfev`,
   * `t` and `x` count and show the steps taken.
   */
  step(): void {
    if (this.status !== 'running') return;
    if (this.offGrid) {
      this.stepBy(Math.abs(this.grid.h));
      return;
    }
    if (this.taken === this.ready) {
      this.computeAhead();
      if (this.status !== 'running') return;
    }
    const taken = this.taken + 1;
    this.taken = taken;
    this.naccept = taken;
    this.nfev += this.stages;
    if (taken === this.planned) this.finish();
  }

  /**
   * One step of exactly h from the current point (`Stepper.step(h)`), by the same kernel as `step()`: nothing is
   * computed ahead (f is evaluated for this step only), and steps computed ahead for the grid are dropped. The run
   * leaves the grid t0 + k·h: times become running sums; it ends on reaching t1 or after maxSteps steps.
   */
  stepBy(h: number): void {
    if (this.status !== 'running') return;
    this.offGrid = true;
    const { problem, trajectory } = this;
    const n = this.taken;
    const row = n - this.base;
    this.ready = n;
    if (!trajectory.reserve(row + 2)) {
      this.endAtMemoryCap(n);
      return;
    }
    const { ts, xs } = trajectory;
    const t = ts[row]!;
    const { t0, t1 } = problem;
    const direction = t1 >= t0 ? 1 : -1;
    // A step that would pass t1 lands on it, as the grid's last step does.
    const lands = (t + direction * h - t1) * direction >= 0;
    const signed = lands ? t1 - t : direction * h;
    if (!lands && h < 4 * Math.abs(t) * Number.EPSILON) throw tooSmallToMoveT(h, t);
    if ((this.kernel as ScalarKernel)(problem.f as never, t, signed, 0, 1, xs, row) === 0) {
      this.endNonFinite(t, t + signed);
      return;
    }
    ts[row + 1] = lands ? t1 : t + signed;
    this.taken = this.ready = this.naccept = n + 1;
    this.nfev += this.stages;
    if (lands) this.end('success', `reached t1 = ${t1} in ${n + 1} steps`);
    else if (n + 1 >= this.settings.maxSteps) this.endAtMaxSteps();
  }

  /** Keeps only the last point (and the steps computed ahead): `denseOutput: false`. */
  forget(): void {
    const shift = this.taken - this.base;
    if (shift === 0) return;
    const { ts, xs, dim } = this.trajectory;
    ts.copyWithin(0, shift, this.ready - this.base + 1);
    xs.copyWithin(0, shift * dim, (this.ready - this.base + 1) * dim);
    this.base = this.taken;
  }

  private computeAhead(): void {
    const { grid, problem, trajectory, base } = this;
    const n = this.taken;
    const ahead = Math.min(Math.max(1, n), LOOKAHEAD_STEPS, this.planned - n);
    const rows = Math.min(trajectory.maxRows, n - base + 1 + ahead);
    if (rows <= n - base + 1 || !trajectory.reserve(rows)) {
      this.endAtMemoryCap(n);
      return;
    }
    const { ts, xs } = trajectory;
    const to = base + rows - 1;
    // One kernel, two signatures: f is scalar or system to match the kernel made for this problem. Row r of the
    // buffers holds step base + r, hence the offsets less base.
    const kernel = this.kernel as ScalarKernel;
    const f = problem.f as never;
    let reached = n;
    if (n < grid.steps) reached = kernel(f, problem.t0, grid.h, n, Math.min(to, grid.steps), xs, -base);
    if (reached === grid.steps && reached < to) {
      reached += kernel(f, problem.t0 + grid.steps * grid.h, grid.hLast, 0, 1, xs, grid.steps - base);
    }
    for (let k = n + 1; k <= reached; k++) ts[k - base] = problem.t0 + k * grid.h;
    if (reached === this.wanted && reached > 0) ts[reached - base] = problem.t1;
    this.ready = reached;
    if (reached === n)
      this.endNonFinite(ts[n - base]!, n + 1 === this.wanted ? problem.t1 : problem.t0 + (n + 1) * grid.h);
  }

  truncate(t: number, x: Float64Array): void {
    this.ready = this.taken;
    this.trajectory.ts[this.n] = t;
    this.trajectory.xs.set(x, this.n * this.problem.dim);
  }

  private finish(): void {
    if (this.planned < this.wanted) {
      this.end(
        'max-steps',
        `stopped after maxSteps = ${this.settings.maxSteps} steps at t = ${this.trajectory.ts[this.n]}; reaching t1 = ${this.problem.t1} needs ${this.wanted} steps of h = ${Math.abs(this.grid.h)}`,
      );
    } else this.end('success', `reached t1 = ${this.problem.t1} in ${this.taken} steps`);
  }

  private endAtMemoryCap(n: number): void {
    const { trajectory, problem } = this;
    this.end(
      'memory-limit',
      `stopped at t = ${trajectory.ts[n - this.base]} after ${n} steps: the trajectory would pass the memory cap of ${trajectory.maxRows} rows of dim ${problem.dim}`,
    );
  }

  private endNonFinite(from: number, to: number): void {
    this.end(
      'non-finite',
      `the step from t = ${from} to t = ${to} gave a non-finite state (blow-up, or f is not finite there); stopped at the last finite point`,
    );
  }

  private endAtMaxSteps(): void {
    const t = this.trajectory.ts[this.n];
    this.end('max-steps', `stopped after maxSteps = ${this.settings.maxSteps} steps at t = ${t}`);
  }

  private end(status: SolveStatus, message: string): void {
    this.status = status;
    this.message = message;
  }
}

function tooSmallToMoveT(h: number, t: number): Error {
  return invalidArgument('h', `must be at least 4 spacings of t at t = ${t} so that the step moves t`, h);
}

/** The integrator factory every fixed-step method carries (and a hand-built one gets): it reads h and the tableau
 * from the method when the run starts. */
export const fixedStepIntegrator: IntegratorFactory = (method: FixedStepSpec, problem, settings) =>
  new FixedStepIntegrator(problem, method, settings);
