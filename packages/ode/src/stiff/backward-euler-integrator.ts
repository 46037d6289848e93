import type { Integrator } from '../engine/integrator.ts';
import type { NormalizedProblem } from '../engine/normalize-problem.ts';
import { notANumber } from '../engine/not-a-number.ts';
import type { DenseOutput, SolveStatus } from '../engine/solution.ts';
import { type TimeGrid, timeGrid } from '../engine/time-grid.ts';
import { finiteDifferenceJacobian } from './finite-difference-jacobian.ts';
import {
  factorIteration,
  type NewtonOutcome,
  type NewtonWorkspace,
  newtonStep,
  newtonWorkspace,
} from './newton-step.ts';
import type { JacobianFn } from './rosenbrock-integrator.ts';
import { StepStore } from './step-store.ts';

type Rhs = (x: Float64Array, t: number, out: Float64Array) => void;

/** What an implicit Euler run needs from its method. */
export interface BackwardEulerSettings {
  readonly h: number;
  /** Newton converges when every correction is within tol·(1 + |y_i|). */
  readonly tol: number;
  readonly maxIterations: number;
  /**
   * θ of the θ-method x_{k+1} = x_k + h·((1 − θ)·f(t_k, x_k) + θ·f(t_{k+1}, x_{k+1})): 1 is backward Euler, 1/2 the
   * implicit trapezoid rule (default 1).
   */
  readonly theta?: number;
}

/** A Newton solve that needed more iterations than this with a reused J asks for a fresh J at the next step. */
const SLOW_ITERATIONS = 4;

/**
 * A fixed-step implicit Euler run: x_{k+1} = x_k + h·f(t_{k+1}, x_{k+1}), each step solved by simplified Newton.
 * J (the problem's Jacobian, or forward differences) and the LU of I − h·J are kept across iterations and steps
 * while Newton converges; a failed or slow solve refreshes J at the step's start, and a solve that fails with a
 * fresh J ends the run with `newton-failed`. The grid is that of the explicit fixed-step methods (t0 + k·h, one
 * shorter last step); the interpolant between steps is the straight line, first order like the method.
 */
export class BackwardEulerIntegrator implements Integrator {
  status: 'running' | SolveStatus = 'running';
  message = '';
  nfev: number;
  naccept = 0;
  readonly nreject = 0;
  readonly stiffAt = null;
  njev = 0;
  nlu = 0;
  readonly dense: DenseOutput;
  private readonly store: StepStore;
  private readonly w: NewtonWorkspace;
  private readonly rhs: Rhs;
  private readonly x: Float64Array;
  private readonly f0: Float64Array;
  private readonly probe: Float64Array;
  private readonly iterate: Float64Array;
  private readonly base: Float64Array;
  private readonly theta: number;
  private readonly grid: TimeGrid;
  private readonly outcome: NewtonOutcome = { iterations: 0, converged: false };
  private jacobianFresh = false; // J computed at the current step's start
  private jacobianHeld = false; // some J is in w.jacobian
  private factoredH = Number.NaN; // the h of the LU held in w.lu (NaN: none)

  constructor(
    private readonly p: NormalizedProblem,
    private readonly settings: BackwardEulerSettings,
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
    this.w = newtonWorkspace(dim);
    this.store = new StepStore(p, 0);
    this.dense = this.store.dense;
    this.x = Float64Array.from(p.x0);
    this.f0 = new Float64Array(dim);
    this.probe = new Float64Array(dim);
    this.iterate = new Float64Array(dim);
    this.base = new Float64Array(dim);
    this.theta = settings.theta ?? 1;
    this.grid = t1 === t0 ? { h: settings.h, steps: 0, hLast: 0 } : timeGrid(t0, t1, settings.h);
    this.nfev = p.nfev;
    if (t1 === t0) this.end('success', `t1 = t0 = ${t0}: nothing to integrate`);
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

  /** Takes one implicit Euler step, or ends the run. */
  step(): void {
    if (this.status !== 'running') return;
    const { grid, p, settings } = this;
    const k = this.store.n;
    const planned = grid.steps + (grid.hLast !== 0 ? 1 : 0);
    if (k >= this.maxSteps) {
      this.end(
        'max-steps',
        `stopped after maxSteps = ${this.maxSteps} steps at t = ${this.ts[k]}, before t1 = ${p.t1}`,
      );
      return;
    }
    if (!this.store.hasRoom()) {
      this.end('memory-limit', `storing another step would pass the memory cap at t = ${this.ts[this.n]}`);
      return;
    }
    const step = k < grid.steps ? grid.h : grid.hLast;
    const t = this.ts[k]!;
    const tNew = k + 1 === planned ? p.t1 : p.t0 + (k + 1) * grid.h;
    // The equation y = base + h·f(tNew, y), with h = θ·step and base = x_k + (1 − θ)·step·f(t_k, x_k): for backward
    // Euler (θ = 1) base is x_k itself and f is not evaluated at t_k.
    const h = this.theta * step;
    const base = this.theta === 1 ? this.x : this.explicitPart(t, step);
    if (base === null) return;
    this.jacobianFresh = false;
    for (;;) {
      if (!this.jacobianHeld && !this.refreshJacobian(t, tNew)) return;
      if (this.factoredH !== h && !this.factor(h, t, tNew)) return;
      newtonStep(this.w, this.rhs, tNew, h, base, settings.tol, settings.maxIterations, this.outcome);
      this.nfev += this.outcome.iterations;
      if (this.outcome.converged) break;
      if (this.jacobianFresh) {
        if (this.fullNewton(t, tNew, h, base)) break;
        if (this.status === 'running') {
          this.end(
            'newton-failed',
            `Newton's iteration for the implicit step from t = ${t} to ${tNew} did not converge in ${settings.maxIterations} iterations, with J kept or renewed at every iterate; stopped at the last converged point`,
          );
        }
        return;
      }
      this.jacobianHeld = false; // retry once with J at this step's start
    }
    // A slow solve with a reused J: refresh J at the next step rather than pay for slow iterations again.
    if (!this.jacobianFresh && this.outcome.iterations > SLOW_ITERATIONS) this.jacobianHeld = false;
    this.x.set(this.w.y);
    this.store.push(tNew, this.w.y, this.w.y, []);
    this.naccept++;
    if (k + 1 === planned)
      this.end('success', `reached t1 = ${tNew} in ${this.naccept} steps of h = ${settings.h}`);
  }

  /** x_k + (1 − θ)·step·f(t_k, x_k) into `base`; null (the run ended non-finite) when f is not finite there. */
  private explicitPart(t: number, step: number): Float64Array | null {
    const { x, f0, base } = this;
    this.probeCopy(x);
    this.rhs(this.iterate, t, f0);
    this.nfev++;
    const weight = (1 - this.theta) * step;
    for (let i = 0; i < x.length; i++) base[i] = x[i]! + weight * f0[i]!;
    if (!allFinite(base)) {
      this.end('non-finite', `f is not finite at t = ${t}; stopped at the last finite point`);
      return null;
    }
    return base;
  }

  /**
   * The last resort before `newton-failed`: Newton with J renewed at every iterate (quadratic convergence where the
   * simplified iteration, J fixed at the step's start, contracts too slowly). True when it converged.
   */
  private fullNewton(t: number, tNew: number, h: number, base: Float64Array): boolean {
    const { w, settings } = this;
    w.y.set(base);
    for (let k = 0; k < settings.maxIterations; k++) {
      if (!this.refreshJacobian(t, tNew, w.y) || !this.factor(h, t, tNew)) return false;
      newtonStep(w, this.rhs, tNew, h, base, settings.tol, 1, this.outcome, true);
      this.nfev += 1;
      if (this.outcome.converged) return true;
      if (!allFinite(w.y)) return false;
    }
    return false;
  }

  /** J at (x, tNew), the step's start point at the time its equation is solved at (or at `at`, an iterate). */
  private refreshJacobian(t: number, tNew: number, at: Float64Array = this.x): boolean {
    const { w } = this;
    const x = this.probeCopy(at);
    if (this.jacobian) this.jacobian(x, tNew, w.jacobian);
    else {
      this.rhs(x, tNew, this.f0);
      this.nfev++;
      this.nfev += finiteDifferenceJacobian(this.rhs, tNew, x, this.f0, w.jacobian, this.probe, w.fy);
    }
    this.njev++;
    this.jacobianHeld = true;
    this.jacobianFresh = true;
    this.factoredH = Number.NaN;
    if (!allFinite(w.jacobian)) {
      // At a Newton iterate this is Newton's failure (the iterate left f's domain), reported by the caller.
      if (at === w.y) return false;
      this.end('non-finite', `the Jacobian of f is not finite at t = ${t}; stopped at the last finite point`);
      return false;
    }
    return true;
  }

  /** A copy of the point, so neither the user's jacobian nor the differences (which write `w.fy`) can change it. */
  private probeCopy(at: Float64Array): Float64Array {
    this.iterate.set(at);
    return this.iterate;
  }

  private factor(h: number, t: number, tNew: number): boolean {
    this.nlu++;
    if (factorIteration(this.w, h)) {
      this.factoredH = h;
      return true;
    }
    this.factoredH = Number.NaN;
    if (!this.jacobianFresh) {
      this.jacobianHeld = false; // a stale J may be the cause: one more try with J here
      return this.refreshJacobian(t, tNew) && this.factor(h, t, tNew);
    }
    this.end(
      'newton-failed',
      `the Newton matrix I − h·J is singular at t = ${this.ts[this.n]} with h = ${h}`,
    );
    return false;
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
