/** An equilibrium of x′ = f(x) with the slope of f there and its kind. */
export interface ClassifiedEquilibrium {
  readonly x: number;
  /** f′(x*): its sign decides the kind. */
  readonly slope: number;
  readonly kind: 'stable' | 'unstable' | 'semi-stable';
}

/**
 * The equilibria of x′ = f(x) on [a, b] and their stability, for the simple zeros this walkthrough meets: sign
 * changes of f on a grid of 400 cells, each refined by bisection to the last bit, classified by the sign of the
 * given f′ (falling back to the signs of f on either side when f′ vanishes).
 *
 * @example
 * ```ts
 * equilibria((x) => x * (1 - x), (x) => 1 - 2 * x, -0.5, 1.5);
 * // [{ x: 0, slope: 1, kind: 'unstable' }, { x: 1, slope: -1, kind: 'stable' }]
 * ```
 */
export function equilibria(
  f: (x: number) => number,
  derivative: (x: number) => number,
  a: number,
  b: number,
): ClassifiedEquilibrium[] {
  const cells = 400;
  const found: number[] = [];
  let xPrev = a;
  let fPrev = f(a);
  if (fPrev === 0) found.push(a);
  for (let i = 1; i <= cells; i++) {
    const x = i === cells ? b : a + ((b - a) * i) / cells;
    const fx = f(x);
    if (fx === 0) found.push(x);
    else if (fPrev !== 0 && fx > 0 !== fPrev > 0) found.push(bisect(f, xPrev, x));
    xPrev = x;
    fPrev = fx;
  }
  return found.map((x) => {
    const slope = derivative(x);
    const step = 1e-6 * Math.max(1, Math.abs(x));
    const left = f(x - step);
    const right = f(x + step);
    const kind =
      slope < 0 || (slope === 0 && left > 0 && right < 0)
        ? 'stable'
        : slope > 0 || (left < 0 && right > 0)
          ? 'unstable'
          : 'semi-stable';
    return { x, slope, kind };
  });
}

function bisect(f: (x: number) => number, lo: number, hi: number): number {
  const positiveAtLo = f(lo) > 0;
  for (;;) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) return Math.abs(f(lo)) <= Math.abs(f(hi)) ? lo : hi;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (fm > 0 === positiveAtLo) lo = mid;
    else hi = mid;
  }
}
