import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PhaseflowError } from '../errors.ts';
import { symmetrize } from './symmetrize.ts';

describe('symmetrize(matrix, n)', () => {
  test('gives a symmetric matrix with the diagonal kept and a_ij + a_ji unchanged (10^4 fast-checked matrices)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
              minLength: n * n,
              maxLength: n * n,
            }),
          ),
        ),
        ([n, entries]) => {
          const a = Float64Array.from(entries);
          const s = symmetrize(a.slice(), n);
          for (let i = 0; i < n; i++) {
            expect(s[i * n + i]).toBe(a[i * n + i]);
            for (let j = 0; j < i; j++) {
              expect(s[i * n + j]).toBe(s[j * n + i]);
              expect(Number.isFinite(s[i * n + j]!)).toBe(true); // halving first: no overflow at 1e308
              // Halves of doubles are exact unless subnormal: the mean is the sum of halves, rounded once.
              expect(s[i * n + j]).toBe(a[i * n + j]! / 2 + a[j * n + i]! / 2);
            }
          }
          // Already symmetric: unchanged, up to halving a subnormal.
          expect(Array.from(symmetrize(s.slice(), n)).every((v, k) => Math.abs(v - s[k]!) <= 5e-324)).toBe(
            true,
          );
        },
      ),
      { numRuns: 10_000 },
    );
  }, 30_000); // a second alone; the shared machine's load can multiply it

  test('returns the same array, symmetrised in place', () => {
    const m = Float64Array.of(2, 1, 3, 2);
    expect(symmetrize(m, 2)).toBe(m);
    expect(Array.from(m)).toEqual([2, 2, 2, 2]);
  });

  test('throws ERR_INVALID_ARG for a length other than n² or something other than a Float64Array', () => {
    for (const [m, n] of [
      [new Float64Array(3), 2],
      [[1, 2, 3, 4], 2],
      [new Float64Array(4), 0],
      [new Float64Array(4), 1.5],
    ] as const) {
      try {
        symmetrize(m as Float64Array, n);
        expect.unreachable();
      } catch (e) {
        expect((e as PhaseflowError).code).toBe('ERR_INVALID_ARG');
      }
    }
  });
});
