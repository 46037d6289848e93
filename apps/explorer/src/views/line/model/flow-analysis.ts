import { PhaseflowError, phaseLine } from '@phaseflow/ode';
import type { EquilibriumView, FlowInterval } from './explorer-view.ts';

/** The phase line of x′ = g(x) on the window, reduced to what the flow panel draws. */
export interface FlowAnalysis {
  readonly equilibria: readonly EquilibriumView[];
  readonly intervals: readonly FlowInterval[];
  /** Set when the phase line cannot be resolved on this window (too many equilibria): what to tell the user. */
  readonly unresolved?: string;
}

/** A point is drawn as an equilibrium only where |g| is at most this fraction of max |g| on the window. */
export const EQUILIBRIUM_TOLERANCE = 1e-6;

/**
 * Equilibria (classified) and flow intervals of x′ = g(x) on [xMin, xMax] from `@phaseflow/ode`'s `phaseLine`.
 * A semi-stable point records the side states arrive from (the side whose flow points at it). A function the
 * analysis cannot handle gives an empty phase line rather than an exception: the panel then shows the curve only.
 *
 * @example
 * ```ts
 * analyzeFlow((x) => x * (1 - x), (x) => 1 - 2 * x, -0.5, 1.5).equilibria;
 * // [{ x: 0, kind: 'unstable' }, { x: 1, kind: 'stable' }]
 * ```
 */
export function analyzeFlow(
  g: (x: number) => number,
  derivative: ((x: number) => number) | undefined,
  xMin: number,
  xMax: number,
  samples?: ArrayLike<number>,
): FlowAnalysis {
  // A flow that changes sign between most neighbouring samples cannot be resolved at this zoom (sin x on ±10⁶ has
  // about 636,620 zeros): say so rather than draw the few hundred points a sampled search would invent.
  if (samples !== undefined) {
    let changes = 0;
    let scale = 0;
    for (let i = 0; i < samples.length; i++) {
      const v = samples[i]!;
      if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
      if (i > 0 && Math.sign(v) * Math.sign(samples[i - 1]!) < 0) changes++;
    }
    if (changes > samples.length / 8) return tooMany(changes);
    const result = analyzeLine(g, derivative, xMin, xMax);
    // Never draw a point that is not an equilibrium: each must make g vanish to within the tolerance.
    const kept = result.equilibria.filter((e) => Math.abs(g(e.x)) <= EQUILIBRIUM_TOLERANCE * scale);
    if (kept.length < result.equilibria.length) return tooMany(changes);
    return result;
  }
  return analyzeLine(g, derivative, xMin, xMax);
}

function tooMany(changes: number): FlowAnalysis {
  return {
    equilibria: [],
    intervals: [],
    unresolved: `Too many equilibria to resolve on this window (the flow changes sign at least ${changes} times between the samples drawn): zoom in to see them.`,
  };
}

function analyzeLine(
  g: (x: number) => number,
  derivative: ((x: number) => number) | undefined,
  xMin: number,
  xMax: number,
): FlowAnalysis {
  try {
    // The flow panel draws no blow-up times, so the exits (several solves per interval) are not computed.
    const line = phaseLine(g, [xMin, xMax], derivative ? { derivative, exits: false } : { exits: false });
    const equilibria = line.equilibria.map((e): EquilibriumView => {
      if (e.kind !== 'semi-stable') return { x: e.x, kind: e.kind };
      return { x: e.x, kind: e.kind, attractingSide: e.leftFlow === 1 ? 'left' : 'right' };
    });
    const intervals = line.intervals.map((i) => ({ from: i.from, to: i.to, direction: i.direction }));
    return { equilibria, intervals };
  } catch (error) {
    // phaseLine refuses what it cannot analyse (a flow undefined on the window) with a coded error: the panel then
    // shows the curve only. Anything else is a bug and must surface.
    if (error instanceof PhaseflowError) return { equilibria: [], intervals: [] };
    throw error;
  }
}
