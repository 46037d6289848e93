import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { heavyBall } from './momentum.ts';
import { momentumRateMap, spectralRadius } from './momentum-rate-map.ts';

describe('momentumRateMap(lambdas, { learningRate, momentum, n })', () => {
  test('the optimum is Polyak’s closed form, and the grid minimum lies within one cell of it', () => {
    for (const kappa of [4, 25, 100, 1000]) {
      const lambdas = [1, kappa];
      const n = 101;
      const sk = Math.sqrt(kappa);
      // Grids centred on the closed form (node 50 of 101), so that "within one cell" is a sharp test.
      const eta = 4 / (sk + 1) ** 2;
      const beta = ((sk - 1) / (sk + 1)) ** 2;
      const map = momentumRateMap(lambdas, {
        learningRate: [0.5 * eta, 1.5 * eta],
        momentum: [0.9 * beta, 1.1 * beta],
        n,
      });
      const o = map.optimum!;
      expect(o.learningRate).toBeCloseTo(4 / (sk + 1) ** 2, 15);
      expect(o.momentum).toBeCloseTo(((sk - 1) / (sk + 1)) ** 2, 15);
      expect(o.rate).toBeCloseTo((sk - 1) / (sk + 1), 15);
      // The rate at the optimum is √β (the double eigenvalue of both extreme directions).
      expect(spectralRadius(lambdas, o.learningRate, o.momentum)).toBeCloseTo(o.rate, 7);
      let best = 0;
      for (let k = 1; k < n * n; k++) if (map.rate[k]! < map.rate[best]!) best = k;
      const i = Math.floor(best / n);
      const j = best % n;
      const dEta = map.learningRates[1]! - map.learningRates[0]!;
      const dBeta = map.momenta[1]! - map.momenta[0]!;
      expect(Math.abs(map.learningRates[j]! - o.learningRate)).toBeLessThanOrEqual(dEta * (1 + 1e-9));
      expect(Math.abs(map.momenta[i]! - o.momentum)).toBeLessThanOrEqual(dBeta * (1 + 1e-9));
      expect(map.rate[best]!).toBeGreaterThanOrEqual(o.rate - 1e-12);
    }
  });

  test('the optimal pair makes heavy ball contract at (√κ − 1)/(√κ + 1) per step on the quadratic', () => {
    const kappa = 100;
    const o = momentumRateMap([1, kappa], { learningRate: [0, 0.1], momentum: [0, 1], n: 2 }).optimum!;
    const F = {
      F: (x: Float64Array) => 0.5 * (x[0]! ** 2 + kappa * x[1]! ** 2),
      grad: (x: Float64Array, out: Float64Array) => {
        out[0] = x[0]!;
        out[1] = kappa * x[1]!;
      },
    };
    const run = heavyBall(F, [1, 1], {
      learningRate: o.learningRate,
      momentum: o.momentum,
      steps: 400,
      gradTol: 0,
    });
    const e = (k: number) => Math.hypot(run.x[2 * k]!, run.x[2 * k + 1]!);
    const perStep = (e(400) / e(200)) ** (1 / 200);
    // A double eigenvalue decays like k·r^k: the measured rate approaches r from above, within 1%.
    expect(perStep).toBeGreaterThanOrEqual(o.rate * 0.999);
    expect(perStep).toBeLessThanOrEqual(o.rate * 1.01);
  });

  test('every entry is the largest root modulus of z² − (1 + β − ηλ)z + β (10⁴ fast-checked cases)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (lambda, eta, beta) => {
          const r = spectralRadius([lambda], eta, beta);
          const a = 1 + beta - eta * lambda;
          // The roots z satisfy z1·z2 = β and z1 + z2 = a: check with the returned modulus.
          const disc = a * a - 4 * beta;
          if (disc < 0) expect(r).toBeCloseTo(Math.sqrt(beta), 12);
          else {
            const z1 = (a + Math.sqrt(disc)) / 2;
            const z2 = (a - Math.sqrt(disc)) / 2;
            expect(r).toBeCloseTo(Math.max(Math.abs(z1), Math.abs(z2)), 10);
          }
          expect(Number.isFinite(r)).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 60_000);

  test('no optimum without a positive smallest eigenvalue', () => {
    expect(momentumRateMap([-1, 2], { learningRate: [0, 1], momentum: [0, 0.9], n: 3 }).optimum).toBeNull();
  });
});
