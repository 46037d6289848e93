import { dopri5 } from '../adaptive-methods.ts';
import { solve } from '../engine/solve.ts';
import type { SystemRhs } from '../problem.ts';

/** A Poincaré section: the line through `origin` across the flow direction `normal` (unit), with coordinate s
 * along `along` (unit, ⊥ normal). */
export interface Section {
  origin: [number, number];
  normal: [number, number];
  along: [number, number];
}

/** One return: where the orbit from s crosses the section again (rising through it), and when. */
export interface Return {
  s: number;
  time: number;
  nfev: number;
}

/**
 * The first-return map of the section: from origin + s·along, integrate x′ = f(x) with dopri5 until g(x) =
 * (x − origin)·normal rises through 0. The start lies on the section itself; g is held at 1 for a guard time
 * (the time to move 10⁻⁹ of `scale`), so rounding at the start cannot count as a return, and a crossing out of the
 * guard is falling or none. Null when there is no return within maxTime (or the solver stops).
 *
 * @example
 * ```ts
 * returnMap(rotation, section, 0.5, { maxTime: 100, rtol: 1e-10, atol: 1e-12, scale: 1 }); // { s: 0.5, time: 2π, … }
 * ```
 */
export function returnMap(
  f: SystemRhs,
  section: Section,
  s: number,
  limits: { maxTime: number; rtol: number; atol: number; scale: number; maxSteps: number },
): Return | null {
  const { origin, normal, along } = section;
  const x0 = [origin[0] + s * along[0], origin[1] + s * along[1]];
  const d = new Float64Array(2);
  f(Float64Array.from(x0), 0, d);
  const speed = Math.hypot(d[0]!, d[1]!);
  if (!(speed > 0 && Number.isFinite(speed))) return null;
  const guard = Math.min((1e-9 * limits.scale) / speed, limits.maxTime / 1e6);
  const sol = solve({ f, x0, t1: limits.maxTime }, dopri5({ rtol: limits.rtol, atol: limits.atol }), {
    events: [
      {
        g: (x, t) => (t < guard ? 1 : (x[0]! - origin[0]) * normal[0] + (x[1]! - origin[1]) * normal[1]),
        direction: 1,
        terminal: true,
      },
    ],
    maxSteps: limits.maxSteps,
  });
  if (sol.status !== 'terminated') return null;
  const hit = sol.events[0]!;
  const s1 = (hit.x[0]! - origin[0]) * along[0] + (hit.x[1]! - origin[1]) * along[1];
  return { s: s1, time: hit.t, nfev: sol.nfev };
}
