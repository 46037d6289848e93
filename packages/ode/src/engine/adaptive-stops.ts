import type { EmbeddedTableau } from '../tableaus/embedded-tableau.ts';
import type { KernelWorkspace } from './adaptive-kernel.ts';

// Why an adaptive run ends before t1, told once: the tests that decide it and the messages that explain it.

// A step below this many spacings of t is too small: a singularity or finite-time blow-up.
export const MIN_STEP_SPACINGS = 10;
// So is a step still rejected below this many: its stage times t + c·h are rounded by more than 0.05% of h, so the
// error estimate no longer measures the method's error. Without this rule dop853 stepped over the pole of
// x′ = 1/(1 − t) in 15 of 2,000 random runs, once its steps had crept to within a few hundred spacings of it.
export const RESOLVED_STEP_SPACINGS = 1000;
// Evaluations of f allowed after the first non-finite trial before the run ends `non-finite` (trials closer and
// closer to where f stops being finite; a run never spends more than this on an f that returns NaN or ±∞).
export const NON_FINITE_BUDGET = 100;

/** maxSteps trial steps were spent before t1. */
export function maxStepsMessage(maxSteps: number, t: number, t1: number): string {
  return `stopped after maxSteps = ${maxSteps} trial steps at t = ${t}, before t1 = ${t1}`;
}

/** The pole guard's verdict: the blow-up is closer than the run's error in time can resolve. */
export function poleMessage(t: number): string {
  return `the solution blows up just after t = ${t}, closer than the run's accumulated error in time can tell apart: stopped before the blow-up (a singularity or finite-time blow-up)`;
}

/** One more row would pass the trajectory's memory cap. */
export function memoryMessage(t: number, n: number, maxRows: number, dim: number): string {
  return `stopped at t = ${t} after ${n} steps: the trajectory would pass the memory cap of ${maxRows} rows of dim ${dim}`;
}

/** The step fell below what t can resolve: f undefined ahead (non-finite trials) or a singularity. */
export function tooSmallMessage(nonFinite: boolean, hAbs: number, t: number): string {
  return nonFinite
    ? `f is not finite just beyond t = ${t} (trial steps down to h = ${hAbs} gave NaN or ±∞); stopped at the last finite point`
    : `the step size fell to ${hAbs} at t = ${t}, below ten spacings of t (a singularity or finite-time blow-up?)`;
}

/** The stiffness test fired (Hairer's: h·λ beyond the stability limit in 15 tests). */
export function stiffMessage(t: number, tableau: EmbeddedTableau): string {
  const { name, stiffnessThreshold } = tableau;
  return `the problem is stiff at t = ${t}: h·λ stayed beyond ${name}'s stability limit (${stiffnessThreshold}) in 15 tests, so an explicit method needs tiny steps here. Use an implicit method, rodas4() (or backwardEuler()), or pass stiffness: 'warn' to go on.`;
}

/**
 * Whether a trial that was not finite got there by growing: some stage derivative finite yet a million times the
 * step's first. That is a step too large for the problem (its stages overflow, as an explicit method's do on a
 * stiff problem), which a smaller step cures; f returning NaN or ±∞ where it is undefined is not.
 */
export function stagesOverflowed(w: KernelWorkspace, stages: number): boolean {
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

export function allFinite(v: Float64Array): boolean {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]!;
  return sum - sum === 0;
}

/** The gap between t and the next double away from zero (at least the smallest normal double's). */
export function spacing(t: number): number {
  return Math.max(Math.abs(t) * Number.EPSILON, 2.2250738585072014e-308);
}
