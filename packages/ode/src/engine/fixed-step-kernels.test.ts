import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EULER_TABLEAU } from '../tableaus/euler.ts';
import { HEUN_TABLEAU } from '../tableaus/heun.ts';
import { MIDPOINT_TABLEAU } from '../tableaus/midpoint.ts';
import { RK4_TABLEAU } from '../tableaus/rk4.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';
import { generalScalarKernel, scalarKernel } from './scalar-kernels.ts';
import { generalSystemKernel, systemKernel } from './system-kernels.ts';

const TABLEAUS = [EULER_TABLEAU, HEUN_TABLEAU, MIDPOINT_TABLEAU, RK4_TABLEAU];
const f = (x: number, t: number) => Math.sin(x) - 0.3 * x * t;
const fSystem = (x: Float64Array, t: number, d: Float64Array) => {
  d[0] = Math.sin(x[1]!) - 0.3 * x[0]! * t;
  d[1] = x[0]! - 0.5 * x[1]!;
};
const runs = { numRuns: 200 };
const x0 = fc.double({ min: -3, max: 3, noNaN: true });
const h = fc.double({ min: 1e-3, max: 0.5, noNaN: true });

describe.each(TABLEAUS)('scalarKernel($name)', (tableau: ButcherTableau) => {
  test('equals the general kernel bit for bit', () => {
    fc.assert(
      fc.property(x0, h, (start, step) => {
        const a = new Float64Array(51);
        const b = new Float64Array(51);
        a[0] = b[0] = start;
        expect(scalarKernel(tableau)(f, 0.2, step, 0, 50, a, 0)).toBe(50);
        expect(generalScalarKernel(tableau)(f, 0.2, step, 0, 50, b, 0)).toBe(50);
        expect(Array.from(a)).toEqual(Array.from(b));
      }),
      runs,
    );
  });

  test('equals the system kernel of dimension 1 bit for bit', () => {
    fc.assert(
      fc.property(x0, h, (start, step) => {
        const a = new Float64Array(31);
        const b = new Float64Array(31);
        a[0] = b[0] = start;
        scalarKernel(tableau)(f, 0, step, 0, 30, a, 0);
        systemKernel(tableau, 1)(
          (x, t, d) => {
            d[0] = f(x[0]!, t);
          },
          0,
          step,
          0,
          30,
          b,
          0,
        );
        expect(Array.from(a)).toEqual(Array.from(b));
      }),
      runs,
    );
  });
});

describe.each(TABLEAUS)('systemKernel($name, 2)', (tableau: ButcherTableau) => {
  test('equals the general system kernel bit for bit', () => {
    fc.assert(
      fc.property(x0, x0, h, (u, v, step) => {
        const a = new Float64Array(2 * 41);
        const b = new Float64Array(2 * 41);
        a[0] = b[0] = u;
        a[1] = b[1] = v;
        systemKernel(tableau, 2)(fSystem, 0, step, 0, 40, a, 0);
        generalSystemKernel(tableau, 2)(fSystem, 0, step, 0, 40, b, 0);
        expect(Array.from(a)).toEqual(Array.from(b));
      }),
      runs,
    );
  });
});

test('running in two batches gives the same points as one batch (steps start at t0 + k·h)', () => {
  const one = new Float64Array(101);
  const two = new Float64Array(101);
  one[0] = two[0] = 0.4;
  const kernel = scalarKernel(RK4_TABLEAU);
  kernel(f, 0.1, 0.05, 0, 100, one, 0);
  kernel(f, 0.1, 0.05, 0, 37, two, 0);
  kernel(f, 0.1, 0.05, 37, 100, two, 0);
  expect(Array.from(one)).toEqual(Array.from(two));
});

test('a three-stage tableau runs through the general kernel with order 3 (Kutta 1901)', () => {
  const kutta3: ButcherTableau = {
    name: 'kutta3',
    order: 3,
    c: [0, 1 / 2, 1],
    a: [[], [1 / 2], [-1, 2]],
    b: [1 / 6, 2 / 3, 1 / 6],
  };
  const errorAt = (n: number) => {
    const xs = new Float64Array(n + 1);
    xs[0] = 1;
    scalarKernel(kutta3)((x) => x, 0, 1 / n, 0, n, xs, 0);
    return Math.abs(xs[n]! - Math.E);
  };
  expect(Math.log2(errorAt(64) / errorAt(128))).toBeCloseTo(3, 1);
});

test('a kernel stops at the last finite point and reports the step it reached', () => {
  const xs = new Float64Array(11);
  xs[0] = 1;
  const reached = scalarKernel(EULER_TABLEAU)(
    (x) => (x > 2 ? Number.POSITIVE_INFINITY : x),
    0,
    0.5,
    0,
    10,
    xs,
    0,
  );
  expect(reached).toBe(2);
  expect(Array.from(xs.subarray(0, 3))).toEqual([1, 1.5, 2.25]);
});
