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
): EventRoot[] {
  const roots: EventRoot[] = [];
  const state = (t: number) => {
    dense(t, k, scratch, 0);
    return scratch;
  };
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
      roots.push({ index: e, t: root, x: Float64Array.from(state(root).subarray(0, dim)) });
    }
    tPrev = t;
  }
  const forward = tb >= ta;
  return roots.sort((r, s) => (forward ? r.t - s.t : s.t - r.t));
}
