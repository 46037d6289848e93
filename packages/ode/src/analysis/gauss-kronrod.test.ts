import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { gaussKronrod15, integrate } from './gauss-kronrod.ts';

describe('gaussKronrod15', () => {
  test('gaussKronrod15 integrates xᵏ exactly for k ≤ 22, and its Gauss part for k ≤ 13 (error estimate ≈ 0)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        (a, width) => {
          const b = a + width;
          for (let k = 0; k <= 22; k++) {
            const q = gaussKronrod15((x) => x ** k, a, b);
            const exact = (b ** (k + 1) - a ** (k + 1)) / (k + 1);
            const scale = Math.max(Math.abs(a), Math.abs(b)) ** k * width;
            expectClose(`∫ x^${k} on [${a}, ${b}]`, q.value, exact, 1e-14 * scale);
            if (k <= 13)
              expect(q.error, `Gauss error estimate for k = ${k}`).toBeLessThanOrEqual(1e-14 * scale);
          }
          // Degree 14 is beyond the 7-point Gauss rule: the estimate must see a difference.
          expect(gaussKronrod15((x) => x ** 14, -1, 1).error).toBeGreaterThan(1e-6);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('integrate(g, a, b, rtol) meets rtol on smooth and on sharply peaked integrands', () => {
    expectClose('∫ sin on [0, π]', integrate(Math.sin, 0, Math.PI, 1e-12).value, 2, 0, 1e-12);
    const peak = integrate((x) => 1 / (1e-4 + x * x), -1, 1, 1e-12);
    expectClose('∫ 1/(ε + x²)', peak.value, 2 * 100 * Math.atan(100), 0, 1e-11);
  });
});
