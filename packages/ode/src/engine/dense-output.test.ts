import { describe, expect, test } from 'vitest';
import { dop853, dopri5, logisticExact, solve } from '../index.ts';
import { DOPRI5_TABLEAU } from '../tableaus/dopri5.ts';

const rotation = (x: Float64Array, _t: number, d: Float64Array) => {
  d[0] = -x[1]!;
  d[1] = x[0]!;
};
const logistic = (x: number) => x * (1 - x);

describe('dense output: solve(…).at(t) and tEval between the steps', () => {
  test('tEval is filled from the interpolant without changing the steps, bit for bit with at()', () => {
    const tEval = [0, 0.3, 1, 2.5, 2.5, 7, 10];
    for (const m of [dopri5(), dop853({ rtol: 1e-8 })]) {
      const plain = solve({ f: rotation, x0: [1, 0], t1: 10 }, m);
      const sampled = solve({ f: rotation, x0: [1, 0], t1: 10 }, m, { tEval });
      expect(sampled.naccept).toBe(plain.naccept);
      expect(Array.from(sampled.t)).toEqual(tEval);
      expect(Array.from(sampled.x)).toEqual(Array.from(plain.at(tEval)));
      expect(Array.from(sampled.at(tEval))).toEqual(Array.from(plain.at(tEval)));
    }
  });

  test.each([
    ['dopri5', dopri5],
    ['dop853', dop853],
  ])('solve(rotation, %s).at(t) between the steps is as accurate as the steps themselves', (_, m) => {
    for (const tol of [1e-6, 1e-9]) {
      const sol = solve({ f: rotation, x0: [1, 0], t1: 10 }, m({ rtol: tol, atol: tol }));
      let atSteps = 0;
      for (let k = 0; k < sol.t.length; k++) {
        atSteps = Math.max(
          atSteps,
          Math.hypot(sol.x[2 * k]! - Math.cos(sol.t[k]!), sol.x[2 * k + 1]! - Math.sin(sol.t[k]!)),
        );
      }
      const ts = Array.from({ length: 997 }, (_, j) => (10 * (j + 0.5)) / 997);
      const xs = sol.at(ts);
      let between = 0;
      ts.forEach((t, j) => {
        between = Math.max(between, Math.hypot(xs[2 * j]! - Math.cos(t), xs[2 * j + 1]! - Math.sin(t)));
      });
      expect(sol.t.length).toBeLessThan(ts.length / 2); // most sample times fall strictly inside steps
      expect(between).toBeLessThan(3 * atSteps + tol);
    }
  });

  test('the dense output is the interpolant of the method: dopri5 4th order, dop853 7th order in h', () => {
    // At a fixed step (firstStep = maxStep, loose tolerance so nothing is rejected), mid-step error vs h.
    const mid = (m: typeof dopri5, h: number) => {
      const sol = solve(
        { f: rotation, x0: [1, 0], t1: 16 * h },
        m({ firstStep: h, maxStep: h, rtol: 1, atol: 1 }),
      );
      const t = 8.5 * h;
      const x = sol.at(t);
      return Math.hypot(x[0]! - Math.cos(t), x[1]! - Math.sin(t)) - 0; // includes the global error of order p
    };
    const p5 = Math.log2(mid(dopri5, 0.2) / mid(dopri5, 0.1));
    const p8 = Math.log2(mid(dop853, 0.4) / mid(dop853, 0.2));
    expect(p5).toBeGreaterThan(3.8);
    expect(p8).toBeGreaterThan(6.8);
  });

  test('tEval with a fixed-step method is filled from the Hermite interpolant, and t1 = t0 gives x0', () => {
    const sol = solve(
      { f: logistic, x0: 0.1, t1: 2 },
      { kind: 'fixed-step', tableau: DOPRI5_TABLEAU, h: 0.1 },
      {
        tEval: [0, 0.05, 1.55, 2],
      },
    );
    expect(sol.t.length).toBe(4);
    for (let j = 0; j < 4; j++) expect(sol.x[j]).toBeCloseTo(logisticExact(0.1, sol.t[j]!), 6);
    const still = solve({ f: logistic, x0: 0.3, t0: 1, t1: 1 }, dopri5(), { tEval: [1, 1] });
    expect(still.status).toBe('success');
    expect(Array.from(still.x)).toEqual([0.3, 0.3]);
  });
});
