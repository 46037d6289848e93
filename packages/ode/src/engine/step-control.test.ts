import { describe, expect, test } from 'vitest';
import { dop853, dopri5, solve } from '../index.ts';

const logistic = (x: number) => x * (1 - x);

describe('solve(problem, dopri5) step control', () => {
  test('the last step lands exactly on t1, forward and backward', () => {
    expect(solve({ f: logistic, x0: 0.1, t1: Math.PI }, dopri5()).t.at(-1)).toBe(Math.PI);
    expect(solve({ f: logistic, x0: 0.9, t0: 1.7, t1: -Math.E }, dop853()).t.at(-1)).toBe(-Math.E);
  });

  test('maxStep bounds every step, firstStep sets the first', () => {
    const sol = solve({ f: logistic, x0: 0.1, t1: 10 }, dopri5({ maxStep: 0.25, firstStep: 0.01 }));
    expect(sol.t[1]).toBeCloseTo(0.01, 15);
    for (let k = 1; k < sol.t.length; k++)
      expect(sol.t[k]! - sol.t[k - 1]!).toBeLessThanOrEqual(0.25 + 1e-15);
  });

  test('nfev counts every evaluation of f; naccept + nreject counts every trial', () => {
    for (const m of [dopri5({ rtol: 1e-6 }), dop853({ rtol: 1e-9 })]) {
      let calls = 0;
      const f = (x: Float64Array, t: number, d: Float64Array) => {
        calls++;
        d[0] = x[1]!;
        d[1] = 5 * (1 - x[0]! * x[0]!) * x[1]! - x[0]!;
        return t;
      };
      const sol = solve(
        { f: f as (x: Float64Array, t: number, d: Float64Array) => void, x0: [2, 0], t1: 20 },
        m,
      );
      expect(sol.nfev).toBe(calls);
      expect(sol.naccept).toBe(sol.t.length - 1);
      expect(sol.nreject).toBeGreaterThan(0);
      const perTrial = m.tableau.name === 'dopri5' ? 6 : 11;
      const fsal = m.tableau.name === 'dopri5' ? 0 : sol.naccept;
      // 2 probe calls (normalizeProblem), f(x0), the initial-step estimate, then the trials.
      expect(sol.nfev).toBe(4 + perTrial * (sol.naccept + sol.nreject) + fsal);
    }
  });
});
