import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PhaseflowError } from '../errors.ts';
import { EULER_TABLEAU } from '../tableaus/euler.ts';
import { doublingLimit } from './doubling-limit.ts';
import { periodDoublings } from './period-doublings.ts';

const close = (a: number, e: number, atol: number, rtol: number) =>
  Math.abs(a - e) <= atol + rtol * Math.abs(e);

describe('doublingLimit(doublings)', () => {
  test('recovers δ and the limit of a geometric cascade h_k = A − c·δ^(−k) (10^4 fast-checked cascades)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 1.5, max: 10, noNaN: true }),
        fc.integer({ min: 3, max: 8 }),
        (A, c, delta, n) => {
          const h = Array.from({ length: n }, (_, k) => A - c * delta ** -k);
          const r = doublingLimit(h);
          // Gaps of c·δ^(−k) carry rounding of ε·|A| each: relative error ε·|A| / gap, amplified by δ.
          const gap = c * delta ** -(n - 1) * (1 - 1 / delta);
          const slack = (64 * Number.EPSILON * (Math.abs(A) + c)) / gap;
          expect(close(r.delta, delta, 0, slack * delta)).toBe(true);
          expect(close(r.accumulation, A, slack * gap * delta, 0)).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 30_000); // a second alone; the shared machine's load can multiply it

  test('on Euler for x′ = x(1 − x) (the logistic map) gives Feigenbaum’s δ = 4.6692… and r∞ − 1 = 2.5699456…', () => {
    const f = (x: number) => x * (1 - x);
    const doublings = periodDoublings(f, EULER_TABLEAU, {
      h: [1, 3],
      count: 8,
      derivative: (x) => 1 - 2 * x,
    });
    const r = doublingLimit(doublings);
    expect(close(r.delta, 4.66920160910299, 0, 1e-3)).toBe(true);
    // r∞ = 3.5699456718709449 for the logistic map y ↦ r·y(1 − y), and r = 1 + h.
    expect(close(r.accumulation, 2.569945671870945, 1e-6, 0)).toBe(true);
  });

  test('throws ERR_INVALID_ARG for fewer than three steps, steps that do not increase, or non-finite ones', () => {
    for (const bad of [[1, 2], [1, 3, 2], [1, 2, Number.NaN], 'abc', null]) {
      try {
        doublingLimit(bad as never);
        expect.unreachable();
      } catch (e) {
        expect((e as PhaseflowError).code).toBe('ERR_INVALID_ARG');
      }
    }
  });
});
