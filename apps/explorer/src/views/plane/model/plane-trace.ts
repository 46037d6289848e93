import { dopri5, euler, periodicOrbit, type SystemRhs, solve } from '@phaseflow/ode';
import type { PlaneView } from './plane-model.ts';

/** Samples of each half of the traced trajectory. */
const SAMPLES = 400;

/**
 * The trajectory through (tx, ty) traced back and forward for `span` (stopped three box sizes outside the box), and
 * the periodic orbit it reaches, if any, with its period and accuracy.
 *
 * @example
 * ```ts
 * computeTrace(f, [-4, 4, -4, 4], 0.5, 0, 20).cycle?.period; // 6.6633 for Van der Pol at μ = 1
 * ```
 */
export function computeTrace(
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

/**
 * Euler's method at step h from the traced start, as many steps as fit in the span (at most 2000).
 *
 * @example
 * ```ts
 * eulerIterates(f, 1, 0, 20, 0.5).length; // 82: 41 points (x, y) interleaved
 * ```
 */
export function eulerIterates(f: SystemRhs, tx: number, ty: number, span: number, h: number): Float64Array {
  const steps = Math.min(2000, Math.max(1, Math.floor(span / h)));
  return solve({ f, x0: [tx, ty], t1: steps * h }, euler({ h })).x;
}
