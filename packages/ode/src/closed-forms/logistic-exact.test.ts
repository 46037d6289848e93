import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dop853 } from '../adaptive-methods.ts';
import { solve } from '../engine/solve.ts';
import type { PhaseflowError } from '../errors.ts';
import { logisticExact } from './logistic-exact.ts';

const close = (a: number, e: number, atol: number, rtol: number) =>
  Math.abs(a - e) <= atol + rtol * Math.abs(e);

describe('logisticExact(x0, t)', () => {
  test('solves x′ = x(1 − x): the central difference in t matches x(1 − x) (10^4 fast-checked points)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: -20, max: 40, noNaN: true }),
        (x0, t) => {
          const h = 1e-4;
          const x = logisticExact(x0, t);
          const slope = (logisticExact(x0, t + h) - logisticExact(x0, t - h)) / (2 * h);
          expect(close(slope, x * (1 - x), 1e-6, 1e-6)).toBe(true);
          expect(logisticExact(x0, 0)).toBe(x0);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 30_000); // a second alone; the shared machine's load can multiply it

  test('agrees with dop853 at rtol 1e-12, and blows up at ln(1 − 1/x0) for x0 < 0', () => {
    for (const x0 of [0.1, 0.5, 2, -0.05]) {
      const sol = solve({ f: (x: number) => x * (1 - x), x0, t1: 2 }, dop853({ rtol: 1e-12, atol: 1e-14 }));
      for (const t of [0.5, 1, 2]) expect(close(sol.at(t), logisticExact(x0, t), 1e-10, 1e-10)).toBe(true);
    }
    const x0 = -0.05;
    const blowUp = Math.log(1 - 1 / x0);
    expect(Math.abs(logisticExact(x0, blowUp - 1e-9))).toBeGreaterThan(1e6);
  });

  test('stays finite for large t (no overflow of eᵗ) and throws ERR_INVALID_ARG for non-finite arguments', () => {
    expect(logisticExact(0.1, 1000)).toBe(1);
    for (const [x0, t] of [
      [Number.NaN, 1],
      [0.1, Infinity],
      ['0.1', 1],
    ] as const) {
      try {
        logisticExact(x0 as number, t);
        expect.unreachable();
      } catch (e) {
        expect((e as PhaseflowError).code).toBe('ERR_INVALID_ARG');
      }
    }
  });
});
