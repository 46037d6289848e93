import { expect, test } from 'vitest';
import { dopri5, init, PhaseflowError, rk4, solve } from '../index.ts';
import type { ButcherTableau } from '../tableaus/tableau.ts';

const problem = { f: (x: number) => -x, x0: 1, t1: 1 };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof PhaseflowError) return error.code;
    throw error;
  }
  return undefined;
}

test.each([
  ['undefined', undefined],
  ['a name instead of a method', 'rk4'],
  ['an empty object', {}],
  ['a fixed-step method without a tableau', { kind: 'fixed-step', h: 0.1 }],
  ['a fixed-step method with h ≤ 0', { ...rk4({ h: 0.1 }), h: -1 }],
  [
    'a tableau with a NaN weight',
    { kind: 'fixed-step', h: 0.1, tableau: { name: 'x', order: 1, c: [0], a: [[]], b: [Number.NaN] } },
  ],
  [
    'an implicit tableau (a[0] not empty)',
    { kind: 'fixed-step', h: 0.1, tableau: { name: 'x', order: 1, c: [0], a: [[1]], b: [1] } },
  ],
  [
    'a hand-built adaptive method (no integrator attached)',
    { kind: 'adaptive', tableau: dopri5().tableau, rtol: 1e-3, atol: 1e-6 },
  ],
])('solve(problem, %s) throws ERR_INVALID_ARG, as do init and the stepper', (_name, method) => {
  expect(codeOf(() => solve(problem, method as never))).toBe('ERR_INVALID_ARG');
  expect(codeOf(() => init(problem, method as never))).toBe('ERR_INVALID_ARG');
});

test('a hand-built fixed-step method around a custom tableau runs (methods are data)', () => {
  const ralston: ButcherTableau = {
    name: 'ralston',
    order: 2,
    c: [0, 2 / 3],
    a: [[], [2 / 3]],
    b: [1 / 4, 3 / 4],
  };
  const sol = solve({ f: (x: number) => x, x0: 1, t1: 1 }, { kind: 'fixed-step', tableau: ralston, h: 1e-3 });
  expect(sol.status).toBe('success');
  expect(Math.abs(sol.at(1) - Math.E)).toBeLessThan(1e-6);
});
