/**
 * Test support: throws unless |actual − expected| ≤ atol + rtol·|expected|, naming what was compared, both values
 * and the tolerance, so a failing property run says exactly what went wrong.
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
 * evaluated by Horner's rule, so rounding in f is that of an ordinary polynomial, not of a product. */
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

/** The same polynomial as a product ∏(x − r): its sign is exact everywhere. */
export function productFromRoots(roots: readonly number[], leading = 1): (x: number) => number {
  return (x) => {
    let s = leading;
    for (const r of roots) s *= x - r;
    return s;
  };
}
