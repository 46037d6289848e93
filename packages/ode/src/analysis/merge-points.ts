import type { Equilibrium, EquilibriumInterval } from './equilibrium-search.ts';

/**
 * Sorts the roots, drops those inside an interval of equilibria, and merges roots whose ranges
 * [x − accuracy, x + accuracy] overlap: they cannot be told apart (the same root found twice, or sign changes in
 * the rounding noise around one root). The merged root keeps the x of the best-located one and an accuracy that
 * covers all their ranges. One sweep after sorting: O(n log n).
 *
 * @example
 * ```ts
 * mergePoints([{ x: 1, accuracy: 1e-5, detectedBy: 'sign-change' }, { x: 1 + 4e-6, accuracy: 1e-5, detectedBy: 'sign-change' }], []);
 * // [{ x: 1, accuracy: 1.4e-5, detectedBy: 'sign-change' }]
 * ```
 */
export function mergePoints(points: Equilibrium[], intervals: EquilibriumInterval[]): Equilibrium[] {
  const sorted = [...points].sort((p, q) => p.x - p.accuracy - (q.x - q.accuracy));
  const kept: Equilibrium[] = [];
  let k = 0;
  let lo = 0;
  let hi = 0;
  let best: Equilibrium | null = null;
  for (const p of sorted) {
    while (k < intervals.length && intervals[k]!.to < p.x - p.accuracy) k++;
    const r = intervals[k];
    if (r && p.x + p.accuracy >= r.from && p.x - p.accuracy <= r.to) continue;
    if (best !== null && p.x - p.accuracy <= hi) {
      if (p.accuracy < best.accuracy) best = p;
      hi = Math.max(hi, p.x + p.accuracy);
      kept[kept.length - 1] = {
        x: best.x,
        accuracy: Math.max(best.x - lo, hi - best.x),
        detectedBy: best.detectedBy,
      };
      continue;
    }
    best = p;
    lo = p.x - p.accuracy;
    hi = p.x + p.accuracy;
    kept.push({ ...p });
  }
  return kept;
}

/**
 * Sorts ranges [a, b] and merges those that overlap or touch.
 *
 * @example
 * ```ts
 * mergeRanges([[0, 2], [1, 3], [5, 6]]); // [[0, 3], [5, 6]]
 * ```
 */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((p, q) => p[0] - q[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * The parts of sorted, disjoint ranges outside the given regions (any order): where f is not finite, or zero
 * throughout, no root can hide.
 *
 * @example
 * ```ts
 * subtractRegions([[0, 4]], [{ from: 1, to: 2 }]); // [[0, 1], [2, 4]]
 * ```
 */
export function subtractRegions(
  ranges: [number, number][],
  regions: { from: number; to: number }[],
): [number, number][] {
  const cuts = [...regions].sort((p, q) => p.from - q.from);
  const out: [number, number][] = [];
  let k = 0;
  for (const [from, to] of ranges) {
    while (k < cuts.length && cuts[k]!.to <= from) k++;
    let start = from;
    for (let j = k; j < cuts.length && cuts[j]!.from < to; j++) {
      if (cuts[j]!.from > start) out.push([start, cuts[j]!.from]);
      start = Math.max(start, cuts[j]!.to);
    }
    if (start < to) out.push([start, to]);
  }
  return out;
}
