import {
  dopri5,
  euler,
  findFixedPoints,
  nullclines,
  type PlaneFixedPoint,
  periodicOrbit,
  type SystemRhs,
  separatrices,
  solve,
} from '@phaseflow/ode';
import {
  type ParameterSlider,
  parameterSliders,
  parameterValues,
} from '../../../components/parameter-sliders.ts';
import type { PlaneState } from '../state/plane-state.ts';
import { loadPlaneSystem, type PlaneSystem } from './plane-system.ts';

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
const SAMPLES = 400;

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

function computeTrace(
  f: SystemRhs,
  box: [number, number, number, number],
  tx: number,
  ty: number,
  span: number,
) {
  const [x0, x1, y0, y1] = box;
  const w = x1 - x0;
  const h = y1 - y0;
  // Stop well outside the box (three box sizes away): the picture is the box, and runaways stay bounded.
  const away = {
    g: (x: Float64Array) =>
      Math.min(x[0]! - (x0 - 3 * w), x0 + 4 * w - x[0]!, x[1]! - (y0 - 3 * h), y0 + 4 * h - x[1]!),
    direction: -1 as const,
    terminal: true,
  };
  const half = (t1: number) => {
    const sol = solve({ f, x0: [tx, ty], t1 }, dopri5({ rtol: 1e-8, atol: 1e-10 }), {
      events: [away],
      maxSteps: 20_000,
    });
    const end = sol.t[sol.t.length - 1]!;
    // k·end/SAMPLES can round past end (and at() refuses times outside the run): the last is end itself.
    const ts = Float64Array.from({ length: SAMPLES + 1 }, (_, k) =>
      k === SAMPLES ? end : (end * k) / SAMPLES,
    );
    return { ts, xs: sol.at(ts) };
  };
  const back = half(-span);
  const ahead = half(span);
  const total = 2 * SAMPLES + 1;
  const trajectory = { t: new Float64Array(total), x: new Float64Array(total), y: new Float64Array(total) };
  for (let k = 0; k <= SAMPLES; k++) {
    const b = SAMPLES - k;
    trajectory.t[k] = back.ts[b]! + 0; // −0 at the start reads as 0
    trajectory.x[k] = back.xs[2 * b]!;
    trajectory.y[k] = back.xs[2 * b + 1]!;
    trajectory.t[SAMPLES + k] = ahead.ts[k]!;
    trajectory.x[SAMPLES + k] = ahead.xs[2 * k]!;
    trajectory.y[SAMPLES + k] = ahead.xs[2 * k + 1]!;
  }
  // A cycle, looked for from where the forward run ended (past its transient), when that is inside the box.
  const ex = trajectory.x[total - 1]!;
  const ey = trajectory.y[total - 1]!;
  let cycle: PlaneView['cycle'] = null;
  if (ex >= x0 && ex <= x1 && ey >= y0 && ey <= y1) {
    const orbit = periodicOrbit(
      { f, x0: [ex, ey] },
      { maxTime: 100, maxIterations: 12, rtol: 1e-9, maxSteps: 20_000 },
    );
    if (orbit.kind !== 'none-found' && orbit.period !== null && orbit.point !== null) {
      const ts = Float64Array.from({ length: 201 }, (_, k) =>
        k === 200 ? orbit.period! : (orbit.period! * k) / 200,
      );
      const sol = solve({ f, x0: orbit.point, t1: orbit.period }, dopri5({ rtol: 1e-9, atol: 1e-11 }), {
        tEval: ts,
      });
      cycle = { kind: orbit.kind, period: orbit.period, accuracy: orbit.accuracy!, curve: sol.x };
    }
  }
  return { trajectory, cycle };
}

/** Euler's method at step h from the traced start, as many steps as fit in the span (at most 2000). */
function eulerIterates(f: SystemRhs, tx: number, ty: number, span: number, h: number): Float64Array {
  const steps = Math.min(2000, Math.max(1, Math.floor(span / h)));
  return solve({ f, x0: [tx, ty], t1: steps * h }, euler({ h })).x;
}
