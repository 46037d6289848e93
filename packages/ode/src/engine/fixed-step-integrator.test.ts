import { describe, expect, test } from 'vitest';
import { EXACT_CASES } from '../../test/problems.ts';
import { euler, heun, type Method, midpoint, rk4, solve } from '../index.ts';
import { DOP853_TABLEAU } from '../tableaus/dop853.ts';
import { DOPRI5_TABLEAU } from '../tableaus/dopri5.ts';

const METHODS = [
  { name: 'euler', make: euler, order: 1, h0: 0.05 },
  { name: 'heun', make: heun, order: 2, h0: 0.1 },
  { name: 'midpoint', make: midpoint, order: 2, h0: 0.1 },
  { name: 'rk4', make: rk4, order: 4, h0: 0.2 },
];
const LEVELS = 6;

/** Observed order: log2 of the ratio of global errors at t1 when h halves, from the two finest levels. */
function observedOrders(errorAt: (h: number) => number, h0: number): number[] {
  const errors = Array.from({ length: LEVELS }, (_, level) => errorAt(h0 / 2 ** level));
  return errors.slice(1).map((e, i) => Math.log2(errors[i]! / e));
}

describe.each(METHODS)('solve(problem, $name)', ({ make, order, h0 }) => {
  for (const c of EXACT_CASES) {
    if (c.scalar) {
      const p = c.scalar;
      test(`has global error O(h^${order}) on ${c.name}, scalar form`, () => {
        const orders = observedOrders((h) => Math.abs(solve(p, make({ h })).at(p.t1) - p.exact(p.t1)), h0);
        expect(Math.abs(orders.at(-1)! - order)).toBeLessThanOrEqual(0.1);
        expect(Math.abs(orders.at(-2)! - order)).toBeLessThanOrEqual(0.1);
      });
    }
    const q = c.system;
    test(`has global error O(h^${order}) on ${c.name}, system form`, () => {
      const orders = observedOrders((h) => {
        const sol = solve(q, make({ h }));
        const exact = q.exact(q.t1);
        const last = sol.t.length - 1;
        return Math.hypot(...exact.map((e, i) => sol.x[last * sol.dim + i]! - e));
      }, h0);
      expect(Math.abs(orders.at(-1)! - order)).toBeLessThanOrEqual(0.1);
      expect(Math.abs(orders.at(-2)! - order)).toBeLessThanOrEqual(0.1);
    });
  }
});

const rotation = (x: Float64Array, _t: number, d: Float64Array) => {
  d[0] = -x[1]!;
  d[1] = x[0]!;
};

function observedOrder(tableau: typeof DOPRI5_TABLEAU, hs: number[], t1: number): number[] {
  const errors = hs.map((h) => {
    const method: Method = { kind: 'fixed-step', tableau, h };
    const sol = solve({ f: rotation, x0: [1, 0], t1 }, method);
    return Math.hypot(sol.x.at(-2)! - Math.cos(t1), sol.x.at(-1)! - Math.sin(t1));
  });
  return errors.slice(1).map((e, k) => Math.log2(errors[k]! / e));
}

describe('the embedded pairs on the fixed-step engine', () => {
  test('solve(rotation, DOPRI5 tableau at fixed h) has global error O(h^5)', () => {
    for (const order of observedOrder(DOPRI5_TABLEAU, [0.4, 0.2, 0.1, 0.05, 0.025], 2)) {
      expect(order).toBeGreaterThan(4.9);
      expect(order).toBeLessThan(5.1);
    }
  });

  test('solve(rotation, DOP853 tableau at fixed h) has global error O(h^8)', () => {
    for (const order of observedOrder(DOP853_TABLEAU, [1, 0.5, 0.25, 0.125], 10)) {
      expect(order).toBeGreaterThan(7.8);
      expect(order).toBeLessThan(8.3);
    }
  });
});
