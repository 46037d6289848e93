import type { DenseOutput } from './dense-output.ts';
import type { NormalizedProblem } from './normalize-problem.ts';
import type { SolveStatus } from './solution.ts';

/** What a run asks of its integrator, settled by `init` from the options before any step. */
export interface RunSettings {
  /** Most steps (adaptive: trial steps) before the run ends with `max-steps`. */
  readonly maxSteps: number;
  /** Events or tEval read every step's interpolant right after the step (adaptive pairs then build it eagerly). */
  readonly denseEachStep: boolean;
  /** What a method with a stiffness test does when it fires: end with `stiff`, record `stiffAt`, or nothing. */
  readonly stiffness: 'stop' | 'warn' | 'ignore';
}

/**
 * One kind of step, driving a run forward: the stored trajectory so far (`ts[0..n]`, `xs` row-major), why it
 * ended, and its work counters. The stepper of `init` sits on top (events, tEval, the solution) and only ever
 * calls `step()`, so a new kind of method (an implicit one, say) is a new Integrator and nothing else.
 */
export interface Integrator {
  status: 'running' | SolveStatus;
  message: string;
  /** Index of the last stored point. */
  readonly n: number;
  /** Times and states, with room for more rows than `n + 1`; read them afresh after a step (they may grow). */
  readonly ts: Float64Array;
  readonly xs: Float64Array;
  readonly nfev: number;
  readonly naccept: number;
  readonly nreject: number;
  /** Jacobian evaluations and LU factorisations: the stiff methods' counters, carried into the solution. */
  readonly njev?: number;
  readonly nlu?: number;
  /** Time at which the method's stiffness test first fired, else null; absent for methods without a test. */
  readonly stiffAt?: number | null;
  /** Takes one step (adaptive: trial steps until one is accepted), or ends the run; nothing once it has ended. */
  step(): void;
  /** Fixed-step integrators: one step of exactly h (> 0, finite; shortened to land on t1), for `Stepper.step(h)`. */
  stepBy?(h: number): void;
  /** The interpolant over the stored steps: t in step k, from ts[k] to ts[k + 1]. */
  readonly dense: DenseOutput;
  /** Drops every stored point but the last, so that stored rows never accumulate (`denseOutput: false`). */
  forget?(): void;
  /** Ends the run at (t, x) inside the last step, replacing its end point (a terminal event). */
  truncate(t: number, x: Float64Array): void;
}

/**
 * Builds a method's integrator for one validated problem: what a method object carries as `integrator`. It is
 * handed the method object itself and reads (and checks) its parameters there, so a method changed by spreading
 * (`{ ...dopri5(), rtol: 1e-12 }`) runs with what it says, or is rejected; never silently with stale values.
 */
export type IntegratorFactory = (
  method: never,
  problem: NormalizedProblem,
  settings: RunSettings,
) => Integrator;
