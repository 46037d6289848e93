import type { DenseOutput } from './dense-output.ts';
import { findRoot } from './find-root.ts';
import type { NormalizedEvent } from './solve-options.ts';

/** Subintervals per step on which each g is sampled: a step holding two crossings of g is still seen to hold them
 * unless both fall in one subinterval (SciPy compares g at the step's ends only and misses them, scipy#9228). */
export const EVENT_SAMPLES = 8;

/** A located zero of event `index`, before it is filtered by count. */
export interface EventRoot {
  index: number;
  t: number;
  x: Float64Array;
}

/**
 * Finds the crossings of each event's g in step k (from ta to tb) on the step's interpolant. `gStart[e]` holds g at
 * ta and is updated to g at tb. A zero exactly at a sample belongs to the subinterval it ends, and a subinterval
 * starting at a zero (already counted) reports none, so a root at a step end is counted once.
 */
export function locateEvents(
  events: readonly NormalizedEvent[],
  gStart: Float64Array,
  dense: DenseOutput,
  k: number,
  ta: number,
  tb: number,
  dim: number,
  scratch: Float64Array,
  xs: Float64Array,
): EventRoot[] {
  const roots: EventRoot[] = [];
  const state = (t: number) => {
    dense(t, k, scratch, 0);
    return scratch;
  };
  // The accepted states at both ends, and g there: what a root must be consistent with (see trusted below).
  const xa = xs.slice(k * dim, (k + 1) * dim);
  const xb = xs.slice((k + 1) * dim, (k + 2) * dim);
  const gA = Float64Array.from(gStart);
  const gB = events.map((e) => e.g(xb.slice(), tb));
  let tPrev = ta;
  for (let m = 1; m <= EVENT_SAMPLES; m++) {
    const t = m === EVENT_SAMPLES ? tb : ta + ((tb - ta) * m) / EVENT_SAMPLES;
    for (let e = 0; e < events.length; e++) {
      const { g, direction } = events[e]!;
      const ga = gStart[e]!;
      const gb = g(state(t), t);
      gStart[e] = gb;
      // Signs compared, not the product ga·gb, which underflows to 0 for tiny values of g.
      if (ga === 0 || !(gb === 0 || (ga < 0 && gb > 0) || (ga > 0 && gb < 0))) continue;
      const rising = ga < 0;
      if ((direction === 1 && !rising) || (direction === -1 && rising)) continue;
      const root = gb === 0 ? t : findRoot((s) => g(state(s), s), tPrev, t, ga, gb);
      const x = Float64Array.from(state(root).subarray(0, dim));
      if (trusted(root, x, g(x.slice(), root), ta, tb, xa, xb, gA[e]!, gB[e]!)) {
        roots.push({ index: e, t: root, x });
      }
    }
    tPrev = t;
  }
  const forward = tb >= ta;
  return roots.sort((r, s) => (forward ? r.t - s.t : s.t - r.t));
}

/**
 * Whether a zero found on the interpolant is an event of the solution, not of the interpolant alone (which
 * overshoots in a step whose slopes blow up): its time lies in the step, its state is finite, g there is zero up
 * to rounding (relative to g at the accepted states), and g changes sign between the step's two accepted states, or else (an
 * even number of crossings inside one step) the state lies between the accepted ones component by component.
 */
function trusted(
  t: number,
  x: Float64Array,
  gx: number,
  ta: number,
  tb: number,
  xa: Float64Array,
  xb: Float64Array,
  gA: number,
  gB: number,
): boolean {
  if (!(t >= Math.min(ta, tb) && t <= Math.max(ta, tb))) return false;
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i]!;
  if (sum - sum !== 0) return false;
  const scale = Math.max(Math.abs(gA), Math.abs(gB));
  if ((gA < 0 && gB >= 0) || (gA > 0 && gB <= 0) || (gA === 0) !== (gB === 0)) {
    return Math.abs(gx) <= 1e-6 * scale + 1e-12;
  }
  // No sign change between the accepted states: an even number of crossings, which only the interpolant shows;
  // g there must be zero next to its smaller end value.
  if (!(Math.abs(gx) <= 1e-6 * Math.min(Math.abs(gA), Math.abs(gB)) + 1e-12)) return false;
  for (let i = 0; i < x.length; i++) {
    const lo = Math.min(xa[i]!, xb[i]!);
    const hi = Math.max(xa[i]!, xb[i]!);
    const slack = 64 * Number.EPSILON * Math.max(Math.abs(lo), Math.abs(hi), 1e-300);
    if (!(x[i]! >= lo - slack && x[i]! <= hi + slack)) return false;
  }
  return true;
}
