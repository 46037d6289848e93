import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { basins } from './basins.ts';
import { gradientDescent } from './gradient-descent.ts';

// Two wells at x = ±1 of different depth, a saddle-free valley in y.
const wells = {
  F: (x: Float64Array) => (x[0]! ** 2 - 1) ** 2 + 0.3 * x[0]! + x[1]! ** 2,
  grad: (x: Float64Array, out: Float64Array) => {
    out[0] = 4 * x[0]! * (x[0]! ** 2 - 1) + 0.3;
    out[1] = 2 * x[1]!;
  },
};

describe('basins(objective, box, { resolution, learningRate, steps })', () => {
  const box = [
    [-2, 2],
    [-1, 1],
  ] as const;
  const map = basins(wells, box, { resolution: 24, learningRate: 0.05, steps: 400 });

  test('finds the two minima and labels every start with the one gradientDescent reaches from it', () => {
    expect(map.nx).toBe(24);
    expect(map.minima.length).toBe(2);
    expect(map.minima.reduce((s, m) => s + m.count, 0)).toBe(24 * 24);
    for (let j = 0; j < 24; j += 5) {
      for (let i = 0; i < 24; i++) {
        const start = [-2 + (4 * (i + 0.5)) / 24, -1 + (2 * (j + 0.5)) / 24];
        const run = gradientDescent(wells, start, { learningRate: 0.05, steps: 400, gradTol: 0 });
        const m = map.minima[map.labels[j * 24 + i]!]!;
        expect(Math.hypot(run.final[0]! - m.x[0]!, run.final[1]! - m.x[1]!)).toBeLessThan(
          1e-3 * Math.hypot(4, 2),
        );
      }
    }
  });

  test('labels are −1 where runs have not settled (too few steps) or diverge (η past 2/L)', () => {
    const few = basins(wells, box, { resolution: 8, learningRate: 0.001, steps: 5 });
    expect(Array.from(few.labels).every((l) => l === -1)).toBe(true);
    const far = basins(wells, box, { resolution: 8, learningRate: 2, steps: 50 });
    expect(Array.from(far.labels).every((l) => l === -1)).toBe(true);
  });

  test('each label indexes minima or is −1, counts add up (fast-checked boxes and rates, 10⁴ cases)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 0, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.double({ min: 1e-3, max: 0.6, noNaN: true }),
        (lo, width, eta) => {
          const r = basins(
            wells,
            [
              [lo, lo + width],
              [-1, 1],
            ],
            { resolution: 2, learningRate: eta, steps: 20 },
          );
          let settled = 0;
          for (const l of r.labels) {
            expect(l >= -1 && l < r.minima.length).toBe(true);
            if (l >= 0) settled++;
          }
          expect(r.minima.reduce((s, m) => s + m.count, 0)).toBe(settled);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
