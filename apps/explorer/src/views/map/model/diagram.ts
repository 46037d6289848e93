import { criticalStep, findEquilibria, orbitDiagram, periodDoublings, stepMap } from '@phaseflow/ode';
import type { Direction, FormulaKind, FormulaParameters } from '../../../state/shared-state.ts';
import type { MapMethod } from '../state/map-state.ts';
import { mapFlow } from './map-flow.ts';
import { mapTableau } from './map-method.ts';

/** What the worker is asked: plain data only (it crosses a postMessage). */
export interface DiagramRequest {
  readonly kind: FormulaKind;
  readonly formula: string;
  readonly direction: Direction;
  readonly params: FormulaParameters;
  readonly method: MapMethod;
  readonly hMin: number;
  readonly hMax: number;
  readonly x0: number;
  /** The x window: the equilibria whose stability bands are shaded are looked for there. */
  readonly xMin: number;
  readonly xMax: number;
  readonly columns: number;
  readonly transient: number;
  readonly keep: number;
}

/** The orbit diagram and what is drawn with it, as typed arrays (transferred, not copied, from the worker). */
export interface DiagramResult {
  readonly h: Float64Array;
  /** columns × keep, column-major. */
  readonly x: Float64Array;
  /** Per column: 0 bounded, 1 escaped, 2 non-finite. */
  readonly status: Uint8Array;
  /** Per column: the Lyapunov exponent over the kept iterates (NaN unless bounded; −Infinity if superstable). */
  readonly lyapunov: Float64Array;
  readonly doublings: Float64Array;
  /** Per equilibrium of g in the window: its x and the largest η for which it attracts. */
  readonly equilibria: Float64Array;
  readonly bounds: Float64Array;
  readonly keep: number;
  /** Milliseconds spent on the orbit diagram itself, and on everything. */
  readonly diagramMs: number;
  readonly totalMs: number;
  readonly error: string;
}

const STATUS_CODE = { bounded: 0, escaped: 1, 'non-finite': 2 } as const;

/**
 * Computes the orbit diagram of the request's step map over [hMin, hMax] (the engine's kernel, one call a column),
 * each bounded column's Lyapunov exponent from its kept iterates, the period doublings in the range and the
 * stability bound of each equilibrium in the window. Pure: the worker is a thin shell around it.
 *
 * @example
 * ```ts
 * computeDiagram({ ...logisticRequest, columns: 1000, transient: 500, keep: 200 }).h.length; // 1000
 * ```
 */
export function computeDiagram(request: DiagramRequest): DiagramResult {
  const started = performance.now();
  const read = mapFlow(request, { polynomial: true });
  if (read.error !== undefined) return empty(request, read.error, started);
  const { g, gPrime } = read.flow;
  const tableau = mapTableau(request.method);
  const { columns, transient, keep, x0 } = request;
  const d = orbitDiagram(g, tableau, { h: [request.hMin, request.hMax], columns, transient, keep, x0 });
  const diagramMs = performance.now() - started;
  const status = new Uint8Array(columns);
  const lyapunov = new Float64Array(columns).fill(Number.NaN);
  for (let j = 0; j < columns; j++) {
    status[j] = STATUS_CODE[d.status[j]!];
    if (status[j] !== 0) continue;
    // The kept iterates are the orbit after the transient: the mean of ln|Φ′| over them is lyapunovExponent's
    // exponent for (n = keep, transient), without running the orbit again.
    const map = stepMap(g, tableau, d.h[j]!, { derivative: gPrime });
    let sum = 0;
    for (let i = 0; i < keep; i++) sum += Math.log(Math.abs(map.derivative(d.x[j * keep + i]!)));
    lyapunov[j] = sum / keep;
  }
  const doublings = periodDoublings(g, tableau, {
    h: [request.hMin, request.hMax],
    x0,
    count: 8,
    derivative: gPrime,
    transient: 1000,
  });
  const equilibria = findEquilibria(g, [request.xMin, request.xMax], { gridPoints: 401 }).equilibria.map(
    (e) => e.x,
  );
  const bounds = equilibria.map((x) => criticalStep(g, x, tableau, { derivative: gPrime }));
  return {
    h: d.h,
    x: d.x,
    status,
    lyapunov,
    doublings,
    equilibria: Float64Array.from(equilibria),
    bounds: Float64Array.from(bounds),
    keep,
    diagramMs,
    totalMs: performance.now() - started,
    error: '',
  };
}

function empty(request: DiagramRequest, error: string, started: number): DiagramResult {
  return {
    h: new Float64Array(0),
    x: new Float64Array(0),
    status: new Uint8Array(0),
    lyapunov: new Float64Array(0),
    doublings: new Float64Array(0),
    equilibria: new Float64Array(0),
    bounds: new Float64Array(0),
    keep: request.keep,
    diagramMs: 0,
    totalMs: performance.now() - started,
    error,
  };
}

/** The buffers of a result, for `postMessage(result, transferables(result))`. */
export function transferables(result: DiagramResult): ArrayBuffer[] {
  return [
    result.h,
    result.x,
    result.status,
    result.lyapunov,
    result.doublings,
    result.equilibria,
    result.bounds,
  ].map((a) => a.buffer as ArrayBuffer);
}
