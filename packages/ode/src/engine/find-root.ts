/**
 * A root of g between a and b, where g(a) and g(b) have opposite signs, by the Illinois variant of regula falsi:
 * superlinear like the secant method, but always bracketing, so it cannot miss. Stops when the bracket is down to
 * a couple of spacings of t; returns the bracket end on b's side, the first time at which g has taken its new sign.
 */
export function findRoot(g: (t: number) => number, a: number, b: number, ga: number, gb: number): number {
  let side = 0;
  for (let iteration = 0; iteration < 200; iteration++) {
    const width = Math.abs(b - a);
    if (width <= 2 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b)) || width === 0) break;
    let c = (a * gb - b * ga) / (gb - ga);
    if (!(c > Math.min(a, b) && c < Math.max(a, b))) c = a + (b - a) / 2;
    if (c === a || c === b) break;
    const gc = g(c);
    if (gc === 0) return c;
    if (Number.isNaN(gc)) break;
    if (gc > 0 === ga > 0) {
      a = c;
      ga = gc;
      if (side === -1) gb /= 2;
      side = -1;
    } else {
      b = c;
      gb = gc;
      if (side === 1) ga /= 2;
      side = 1;
    }
  }
  return b;
}
