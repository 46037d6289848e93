import fc from 'fast-check';
import { expect, test } from 'vitest';
import { adaptiveGaussLegendre } from './adaptive-gauss-legendre.ts';
import { gaussLegendre } from './gauss-legendre.ts';

test('adaptiveGaussLegendre(sin(x⁴)) matches a fine composite sum where one panel misses by 5e-7', () => {
  const f = (x: number) => Math.sin(x ** 4);
  let fine = 0;
  const n = 20_000;
  for (let i = 0; i < n; i++)
    fine += gaussLegendre(f, 2.875 + (i * 0.125) / n, 2.875 + ((i + 1) * 0.125) / n);
  expect(Math.abs(adaptiveGaussLegendre(f, 2.875, 3) - fine)).toBeLessThan(1e-13);
  expect(Math.abs(gaussLegendre(f, 2.875, 3) - fine)).toBeGreaterThan(1e-7);
});

test('adaptiveGaussLegendre(cos) gives sin(b) − sin(a) on random panels', () => {
  fc.assert(
    fc.property(
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.double({ min: 0, max: 5, noNaN: true }),
      (a, w) => {
        const exact = Math.sin(a + w) - Math.sin(a);
        expect(Math.abs(adaptiveGaussLegendre(Math.cos, a, a + w) - exact)).toBeLessThan(1e-12);
      },
    ),
    { numRuns: 500 },
  );
});

test('adaptiveGaussLegendre returns NaN at once for an integrand that is NaN', () => {
  let calls = 0;
  const value = adaptiveGaussLegendre(
    () => {
      calls++;
      return Number.NaN;
    },
    0,
    1,
  );
  expect(value).toBeNaN();
  expect(calls).toBe(24);
});
