import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PhaseflowError } from '../errors.ts';
import { CENTRAL_STEP, centralDerivative } from './central-derivative.ts';
import { centralGradient } from './central-gradient.ts';

describe('centralGradient(F, x, out, work)', () => {
  test('component i is centralDerivative of F along x_i, bit for bit, and x is left unchanged (10^4 cases)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 6, maxLength: 6 }),
        (values, weights) => {
          const F = (v: Float64Array) => {
            let s = 0;
            for (let i = 0; i < v.length; i++)
              s += weights[i]! * Math.sin(v[i]!) + v[i]! * v[(i + 1) % v.length]!;
            return s;
          };
          const x = Float64Array.from(values);
          const before = x.slice();
          const out = centralGradient(F, x, new Float64Array(x.length), new Float64Array(x.length));
          expect(Array.from(x)).toEqual(Array.from(before));
          for (let i = 0; i < x.length; i++) {
            const along = (t: number) => {
              const w = x.slice();
              w[i] = t;
              return F(w);
            };
            expect(out[i]).toBe(centralDerivative(along, x[i]!));
          }
        },
      ),
      { numRuns: 10_000 },
    );
  }, 30_000);

  test('matches the exact gradient of a quadratic form to rounding', () => {
    const F = (v: Float64Array) => v[0]! * v[0]! + 3 * v[0]! * v[1]! - 2 * v[1]! * v[1]!;
    const out = centralGradient(F, Float64Array.of(1.5, -2), new Float64Array(2), new Float64Array(2));
    const bound = (16 * Number.EPSILON * 20) / CENTRAL_STEP;
    expect(Math.abs(out[0]! - (2 * 1.5 + 3 * -2))).toBeLessThanOrEqual(bound);
    expect(Math.abs(out[1]! - (3 * 1.5 - 4 * -2))).toBeLessThanOrEqual(bound);
  });

  test('throws ERR_INVALID_ARG for mismatched or non-Float64Array buffers and a non-function F', () => {
    const F = (v: Float64Array) => v[0]!;
    const two = () => new Float64Array(2);
    const cases: unknown[][] = [
      [F, two(), new Float64Array(3), two()],
      [F, [1, 2], two(), two()],
      [F, new Float64Array(0), new Float64Array(0), new Float64Array(0)],
      ['F', two(), two(), two()],
    ];
    for (const args of cases) {
      try {
        centralGradient(...(args as Parameters<typeof centralGradient>));
        expect.unreachable();
      } catch (e) {
        expect((e as PhaseflowError).code).toBe('ERR_INVALID_ARG');
      }
    }
  });
});
