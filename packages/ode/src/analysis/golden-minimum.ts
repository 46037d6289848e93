const INVERSE_PHI = (Math.sqrt(5) - 1) / 2;

/** The lowest point a golden-section search found, with g there. */
export interface MinimumPoint {
  x: number;
  value: number;
}

/**
 * Golden-section search for a minimum of g on [a, b], given g(a) and g(b). Non-finite values count as +∞, so the
 * search walks away from them. It returns as soon as g ≤ 0 somewhere (the caller is looking for where a positive
 * function reaches zero or below) or the bracket is narrower than `xtol` + 4ε·max(|a|, |b|). Golden section rather
 * than parabolic steps: g is often flat to rounding near the minimum and parabolas through noise mislead.
 *
 * @example
 * ```ts
 * goldenMinimum((x) => (x - 1) ** 2 + 0.5, 0, 3, 1.5, 4.5, 1e-12); // { x: 0.9999999956298699, value: 0.5 }
 * ```
 */
export function goldenMinimum(
  g: (x: number) => number,
  a: number,
  b: number,
  ga: number,
  gb: number,
  xtol: number,
): MinimumPoint {
  const finite = (x: number) => {
    const v = g(x);
    return Number.isNaN(v) ? Number.POSITIVE_INFINITY : v;
  };
  let best: MinimumPoint = ga <= gb ? { x: a, value: ga } : { x: b, value: gb };
  let x1 = b - INVERSE_PHI * (b - a);
  let x2 = a + INVERSE_PHI * (b - a);
  let g1 = finite(x1);
  let g2 = finite(x2);
  for (let iteration = 0; iteration < 300; iteration++) {
    if (g1 < best.value) best = { x: x1, value: g1 };
    if (g2 < best.value) best = { x: x2, value: g2 };
    if (best.value <= 0) return best;
    if (b - a <= xtol + 4 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b))) break;
    if (g1 < g2) {
      b = x2;
      x2 = x1;
      g2 = g1;
      x1 = b - INVERSE_PHI * (b - a);
      g1 = finite(x1);
    } else {
      a = x1;
      x1 = x2;
      g1 = g2;
      x2 = a + INVERSE_PHI * (b - a);
      g2 = finite(x2);
    }
  }
  return best;
}
