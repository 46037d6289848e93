import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gradientDescent } from './gradient-descent.ts';
import { linearRate } from './linear-rate.ts';

// F = ½(x² + κy²): Hessian diag(1, κ), exact.
const quadratic = (kappa: number) => ({
  F: (x: Float64Array) => 0.5 * (x[0]! ** 2 + kappa * x[1]! ** 2),
  grad: (x: Float64Array, out: Float64Array) => {
    out[0] = x[0]!;
    out[1] = kappa * x[1]!;
  },
  hessian: (_x: Float64Array, out: Float64Array) => {
    out[0] = 1;
    out[1] = 0;
    out[2] = 0;
    out[3] = kappa;
  },
});

describe('linearRate(objective, xStar, { learningRate }) on F = ½(x² + κy²)', () => {
  test('eigenvalues 1 and κ along the axes, factors 1 − ηλ', () => {
    const r = linearRate(quadratic(10), [0, 0], { learningRate: 0.05 });
    expect(Array.from(r.eigenvalues)).toEqual([1, 10]);
    expect(Array.from(r.factors)).toEqual([1 - 0.05, 1 - 0.5]);
    expect(Math.abs(r.directions[0]!)).toBe(1); // direction 0 is the x axis
    expect(Math.abs(r.directions[3]!)).toBe(1);
    expect(r.rate).toBe(0.95);
  });

  test('predicted rate = measured rate of gradient descent to 1e-12 (fast-checked over κ and η)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1.5, max: 50, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (kappa, s) => {
          const eta = (s * 2) / kappa; // 0 < ηκ < 2: converging
          const r = linearRate(quadratic(kappa), [0, 0], { learningRate: eta });
          // Along each axis the error is multiplied by exactly 1 − ηλ (up to one rounding): measure both.
          const run = gradientDescent(quadratic(kappa), [1, 1], { learningRate: eta, steps: 3, gradTol: 0 });
          const measured = Math.max(Math.abs(run.x[6]! / run.x[4]!), Math.abs(run.x[7]! / run.x[5]!));
          expect(Math.abs(measured - r.rate)).toBeLessThanOrEqual(1e-12);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 60_000);

  test('divergence is flagged for η = 2/λmax + 1e-9 and not for 2/λmax − 1e-9', () => {
    for (const kappa of [2, 10, 100, 1000]) {
      const bound = 2 / kappa;
      expect(linearRate(quadratic(kappa), [0, 0], { learningRate: bound + 1e-9 }).diverging).toBe(true);
      expect(linearRate(quadratic(kappa), [0, 0], { learningRate: bound - 1e-9 }).diverging).toBe(false);
    }
  });

  test('at a saddle the negative-curvature direction diverges for every η', () => {
    const saddle = {
      F: (x: Float64Array) => x[0]! ** 2 - x[1]! ** 2,
      hessian: (_x: Float64Array, out: Float64Array) => out.set([2, 0, 0, -2]),
    };
    const r = linearRate(saddle, [0, 0], { learningRate: 1e-6 });
    expect(r.diverging).toBe(true);
    expect(r.factors[0]).toBeGreaterThan(1); // λ = −2 comes first (ascending)
  });
});
