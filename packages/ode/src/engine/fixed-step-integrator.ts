import { hermiteDenseOutput } from './hermite-dense-output.ts';
import type { Integrator } from './integrator.ts';
import type { FixedStepMethod } from './method.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import { scalarKernel } from './scalar-kernels.ts';
import type { DenseOutput } from './solution.ts';
import { systemKernel } from './system-kernels.ts';
import { timeGrid } from './time-grid.ts';

/**
 * A fixed-step run. The whole grid is known in advance, so the buffers are allocated once, and a batch advance hands
 * every remaining step to the tableau's kernel in one call: this is what keeps `solve` at hand-loop speed.
 */
export function fixedStepIntegrator(
  p: NormalizedProblem,
  method: FixedStepMethod,
  maxSteps: number,
  lazyTimes = false,
): Integrator {
  const { t0, t1, dim } = p;
  const grid = t1 === t0 ? { h: method.h, steps: 0, hLast: 0 } : timeGrid(t0, t1, method.h);
  const wanted = grid.steps + (grid.hLast !== 0 ? 1 : 0);
  const planned = Math.min(wanted, maxSteps);
  const fullSteps = Math.min(grid.steps, planned);
  const stages = method.tableau.b.length;
  const ts = new Float64Array(planned + 1);
  const xs = new Float64Array((planned + 1) * dim);
  xs.set(p.x0);
  ts[0] = t0;
  const run = p.scalar
    ? (
        (kernel) => (h: number, from: number, to: number, start: number, offset: number) =>
          kernel(p.f, start, h, from, to, xs, offset)
      )(scalarKernel(method.tableau))
    : (
        (kernel) => (h: number, from: number, to: number, start: number, offset: number) =>
          kernel(p.f, start, h, from, to, xs, offset)
      )(systemKernel(method.tableau, dim));
  const hermite = hermiteDenseOutput(p, ts, xs);
  /** ts[0..timesFilled] hold their times; with lazyTimes, ts[n] holds the end time as well. */
  let timesFilled = 0;

  const it: Integrator = {
    status: 'running',
    message: '',
    n: 0,
    ts,
    xs,
    nfev: p.nfev,
    naccept: 0,
    nreject: 0,
    advance(batch) {
      if (it.status !== 'running') return;
      const from = it.n;
      const target = batch ? planned : Math.min(from + 1, planned);
      let reached = from;
      if (from < fullSteps) {
        const to = Math.min(target, fullSteps);
        reached = run(grid.h, from, to, t0, 0);
        // The times of a plain solve are t0 + k·h: writing them is deferred to the first read of the solution's `t`
        // (completeTimes), since for cheap steps that second array costs a third of the run. The end is kept now.
        if (lazyTimes) ts[reached] = t0 + reached * grid.h;
        else for (let k = timesFilled + 1; k <= reached; k++) ts[k] = t0 + k * grid.h;
        if (!lazyTimes) timesFilled = reached;
      }
      if (reached === fullSteps && reached < target) {
        reached += run(grid.hLast, 0, 1, t0 + fullSteps * grid.h, fullSteps);
        if (reached > fullSteps) ts[reached] = t1;
      }
      it.n = reached;
      it.naccept = reached;
      it.nfev = p.nfev + stages * reached;
      if (reached < target) {
        const next = reached < grid.steps ? t0 + (reached + 1) * grid.h : t1;
        end(
          'non-finite',
          `the step from t = ${ts[reached]} to t = ${next} gave a non-finite state (blow-up, or f is not finite there); stopped at the last finite point`,
        );
      } else if (reached === planned && planned < wanted) {
        end(
          'max-steps',
          `stopped after maxSteps = ${maxSteps} steps at t = ${ts[reached]}; reaching t1 = ${t1} needs ${wanted} steps of h = ${method.h}`,
        );
      } else if (reached === planned) {
        if (reached > 0) ts[reached] = t1;
        end('success', `reached t1 = ${t1} in ${reached} steps`);
      }
    },
    dense: hermite,
    completeTimes() {
      const last = Math.min(it.n, fullSteps);
      for (let k = timesFilled + 1; k < last; k++) ts[k] = t0 + k * grid.h;
      // The last row's time was written by advance (t1, or t0 + n·h where a run stopped early) or truncate.
      if (last < it.n && timesFilled < last) ts[last] = t0 + last * grid.h;
      timesFilled = it.n;
    },
    truncate(t, x) {
      ts[it.n] = t;
      xs.set(x, it.n * dim);
      // The Hermite slopes cached for the last step belong to its old end point.
      it.dense = hermiteDenseOutput(p, ts, xs);
    },
    finalDense(t: Float64Array, x: Float64Array): DenseOutput {
      return hermiteDenseOutput(p, t, x);
    },
  };
  const end = (status: Integrator['status'], message: string) => {
    it.status = status;
    it.message = message;
  };
  if (planned === 0) it.advance(true);
  return it;
}
