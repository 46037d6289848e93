import { describe, expect, test } from 'vitest';
import { compareWithReference, loadReference, referenceRhs } from '../../test/reference.ts';
import { dop853, dopri5, euler, logisticExact, solve } from '../index.ts';

const rotation = (x: Float64Array, _t: number, d: Float64Array) => {
  d[0] = -x[1]!;
  d[1] = x[0]!;
};
const logistic = (x: number) => x * (1 - x);

describe('solve(problem, dopri5 | dop853) accuracy', () => {
  test.each([
    ['dopri5', dopri5],
    ['dop853', dop853],
  ])('solve(rotation, %s) error at t1 is proportional to the tolerance from 1e-3 to 1e-10', (_, m) => {
    const tols = [1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10];
    const ratios = tols.map((tol) => {
      const sol = solve({ f: rotation, x0: [1, 0], t1: 10 }, m({ rtol: tol, atol: tol }));
      return Math.hypot(sol.x.at(-2)! - Math.cos(10), sol.x.at(-1)! - Math.sin(10)) / tol;
    });
    // In proportion: err/tol stays within one band (a factor 3 across seven decades), near 1.
    expect(Math.max(...ratios) / Math.min(...ratios)).toBeLessThan(3);
    for (const r of ratios) {
      expect(r).toBeGreaterThan(0.1);
      expect(r).toBeLessThan(10);
    }
  });

  test.each([
    ['dopri5', dopri5],
    ['dop853', dop853],
  ])('solve(logistic, %s) stays within 10·tol of the closed form at t1 and inside the run', (_, m) => {
    for (const tol of [1e-3, 1e-6, 1e-9]) {
      const sol = solve({ f: logistic, x0: 0.1, t1: 10 }, m({ rtol: tol, atol: tol }));
      for (const t of [0.5, 3.3, 7.1, 10]) {
        expect(Math.abs(sol.at(t) - logisticExact(0.1, t))).toBeLessThan(10 * tol);
      }
    }
  });

  test.each([
    ['dopri5', dopri5],
    ['dop853', dop853],
  ])('solve(rotation, %s) forward then backward returns to x0 within tolerance', (_, m) => {
    const method = m({ rtol: 1e-9, atol: 1e-12 });
    const forward = solve({ f: rotation, x0: [1, 0.5], t1: 7 }, method);
    const back = solve({ f: rotation, x0: forward.x.slice(-2), t0: 7, t1: 0 }, method);
    expect(back.status).toBe('success');
    expect(back.t.at(-1)).toBe(0);
    expect(Math.abs(back.x.at(-2)! - 1)).toBeLessThan(1e-7);
    expect(Math.abs(back.x.at(-1)! - 0.5)).toBeLessThan(1e-7);
  });

  describe.each(['van-der-pol', 'lorenz', 'lotka-volterra', 'pendulum'])('reference %s', (name) => {
    const ref = loadReference(name);
    test.each([
      ['dopri5', dopri5],
      ['dop853', dop853],
    ])('solve(%s at rtol 1e-10) matches the reference within 1e-6 + 1e-6·|e|', (_, m) => {
      const sol = solve(
        { f: referenceRhs(ref), x0: ref.x0, t0: ref.t0, t1: ref.t1 },
        m({ rtol: 1e-10, atol: 1e-12 }),
      );
      expect(sol.status).toBe('success');
      expect(compareWithReference(ref, (t) => sol.at(t), 1e-6, 1e-6)).toEqual([]);
    });
  });
});

describe('solve(problem, adaptive) statuses, never NaN', () => {
  const finite = (v: Float64Array) => v.every(Number.isFinite);

  test("x' = x² from 1 ends with step-too-small or non-finite at the blow-up (t = 1 up to the global error)", () => {
    for (const [m, tol] of [
      [dopri5(), 1e-3],
      [dop853(), 1e-3],
      // The pole guard stops once the pole is within the run's accumulated error in time (about 1.4e-6 here).
      [dopri5({ rtol: 1e-10 }), 1e-5],
    ] as const) {
      const sol = solve({ f: (x) => x * x, x0: 1, t1: 2 }, m);
      expect(['step-too-small', 'non-finite']).toContain(sol.status);
      expect(Math.abs(sol.t.at(-1)! - 1)).toBeLessThan(tol);
      expect(finite(sol.x) && finite(sol.t)).toBe(true);
    }
  });

  test("x' = 1/(1 − t) stops before t = 1 without evaluating f past the span", () => {
    const sol = solve({ f: (_x, t) => 1 / (1 - t), x0: 0, t1: 3 }, dopri5());
    expect(sol.status).not.toBe('success');
    expect(sol.t.at(-1)!).toBeLessThanOrEqual(1);
    expect(finite(sol.x)).toBe(true);
  });

  test('f undefined beyond x = 2 ends with non-finite at the last finite point', () => {
    const sol = solve({ f: (x) => (x < 2 ? 1 : Number.NaN), x0: 0, t1: 5 }, dopri5());
    expect(sol.status).toBe('non-finite');
    expect(sol.x.at(-1)!).toBeLessThan(2);
    expect(sol.x.at(-1)!).toBeGreaterThan(1.99);
    expect(finite(sol.x)).toBe(true);
  });

  test('tEval and at() stay finite inside the last step of a blow-up, where f at the last point overflows', () => {
    const tEval = Array.from({ length: 201 }, (_, j) => j / 100);
    const sol = solve({ f: (x) => x * x, x0: 1, t1: 2 }, euler({ h: 0.01 }), { tEval });
    expect(sol.status).toBe('non-finite');
    expect(sol.t.length).toBeGreaterThan(100);
    expect(sol.x.every(Number.isFinite)).toBe(true);
    const plain = solve({ f: (x) => x * x, x0: 1, t1: 2 }, euler({ h: 0.01 }));
    const last = plain.t.length - 1;
    const mid = (plain.t[last - 1]! + plain.t[last]!) / 2;
    expect(Number.isFinite(plain.at(mid))).toBe(true);
  });

  test('maxSteps stops the run with max-steps and the points so far', () => {
    const sol = solve({ f: rotation, x0: [1, 0], t1: 100 }, dopri5({ rtol: 1e-10 }), { maxSteps: 20 });
    expect(sol.status).toBe('max-steps');
    expect(sol.naccept + sol.nreject).toBe(20);
    expect(sol.t.length).toBe(sol.naccept + 1);
  });

  test('a non-finite f at x0 ends at once with non-finite', () => {
    const sol = solve({ f: (x) => Math.log(x - 1), x0: 1, t1: 1 }, dopri5());
    expect(sol.status).toBe('non-finite');
    expect(Array.from(sol.t)).toEqual([0]);
  });
});

describe('dop853 at tight tolerances', () => {
  test('solve(problem, dop853) needs well under half of dopri5’s evaluations at rtol 1e-10', () => {
    const lorenz = (x: Float64Array, _t: number, d: Float64Array) => {
      d[0] = 10 * (x[1]! - x[0]!);
      d[1] = x[0]! * (28 - x[2]!) - x[1]!;
      d[2] = x[0]! * x[1]! - (8 / 3) * x[2]!;
    };
    for (const [f, x0, t1] of [
      [rotation, [1, 0], 20],
      [lorenz, [1, 1, 1], 5],
    ] as const) {
      const five = solve({ f, x0, t1 }, dopri5({ rtol: 1e-10, atol: 1e-10 }));
      const eight = solve({ f, x0, t1 }, dop853({ rtol: 1e-10, atol: 1e-10 }));
      expect(eight.nfev).toBeLessThan(0.5 * five.nfev);
    }
  });
});
