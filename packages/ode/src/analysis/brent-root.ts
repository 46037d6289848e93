const EPS = Number.EPSILON;

/** A root bracketed to the requested width: `x` is the best estimate and the sign change lies in [lo, hi]. */
export interface RootBracket {
  x: number;
  lo: number;
  hi: number;
  /** f at lo and at hi: small for a zero, large for a jump or a pole. */
  fLo: number;
  fHi: number;
}

/**
 * Brent's method (zeroin: Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4) on [a, b] where
 * f(a) and f(b) have opposite signs. Inverse quadratic interpolation where it behaves, bisection where it does not,
 * so the bracket always shrinks; it stops when the bracket is narrower than 4ε|x| + xtol or f(x) = 0.
 *
 * @example
 * ```ts
 * brentRoot((x) => x * x - 2, 1, 2, -1, 2, 0); // { x: 1.414213562373095, lo: 1.414213562373095, hi: 1.4142135623730956, … }
 * ```
 */
export function brentRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  fa: number,
  fb: number,
  xtol: number,
): RootBracket {
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < 400; iteration++) {
    if (fb > 0 === fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * EPS * Math.abs(b) + 0.5 * xtol;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) break;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
    // A non-finite value inside a bracket of finite ones: bisect instead of interpolating through it.
    if (!Number.isFinite(fb)) fb = Number.isNaN(fb) ? fa : fb;
  }
  if (fb === 0) return { x: b, lo: b, hi: b, fLo: 0, fHi: 0 };
  return b < c ? { x: b, lo: b, hi: c, fLo: fb, fHi: fc } : { x: b, lo: c, hi: b, fLo: fc, fHi: fb };
}
