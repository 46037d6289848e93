import type { StepMap } from './step-map.ts';

/** A periodic point of a step map and the multiplier (Φ^p)′ of its orbit. */
export interface PeriodicPoint {
  readonly x: number;
  readonly multiplier: number;
}

/**
 * The period-p orbit the map settles near from x0, and its multiplier (Φ^p)′ = Π Φ′(x_i): iterate `transient` times,
 * then solve Φ^p(x) = x by Newton's method from there. Past a period doubling the attractor has period 2p, its
 * points close to the (now repelling) p-orbit, so Newton still finds the p-orbit and its multiplier, now below −1.
 * When the iterates leave |x| ≤ radius (nothing attracts any more), Newton starts from `anchor` instead, a periodic
 * point found at a nearby step: the orbit is then followed by continuation. Null when that fails too.
 */
export function periodicPoint(
  map: StepMap,
  x0: number,
  p: number,
  transient: number,
  radius: number,
  anchor: number | null,
): PeriodicPoint | null {
  let x = x0;
  for (let k = 0; k < transient && x !== null; k++) {
    x = map.apply(x);
    if (!(Math.abs(x) <= radius)) {
      if (anchor === null) return null;
      x = anchor;
      break;
    }
  }
  return newton(map, x, p, radius);
}

function newton(map: StepMap, start: number, p: number, radius: number): PeriodicPoint | null {
  let x = start;
  let previous = Number.POSITIVE_INFINITY;
  for (let it = 0; it < 60; it++) {
    let y = x;
    let d = 1;
    for (let i = 0; i < p; i++) {
      d *= map.derivative(y);
      y = map.apply(y);
    }
    if (!Number.isFinite(y) || !Number.isFinite(d)) return null;
    const dx = (y - x) / (d - 1);
    if (!Number.isFinite(dx))
      return Math.abs(y - x) <= 1e-12 * Math.max(1, Math.abs(x)) ? { x, multiplier: d } : null;
    x -= dx;
    if (!(Math.abs(x) <= radius)) return null;
    // Done at rounding level: a step of an ulp or two, or a small step that no longer shrinks (Newton bouncing
    // between neighbouring doubles).
    const size = Math.abs(dx) / Math.max(1, Math.abs(x));
    if (size <= 1e-15 || (size <= 1e-11 && size >= previous)) {
      let m = 1;
      for (let i = 0, z = x; i < p; i++, z = map.apply(z)) m *= map.derivative(z);
      return Number.isFinite(m) ? { x, multiplier: m } : null;
    }
    previous = size;
  }
  return null;
}
