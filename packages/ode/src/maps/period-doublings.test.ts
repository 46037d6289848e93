import { expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { EULER_TABLEAU } from '../tableaus/euler.ts';
import { RK4_TABLEAU } from '../tableaus/rk4.ts';
import { criticalStep } from './critical-step.ts';
import { periodDoublings } from './period-doublings.ts';

test('periodDoublings: Euler’s first doubling is criticalStep, where the multiplier 1 + h·f′(x*) passes −1', () => {
  // Double well, descent flow x − x³: Euler's first doubling at η = 1 = criticalStep.
  const f = (x: number) => x - x ** 3;
  const derivative = (x: number) => 1 - 3 * x ** 2;
  const [first] = periodDoublings(f, EULER_TABLEAU, { h: [0.1, 1.6], x0: 0.7, count: 1, derivative });
  expectClose('euler', first!, criticalStep(f, 1, EULER_TABLEAU, { derivative }), 1e-12, 1e-12);
  // RK4 loses x* = 1 differently: R(−2.785…) = +1, not −1 (R(−r) > 0 on the whole negative axis), so its bound
  // 2.785/2 is not a period doubling and none is found before it.
  const bound = criticalStep(f, 1, RK4_TABLEAU, { derivative });
  expectClose(
    'R at the RK4 bound',
    1 - 2 * bound + 2 * bound ** 2 - (4 / 3) * bound ** 3 + (2 / 3) * bound ** 4,
    1,
    1e-12,
  );
  expect(
    periodDoublings(f, RK4_TABLEAU, { h: [0.1, bound * 0.999], x0: 0.7, count: 1, derivative }).length,
  ).toBe(0);
});

test('periodDoublings on a linear gradient (F = x², f = −2x) finds η = 1 and then stops: every orbit escapes', () => {
  const doublings = periodDoublings((x) => -2 * x, EULER_TABLEAU, { h: [0.1, 2], x0: 0.5, count: 4 });
  expect(doublings.length).toBe(1);
  expectClose('η = 1', doublings[0]!, 1, 1e-9);
});

test('periodDoublings starts from the period at lo, and returns nothing when lo is already chaotic or escapes', () => {
  const f = (x: number) => x * (1 - x);
  const fromTwoCycle = periodDoublings(f, EULER_TABLEAU, {
    h: [2.2, 2.56],
    count: 2,
    derivative: (x) => 1 - 2 * x,
  });
  expectClose('√6', fromTwoCycle[0]!, Math.sqrt(6), 1e-9);
  expect(periodDoublings(f, EULER_TABLEAU, { h: [2.7, 2.8], count: 2 }).length).toBe(0);
  expect(periodDoublings(f, EULER_TABLEAU, { h: [3.2, 3.3], count: 2 }).length).toBe(0);
});

test('periodDoublings rejects bad options with coded errors', () => {
  const f = (x: number) => x;
  for (const options of [
    { h: [2, 1] },
    { h: [1, 2], count: 0 },
    { h: [1, 2], count: 13 },
    { h: [1, 2], x0: 'a' },
    undefined,
  ]) {
    expect(() => periodDoublings(f, EULER_TABLEAU, options as never)).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
    );
  }
  expect(() => periodDoublings(f, EULER_TABLEAU, { h: [1, 2], n: 3 } as never)).toThrow(
    expect.objectContaining({ code: 'ERR_UNKNOWN_OPTION' }),
  );
});
