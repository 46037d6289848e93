import {
  findFixedPoints,
  nullclines,
  type PlaneFixedPoint,
  type SystemRhs,
  separatrices,
} from '@phaseflow/ode';
import {
  type ParameterSlider,
  parameterSliders,
  parameterValues,
} from '../../../components/parameter-sliders.ts';
import type { PlaneState } from '../state/plane-state.ts';
import { loadPlaneSystem, type PlaneSystem } from './plane-system.ts';
import { computeTrace, eulerIterates } from './plane-trace.ts';

/** Everything the plane view draws, as numbers. */
export interface PlaneView {
  box: [number, number, number, number];
  /** Arrows: centres (x, y) and the flow (u, v) there, 40 × 40. */
  field: { x: Float64Array; y: Float64Array; u: Float64Array; v: Float64Array };
  nullclines: { x: Float64Array[]; y: Float64Array[] };
  points: PlaneFixedPoint[];
  unresolved: number;
  separatrices: Float64Array[];
  /** The selected trajectory: times from −span to span, and the states there. */
  trajectory: { t: Float64Array; x: Float64Array; y: Float64Array };
  /** A limit cycle (or closed orbit) reached by the trajectory, with its period and accuracy. */
  cycle: {
    kind: 'limit-cycle' | 'closed-orbit';
    period: number;
    accuracy: number;
    curve: Float64Array;
  } | null;
  /** Euler's iterates x_{k+1} = x_k + h f(x_k) from the traced start over [0, span] (interleaved), or null. */
  euler: Float64Array | null;
  /** A slider for each parameter of the two formulas. */
  parameters: readonly ParameterSlider[];
}

export type PlaneResult = { view: PlaneView; error?: undefined } | { view?: undefined; error: string };

const ARROWS = 40;

/**
 * The plane view's model: state → numbers, each stage remembered by its inputs (the system and box for the field,
 * nullclines, fixed points and separatrices; those plus the traced start and span for the trajectory and cycle),
 * so a click recomputes only the trajectory.
 *
 * @example
 * ```ts
 * const model = createPlaneModel();
 * model.compute(DEFAULT_PLANE_STATE).view?.points.map((p) => p.kind); // ['saddle', 'stable-focus', …]
 * ```
 */
export function createPlaneModel() {
  let systemKey = '';
  let system: PlaneSystem | null = null;
  let f: SystemRhs | null = null;
  let error = '';
  let valuesKey = '';
  let sceneKey = '';
  let scene: Omit<PlaneView, 'trajectory' | 'cycle' | 'euler' | 'parameters'> | null = null;
  let traceKey = '';
  let trace: Pick<PlaneView, 'trajectory' | 'cycle'> | null = null;
  let eulerKey = '';
  let iterates: Float64Array | null = null;
  return {
    compute(state: PlaneState): PlaneResult {
      const key = `${state.fx}\n${state.fy}`;
      if (key !== systemKey) {
        systemKey = key;
        const loaded = loadPlaneSystem(state.fx, state.fy);
        system = loaded.error === undefined ? loaded.system : null;
        f = system?.f ?? null;
        error = loaded.error ?? '';
        valuesKey = '';
      }
      if (system === null || f === null) return { error };
      // A parameter move sets the values in the system's store (no re-parsing) and recomputes every stage. Compared
      // by value: a state that crossed to a worker is a copy.
      const values = parameterValues(system.formulas, state.params);
      const nextValues = `|${JSON.stringify(values)}`;
      if (nextValues !== valuesKey) {
        valuesKey = nextValues;
        system.parameters.assign(values);
        sceneKey = '';
        traceKey = '';
      }
      const parameters = parameterSliders(system.formulas, state.params, state.paramBounds);
      const box: [number, number, number, number] = [state.xMin, state.xMax, state.yMin, state.yMax];
      const nextScene = `${box.join(',')}|${state.separatrices}`;
      if (nextScene !== sceneKey || scene === null) {
        sceneKey = nextScene;
        scene = computeScene(f, box, state.separatrices === 1);
        traceKey = '';
      }
      const nextTrace = `${state.tx},${state.ty},${state.span}`;
      if (nextTrace !== traceKey || trace === null) {
        eulerKey = '';
        traceKey = nextTrace;
        trace = computeTrace(f, box, state.tx, state.ty, state.span);
      }
      const nextEuler = `${nextTrace},${state.h}`;
      if (nextEuler !== eulerKey) {
        eulerKey = nextEuler;
        iterates = state.h > 0 ? eulerIterates(f, state.tx, state.ty, state.span, state.h) : null;
      }
      return { view: { ...scene, ...trace, euler: iterates, parameters } };
    },
  };
}

function computeScene(f: SystemRhs, box: [number, number, number, number], withSeparatrices: boolean) {
  const [x0, x1, y0, y1] = box;
  const planeBox = [
    [x0, x1],
    [y0, y1],
  ] as const;
  const n = ARROWS * ARROWS;
  const field = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    u: new Float64Array(n),
    v: new Float64Array(n),
  };
  const state = new Float64Array(2);
  const d = new Float64Array(2);
  for (let j = 0; j < ARROWS; j++) {
    for (let i = 0; i < ARROWS; i++) {
      const k = j * ARROWS + i;
      state[0] = field.x[k] = x0 + ((i + 0.5) * (x1 - x0)) / ARROWS;
      state[1] = field.y[k] = y0 + ((j + 0.5) * (y1 - y0)) / ARROWS;
      f(state, 0, d);
      field.u[k] = d[0]!;
      field.v[k] = d[1]!;
    }
  }
  const lines = nullclines(f, planeBox, { gridPoints: 201 });
  const fixed = findFixedPoints(f, planeBox);
  const curves: Float64Array[] = [];
  if (withSeparatrices) {
    for (const p of fixed.points.filter((q) => q.kind === 'saddle').slice(0, 8)) {
      try {
        const s = separatrices(f, p, { box: planeBox, maxSteps: 3000, maxTime: 200, rtol: 1e-7, atol: 1e-9 });
        for (const b of s.branches) curves.push(b.curve);
      } catch {
        // A saddle Newton cannot refine again (f barely differentiable there): drawn without separatrices.
      }
    }
  }
  return {
    box,
    field,
    nullclines: { x: lines.x, y: lines.y },
    points: fixed.points,
    unresolved: fixed.unresolved.length,
    separatrices: curves,
  };
}
