import fc from 'fast-check';
import { expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { EULER_TABLEAU } from '../tableaus/euler.ts';
import { HEUN_TABLEAU } from '../tableaus/heun.ts';
import { MIDPOINT_TABLEAU } from '../tableaus/midpoint.ts';
import { RK4_TABLEAU } from '../tableaus/rk4.ts';
import { criticalStep } from './critical-step.ts';
import { orbit } from './orbit.ts';
import { stabilityFunction } from './stability-function.ts';
import { stepMap } from './step-map.ts';

const logistic = (x: number) => x * (1 - x);

/** RK4's bound, solved here by bisection on its closed form |1 − r + r²/2 − r³/6 + r⁴/24| = 1 over r ∈ (2, 3). */
function rk4Bound(): number {
  const g = (r: number) => Math.abs(1 - r + r ** 2 / 2 - r ** 3 / 6 + r ** 4 / 24) - 1;
  let [lo, hi] = [2, 3];
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (g(mid) < 0) lo = mid;
    else hi = mid;
  }
  return lo;
}

test('criticalStep(f, x*, EULER_TABLEAU) is 2/|f′(x*)|: 2 for the logistic equation at x* = 1', () => {
  expect(criticalStep(logistic, 1, EULER_TABLEAU, { derivative: (x) => 1 - 2 * x })).toBe(2);
  expectClose('finite difference', criticalStep(logistic, 1, EULER_TABLEAU), 2, 1e-9);
  for (const lambda of [-0.1, -1, -7.5, -1e4]) {
    expectClose(
      `λ = ${lambda}`,
      criticalStep((x) => lambda * x, 0, EULER_TABLEAU, { derivative: () => lambda }),
      2 / -lambda,
      0,
      1e-14,
    );
  }
});

test('criticalStep(f, x*, RK4_TABLEAU) is 2.785293…/|f′(x*)|, the root of |R(−r)| = 1 found independently', () => {
  const bound = rk4Bound();
  expectClose('bisection', bound, 2.785293563405282, 1e-12); // the figure usually quoted as 2.785
  expectClose(
    'logistic',
    criticalStep(logistic, 1, RK4_TABLEAU, { derivative: (x) => 1 - 2 * x }),
    bound,
    1e-13,
  );
  expectClose(
    'λ = −4',
    criticalStep((x) => -4 * x, 0, RK4_TABLEAU, { derivative: () => -4 }),
    bound / 4,
    1e-13,
  );
  // Heun and midpoint: R = 1 + z + z²/2, |R(−r)| = 1 at r = 2, as for Euler.
  for (const t of [HEUN_TABLEAU, MIDPOINT_TABLEAU])
    expectClose(t.name, criticalStep(logistic, 1, t), 2, 1e-9);
});

test('criticalStep on the double well F = x⁴/4 − x²/2 (descent flow x − x³) is η = 1 = 2/F″(±1) at both minima', () => {
  const f = (x: number) => x - x ** 3;
  const fPrime = (x: number) => 1 - 3 * x ** 2;
  for (const xStar of [-1, 1]) {
    expect(criticalStep(f, xStar, EULER_TABLEAU, { derivative: fPrime })).toBe(1);
    expectClose(`x* = ${xStar}, finite difference`, criticalStep(f, xStar, EULER_TABLEAU), 1, 1e-9);
    // And by iterating gradient descent: just below the bound it settles at x*, just above it does not.
    const below = orbit(stepMap(f, EULER_TABLEAU, 0.95), xStar * 0.9, 2000).x;
    const above = orbit(stepMap(f, EULER_TABLEAU, 1.05), xStar * 0.9, 2000).x;
    expectClose('η = 0.95 converges', below[2000]!, xStar, 1e-12);
    expect(Math.abs(above[2000]! - above[1999]!)).toBeGreaterThan(0.1); // a 2-cycle around x*
  }
  expect(criticalStep(f, 0, EULER_TABLEAU, { derivative: fPrime })).toBe(0); // the maximum repels: no step attracts
});

test('criticalStep is 0 for a repelling equilibrium, Infinity for backward Euler, NaN where f′ is not finite', () => {
  expect(criticalStep(logistic, 0, RK4_TABLEAU)).toBe(0);
  expect(criticalStep(logistic, 1, { name: 'backward-euler', order: 1, c: [1], a: [[1]], b: [1] })).toBe(
    Number.POSITIVE_INFINITY,
  );
  expect(criticalStep((x) => Math.sqrt(x), 0, EULER_TABLEAU)).toBeNaN();
});

test('criticalStep(f, x*, tableau): |R(h*·λ)| = 1 and |R(h·λ)| < 1 below it, for 10^4 random λ and explicit tableaus', () => {
  fc.assert(
    fc.property(
      fc.double({ min: -1e3, max: -1e-3, noNaN: true }),
      fc.constantFrom(EULER_TABLEAU, HEUN_TABLEAU, MIDPOINT_TABLEAU, RK4_TABLEAU),
      fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      (lambda, tableau, fraction) => {
        const h = criticalStep((x) => lambda * x, 0, tableau, { derivative: () => lambda });
        const R = stabilityFunction(tableau);
        expectClose(`|R| at the bound, λ = ${lambda}`, Math.abs(R.at(h * lambda)), 1, 1e-12);
        if (!(Math.abs(R.at(fraction * h * lambda)) < 1))
          throw new Error(`|R| ≥ 1 below the bound at ${fraction}·h`);
      },
    ),
    { numRuns: 10_000 },
  );
});

test('criticalStep rejects bad input with coded errors', () => {
  expect(() => criticalStep('x' as never, 1, EULER_TABLEAU)).toThrow(
    expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
  );
  expect(() => criticalStep(logistic, Number.NaN, EULER_TABLEAU)).toThrow(
    expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
  );
  expect(() => criticalStep(logistic, 1, {} as never)).toThrow(
    expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
  );
  expect(() => criticalStep(logistic, 1, EULER_TABLEAU, { step: 1 } as never)).toThrow(
    expect.objectContaining({ code: 'ERR_UNKNOWN_OPTION' }),
  );
});
