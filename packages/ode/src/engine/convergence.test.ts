import { describe, expect, test } from 'vitest';
import { EXACT_CASES } from '../../test/problems.ts';
import { euler, heun, midpoint, rk4, solve } from '../index.ts';

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
