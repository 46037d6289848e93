import { expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { solve } from '../engine/solve.ts';
import { euler, heun, midpoint, rk4 } from '../fixed-step-methods.ts';
import { EULER_TABLEAU } from '../tableaus/euler.ts';
import { RK4_TABLEAU } from '../tableaus/rk4.ts';
import { stepMap } from './step-map.ts';

const logistic = (x: number) => x * (1 - x);
const logisticPrime = (x: number) => 1 - 2 * x;
const METHODS = [euler, heun, midpoint, rk4];

test('stepMap(f, tableau, h).apply(x) is one step of solve, bit for bit, for every fixed-step method', () => {
  for (const method of METHODS) {
    for (const h of [0.1, 0.5, 1.7, 2.6]) {
      const map = stepMap(logistic, method({ h }).tableau, h);
      for (const x of [-0.3, 0, 0.2, 0.9, 1.4]) {
        const sol = solve({ f: logistic, x0: x, t1: h }, method({ h }));
        expect(Object.is(map.apply(x), sol.x[1]), `${method.name} h = ${h} x = ${x}`).toBe(true);
      }
    }
  }
});

test('stepMap(f, EULER_TABLEAU, h) is x + h·f(x): gradient descent x − η·F′(x) on F = −∫f', () => {
  const map = stepMap(logistic, EULER_TABLEAU, 0.7);
  for (const x of [-1, 0.25, 0.5, 2]) expect(map.apply(x)).toBe(x + 0.7 * logistic(x));
});

test('stepMap(…, { derivative }).derivative(x) is the derivative of the written-out step', () => {
  // Euler: Φ′ = 1 + h·f′(x). RK4 on x′ = λx: Φ′ = R(hλ) = Σ (hλ)^k/k!, k ≤ 4, at every x.
  const e = stepMap(logistic, EULER_TABLEAU, 0.7, { derivative: logisticPrime });
  for (const x of [-1, 0.25, 0.5, 2])
    expectClose(`euler x = ${x}`, e.derivative(x), 1 + 0.7 * logisticPrime(x), 1e-15);
  const lambda = -1.3;
  const z = 0.9 * lambda;
  const R = 1 + z + z ** 2 / 2 + z ** 3 / 6 + z ** 4 / 24;
  const r = stepMap((x) => lambda * x, RK4_TABLEAU, 0.9, { derivative: () => lambda });
  expect(r.derivativeSource).toBe('user');
  for (const x of [-3, 0, 5]) expectClose(`rk4 x = ${x}`, r.derivative(x), R, 1e-15);
});

test('stepMap(…).derivative without f′ is a central difference within 1e-9 of the exact derivative', () => {
  for (const tableau of [EULER_TABLEAU, RK4_TABLEAU]) {
    const exact = stepMap(logistic, tableau, 1.3, { derivative: logisticPrime });
    const approximate = stepMap(logistic, tableau, 1.3);
    expect(approximate.derivativeSource).toBe('finite-difference');
    for (const x of [-0.5, 0.1, 0.5, 1, 1.6]) {
      expectClose(`${tableau.name} x = ${x}`, approximate.derivative(x), exact.derivative(x), 1e-9, 1e-9);
    }
  }
});

test('stepMap(…).apply is NaN where the step is not finite, and derivative too', () => {
  const map = stepMap((x) => Math.log(x), RK4_TABLEAU, 0.5);
  expect(map.apply(-1)).toBeNaN();
  expect(map.derivative(-1)).toBeNaN();
});

test('stepMap rejects a non-function f, an implicit or ragged tableau, a bad h or option (coded errors)', () => {
  const bad: [() => unknown, string][] = [
    [() => stepMap(1 as never, EULER_TABLEAU, 0.1), 'ERR_INVALID_ARG'],
    [() => stepMap(logistic, { a: [[1]], b: [1] } as never, 0.1), 'ERR_INVALID_ARG'],
    [() => stepMap(logistic, { a: [[]], b: [] } as never, 0.1), 'ERR_INVALID_ARG'],
    [() => stepMap(logistic, { a: [[], [Number.NaN]], b: [0.5, 0.5] } as never, 0.1), 'ERR_INVALID_ARG'],
    [() => stepMap(logistic, EULER_TABLEAU, -0.1), 'ERR_INVALID_ARG'],
    [() => stepMap(logistic, EULER_TABLEAU, Number.POSITIVE_INFINITY), 'ERR_INVALID_ARG'],
    [() => stepMap(logistic, EULER_TABLEAU, 0.1, { derivative: 2 } as never), 'ERR_INVALID_ARG'],
    [() => stepMap(logistic, EULER_TABLEAU, 0.1, { fprime: logisticPrime } as never), 'ERR_UNKNOWN_OPTION'],
  ];
  for (const [call, code] of bad) expect(call).toThrow(expect.objectContaining({ code }));
});
