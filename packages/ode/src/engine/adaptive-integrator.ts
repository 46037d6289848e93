import { invalidArgument } from '../errors.ts';
import { type AdaptiveKernel, adaptiveKernel, type KernelWorkspace } from './adaptive-kernel.ts';
import type { DenseOutput } from './dense-output.ts';
import type { Integrator, RunSettings } from './integrator.ts';
import type { AdaptiveMethod } from './method.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import { notANumber } from './not-a-number.ts';
import { perComponent } from './per-component.ts';
import { PoleGuard } from './pole-guard.ts';
import type { SolveStatus } from './solution.ts';
import { initialStep, MIN_FACTOR, PiController } from './step-control.ts';
import { StepInterpolant } from './step-interpolant.ts';
import { StiffnessTest } from './stiffness-test.ts';
import { readTolerance } from './tolerance.ts';
import { Trajectory } from './trajectory.ts';

// The last step is stretched to land on t1 when t1 is within this fraction of a step beyond (Hairer's 1.01).
const STRETCH = 1.01;
// A step below this many spacings of t is too small: a singularity or finite-time blow-up.
const MIN_STEP_SPACINGS = 10;
// So is a step still rejected below this many: its stage times t + c·h are rounded by more than 0.05% of h, so the
// error estimate no longer measures the method's error. Without this rule dop853 stepped over the pole of
// x′ = 1/(1 − t) in 15 of 2,000 random runs, once its steps had crept to within a few hundred spacings of it.
const RESOLVED_STEP_SPACINGS = 1000;
// Evaluations of f allowed after the first non-finite trial before the run ends `non-finite` (trials closer and
// closer to where f stops being finite; a run never spends more than this on an f that returns NaN or ±∞).
const NON_FINITE_BUDGET = 100;

type Rhs = (x: Float64Array, t: number, out: Float64Array) => void;

/**
 * An adaptive run of an embedded pair: trial steps by the pair's kernel, the PI controller, and the interpolant of
 * each accepted step (built from the live stages when `eagerDense`, because events or tEval need every step's; else
 * on demand, see StepInterpolant). A class rather than closures: its methods are shared by every run, so the
 * stepping loop stays optimised from one solve to the next.
 */
export class AdaptiveIntegrator implements Integrator {
  status: 'running' | SolveStatus = 'running';
  message = '';
  n = 0;
  nfev: number;
  naccept = 0;
  nreject = 0;
  stiffAt: number | null = null;
  readonly dense: DenseOutput = this.denseAt.bind(this);

  private t: number;
  private hAbs = 0;
  private trials = 0;
  private rejectedLast = false;
  private lastEnd = Number.NaN; // the end of the last step when a terminal event cut it short
  private readonly x: Float64Array;
  private readonly kernel: AdaptiveKernel;
  private readonly controller: PiController;
  private readonly rhs: Rhs;
  private readonly atol: Float64Array;
  private readonly rtol: Float64Array;
  private readonly dim: number;
  private readonly t1: number;
  private readonly direction: number;
  private readonly maxStep: number;
  private readonly problem: NormalizedProblem;
  private interpolantCache: StepInterpolant | undefined;
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
    this.dim = dim;
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
    this.problem = p;
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
    this.nfev = p.nfev + 1;
    const k1 = this.kernel.w.k[0]!;
    this.rhs(this.x, t0, k1);
    if (t1 === t0) this.end('success', `t1 = t0 = ${t0}: nothing to integrate`);
    else if (!allFinite(k1)) this.end('non-finite', `f is not finite at t0 = ${t0}, x0`);
    else if (method.firstStep !== undefined) {
      if (method.firstStep > span) {
        throw invalidArgument(
          'method.firstStep',
          `must not exceed the span |t1 − t0| = ${span}`,
          method.firstStep,
        );
      }
      this.hAbs = Math.min(method.firstStep, this.maxStep);
    } else {
      const { order } = tableau;
      this.hAbs = initialStep(
        this.rhs,
        t0,
        this.x,
        k1,
        this.direction,
        order,
        this.maxStep,
        this.atol,
        this.rtol,
        span,
      );
      this.nfev++;
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
        this.end(
          'max-steps',
          `stopped after maxSteps = ${this.maxSteps} trial steps at t = ${t}, before t1 = ${t1}`,
        );
        return;
      }
      // Room for this trial, the one whose stage first gave the non-finite value, and the last step's finish.
      const spent = this.nfev - this.nfevAtNonFinite + 2 * kernel.trialEvaluations + 1;
      if (spent > NON_FINITE_BUDGET) {
        this.stopTooSmall(true, this.hAbs);
        return;
      }
      let hAbs = Math.min(this.hAbs, maxStep);
      const last = hAbs * STRETCH >= Math.abs(t1 - t);
      const tNew = last ? t1 : t + direction * hAbs;
      if (!last && hAbs < MIN_STEP_SPACINGS * spacing(t)) {
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
          this.end(
            'step-too-small',
            `the solution blows up just after t = ${t}, closer than the run's accumulated error in time can tell apart: stopped before the blow-up (a singularity or finite-time blow-up)`,
          );
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
        !stagesOverflowed(kernel.w, this.method.tableau.b.length)
      ) {
        this.nfevAtNonFinite = this.nfev;
        this.nonFiniteEnd = tNew;
      }
      hAbs = Math.abs(h) * (nonFinite ? MIN_FACTOR : this.controller.rejected(err));
      this.hAbs = hAbs;
      if (!last && hAbs < RESOLVED_STEP_SPACINGS * spacing(t)) {
        this.stopTooSmall(nonFinite, hAbs);
        return;
      }
    }
  }

  private accept(h: number, tNew: number): void {
    const { dim, x, kernel } = this;
    const n = this.n;
    if (!this.trajectory.reserve(n + 2)) {
      this.end(
        'memory-limit',
        `stopped at t = ${this.t} after ${n} steps: the trajectory would pass the memory cap of ${this.trajectory.maxRows} rows of dim ${dim}`,
      );
      return;
    }
    if (this.eagerDense) this.nfev += this.interpolant().fromStages(n, this.t, h, x, kernel);
    const stages = this.method.tableau.b.length;
    const stiff = this.stiffnessTest?.accepted(this.naccept + 1, h, kernel.w, stages) ?? false;
    const { ts, xs } = this.trajectory;
    ts[n + 1] = tNew;
    // Plain loops: TypedArray.set costs more than the copy itself for a handful of components.
    const { xNew, k } = kernel.w;
    const k1 = k[0]!;
    const kLast = k[this.method.tableau.b.length - 1]!;
    const row = (n + 1) * dim;
    let sum = 0;
    for (let i = 0; i < dim; i++) {
      const v = xNew[i]!;
      xs[row + i] = v;
      x[i] = v;
      const d = kLast[i]!;
      k1[i] = d;
      sum += d;
    }
    this.n = n + 1;
    this.naccept++;
    this.t = tNew;
    if (stiff) this.stiff(tNew);
    if (this.status !== 'running') return;
    if (tNew === this.t1)
      this.end('success', `reached t1 = ${tNew} in ${this.naccept} steps (${this.nreject} rejected)`);
    else if (sum - sum !== 0 && !allFinite(k1)) {
      this.end('non-finite', `f is not finite at t = ${tNew}; stopped at the last finite point`);
    }
  }

  private stopTooSmall(nonFinite: boolean, hAbs: number): void {
    if (nonFinite) {
      this.end(
        'non-finite',
        `f is not finite just beyond t = ${this.t} (trial steps down to h = ${hAbs} gave NaN or ±∞); stopped at the last finite point`,
      );
    } else {
      this.end(
        'step-too-small',
        `the step size fell to ${hAbs} at t = ${this.t}, below ten spacings of t (a singularity or finite-time blow-up?)`,
      );
    }
  }

  /** The stiffness test fired at t: stop with status `stiff` (option 'stop'), or note the time and go on ('warn'). */
  private stiff(t: number): void {
    this.stiffAt = t;
    this.stiffnessTest = null;
    if (!this.stiffnessStops) return;
    const { name, stiffnessThreshold } = this.method.tableau;
    this.end(
      'stiff',
      `the problem is stiff at t = ${t}: h·λ stayed beyond ${name}'s stability limit (${stiffnessThreshold}) in 15 tests, so an explicit method needs tiny steps here. Use an implicit method, rodas4() (or backwardEuler()), or pass stiffness: 'warn' to go on.`,
    );
  }

  private end(status: SolveStatus, message: string): void {
    this.status = status;
    this.message = message;
  }

  private denseAt(time: number, k: number, out: Float64Array, offset: number): void {
    const { dim } = this;
    const start = this.xs.subarray(k * dim, (k + 1) * dim);
    this.interpolant().evaluate(time, k, this.ts[k]!, this.stepEnd(k), start, out, offset);
  }

  /** Made on first use: a run nobody interpolates never allocates it. */
  private interpolant(): StepInterpolant {
    this.interpolantCache ??= new StepInterpolant(
      this.method.tableau,
      this.problem,
      this.rhs,
      this.atol,
      this.rtol,
    );
    return this.interpolantCache;
  }

  /** The end of step k: the stored next time, except for a last step cut short by a terminal event. */
  private stepEnd(k: number): number {
    return k === this.n - 1 && !Number.isNaN(this.lastEnd) ? this.lastEnd : this.ts[k + 1]!;
  }

  /** Keeps only the last point (`denseOutput: false`): the interpolants of earlier steps are no longer needed. */
  forget(): void {
    const { n, dim } = this;
    if (n === 0) return;
    const { ts, xs } = this.trajectory;
    ts[0] = ts[n]!;
    xs.copyWithin(0, n * dim, (n + 1) * dim);
    this.n = 0;
    this.lastEnd = Number.NaN;
    this.interpolantCache?.forget();
  }

  truncate(time: number, state: Float64Array): void {
    const { ts, xs } = this.trajectory;
    this.lastEnd = ts[this.n]!;
    ts[this.n] = time;
    xs.set(state, this.n * this.dim);
  }
}

/**
 * Whether a trial that was not finite got there by growing: some stage derivative finite yet a million times the
 * step's first. That is a step too large for the problem (its stages overflow, as an explicit method's do on a
 * stiff problem), which a smaller step cures; f returning NaN or ±∞ where it is undefined is not.
 */
function stagesOverflowed(w: KernelWorkspace, stages: number): boolean {
  const { k, dim } = w;
  let start = 0;
  for (let i = 0; i < dim; i++) start = Math.max(start, Math.abs(k[0]![i]!));
  const limit = 1e6 * (start + 1);
  for (let j = 1; j < stages; j++) {
    for (let i = 0; i < dim; i++) {
      const v = Math.abs(k[j]![i]!);
      if (v > limit && v < Number.POSITIVE_INFINITY) return true;
    }
  }
  return false;
}

function allFinite(v: Float64Array): boolean {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]!;
  return sum - sum === 0;
}

/** The gap between t and the next double away from zero (at least the smallest normal double's). */
function spacing(t: number): number {
  return Math.max(Math.abs(t) * Number.EPSILON, 2.2250738585072014e-308);
}
