import { type AdaptiveKernel, adaptiveKernel } from './adaptive-kernel.ts';
import { AdaptiveSteps } from './adaptive-steps.ts';
import * as stops from './adaptive-stops.ts';
import type { DenseOutput } from './dense-output.ts';
import { firstStepSize } from './first-step-size.ts';
import type { Integrator, RunSettings } from './integrator.ts';
import type { AdaptiveMethod } from './method.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import { notANumber } from './not-a-number.ts';
import { perComponent } from './per-component.ts';
import { PoleGuard } from './pole-guard.ts';
import type { SolveStatus } from './solution.ts';
import { initialStep, MIN_FACTOR, PiController } from './step-control.ts';
import { StiffnessTest } from './stiffness-test.ts';
import { readTolerance } from './tolerance.ts';
import { Trajectory } from './trajectory.ts';

// The last step is stretched to land on t1 when t1 is within this fraction of a step beyond (Hairer's 1.01).
const STRETCH = 1.01;

type Rhs = (x: Float64Array, t: number, out: Float64Array) => void;

/**
 * An adaptive run of an embedded pair: trial steps by the pair's kernel and the PI controller; the stored steps and
 * their interpolants live in AdaptiveSteps, the stop rules and messages in adaptive-stops.ts. A class rather than
 * closures: its methods are shared by every run, so the stepping loop stays optimised from one solve to the next.
 */
export class AdaptiveIntegrator implements Integrator {
  status: 'running' | SolveStatus = 'running';
  message = '';
  n = 0;
  nfev: number;
  naccept = 0;
  nreject = 0;
  stiffAt: number | null = null;
  readonly dense: DenseOutput = (time, k, out, offset) => this.steps.dense(time, k, this.n, out, offset);

  private t: number;
  private hAbs = 0;
  private trials = 0;
  private rejectedLast = false;
  private readonly x: Float64Array;
  private readonly kernel: AdaptiveKernel;
  private readonly controller: PiController;
  private readonly rhs: Rhs;
  private readonly atol: Float64Array;
  private readonly rtol: Float64Array;
  private readonly t1: number;
  private readonly direction: number;
  private readonly maxStep: number;
  private readonly steps: AdaptiveSteps;
  private readonly trajectory: Trajectory;
  private readonly maxSteps: number;
  private readonly eagerDense: boolean;
  private stiffnessTest: StiffnessTest | null;
  private readonly poleGuard: PoleGuard;
  private readonly stiffnessStops: boolean;
  /** nfev at the first non-finite trial, NaN before one. */
  private nfevAtNonFinite = Number.NaN;
  /** The end time of that trial. */
  private nonFiniteEnd = Number.NaN;

  constructor(
    p: NormalizedProblem,
    private readonly method: AdaptiveMethod,
    settings: RunSettings,
  ) {
    const { t0, t1, dim } = p;
    const { tableau } = method;
    this.t1 = t1;
    this.t = t0;
    this.atol = perComponent('atol', readTolerance('method.atol', method.atol, 1e-6, false), dim);
    this.rtol = perComponent('rtol', readTolerance('method.rtol', method.rtol, 1e-3, true), dim);
    this.rhs = p.scalar
      ? (x, t, out) => {
          const v = p.f(x[0]!, t);
          if (typeof v !== 'number') throw notANumber('f', v);
          out[0] = v;
        }
      : p.f;
    this.kernel = adaptiveKernel(tableau, p, this.atol, this.rtol);
    this.controller = new PiController(tableau.errorOrder, tableau.controlBeta);
    this.direction = t1 >= t0 ? 1 : -1;
    const span = Math.abs(t1 - t0);
    this.maxStep = Math.min(method.maxStep ?? span, span);
    this.maxSteps = settings.maxSteps;
    this.eagerDense = settings.denseEachStep;
    this.stiffnessTest =
      settings.stiffness === 'ignore' ? null : new StiffnessTest(tableau.stiffnessThreshold);
    this.stiffnessStops = settings.stiffness === 'stop';
    this.poleGuard = new PoleGuard(p.x0, this.atol, this.rtol);
    this.x = Float64Array.from(p.x0);
    this.trajectory = new Trajectory(dim, t0, p.x0);
    this.steps = new AdaptiveSteps(this.trajectory, tableau, p, this.rhs, this.atol, this.rtol);
    this.nfev = p.nfev + 1;
    const k1 = this.kernel.w.k[0]!;
    this.rhs(this.x, t0, k1);
    if (t1 === t0) this.end('success', `t1 = t0 = ${t0}: nothing to integrate`);
    else if (!stops.allFinite(k1)) this.end('non-finite', `f is not finite at t0 = ${t0}, x0`);
    else {
      this.hAbs = firstStepSize(method, span, this.maxStep, (): number =>
        initialStep(
          this.rhs,
          t0,
          this.x,
          k1,
          this.direction,
          tableau.order,
          this.maxStep,
          this.atol,
          this.rtol,
          span,
        ),
      );
      if (method.firstStep === undefined) this.nfev++; // the estimate evaluates f once
    }
  }

  get ts(): Float64Array {
    return this.trajectory.ts;
  }

  get xs(): Float64Array {
    return this.trajectory.xs;
  }

  /** Trial steps until one is accepted or the run ends. */
  step(): void {
    if (this.status !== 'running') return;
    const { kernel, t1, direction, maxStep, x } = this;
    let nonFinite = false;
    for (;;) {
      const t = this.t;
      if (this.trials >= this.maxSteps) {
        this.end('max-steps', stops.maxStepsMessage(this.maxSteps, t, t1));
        return;
      }
      // Room for this trial, the one whose stage first gave the non-finite value, and the last step's finish.
      const spent = this.nfev - this.nfevAtNonFinite + 2 * kernel.trialEvaluations + 1;
      if (spent > stops.NON_FINITE_BUDGET) {
        this.stopTooSmall(true, this.hAbs);
        return;
      }
      let hAbs = Math.min(this.hAbs, maxStep);
      const last = hAbs * STRETCH >= Math.abs(t1 - t);
      const tNew = last ? t1 : t + direction * hAbs;
      if (!last && hAbs < stops.MIN_STEP_SPACINGS * stops.spacing(t)) {
        this.stopTooSmall(nonFinite, hAbs);
        return;
      }
      const h = tNew - t;
      const err = kernel.trial(kernel.w, t, h, tNew, x);
      this.trials++;
      this.nfev += kernel.trialEvaluations;
      if (err <= 1) {
        this.hAbs = Math.abs(h) * this.controller.accepted(err, this.rejectedLast);
        // Past the end of the first trial that was not finite: it failed by overflowing its stages (a step too
        // large), not because f is undefined ahead, so the budget starts afresh.
        if ((tNew - this.nonFiniteEnd) * direction > 0) this.nfevAtNonFinite = Number.NaN;
        this.rejectedLast = false;
        this.nfev += kernel.finish(kernel.w, tNew);
        if (!this.poleGuard.allows(err, h, x, kernel.w, kernel.w.k[this.method.tableau.b.length - 1]!)) {
          this.end('step-too-small', stops.poleMessage(t));
          return;
        }
        this.accept(h, tNew);
        return;
      }
      this.nreject++;
      this.rejectedLast = true;
      nonFinite = Number.isNaN(err);
      if (
        nonFinite &&
        Number.isNaN(this.nfevAtNonFinite) &&
        !stops.stagesOverflowed(kernel.w, this.method.tableau.b.length)
      ) {
        this.nfevAtNonFinite = this.nfev;
        this.nonFiniteEnd = tNew;
      }
      hAbs = Math.abs(h) * (nonFinite ? MIN_FACTOR : this.controller.rejected(err));
      this.hAbs = hAbs;
      if (!last && hAbs < stops.RESOLVED_STEP_SPACINGS * stops.spacing(t)) {
        this.stopTooSmall(nonFinite, hAbs);
        return;
      }
    }
  }

  private accept(h: number, tNew: number): void {
    const { x, kernel } = this;
    const n = this.n;
    if (!this.trajectory.reserve(n + 2)) {
      this.end('memory-limit', stops.memoryMessage(this.t, n, this.trajectory.maxRows, this.trajectory.dim));
      return;
    }
    if (this.eagerDense) this.nfev += this.steps.interpolant().fromStages(n, this.t, h, x, kernel);
    const stages = this.method.tableau.b.length;
    const stiff = this.stiffnessTest?.accepted(this.naccept + 1, h, kernel.w, stages) ?? false;
    const k1 = kernel.w.k[0]!;
    const sum = this.steps.store(n + 1, tNew, kernel.w.xNew, x, k1, kernel.w.k[stages - 1]!);
    this.n = n + 1;
    this.naccept++;
    this.t = tNew;
    if (stiff) this.stiff(tNew);
    if (this.status !== 'running') return;
    if (tNew === this.t1)
      this.end('success', `reached t1 = ${tNew} in ${this.naccept} steps (${this.nreject} rejected)`);
    else if (sum - sum !== 0 && !stops.allFinite(k1)) {
      this.end('non-finite', `f is not finite at t = ${tNew}; stopped at the last finite point`);
    }
  }

  private stopTooSmall(nonFinite: boolean, hAbs: number): void {
    this.end(nonFinite ? 'non-finite' : 'step-too-small', stops.tooSmallMessage(nonFinite, hAbs, this.t));
  }

  /** The stiffness test fired at t: stop with status `stiff` (option 'stop'), or note the time and go on ('warn'). */
  private stiff(t: number): void {
    this.stiffAt = t;
    this.stiffnessTest = null;
    if (!this.stiffnessStops) return;
    this.end('stiff', stops.stiffMessage(t, this.method.tableau));
  }

  private end(status: SolveStatus, message: string): void {
    this.status = status;
    this.message = message;
  }

  /** Keeps only the last point (`denseOutput: false`): the interpolants of earlier steps are no longer needed. */
  forget(): void {
    if (this.n === 0) return;
    this.steps.forget(this.n);
    this.n = 0;
  }

  truncate(time: number, state: Float64Array): void {
    this.steps.truncate(this.n, time, state);
  }
}
