import { dopri5 } from '../adaptive-methods.ts';
import type { EventSpec } from '../engine/solve-options.ts';
import { init } from '../engine/stepper.ts';
import { newtonPoint } from './newton-point.ts';
import type { PlaneEvaluator } from './plane-evaluator.ts';
import type { CheckedBox } from './read-box.ts';

/**
 * Why a traced curve ended: `left-box` (crossed the box edge; the last point is on it), `equilibrium` (slowed down
 * next to a fixed point, confirmed by Newton: `end`), `length-cap`, `time-cap`, or the solver's own `non-finite`,
 * `step-too-small` and `max-steps`.
 */
export type BranchStatus =
  | 'left-box'
  | 'equilibrium'
  | 'length-cap'
  | 'time-cap'
  | 'non-finite'
  | 'step-too-small'
  | 'max-steps';

/** A traced curve: its points (interleaved x, y), why it ended, and how far it went. */
export interface TracedCurve {
  curve: Float64Array;
  status: BranchStatus;
  /** The fixed point approached, when `status` is `equilibrium`. */
  end: [number, number] | null;
  /** The time reached (negative when traced backward). */
  time: number;
  length: number;
}

/** Limits of a trace: all required, already validated. */
export interface TraceLimits {
  box: CheckedBox | null;
  maxLength: number;
  maxTime: number;
  maxSteps: number;
  rtol: number;
  atol: number;
  /** Distance within which a fixed point found by Newton counts as the one approached. */
  near: number;
  /** A fixed point the trace starts beside (a saddle): no check for an end until the curve is `near` away. */
  origin: [number, number] | null;
}

const SAMPLES = 4;

/**
 * Traces x′ = f(x) from `start` forward (direction 1) or backward (−1) with dopri5, drawing each step's dense
 * output at 4 points, until the curve leaves the box (a terminal event), slows to a fixed point, or reaches the
 * length, time or step cap. Slowing down is checked (at every drawn point) each time the speed halves again below 100× the starting
 * speed:
 * Newton from the current point must land within `near`, so a slow passage is not mistaken for an equilibrium.
 *
 * @example
 * ```ts
 * traceBranch(g, [Math.PI - 1e-6, 1e-6], 1, limits).status; // 'equilibrium' (pendulum, toward the next saddle)
 * ```
 */
export function traceBranch(
  g: PlaneEvaluator,
  start: [number, number],
  direction: 1 | -1,
  limits: TraceLimits,
): TracedCurve {
  const { box, maxLength, maxTime, near } = limits;
  const coords: number[] = [start[0], start[1]];
  const done = (status: BranchStatus, time: number, length: number, end: [number, number] | null = null) => ({
    curve: Float64Array.from(coords),
    status,
    end,
    time,
    length,
  });
  if (box !== null && outside(box, start[0], start[1])) return done('left-box', 0, 0);
  const events: EventSpec<Float64Array>[] = [];
  if (box !== null) {
    events.push({
      g: (x) => Math.min(x[0]! - box.xMin, box.xMax - x[0]!, x[1]! - box.yMin, box.yMax - x[1]!),
      direction: -1,
      terminal: true,
    });
  }
  const stepper = init(
    { f: g.f, x0: start, t1: direction * maxTime },
    dopri5({ rtol: limits.rtol, atol: limits.atol }),
    { events, maxSteps: limits.maxSteps },
  );
  const value = new Float64Array(2);
  g(start[0], start[1], value);
  // From a saddle the speed first grows; a connection to another saddle only comes within a distance of the
  // order of the offset (errors grow along the way), so checks start below 100× the starting speed.
  let threshold = 100 * Math.hypot(value[0]!, value[1]!);
  let length = 0;
  let t = 0;
  let [px, py] = start;
  const bounds = box ?? { xMin: -Infinity, xMax: Infinity, yMin: -Infinity, yMax: Infinity };
  while (stepper.status === 'running') {
    stepper.step();
    const t1 = stepper.t;
    for (let m = 1; m <= SAMPLES; m++) {
      const tm = m === SAMPLES ? t1 : t + ((t1 - t) * m) / SAMPLES;
      const x = m === SAMPLES ? stepper.x : stepper.at(tm);
      length += Math.hypot(x[0]! - px, x[1]! - py);
      [px, py] = [x[0]!, x[1]!];
      coords.push(px, py);
      if (length >= maxLength) return done('length-cap', tm, length);
      g(px, py, value);
      const speed = Math.hypot(value[0]!, value[1]!);
      const o = limits.origin;
      const leaving = o !== null && length < 2 * near && Math.hypot(px - o[0], py - o[1]) < near;
      if (speed < threshold && !leaving) {
        threshold = speed / 2;
        const r = newtonPoint(g, px, py, { bounds, xtol: 1e-12, maxIterations: 30 });
        if (r.converged && Math.hypot(r.x - px, r.y - py) <= near) {
          return done('equilibrium', tm, length, [r.x, r.y]);
        }
      }
    }
    t = t1;
  }
  const status = stepper.status;
  if (status === 'terminated') return done('left-box', t, length);
  if (status === 'success') return done('time-cap', t, length);
  return done(status as BranchStatus, t, length);
}

function outside(box: CheckedBox, x: number, y: number): boolean {
  return !(x >= box.xMin && x <= box.xMax && y >= box.yMin && y <= box.yMax);
}
