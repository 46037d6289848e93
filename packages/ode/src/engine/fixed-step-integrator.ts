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
  n = 0;
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
  /** Rows computed so far: steps n + 1 .. ready are computed but not yet taken. */
  private ready = 0;

  constructor(
    private readonly problem: NormalizedProblem,
    method: FixedStepSpec,
    private readonly settings: RunSettings,
  ) {
    const { t0, t1, dim } = problem;
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
    if (this.n === this.ready) {
      this.computeAhead();
      if (this.status !== 'running') return;
    }
    const n = this.n + 1;
    this.n = n;
    this.naccept = n;
    this.nfev += this.stages;
    if (n === this.planned) this.finish();
  }

  private computeAhead(): void {
    const { grid, problem, trajectory } = this;
    const n = this.n;
    const wantedRows = n + 1 + Math.min(Math.max(1, n), LOOKAHEAD_STEPS, this.planned - n);
    const rows = trajectory.reserve(wantedRows) ? wantedRows : Math.min(trajectory.maxRows, wantedRows);
    if (!trajectory.reserve(rows) || rows <= n + 1) {
      this.end(
        'memory-limit',
        `stopped at t = ${trajectory.ts[n]} after ${n} steps: the trajectory would pass the memory cap of ${trajectory.maxRows} rows of dim ${problem.dim}`,
      );
      return;
    }
    const { ts, xs } = trajectory;
    const to = rows - 1;
    // One kernel, two signatures: f is scalar or system to match the kernel made for this problem.
    const kernel = this.kernel as ScalarKernel;
    const f = problem.f as never;
    let reached = n;
    if (n < grid.steps) reached = kernel(f, problem.t0, grid.h, n, Math.min(to, grid.steps), xs, 0);
    if (reached === grid.steps && reached < to)
      reached += kernel(f, problem.t0 + grid.steps * grid.h, grid.hLast, 0, 1, xs, grid.steps);
    for (let k = n + 1; k <= reached; k++) ts[k] = problem.t0 + k * grid.h;
    if (reached === this.wanted && reached > 0) ts[reached] = problem.t1;
    this.ready = reached;
    if (reached === n) {
      const next = n + 1 === this.wanted ? problem.t1 : problem.t0 + (n + 1) * grid.h;
      this.end(
        'non-finite',
        `the step from t = ${ts[n]} to t = ${next} gave a non-finite state (blow-up, or f is not finite there); stopped at the last finite point`,
      );
    }
  }

  truncate(t: number, x: Float64Array): void {
    this.ready = this.n;
    this.trajectory.ts[this.n] = t;
    this.trajectory.xs.set(x, this.n * this.problem.dim);
  }

  private finish(): void {
    if (this.planned < this.wanted) {
      this.end(
        'max-steps',
        `stopped after maxSteps = ${this.settings.maxSteps} steps at t = ${this.trajectory.ts[this.n]}; reaching t1 = ${this.problem.t1} needs ${this.wanted} steps of h = ${Math.abs(this.grid.h)}`,
      );
    } else this.end('success', `reached t1 = ${this.problem.t1} in ${this.n} steps`);
  }

  private end(status: SolveStatus, message: string): void {
    this.status = status;
    this.message = message;
  }
}

/** The integrator factory every fixed-step method carries (and a hand-built one gets): it reads h and the tableau
 * from the method when the run starts. */
export const fixedStepIntegrator: IntegratorFactory = (method: FixedStepSpec, problem, settings) =>
  new FixedStepIntegrator(problem, method, settings);
