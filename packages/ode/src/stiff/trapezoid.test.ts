import { expect, test } from 'vitest';
import { type SystemRhs, solve, stabilityFunction } from '../index.ts';
import { trapezoid } from './trapezoid.ts';
import { TRAPEZOID_TABLEAU } from './trapezoid-tableau.ts';

test('solve(problem, trapezoid) has global error O(h²) (observed order 2 ± 0.2)', () => {
  // x′ = −x + sin t from 1 (non-autonomous: f is evaluated at both ends of the step) and the rotation x′ = y, y′ = −x.
  const forced = { f: (x: number, t: number) => -x + Math.sin(t), x0: 1, t1: 2 };
  const exactForced = 1.5 * Math.exp(-2) + 0.5 * (Math.sin(2) - Math.cos(2));
  const turn: SystemRhs = (x, _t, d) => {
    d[0] = x[1]!;
    d[1] = -x[0]!;
  };
  const cases = [
    (n: number) => Math.abs(solve(forced, trapezoid({ h: 2 / n })).at(2) - exactForced),
    (n: number) =>
      Math.abs(solve({ f: turn, x0: [1, 0], t1: 2 }, trapezoid({ h: 2 / n })).at(2)[0]! - Math.cos(2)),
  ];
  for (const error of cases) {
    const errors = [20, 40, 80, 160].map(error);
    for (let i = 1; i < errors.length; i++) {
      expect(Math.abs(Math.log2(errors[i - 1]! / errors[i]!) - 2)).toBeLessThanOrEqual(0.2);
    }
  }
});

test('stabilityFunction(TRAPEZOID_TABLEAU) is R(z) = (1 + z/2)/(1 − z/2), one trapezoid step on x′ = zx', () => {
  const R = stabilityFunction(TRAPEZOID_TABLEAU);
  for (const z of [-1e4, -10, -1, -0.1, 0.5]) {
    const expected = (1 + z / 2) / (1 - z / 2);
    expect(Math.abs(R.at(z) - expected)).toBeLessThanOrEqual(1e-14 * Math.abs(expected));
    const step = solve({ f: (x: number) => z * x, x0: 1, t1: 1 }, trapezoid({ h: 1 }));
    expect(Math.abs(step.at(1) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
  }
  // A-stable but not L-stable: a very stiff mode is multiplied by ≈ −1 each step instead of being damped.
  expect(R.at(-1e8)).toBeLessThan(-0.99);
});

test('solve(problem, trapezoid) reuses one Jacobian on a linear stiff system and stays bounded at any h', () => {
  const f: SystemRhs = (x, _t, d) => {
    d[0] = -1000 * x[0]! + x[1]!;
    d[1] = -x[1]!;
  };
  const sol = solve({ f, x0: [1, 1], t1: 1 }, trapezoid({ h: 0.05 }));
  expect(sol.status).toBe('success');
  expect((sol as unknown as { njev: number }).njev).toBe(1);
  expect(sol.x.every((v) => Math.abs(v) <= 1.0001)).toBe(true);
});
