import { describe, expect, test } from 'vitest';
import { dop853, dopri5, solve } from '../index.ts';

const logistic = (x: number) => x * (1 - x);

describe('the adaptive kernels, scalar and system', () => {
  test.each([
    ['dopri5', dopri5({ rtol: 1e-7 })],
    ['dop853', dop853({ rtol: 1e-9 })],
  ])('solve(logistic, %s) as a scalar and as a 1-D system give the same trajectory bit for bit', (_, m) => {
    const scalar = solve({ f: logistic, x0: 0.2, t1: 8 }, m);
    const system = solve(
      {
        f: (x, _t, d) => {
          d[0] = logistic(x[0]!);
        },
        x0: [0.2],
        t1: 8,
      },
      m,
    );
    expect(Array.from(scalar.t)).toEqual(Array.from(system.t));
    expect(Array.from(scalar.x)).toEqual(Array.from(system.x));
    expect(scalar.nreject).toBe(system.nreject);
  });
});
