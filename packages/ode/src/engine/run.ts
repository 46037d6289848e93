import { locateEvents } from './event-locator.ts';
import { fixedStepIntegrator } from './fixed-step-integrator.ts';
import type { Integrator } from './integrator.ts';
import { linearFallback } from './linear-fallback.ts';
import { locate } from './locate.ts';
import type { Method } from './method.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import { type EventHit, makeSolution, type ScalarSolution, type SystemSolution } from './solution.ts';
import type { NormalizedOptions } from './solve-options.ts';

/**
 * One run: an integrator plus what the options ask of it (events, tEval). `advance` is the only way forward; the
 * stepper calls it once per `step()`, and `solve` in a loop until the run ends.
 */
export class Run {
  readonly integrator: Integrator;
  readonly events: EventHit<number | Float64Array>[] = [];
  private readonly counts: Int32Array;
  private readonly gStart: Float64Array;
  private readonly scratch: Float64Array;
  /** The states at `options.tEval`, filled up to row `filled`. */
  readonly tEvalX: Float64Array | null;
  filled = 0;
  /** Neither events nor tEval: nothing to do between steps. */
  private readonly plain: boolean;

  constructor(
    readonly problem: NormalizedProblem,
    method: Method,
    readonly options: NormalizedOptions,
  ) {
    const { events, tEval, maxSteps } = options;
    const needsDense = events.length > 0 || tEval !== null;
    this.plain = !needsDense;
    this.integrator =
      method.kind === 'fixed-step'
        ? fixedStepIntegrator(problem, method, maxSteps, !needsDense)
        : method.start(problem, maxSteps, needsDense);
    this.counts = new Int32Array(events.length);
    this.scratch = new Float64Array(problem.dim);
    this.gStart = new Float64Array(events.length);
    for (let e = 0; e < events.length; e++) this.gStart[e] = events[e]!.g(problem.x0.slice(), problem.t0);
    this.tEvalX = tEval && new Float64Array(tEval.length * problem.dim);
  }

  /** Advances one step, or (`batch`) as far as the integrator goes in one call when no event needs each step. */
  advance(batch: boolean): void {
    const it = this.integrator;
    if (this.plain) {
      it.advance(batch);
      return;
    }
    const from = it.n;
    it.advance(batch && this.options.events.length === 0);
    for (let k = from; k < it.n && this.options.events.length > 0; k++) {
      if (this.checkEvents(k)) break;
    }
    this.fillTEval();
  }

  private checkEvents(k: number): boolean {
    const it = this.integrator;
    const { dim, scalar } = this.problem;
    const roots = locateEvents(
      this.options.events,
      this.gStart,
      it.dense,
      k,
      it.ts[k]!,
      it.ts[k + 1]!,
      dim,
      this.scratch,
    );
    for (const root of roots) {
      this.events.push({ index: root.index, t: root.t, x: scalar ? root.x[0]! : root.x });
      const event = this.options.events[root.index]!;
      if (event.terminal > 0 && ++this.counts[root.index]! === event.terminal) {
        it.truncate(root.t, root.x);
        it.status = 'terminated';
        it.message = `terminal event ${root.index} occurred at t = ${root.t}`;
        return true;
      }
    }
    return false;
  }

  /** Fills the tEval rows the run has reached (called after each advance; public for families). */
  fillTEval(): void {
    const tEval = this.options.tEval;
    const out = this.tEvalX;
    if (tEval === null || out === null || this.filled === tEval.length) return;
    const it = this.integrator;
    const { dim, t0, t1 } = this.problem;
    const direction = t1 >= t0 ? 1 : -1;
    const tReached = it.ts[it.n]!;
    const grid = it.ts.subarray(0, it.n + 1);
    while (this.filled < tEval.length && (tEval[this.filled]! - tReached) * direction <= 0) {
      const te = tEval[this.filled]!;
      if (it.n === 0) out.set(this.problem.x0, this.filled * dim);
      else {
        const k = locate(grid, te);
        it.dense(te, k, out, this.filled * dim);
        linearFallback(out, this.filled * dim, dim, te, k, it.ts, it.xs);
      }
      this.filled++;
    }
  }

  /** The result so far (the final one once `integrator.status` is no longer `running`). */
  solution(): ScalarSolution | SystemSolution {
    this.fillTEval(); // a run that ended before its first step (t1 = t0) has had no advance to fill it
    const it = this.integrator;
    const { dim, scalar } = this.problem;
    const rows = it.n + 1;
    // A run that filled its whole buffer hands over the buffer itself, so its deferred times can be written later,
    // on first read of `t`; any other is completed now, before it is sliced.
    const deferred = it.completeTimes !== undefined && it.ts.length === rows;
    if (!deferred) it.completeTimes?.();
    // Views when the buffers are at most twice the rows (an adaptive run's spare room: copying would cost more than
    // it saves), copies when a run stopped early in a large preallocated grid (so the unused part can be freed).
    const view = 2 * rows >= it.ts.length;
    const t = it.ts.length === rows ? it.ts : view ? it.ts.subarray(0, rows) : it.ts.slice(0, rows);
    const x =
      it.xs.length === rows * dim ? it.xs : view ? it.xs.subarray(0, rows * dim) : it.xs.slice(0, rows * dim);
    const status = it.status === 'running' ? 'max-steps' : it.status; // only asked once the run has ended
    const events = this.events.slice();
    // `events` rides along in the fields so that makeSolution's one copy of them is the result (no second spread).
    const fields = {
      t,
      x,
      dim,
      scalar,
      status,
      message: it.message,
      nfev: it.nfev,
      nsteps: it.naccept,
      naccept: it.naccept,
      nreject: it.nreject,
      events,
    };
    const sol = makeSolution(fields, it.finalDense(t, x), deferred ? () => it.completeTimes!() : undefined) as
      | ScalarSolution
      | SystemSolution;
    const tEval = this.options.tEval;
    if (tEval === null || this.tEvalX === null) return sol;
    return { ...sol, t: tEval.slice(0, this.filled), x: this.tEvalX.slice(0, this.filled * dim) };
  }
}
