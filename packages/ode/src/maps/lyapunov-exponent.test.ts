import { expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { EULER_TABLEAU } from '../tableaus/euler.ts';
import { RK4_TABLEAU } from '../tableaus/rk4.ts';
import { lyapunovExponent } from './lyapunov-exponent.ts';
import { stabilityFunction } from './stability-function.ts';
import { stepMap } from './step-map.ts';

const f = (x: number) => x * (1 - x);
const fPrime = (x: number) => 1 - 2 * x;

test('lyapunovExponent at an attracting fixed point is ln|R(h·f′(x*))|: ln|1 − h| for Euler, R(−h) for RK4', () => {
  for (const h of [0.3, 0.5, 1.5, 1.9]) {
    const { exponent, status } = lyapunovExponent(stepMap(f, EULER_TABLEAU, h, { derivative: fPrime }), 0.2, {
      n: 500,
      transient: 3000,
    });
    expect(status).toBe('bounded');
    expectClose(`euler h = ${h}`, exponent!, Math.log(Math.abs(1 - h)), 1e-12);
  }
  const R = stabilityFunction(RK4_TABLEAU);
  const rk4 = lyapunovExponent(stepMap(f, RK4_TABLEAU, 2.5, { derivative: fPrime }), 0.2, {
    transient: 2000,
  });
  expectClose('rk4 h = 2.5', rk4.exponent!, Math.log(Math.abs(R.at(-2.5))), 1e-12);
});

test('lyapunovExponent is −Infinity on a superstable orbit, negative on the 2-cycle, positive in chaos', () => {
  expect(lyapunovExponent(stepMap(f, EULER_TABLEAU, 1, { derivative: fPrime }), 0.5).exponent).toBe(
    Number.NEGATIVE_INFINITY,
  );
  expect(lyapunovExponent(stepMap(f, EULER_TABLEAU, 2.3, { derivative: fPrime }), 0.5).exponent).toBeLessThan(
    0,
  );
  expect(
    lyapunovExponent(stepMap(f, EULER_TABLEAU, 2.8, { derivative: fPrime }), 0.5, { n: 20_000 }).exponent,
  ).toBeGreaterThan(0.1);
});

test('lyapunovExponent reports escape and non-finite steps as statuses with a null exponent', () => {
  expect(lyapunovExponent(stepMap(f, EULER_TABLEAU, 3.5), 0.5)).toEqual({
    exponent: null,
    status: 'escaped',
    n: 1000,
  });
  expect(
    lyapunovExponent(
      stepMap((x) => -Math.sqrt(x) - 1, EULER_TABLEAU, 1),
      5,
    ).status,
  ).toBe('non-finite');
});

test('lyapunovExponent rejects bad input with coded errors', () => {
  const map = stepMap(f, EULER_TABLEAU, 1);
  for (const call of [
    () => lyapunovExponent(((x: number) => x) as never, 0.5),
    () => lyapunovExponent(map, Number.POSITIVE_INFINITY),
    () => lyapunovExponent(map, 0.5, { n: 0 }),
    () => lyapunovExponent(map, 0.5, { transient: 0.5 }),
  ]) {
    expect(call).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG' }));
  }
  expect(() => lyapunovExponent(map, 0.5, { steps: 3 } as never)).toThrow(
    expect.objectContaining({ code: 'ERR_UNKNOWN_OPTION' }),
  );
});
