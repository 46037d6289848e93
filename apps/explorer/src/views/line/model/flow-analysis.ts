import { phaseLine } from '@phaseflow/ode';
import type { EquilibriumView, FlowInterval } from './explorer-view.ts';

/** The phase line of x′ = g(x) on the window, reduced to what the flow panel draws. */
export interface FlowAnalysis {
  readonly equilibria: readonly EquilibriumView[];
  readonly intervals: readonly FlowInterval[];
}

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
  } catch {
    return { equilibria: [], intervals: [] };
  }
}
