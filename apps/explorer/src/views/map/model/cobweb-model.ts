import { cobweb, criticalStep, findEquilibria, stepMap } from '@phaseflow/ode';
import type { MapState } from '../state/map-state.ts';
import { type MapFlow, mapFlow } from './map-flow.ts';
import { mapTableau } from './map-method.ts';

/** A fixed point of the step map in the window: an equilibrium of g, its multiplier at η and its bound on η. */
export interface MapFixedPoint {
  readonly x: number;
  /** Φ′_η(x*) = R(η·g′(x*)): the factor by which a small error is multiplied each step. */
  readonly multiplier: number;
  /** The largest η for which x* attracts (0 if it never does, Infinity if always). */
  readonly bound: number;
}

/** Everything the cobweb panel draws, as numbers. */
export interface CobwebView {
  /** y = Φ_η(x) sampled on the window (NaN where not finite). */
  readonly curveX: Float64Array;
  readonly curveY: Float64Array;
  /** The staircase from (x0, x0). */
  readonly webX: Float64Array;
  readonly webY: Float64Array;
  readonly orbit: Float64Array;
  readonly status: 'bounded' | 'escaped' | 'non-finite';
  readonly fixedPoints: readonly MapFixedPoint[];
  readonly flow: MapFlow;
}

const SAMPLES = 401;

/**
 * The cobweb at the state's η and x0 on the state's formula and method: the graph of the step map, the
 * staircase, and the map's fixed points (equilibria of g in the window) with their multipliers and bounds.
 *
 * @example
 * ```ts
 * cobwebView(DEFAULT_MAP_STATE).view?.fixedPoints[1]; // { x: 1, multiplier: -0.5, bound: 2 } (logistic at η = 1.5)
 * ```
 */
export function cobwebView(state: MapState): { view: CobwebView; error?: undefined } | { error: string } {
  const read = mapFlow(state);
  if (read.error !== undefined) return { error: read.error };
  const { flow } = read;
  const tableau = mapTableau(state.method);
  const map = stepMap(flow.g, tableau, state.eta, { derivative: flow.gPrime });
  const curveX = new Float64Array(SAMPLES);
  const curveY = new Float64Array(SAMPLES);
  for (let i = 0; i < SAMPLES; i++) {
    const x = state.xMin + ((state.xMax - state.xMin) * i) / (SAMPLES - 1);
    curveX[i] = x;
    curveY[i] = map.apply(x);
  }
  const web = cobweb(map, state.x0, state.steps);
  const found = findEquilibria(flow.g, [state.xMin, state.xMax], { gridPoints: 401 });
  const fixedPoints = found.equilibria.map((e) => ({
    x: e.x,
    multiplier: map.derivative(e.x),
    bound: criticalStep(flow.g, e.x, tableau, { derivative: flow.gPrime }),
  }));
  return {
    view: {
      curveX,
      curveY,
      webX: web.x,
      webY: web.y,
      orbit: web.orbit,
      status: web.status,
      fixedPoints,
      flow,
    },
  };
}
