import type { ScalarRhs } from '../problem.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';

/**
 * Advances a scalar problem by fixed steps: step k starts at time `t0 + k·h` from `xs[offset + k]` and writes
 * `xs[offset + k + 1]`, for k in [kFrom, kTo). Returns the k reached: `kTo`, or the first k whose successor would
 * not be finite (that successor is not stored).
 */
export type ScalarKernel = (
  f: ScalarRhs,
  t0: number,
  h: number,
  kFrom: number,
  kTo: number,
  xs: Float64Array,
  offset: number,
) => number;

/**
 * Builds the stepping loop for one tableau. The tableau stays the single source of truth; what is specialised is
 * the stage sequence per stage count, with the coefficients (times h) held in local constants, because a loop that
 * reads coefficients from arrays inside the step runs 2–3× slower (see TOOLCHAIN.md).
 */
export function scalarKernel(tableau: ButcherTableau): ScalarKernel {
  const { a, b, c } = tableau;
  switch (b.length) {
    case 1:
      return euler1(b[0]!);
    case 2:
      return explicit2(c[1]!, a[1]![0]!, b[0]!, b[1]!);
    case 4:
      return explicit4(c, a, b);
    default:
      return generalScalarKernel(tableau);
  }
}

function euler1(B1: number): ScalarKernel {
  return (f, t0, h, kFrom, kTo, xs, offset) => {
    const hb1 = h * B1;
    let x = xs[offset + kFrom]!;
    for (let k = kFrom; k < kTo; k++) {
      const xNew = x + hb1 * f(x, t0 + k * h);
      if (xNew - xNew !== 0) return k;
      xs[offset + k + 1] = xNew;
      x = xNew;
    }
    return kTo;
  };
}

function explicit2(C2: number, A21: number, B1: number, B2: number): ScalarKernel {
  return (f, t0, h, kFrom, kTo, xs, offset) => {
    const hc2 = h * C2;
    const ha21 = h * A21;
    const hb1 = h * B1;
    const hb2 = h * B2;
    let x = xs[offset + kFrom]!;
    for (let k = kFrom; k < kTo; k++) {
      const t = t0 + k * h;
      const k1 = f(x, t);
      const k2 = f(x + ha21 * k1, t + hc2);
      const xNew = x + hb1 * k1 + hb2 * k2;
      if (xNew - xNew !== 0) return k;
      xs[offset + k + 1] = xNew;
      x = xNew;
    }
    return kTo;
  };
}

function explicit4(
  c: readonly number[],
  a: readonly (readonly number[])[],
  b: readonly number[],
): ScalarKernel {
  const [, C2, C3, C4] = c as [number, number, number, number];
  const A21 = a[1]![0]!;
  const [A31, A32] = a[2] as [number, number];
  const [A41, A42, A43] = a[3] as [number, number, number];
  const [B1, B2, B3, B4] = b as [number, number, number, number];
  return (f, t0, h, kFrom, kTo, xs, offset) => {
    const hc2 = h * C2;
    const hc3 = h * C3;
    const hc4 = h * C4;
    const ha21 = h * A21;
    const ha31 = h * A31;
    const ha32 = h * A32;
    const ha41 = h * A41;
    const ha42 = h * A42;
    const ha43 = h * A43;
    const hb1 = h * B1;
    const hb2 = h * B2;
    const hb3 = h * B3;
    const hb4 = h * B4;
    let x = xs[offset + kFrom]!;
    for (let k = kFrom; k < kTo; k++) {
      const t = t0 + k * h;
      const k1 = f(x, t);
      const k2 = f(x + ha21 * k1, t + hc2);
      const k3 = f(x + ha31 * k1 + ha32 * k2, t + hc3);
      const k4 = f(x + ha41 * k1 + ha42 * k2 + ha43 * k3, t + hc4);
      const xNew = x + hb1 * k1 + hb2 * k2 + hb3 * k3 + hb4 * k4;
      if (xNew - xNew !== 0) return k;
      xs[offset + k + 1] = xNew;
      x = xNew;
    }
    return kTo;
  };
}

/** Any stage count: coefficients read from arrays. Correct for every tableau; used where no kernel is written out. */
export function generalScalarKernel(tableau: ButcherTableau): ScalarKernel {
  const { a, b, c } = tableau;
  const s = b.length;
  const stages = new Float64Array(s);
  return (f, t0, h, kFrom, kTo, xs, offset) => {
    let x = xs[offset + kFrom]!;
    for (let k = kFrom; k < kTo; k++) {
      const t = t0 + k * h;
      let xNew = x;
      for (let i = 0; i < s; i++) {
        let xi = x;
        const row = a[i]!;
        for (let j = 0; j < i; j++) xi += h * row[j]! * stages[j]!;
        stages[i] = f(xi, t + h * c[i]!);
      }
      for (let i = 0; i < s; i++) xNew += h * b[i]! * stages[i]!;
      if (xNew - xNew !== 0) return k;
      xs[offset + k + 1] = xNew;
      x = xNew;
    }
    return kTo;
  };
}
