import type { NormalizedObjective } from './objective.ts';
import type { OptimizationResult, OptimizerStatus } from './optimization-result.ts';
import { Recorder } from './recorder.ts';
import { checkOptions, requireInRange, requireInteger, requirePositive } from './validate.ts';

/** When to stop, shared by every optimiser in this package. */
export interface StopOptions {
  /** Most iterations (default 1000). */
  steps?: number;
  /** Converged when ‖∇F(x_k)‖₂ ≤ gradTol (default 1e-8). */
  gradTol?: number;
  /** Converged when ‖x_k − x_{k−1}‖₂ ≤ stepTol·(1 + ‖x_k‖₂) (default 0: x stopped changing; off for the
   * stochastic methods, where one batch's zero gradient says nothing about F). */
  stepTol?: number;
  /** Diverged when ‖x_k‖∞ exceeds this (default 1e8·max(1, ‖x_0‖∞)). */
  divergenceBound?: number;
}

export const STOP_OPTIONS = ['steps', 'gradTol', 'stepTol', 'divergenceBound'] as const;

export interface StopRules {
  readonly steps: number;
  readonly gradTol: number;
  readonly stepTol: number;
  readonly divergenceBound: number;
}

/** Validates the stop options found in an already key-checked options object. */
export function stopRules(opts: Record<string, unknown>, x0: Float64Array, stochastic = false): StopRules {
  let scale = 1;
  for (let i = 0; i < x0.length; i++) scale = Math.max(scale, Math.abs(x0[i]!));
  return {
    steps: opts.steps === undefined ? 1000 : requireInteger('options.steps', opts.steps, 0),
    gradTol: opts.gradTol === undefined ? 1e-8 : requireInRange('options.gradTol', opts.gradTol, 0, Infinity),
    // −∞ switches the step test off: no length is ≤ −∞.
    stepTol:
      opts.stepTol === undefined
        ? stochastic
          ? -Infinity
          : 0
        : requireInRange('options.stepTol', opts.stepTol, 0, Infinity),
    divergenceBound:
      opts.divergenceBound === undefined
        ? 1e8 * scale
        : requirePositive('options.divergenceBound', opts.divergenceBound),
  };
}

/** Checks `options` against the stop options plus the optimiser's own names. */
export function checkOptimizerOptions(options: unknown, own: readonly string[]): Record<string, unknown> {
  return checkOptions('options', options, [...own, ...STOP_OPTIONS]);
}

/**
 * Steps computed by an optimiser from `from` (= x_k): rows x_{k+1} … x_{k+count} in `x`, row-major, and the step
 * size each used. `failed` says the step after the last row would not have been finite.
 */
export interface Chunk {
  readonly x: Float64Array;
  readonly count: number;
  readonly h: number | Float64Array;
  readonly failed: boolean;
  /** Set when the optimiser cannot take a further step although no stop rule holds (a line search found no
   * acceptable step): the run ends after the rows above with this status and message. */
  readonly stop?: { readonly status: OptimizerStatus; readonly message: string };
}

/** Computes up to `count` steps starting from iterate k, whose value is `from`. */
export type Advance = (from: Float64Array, k: number, count: number) => Chunk;

const FIRST_CHUNK = 8;
const MAX_CHUNK = 8192;

/**
 * The driver shared by all optimisers: asks `advance` for steps in chunks (8, 16, … 8192) and hands them to a
 * `Recorder`, which stops at the first iterate meeting a stop rule. The steps computed past that iterate, because
 * the chunk ran on, are dropped, so the result does not depend on the chunk sizes.
 */
export function runOptimizer(
  objective: NormalizedObjective,
  rules: StopRules,
  advance: Advance,
): OptimizationResult {
  const recorder = new Recorder(objective, rules);
  let size = FIRST_CHUNK;
  while (!recorder.done) {
    recorder.offer(advance(recorder.last, recorder.k, Math.min(size, rules.steps - recorder.k)));
    size = Math.min(2 * size, MAX_CHUNK);
  }
  return recorder.result();
}

/** The chunk sizes `runOptimizer` uses, for drivers that advance several runs together (multiStart). */
export function nextChunkSize(size: number): number {
  return size === 0 ? FIRST_CHUNK : Math.min(2 * size, MAX_CHUNK);
}
