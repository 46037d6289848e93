/**
 * How a fixed step h covers [t0, t1]: `steps` steps of exactly ±h, then, unless the span is a whole number of steps
 * up to rounding, one shorter step `hLast` that lands on t1. Step k starts at t0 + k·h (a product, not a running
 * sum, so no drift accumulates over a million steps).
 */
export interface TimeGrid {
  /** Signed step: negative when t1 < t0. */
  readonly h: number;
  /** Number of full steps. */
  readonly steps: number;
  /** Signed length of the final partial step, 0 when there is none. */
  readonly hLast: number;
}

// (t1 − t0)/h is a whole number "up to rounding" when it is within this many ulps of one.
const WHOLE_TOLERANCE = 64 * Number.EPSILON;

export function timeGrid(t0: number, t1: number, h: number): TimeGrid {
  const span = t1 - t0;
  const signed = span < 0 ? -h : h;
  const ratio = Math.abs(span) / h;
  const whole = Math.round(ratio);
  if (whole >= 1 && Math.abs(ratio - whole) <= WHOLE_TOLERANCE * whole) {
    return { h: signed, steps: whole, hLast: 0 };
  }
  const steps = Math.floor(ratio);
  return { h: signed, steps, hLast: t1 - (t0 + steps * signed) };
}
