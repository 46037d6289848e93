import type { ScalarRhs } from '../problem.ts';
import { readArguments } from './argument-error.ts';
import type { BlowUpResult } from './blow-up-result.ts';
import { blowUpTime } from './blow-up-time.ts';
import { classifyEquilibrium, type EquilibriumClassification } from './classify-equilibrium.ts';
import { type EquilibriaResult, type FindEquilibriaOptions, findEquilibria } from './find-equilibria.ts';
import type { Equilibrium } from './locate-equilibria.ts';
import { booleanOption, functionArgument, readOptions } from './read-options.ts';
import { scalarEvaluator } from './scalar-evaluator.ts';

/** Options of {@link phaseLine}: those of findEquilibria, plus f′ for the classification. */
export interface PhaseLineOptions extends FindEquilibriaOptions {
  /** f′ in closed form; without it f′ is a finite difference (each equilibrium records which). */
  derivative?: (x: number) => number;
  /** Compute `exit` (blowUpTime from the end the flow leaves through; a few thousand evaluations of f each).
   * Default true; false leaves every `exit` null, for a picture redrawn on every input event. */
  exits?: boolean;
}

/** An equilibrium with where it was found and how it was classified. */
export type PhaseLineEquilibrium = Equilibrium & EquilibriumClassification;

/** What bounds a flow interval on one side (`unresolved`: a cell of `unresolved`, where the direction is not
 * certain). */
export type FlowBoundary =
  | 'end'
  | 'equilibrium'
  | 'equilibrium-interval'
  | 'non-finite'
  | 'jump'
  | 'unresolved';

/** A stretch of the line between equilibria on which f keeps one sign: solutions move one way throughout. */
export interface FlowInterval {
  from: number;
  to: number;
  /** +1: solutions move right (f > 0); −1: left. */
  direction: 1 | -1;
  fromBoundary: FlowBoundary;
  toBoundary: FlowBoundary;
  /** When the flow leaves [a, b] through an end: what happens next, from blowUpTime started at that end
   * (blow-up time, equilibrium beyond, ...). Null when the flow heads into an equilibrium or a non-finite region. */
  exit: BlowUpResult | null;
}

/** Everything a phase-line picture needs, as plain data, all lists in increasing x. */
export interface PhaseLine extends Omit<EquilibriaResult, 'equilibria'> {
  equilibria: PhaseLineEquilibrium[];
  /** The flow intervals, ordered; together with the equilibria, the equilibrium intervals, the non-finite
   * regions, the jumps and the unresolved cells they cover [a, b]. */
  intervals: FlowInterval[];
}

const OPTIONS = ['gridPoints', 'xtol', 'ftol', 'derivative', 'exits'] as const;
const CUBE_ROOT_EPS = Math.cbrt(Number.EPSILON);

/**
 * The phase line of the scalar autonomous equation x′ = f(x) on [a, b]: the equilibria (found by
 * {@link findEquilibria}, classified by {@link classifyEquilibrium}), the intervals of equilibria, where f is not
 * finite, and the ordered flow intervals between them with their direction. For an interval whose flow leaves
 * through an end of [a, b], `exit` says whether solutions blow up in finite time beyond it.
 *
 * @example
 * ```ts
 * const line = phaseLine((x) => x * (1 - x), [-2, 2]);
 * line.equilibria.map((e) => [e.x, e.kind]);   // [[0, 'unstable'], [1, 'stable']]
 * line.intervals.map((i) => [i.from, i.to, i.direction]); // [[-2, 0, -1], [0, 1, 1], [1, 2, -1]]
 * line.intervals[0].exit?.time;                 // 0.40546510810816444: from x = −2, blow-up at ln(1.5)
 * ```
 */
export function phaseLine(f: ScalarRhs, interval: ArrayLike<number>, options?: PhaseLineOptions): PhaseLine {
  const { g, derivative, exits, findOptions } = readArguments('options', () => {
    const opts = readOptions('options', options, OPTIONS);
    const { derivative, exits, ...rest } = opts;
    return {
      g: scalarEvaluator('f', f),
      derivative:
        derivative === undefined
          ? undefined
          : functionArgument<(x: number) => number>('options.derivative', derivative),
      exits: exits === undefined ? true : booleanOption('options.exits', exits),
      findOptions: rest as FindEquilibriaOptions,
    };
  });
  const found = findEquilibria(g, interval, findOptions);
  const [a, b] = found.interval;

  type Feature = { from: number; to: number; type: FlowBoundary };
  const features: Feature[] = [
    ...found.equilibria.map((e) => ({ from: e.x, to: e.x, type: 'equilibrium' as const })),
    ...found.equilibriumIntervals.map((r) => ({
      from: r.from,
      to: r.to,
      type: 'equilibrium-interval' as const,
    })),
    ...found.nonFinite.regions.map((r) => ({ ...r, type: 'non-finite' as const })),
    ...found.jumps.map((j) => ({ from: j.x, to: j.x, type: 'jump' as const })),
    ...found.unresolved.map(([from, to]) => ({ from, to, type: 'unresolved' as const })),
  ].sort((p, q) => p.from - q.from);

  const gaps = nearestOther(
    found.equilibria,
    features.filter((q) => q.type !== 'equilibrium'),
  );
  const equilibria = found.equilibria.map((e, k) => {
    const step = Math.min(
      Math.max(32 * e.accuracy, CUBE_ROOT_EPS * Math.max(1, Math.abs(e.x))),
      gaps[k]! / 4,
    );
    const c = classifyEquilibrium(g, e.x, {
      accuracy: e.accuracy,
      ...(step > 0 ? { step } : {}),
      ...(derivative ? { derivative } : {}),
    });
    return { ...e, ...c };
  });

  const intervals: FlowInterval[] = [];
  let left = a;
  let leftBoundary: FlowBoundary = 'end';
  const close = (right: number, rightBoundary: FlowBoundary) => {
    if (right > left) {
      const direction = flowDirection(g, left, right);
      if (direction !== 0) {
        const exitAt =
          direction > 0 ? (rightBoundary === 'end' ? b : null) : leftBoundary === 'end' ? a : null;
        const exit = exitAt === null || exits === false ? null : blowUpTime(g, exitAt);
        intervals.push({
          from: left,
          to: right,
          direction,
          fromBoundary: leftBoundary,
          toBoundary: rightBoundary,
          exit,
        });
      }
    }
  };
  for (const feature of features) {
    if (feature.to < left) continue;
    close(feature.from, feature.type);
    if (feature.to >= left) {
      left = feature.to;
      leftBoundary = feature.type;
    }
  }
  close(b, 'end');
  return { ...found, equilibria, intervals, nfev: g.count() };
}

/**
 * For each equilibrium (sorted), the distance to the nearest other feature: the neighbouring equilibria, and the
 * nearest end of any region (sorted by `from`). One pass over each list with a sorted sweep: O(n log n), so a
 * phase line with 10⁵ equilibria costs no more per equilibrium than one with ten.
 */
function nearestOther(points: Equilibrium[], regions: { from: number; to: number }[]): Float64Array {
  const gaps = new Float64Array(points.length).fill(Number.POSITIVE_INFINITY);
  for (let k = 0; k < points.length; k++) {
    if (k > 0) gaps[k] = Math.min(gaps[k]!, points[k]!.x - points[k - 1]!.x);
    if (k + 1 < points.length) gaps[k] = Math.min(gaps[k]!, points[k + 1]!.x - points[k]!.x);
  }
  // Region ends within an equilibrium's own doubt [x − accuracy, x + accuracy] do not count: an unresolved cell
  // beside a root in rounding noise would otherwise squeeze its step into the noise.
  const ends = Float64Array.from(regions.flatMap((r) => [r.from, r.to])).sort();
  let j = 0;
  for (let k = 0; k < points.length; k++) {
    const { x, accuracy } = points[k]!;
    while (j < ends.length && ends[j]! < x - accuracy) j++;
    let above = j;
    while (above < ends.length && ends[above]! <= x + accuracy) above++;
    if (above < ends.length) gaps[k] = Math.min(gaps[k]!, ends[above]! - x);
    if (j > 0) gaps[k] = Math.min(gaps[k]!, x - ends[j - 1]!);
  }
  return gaps;
}
/** The sign of f inside (lo, hi), read at the midpoint, or at the quarter points if f is 0 or not finite there. */
function flowDirection(f: (x: number) => number, lo: number, hi: number): 1 | -1 | 0 {
  for (const t of [0.5, 0.25, 0.75, 0.125, 0.875]) {
    const v = f(lo + (hi - lo) * t);
    if (v > 0) return 1;
    if (v < 0) return -1;
  }
  return 0;
}
