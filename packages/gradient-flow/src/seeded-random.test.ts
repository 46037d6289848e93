import { describe, expect, test } from 'vitest';
import { batchSampler, seededRandom } from './seeded-random.ts';

describe('seededRandom(seed)', () => {
  test('equal seeds give equal sequences, different seeds different ones', () => {
    const take = (seed: number) => {
      const r = seededRandom(seed);
      return Array.from({ length: 100 }, r);
    };
    expect(take(123)).toEqual(take(123));
    expect(take(123)).not.toEqual(take(124));
  });

  test('values lie in [0, 1) and fill ten bins evenly (χ² below the 0.1% critical value 27.9)', () => {
    const r = seededRandom(2024);
    const bins = new Array(10).fill(0);
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = r();
      expect(u >= 0 && u < 1).toBe(true);
      bins[Math.floor(u * 10)]++;
    }
    const chi2 = bins.reduce((s, b) => s + (b - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.9);
  });
});

describe('batchSampler(n, batchSize, random)', () => {
  test('each epoch visits every sample exactly once, in a new order', () => {
    const sampler = batchSampler(10, 3, seededRandom(5));
    const epochs: number[][] = [];
    for (let e = 0; e < 3; e++) {
      const seen: number[] = [];
      while (seen.length < 10) seen.push(...sampler.next());
      expect(seen.length).toBe(10);
      expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      epochs.push(seen);
    }
    expect(epochs[0]).not.toEqual(epochs[1]);
  });
});
