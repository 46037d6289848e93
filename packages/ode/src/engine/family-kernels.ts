import type { ScalarRhs, SystemRhs } from '../problem.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { scalarKernel } from './scalar-kernels.ts';
import { systemKernel } from './system-kernels.ts';

/**
 * Advances a family of `count` members by fixed steps, step-major: row r of `xs` holds every member's state at
 * one time (`xs[(r·count + m)·dim + i]`). Step k starts at t0 + k·h from row `offset + k`, for k in [kFrom, kTo).
 * A member whose next state would not be finite stops: `alive[m]` becomes 0, `stopped[m]` records the row it
 * reached, and its later rows repeat that state, while the other members go on.
 */
export type FamilyKernel = (
  t0: number,
  h: number,
  kFrom: number,
  kTo: number,
  xs: Float64Array,
  offset: number,
  alive: Uint8Array,
  stopped: Int32Array,
) => void;

/** The family kernel of a tableau: written out for the four-stage scalar case, else each member's step is the
 * single-trajectory kernel of the same tableau run for one step (identical arithmetic, so identical numbers). */
export function familyKernel(
  tableau: ButcherTableau,
  f: ScalarRhs | SystemRhs,
  scalar: boolean,
  dim: number,
  count: number,
): FamilyKernel {
  if (scalar && tableau.b.length === 4) {
    const classical = tableau.a[2]![0] === 0 && tableau.a[3]![0] === 0 && tableau.a[3]![1] === 0;
    return (classical ? scalarFamilyClassical4 : scalarFamily4)(tableau, f as ScalarRhs, count);
  }
  const width = dim * count;
  const pair = new Float64Array(2 * dim);
  const single = scalar
    ? (
        (k) => (t: number, h: number) =>
          k(f as ScalarRhs, t, h, 0, 1, pair, 0)
      )(scalarKernel(tableau))
    : (
        (k) => (t: number, h: number) =>
          k(f as SystemRhs, t, h, 0, 1, pair, 0)
      )(systemKernel(tableau, dim));
  return (t0, h, kFrom, kTo, xs, offset, alive, stopped) => {
    for (let k = kFrom; k < kTo; k++) {
      const base = (offset + k) * width;
      const t = t0 + k * h;
      for (let m = 0; m < count; m++) {
        const from = base + m * dim;
        for (let i = 0; i < dim; i++) pair[i] = xs[from + i]!;
        if (alive[m] === 1 && single(t, h) === 0) {
          alive[m] = 0;
          stopped[m] = offset + k;
        }
        const source = alive[m] === 1 ? dim : 0;
        for (let i = 0; i < dim; i++) xs[from + width + i] = pair[source + i]!;
      }
    }
  };
}

function scalarFamily4(tableau: ButcherTableau, f: ScalarRhs, count: number): FamilyKernel {
  const { a, b, c } = tableau;
  const [, C2, C3, C4] = c as [number, number, number, number];
  const A21 = a[1]![0]!;
  const [A31, A32] = a[2] as [number, number];
  const [A41, A42, A43] = a[3] as [number, number, number];
  const [B1, B2, B3, B4] = b as [number, number, number, number];
  return (t0, h, kFrom, kTo, xs, offset, alive, stopped) => {
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
    for (let k = kFrom; k < kTo; k++) {
      const base = (offset + k) * count;
      const next = base + count;
      const t = t0 + k * h;
      for (let m = 0; m < count; m++) {
        const x = xs[base + m]!;
        if (alive[m] === 0) {
          xs[next + m] = x;
          continue;
        }
        const k1 = f(x, t);
        const k2 = f(x + ha21 * k1, t + hc2);
        const k3 = f(x + ha31 * k1 + ha32 * k2, t + hc3);
        const k4 = f(x + ha41 * k1 + ha42 * k2 + ha43 * k3, t + hc4);
        const xNew = x + hb1 * k1 + hb2 * k2 + hb3 * k3 + hb4 * k4;
        if (xNew - xNew !== 0) {
          alive[m] = 0;
          stopped[m] = offset + k;
          xs[next + m] = x;
        } else xs[next + m] = xNew;
      }
    }
  };
}

/** The four-stage loop for tableaus with RK4's zeros (a31 = a41 = a42 = 0): each stage uses only the one before,
 * so the skipped terms are the ones a hand-written RK4 loop never computes either. */
function scalarFamilyClassical4(tableau: ButcherTableau, f: ScalarRhs, count: number): FamilyKernel {
  const { a, b, c } = tableau;
  const [, C2, C3, C4] = c as [number, number, number, number];
  const A21 = a[1]![0]!;
  const A32 = a[2]![1]!;
  const A43 = a[3]![2]!;
  const [B1, B2, B3, B4] = b as [number, number, number, number];
  return (t0, h, kFrom, kTo, xs, offset, alive, stopped) => {
    const hc2 = h * C2;
    const hc3 = h * C3;
    const hc4 = h * C4;
    const ha21 = h * A21;
    const ha32 = h * A32;
    const ha43 = h * A43;
    const hb1 = h * B1;
    const hb2 = h * B2;
    const hb3 = h * B3;
    const hb4 = h * B4;
    for (let k = kFrom; k < kTo; k++) {
      const base = (offset + k) * count;
      const next = base + count;
      const t = t0 + k * h;
      for (let m = 0; m < count; m++) {
        const x = xs[base + m]!;
        if (alive[m] === 0) {
          xs[next + m] = x;
          continue;
        }
        const k1 = f(x, t);
        const k2 = f(x + ha21 * k1, t + hc2);
        const k3 = f(x + ha32 * k2, t + hc3);
        const k4 = f(x + ha43 * k3, t + hc4);
        const xNew = x + hb1 * k1 + hb2 * k2 + hb3 * k3 + hb4 * k4;
        if (xNew - xNew !== 0) {
          alive[m] = 0;
          stopped[m] = offset + k;
          xs[next + m] = x;
        } else xs[next + m] = xNew;
      }
    }
  };
}
