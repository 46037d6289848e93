/**
 * Test support: throws unless |actual − expected| ≤ atol + rtol·|expected|, naming what was compared, both values
 * and the tolerance, so a failing property run says exactly what went wrong.
 *
 * @example
 * ```ts
 * expectClose('x*', 1 + 1e-13, 1, 1e-12); // passes
 * expectClose('x*', 1.1, 1, 1e-12);       // throws: x*: actual 1.1, expected 1, |diff| 0.1… > 1e-12
 * ```
 */
export function expectClose(label: string, actual: number, expected: number, atol: number, rtol = 0): void {
  const tolerance = atol + rtol * Math.abs(expected);
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(
      `${label}: actual ${actual}, expected ${expected}, |diff| ${Math.abs(actual - expected)} > ${tolerance}`,
    );
  }
}

/** A polynomial with the given roots and leading coefficient, expanded to coefficients (highest power first) and
 * evaluated by Horner's rule, so rounding in f is that of an ordinary polynomial, not of a product. *
 * @example
 * ```ts
 * hornerFromRoots([1, 2])(3); // 2 = (3 − 1)(3 − 2), from x² − 3x + 2
 * ```
 */
export function hornerFromRoots(roots: readonly number[], leading = 1): (x: number) => number {
  let c = [leading];
  for (const r of roots) {
    const next = new Array<number>(c.length + 1).fill(0);
    c.forEach((v, i) => {
      next[i]! += v;
      next[i + 1]! -= r * v;
    });
    c = next;
  }
  return (x) => {
    let s = 0;
    for (const v of c) s = s * x + v;
    return s;
  };
}

/** The same polynomial as a product ∏(x − r): its sign is exact everywhere. *
 * @example
 * ```ts
 * productFromRoots([1, 2], -1)(3); // -2
 * ```
 */
export function productFromRoots(roots: readonly number[], leading = 1): (x: number) => number {
  return (x) => {
    let s = leading;
    for (const r of roots) s *= x - r;
    return s;
  };
}
