import type { Integrator } from '../engine/integrator.ts';
import type { NormalizedProblem } from '../engine/normalize-problem.ts';
import { notANumber } from '../engine/not-a-number.ts';
import type { DenseOutput, SolveStatus } from '../engine/solution.ts';
import { initialStep } from '../engine/step-control.ts';
import { finiteDifferenceJacobian, finiteDifferenceTime } from './finite-difference-jacobian.ts';
import { GustafssonController } from './gustafsson-controller.ts';
import { type RosenbrockWorkspace, rosenbrockStep, rosenbrockWorkspace } from './rosenbrock-step.ts';
import type { RosenbrockTableau } from './rosenbrock-tableau.ts';
import { StepStore } from './step-store.ts';

type Rhs = (x: Float64Array, t: number, out: Float64Array) => void;
/** A Jacobian in the system form: writes ∂f/∂x at (x, t) into J, row-major. */
export type JacobianFn = (x: Float64Array, t: number, J: Float64Array) => void;

/** What a Rosenbrock run needs from its method. */
export interface RosenbrockSettings {
  readonly tableau: RosenbrockTableau;
  readonly rtol: Float64Array;
  readonly atol: Float64Array;
  readonly firstStep?: number;
  readonly maxStep?: number;
}

const STRETCH = 1.01; // the last step is stretched to land on t1 within this fraction (Hairer's 1.01)
const MIN_STEP_SPACINGS = 10; // a step below this many spacings of t is too small
const NAN_FACTOR = 0.2; // the shrink after a non-finite trial
const SINGULAR_FACTOR = 0.5; // the shrink after I/(hγ) − J was singular (rodas.f halves h)

/**
 * An adaptive run of a Rosenbrock method: J and ∂f/∂t at each step's start (the problem's Jacobian, or forward
 * differences), one LU per trial, Gustafsson's predictive step control, and each accepted step's dense output kept
 * (two rows of coefficients a step), so tEval, events and `at` cost no replay.
 */
export class RosenbrockIntegrator implements Integrator {
  status: 'running' | SolveStatus = 'running';
  message = '';
  nfev: number;
  naccept = 0;
  nreject = 0;
  readonly stiffAt = null;
  /** Jacobian evaluations (each costs dim evaluations of f when differenced, counted in nfev). */
  njev = 0;
  /** LU factorisations of I/(hγ) − J: one per trial step. */
  nlu = 0;
  readonly dense: DenseOutput;
  private readonly store: StepStore;
  private readonly w: RosenbrockWorkspace;
  private readonly rhs: Rhs;
  private readonly x: Float64Array;
  private readonly probe: Float64Array;
  private readonly fProbe: Float64Array;
  private readonly scale: Float64Array;
  private readonly controller = new GustafssonController();
  private readonly direction: number;
  private readonly maxStep: number;
  private t: number;
  private hAbs = 0;
  private trials = 0;
  private prepared = false;
  private rejectedLast = false;

  constructor(
    private readonly p: NormalizedProblem,
    private readonly settings: RosenbrockSettings,
    private readonly maxSteps: number,
    private readonly jacobian: JacobianFn | undefined,
  ) {
    const { dim, t0, t1 } = p;
    this.rhs = p.scalar
      ? (x, t, out) => {
          const v = p.f(x[0]!, t);
          if (typeof v !== 'number') throw notANumber('f', v);
          out[0] = v;
        }
      : p.f;
    this.w = rosenbrockWorkspace(dim, settings.tableau.c.length);
    this.store = new StepStore(p, settings.tableau.denseH.length);
    this.dense = this.store.dense;
    this.x = Float64Array.from(p.x0);
    this.probe = new Float64Array(dim);
    this.fProbe = new Float64Array(dim);
    this.scale = settings.atol.map((a) => (a > 0 && a < 1e-5 ? a : 1e-5));
    this.t = t0;
    this.direction = t1 >= t0 ? 1 : -1;
    const span = Math.abs(t1 - t0);
    this.maxStep = Math.min(settings.maxStep ?? span, span);
    this.nfev = p.nfev + 1;
    this.rhs(this.x, t0, this.w.f0);
    if (t1 === t0) this.end('success', `t1 = t0 = ${t0}: nothing to integrate`);
    else if (!allFinite(this.w.f0)) this.end('non-finite', `f is not finite at t0 = ${t0}, x0`);
    else if (settings.firstStep !== undefined) this.hAbs = Math.min(settings.firstStep, this.maxStep);
    else {
      const { atol, rtol, tableau } = settings;
      const args = [this.rhs, t0, this.x, this.w.f0, this.direction, tableau.order, this.maxStep] as const;
      this.hAbs = initialStep(...args, atol, rtol, span);
      this.nfev++;
    }
  }

  get n(): number {
    return this.store.n;
  }
  get ts(): Float64Array {
    return this.store.ts;
  }
  get xs(): Float64Array {
    return this.store.xs;
  }

  /** Differentiates f at the step's start: once per accepted step, however many trials it takes. */
  private prepare(): void {
    const { w, rhs, x, t } = this;
    if (this.jacobian) this.jacobian(x, t, w.jacobian);
    else
      this.nfev += finiteDifferenceJacobian(rhs, t, x, w.f0, w.jacobian, this.probe, this.fProbe, this.scale);
    this.nfev += finiteDifferenceTime(rhs, t, x, w.f0, w.ft, this.probe);
    this.njev++;
    this.prepared = true;
    if (!allFinite(w.jacobian) || !allFinite(w.ft)) {
      this.end('non-finite', `the Jacobian of f is not finite at t = ${t}; stopped at the last finite point`);
    }
  }

  /** Trial steps until one is accepted, or ends the run; nothing once it has ended. */
  step(): void {
    if (this.status !== 'running') return;
    const { tableau, atol, rtol } = this.settings;
    const t1 = this.p.t1;
    if (!this.store.hasRoom()) {
      this.end('memory-limit', `storing another step would pass the memory cap at t = ${this.ts[this.n]}`);
      return;
    }
    if (!this.prepared) this.prepare();
    if (this.status !== 'running') return;
    let why: 'small' | 'nan' | 'singular' = 'small';
    for (;;) {
      const t = this.t;
      if (this.trials >= this.maxSteps) {
        this.end(
          'max-steps',
          `stopped after maxSteps = ${this.maxSteps} trial steps at t = ${t}, before t1 = ${t1}`,
        );
        return;
      }
      const hAbs = Math.min(this.hAbs, this.maxStep);
      const last = hAbs * STRETCH >= Math.abs(t1 - t);
      const tNew = last ? t1 : t + this.direction * hAbs;
      if (!last && hAbs < MIN_STEP_SPACINGS * spacing(t)) {
        this.stopTooSmall(why, hAbs);
        return;
      }
      const h = tNew - t;
      const err = rosenbrockStep(tableau, this.w, this.rhs, t, h, this.x, atol, rtol);
      this.trials++;
      this.nlu++;
      if (err !== -1) this.nfev += tableau.c.length - 1;
      if (err >= 0 && err <= 1) {
        this.hAbs = Math.abs(h) * this.controller.accepted(Math.abs(h), err, this.rejectedLast);
        this.rejectedLast = false;
        this.accept(tNew);
        return;
      }
      this.nreject++;
      this.rejectedLast = true;
      why = err === -1 ? 'singular' : Number.isNaN(err) ? 'nan' : 'small';
      const factor =
        why === 'singular'
          ? SINGULAR_FACTOR
          : why === 'nan'
            ? NAN_FACTOR
            : this.controller.rejected(err, this.naccept);
      this.hAbs = Math.abs(h) * factor;
    }
  }

  private accept(tNew: number): void {
    const { w, x, store } = this;
    store.push(tNew, w.xNew, w.u, this.settings.tableau.denseH);
    x.set(w.xNew);
    this.t = tNew;
    this.naccept++;
    this.prepared = false;
    if (tNew === this.p.t1) {
      this.end('success', `reached t1 = ${tNew} in ${this.naccept} steps (${this.nreject} rejected)`);
      return;
    }
    this.rhs(x, tNew, w.f0);
    this.nfev++;
    if (!allFinite(w.f0))
      this.end('non-finite', `f is not finite at t = ${tNew}; stopped at the last finite point`);
  }

  private stopTooSmall(why: 'small' | 'nan' | 'singular', hAbs: number): void {
    const at = `at t = ${this.t}, below ten spacings of t`;
    if (why === 'nan') {
      this.end(
        'non-finite',
        `every trial step from t = ${this.t} gave a non-finite state, down to h = ${hAbs}`,
      );
    } else if (why === 'singular') {
      this.end('step-too-small', `I/(hγ) − J stayed singular as the step fell to ${hAbs} ${at}`);
    } else {
      this.end(
        'step-too-small',
        `the step size fell to ${hAbs} ${at} (a singularity or finite-time blow-up?)`,
      );
    }
  }

  private end(status: SolveStatus, message: string): void {
    this.status = status;
    this.message = message;
  }

  truncate(time: number, state: Float64Array): void {
    this.store.truncate(time, state);
  }
}

function allFinite(v: Float64Array): boolean {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]!;
  return sum - sum === 0;
}

function spacing(t: number): number {
  return Math.max(Math.abs(t) * Number.EPSILON, 2.2250738585072014e-308);
}
