import fc from 'fast-check';
import { expect, test } from 'vitest';
import { luFactor } from './lu-factor.ts';
import { luSolve } from './lu-solve.ts';

const EPS = Number.EPSILON;

// Entries in [−1, 1] on a grid of 2⁻²⁰ (no subnormals, many exact zeros and ties among pivots).
const entry = fc.integer({ min: -(2 ** 20), max: 2 ** 20 }).map((k) => k / 2 ** 20);

/** A random n×n matrix with entries spread over several orders of magnitude, and a right-hand side. */
const system = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    a: fc.array(entry, { minLength: n * n, maxLength: n * n }),
    scale: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: n, maxLength: n }),
    b: fc.array(entry, { minLength: n, maxLength: n }),
  }),
);

function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
  return m;
}

/** Rows of A scaled by 10^scale[i], so pivoting matters. */
function build(n: number, entries: number[], scale: number[]): Float64Array {
  const a = Float64Array.from(entries);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j]! *= 10 ** scale[i]!;
  return a;
}

test('luFactor(a, n, pivots) gives P·A = L·U to rounding for random matrices (10⁴ cases)', () => {
  fc.assert(
    fc.property(system, ({ n, a: entries, scale }) => {
      const a = build(n, entries, scale);
      const lu = a.slice();
      const pivots = new Int32Array(n);
      if (!luFactor(lu, n, pivots)) return; // singular to working precision: nothing to compare
      // P·A: the row swaps applied in order to a copy of A.
      const pa = a.slice();
      for (let k = 0; k < n; k++) {
        const p = pivots[k]!;
        expect(p).toBeGreaterThanOrEqual(k);
        for (let j = 0; j < n; j++) {
          const s = pa[k * n + j]!;
          pa[k * n + j] = pa[p * n + j]!;
          pa[p * n + j] = s;
        }
      }
      let worst = 0;
      let largestMultiplier = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let sum = 0;
          for (let k = 0; k <= Math.min(i, j); k++) sum += (k === i ? 1 : lu[i * n + k]!) * lu[k * n + j]!;
          worst = Math.max(worst, Math.abs(sum - pa[i * n + j]!));
        }
        for (let k = 0; k < i; k++) largestMultiplier = Math.max(largestMultiplier, Math.abs(lu[i * n + k]!));
      }
      // Partial pivoting keeps |L| ≤ 1, so the backward error is a few n·eps·max|A| (growth is small here).
      expect(largestMultiplier).toBeLessThanOrEqual(1);
      expect(worst).toBeLessThanOrEqual(64 * n * EPS * maxAbs(a));
    }),
    { numRuns: 10_000 },
  );
}, 60_000);

test('luSolve(lu, n, pivots, b) leaves a residual ‖A·x − b‖ of rounding size (10⁴ cases)', () => {
  fc.assert(
    fc.property(system, ({ n, a: entries, scale, b }) => {
      const a = build(n, entries, scale);
      const lu = a.slice();
      const pivots = new Int32Array(n);
      if (!luFactor(lu, n, pivots)) return;
      const x = Float64Array.from(b);
      luSolve(lu, n, pivots, x);
      // Backward stable: ‖b − A·x‖∞ ≤ c·n·eps·‖A‖∞·‖x‖∞ (+ eps·‖b‖ for the rounding of b itself).
      let normA = 0;
      for (let i = 0; i < n; i++) {
        let row = 0;
        for (let j = 0; j < n; j++) row += Math.abs(a[i * n + j]!);
        normA = Math.max(normA, row);
      }
      let residual = 0;
      for (let i = 0; i < n; i++) {
        let r = b[i]!;
        for (let j = 0; j < n; j++) r -= a[i * n + j]! * x[j]!;
        residual = Math.max(residual, Math.abs(r));
      }
      expect(residual).toBeLessThanOrEqual(64 * n * EPS * (normA * maxAbs(x) + maxAbs(b)));
    }),
    { numRuns: 10_000 },
  );
}, 60_000);

test('luSolve reproduces a known solution of a 3×3 system that needs row swaps', () => {
  // A = [[0, 2, 1], [1, 0, 0], [3, 1, 2]], x = [1, −2, 3]: A·x = [−1, 1, 7].
  const lu = Float64Array.of(0, 2, 1, 1, 0, 0, 3, 1, 2);
  const pivots = new Int32Array(3);
  expect(luFactor(lu, 3, pivots)).toBe(true);
  expect(pivots[0]).toBe(2);
  const b = Float64Array.of(-1, 1, 7);
  luSolve(lu, 3, pivots, b);
  expect(Array.from(b).map((v) => Math.round(v * 1e12) / 1e12)).toEqual([1, -2, 3]);
});

test('luFactor reports a singular or non-finite matrix with false', () => {
  const pivots = new Int32Array(2);
  expect(luFactor(Float64Array.of(1, 2, 2, 4), 2, pivots)).toBe(false);
  expect(luFactor(Float64Array.of(0, 0, 0, 0), 2, pivots)).toBe(false);
  expect(luFactor(Float64Array.of(Number.NaN, 1, 1, 1), 2, pivots)).toBe(false);
  expect(luFactor(Float64Array.of(Infinity, 1, 1, 1), 2, pivots)).toBe(false);
  expect(luFactor(Float64Array.of(5), 1, new Int32Array(1))).toBe(true);
});
