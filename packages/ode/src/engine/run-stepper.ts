import { invalidArgument, noDenseOutput, reentrantStep } from '../errors.ts';
import { linearFallback } from './dense-output.ts';
import { locateEvents } from './event-locator.ts';
import type { Integrator } from './integrator.ts';
import { locate } from './locate.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import type { requireMethod } from './require-method.ts';
import {
  type EventHit,
  makeSolution,
  type ScalarSolution,
  type SolveStatus,
  type SystemSolution,
} from './solution.ts';
import type { NormalizedOptions } from './solve-options.ts';

/** A step size given to `step(h)`: a positive finite number, for an integrator that takes steps of any size. */
function requireStepSize(h: number, it: Integrator): void {
  if (typeof h !== 'number' || !(h > 0 && h < Infinity)) {
    throw invalidArgument('h', 'must be a positive finite number', h);
  }
  if (it.stepBy === undefined) {
    throw invalidArgument(
      'h',
      'is for fixed-step methods only (an adaptive method chooses its own steps)',
      h,
    );
  }
}

/**
 * The one driver: an integrator (whatever kind of step its method takes) plus what the options ask between steps
 * (events, tEval). Exported for `solveMany`, which runs one per member.
 */
export class RunStepper {
  readonly integrator: Integrator;
  readonly #events: EventHit<number | Float64Array>[] = [];
  readonly #counts: Int32Array;
  readonly #gStart: Float64Array;
  readonly #scratch: Float64Array;
  /** The states at `options.tEval`, filled up to row `filled`. */
  readonly tEvalX: Float64Array | null;
  filled = 0;
  /** Neither events nor tEval: nothing to do between steps. */
  readonly #plain: boolean;
  /** Set while a step runs: f calling step() on its own run would corrupt it (ERR_REENTRANT). */
  #stepping = false;

  constructor(
    readonly problem: NormalizedProblem,
    checked: ReturnType<typeof requireMethod>,
    readonly options: NormalizedOptions,
  ) {
    const { events, tEval, maxSteps } = options;
    this.#plain = events.length === 0 && tEval === null;
    this.integrator = checked.integrator(checked.method as never, problem, {
      maxSteps,
      denseEachStep: !this.#plain,
      stiffness: options.stiffness,
    });
    this.#counts = new Int32Array(events.length);
    this.#scratch = new Float64Array(problem.dim);
    this.#gStart = new Float64Array(events.length);
    for (let e = 0; e < events.length; e++) this.#gStart[e] = events[e]!.g(problem.x0.slice(), problem.t0);
    this.tEvalX = tEval && new Float64Array(tEval.length * problem.dim);
    if (this.integrator.status !== 'running') this.fillTEval();
  }

  get t(): number {
    return this.integrator.ts[this.integrator.n]!;
  }

  get x(): number | Float64Array {
    const { n, xs } = this.integrator;
    const { dim, scalar } = this.problem;
    return scalar ? xs[n]! : xs.slice(n * dim, (n + 1) * dim);
  }

  get status(): 'running' | SolveStatus {
    return this.integrator.status;
  }

  get message(): string {
    return this.integrator.message;
  }

  get nfev(): number {
    return this.integrator.nfev;
  }

  get naccept(): number {
    return this.integrator.naccept;
  }

  get nreject(): number {
    return this.integrator.nreject;
  }

  get events(): EventHit<number | Float64Array>[] {
    return this.#events.slice();
  }

  step(h?: number): void {
    const it = this.integrator;
    if (h !== undefined) requireStepSize(h, it);
    if (it.status !== 'running') return;
    if (this.#stepping) throw reentrantStep();
    this.#stepping = true;
    try {
      const from = it.n;
      if (h === undefined) it.step();
      else (it.stepBy as (h: number) => void)(h);
      if (this.#plain) return;
      for (let k = from; k < it.n && this.options.events.length > 0; k++) {
        if (this.#checkEvents(k)) break;
      }
      this.fillTEval();
      if (!this.options.denseOutput) it.forget?.();
    } finally {
      this.#stepping = false;
    }
  }

  at(time: number | ArrayLike<number>): number | Float64Array {
    if (!this.options.denseOutput) throw noDenseOutput();
    const it = this.integrator;
    const { dim, scalar } = this.problem;
    const rows = it.n + 1;
    const fields = {
      dim,
      scalar,
      status: 'success',
      message: '',
      nfev: 0,
      nsteps: 0,
      naccept: 0,
      nreject: 0,
    };
    const t = it.ts.subarray(0, rows);
    const partial = makeSolution({ ...fields, t, x: it.xs.subarray(0, rows * dim) } as never, it.dense);
    return partial.at(time as number);
  }

  #checkEvents(k: number): boolean {
    const it = this.integrator;
    const { dim, scalar } = this.problem;
    const { events } = this.options;
    const roots = locateEvents(
      events,
      this.#gStart,
      it.dense,
      k,
      it.ts[k]!,
      it.ts[k + 1]!,
      dim,
      this.#scratch,
      it.xs,
    );
    for (const root of roots) {
      this.#events.push({ index: root.index, t: root.t, x: scalar ? root.x[0]! : root.x });
      const event = events[root.index]!;
      if (event.terminal > 0 && ++this.#counts[root.index]! === event.terminal) {
        it.truncate(root.t, root.x);
        it.status = 'terminated';
        it.message = `terminal event ${root.index} occurred at t = ${root.t}`;
        return true;
      }
    }
    return false;
  }

  /** Fills the tEval rows the run has reached (after each step; public for families). */
  fillTEval(): void {
    const tEval = this.options.tEval;
    const out = this.tEvalX;
    if (tEval === null || out === null || this.filled === tEval.length) return;
    const it = this.integrator;
    const { dim, t0, t1 } = this.problem;
    const direction = t1 >= t0 ? 1 : -1;
    const { ts, xs, n } = it;
    const tReached = ts[n]!;
    const grid = ts.subarray(0, n + 1);
    while (this.filled < tEval.length && (tEval[this.filled]! - tReached) * direction <= 0) {
      const te = tEval[this.filled]!;
      if (n === 0) out.set(this.problem.x0, this.filled * dim);
      else {
        const k = locate(grid, te);
        it.dense(te, k, out, this.filled * dim);
        linearFallback(out, this.filled * dim, dim, te, k, ts, xs);
      }
      this.filled++;
    }
  }

  /** The result so far (the final one once the run has ended). */
  solution(): ScalarSolution | SystemSolution {
    const it = this.integrator;
    const { dim, scalar } = this.problem;
    const rows = it.n + 1;
    const { ts, xs } = it;
    // An ended run hands over its buffers (views when at most half is spare room); a running one is copied, since
    // its last row may still change (a terminal event) and its buffers go on growing.
    const ended = it.status !== 'running';
    const whole = ended && ts.length === rows;
    const view = ended && 2 * rows >= ts.length;
    const t = whole ? ts : view ? ts.subarray(0, rows) : ts.slice(0, rows);
    const x = whole ? xs : view ? xs.subarray(0, rows * dim) : xs.slice(0, rows * dim);
    const fields = {
      t,
      x,
      dim,
      scalar,
      status: it.status === 'running' ? 'max-steps' : it.status,
      message: it.status === 'running' ? `the run is still going at t = ${ts[it.n]}` : it.message,
      nfev: it.nfev,
      nsteps: it.naccept,
      naccept: it.naccept,
      nreject: it.nreject,
      stiffAt: it.stiffAt ?? null,
      ...(it.njev === undefined ? {} : { njev: it.njev, nlu: it.nlu }),
      events: this.#events.slice(),
    } as const;
    const sol = makeSolution(fields, this.options.denseOutput ? it.dense : null);
    const tEval = this.options.tEval;
    if (tEval === null || this.tEvalX === null) return sol;
    return { ...sol, t: tEval.slice(0, this.filled), x: this.tEvalX.slice(0, this.filled * dim) };
  }
}
