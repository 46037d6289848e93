import { invalidArgument } from '../errors.ts';
import type { ScalarRhs } from '../problem.ts';
import { checkOptions, requireFunction } from '../validate.ts';
import { type BlowUpResult, blowUpTime } from './blow-up-time.ts';
import { classifyEquilibrium, type EquilibriumClassification } from './classify-equilibrium.ts';
import { type EquilibriaResult, type FindEquilibriaOptions, findEquilibria } from './find-equilibria.ts';
import type { Equilibrium } from './locate-equilibria.ts';
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

/** What bounds a flow interval on one side. */
export type FlowBoundary = 'end' | 'equilibrium' | 'equilibrium-interval' | 'non-finite' | 'jump';

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
   * regions and the jumps they cover [a, b]. */
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
  const g = scalarEvaluator('f', f);
  const opts = checkOptions('options', options, OPTIONS) as PhaseLineOptions;
  const { derivative, exits = true, ...findOptions } = opts;
  if (derivative !== undefined) requireFunction('options.derivative', derivative);
  if (typeof exits !== 'boolean') throw invalidArgument('options.exits', 'must be true or false', exits);
  const found = findEquilibria(g, interval, findOptions);
  const [a, b] = found.interval;

  type Feature = { from: number; to: number; type: FlowBoundary };
  const features: Feature[] = [
    ...found.equilibria.map((e) => ({ from: e.x, to: e.x, type: 'equilibrium' as const })),
    ...found.equilibriumIntervals.map((r) => ({ ...r, type: 'equilibrium-interval' as const })),
    ...found.nonFinite.regions.map((r) => ({ ...r, type: 'non-finite' as const })),
    ...found.jumps.map((j) => ({ from: j.x, to: j.x, type: 'jump' as const })),
  ].sort((p, q) => p.from - q.from);

  const equilibria = found.equilibria.map((e) => {
    let gap = Number.POSITIVE_INFINITY;
    for (const other of features) {
      if (other.type === 'equilibrium' && other.from === e.x) continue;
      gap = Math.min(gap, Math.abs(other.from - e.x), Math.abs(other.to - e.x));
    }
    const step = Math.min(Math.max(4 * e.accuracy, CUBE_ROOT_EPS * Math.max(1, Math.abs(e.x))), gap / 4);
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
    left = Math.max(left, feature.to);
    leftBoundary = feature.type;
  }
  close(b, 'end');
  return { ...found, equilibria, intervals, nfev: g.count() };
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
