import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { symmetricEigenvalues } from './symmetric-eigenvalues.ts';

/** Q·diag(d)·Qᵀ with Q a product of plane rotations: a symmetric matrix whose eigenvalues are d by construction. */
function withEigenvalues(d: number[], angles: number[]): Float64Array {
  const n = d.length;
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  let a = 0;
  for (let p = 0; p < n; p++) {
    for (let r = p + 1; r < n; r++) {
      const c = Math.cos(angles[a % angles.length]!);
      const s = Math.sin(angles[a++ % angles.length]!);
      for (let k = 0; k < n; k++) {
        const qp = q[k * n + p]!;
        const qr = q[k * n + r]!;
        q[k * n + p] = c * qp - s * qr;
        q[k * n + r] = s * qp + c * qr;
      }
    }
  }
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += q[i * n + k]! * d[k]! * q[j * n + k]!;
      m[i * n + j] = s;
    }
  }
  return m;
}

describe('symmetricEigenvalues(matrix, n)', () => {
  test('returns the eigenvalues of Q·diag(d)·Qᵀ, ascending, to 1e-12·max|d|', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.tuple(
            fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: n, maxLength: n }),
            fc.array(fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), {
              minLength: 1,
              maxLength: 15,
            }),
          ),
        ),
        ([d, angles]) => {
          const got = symmetricEigenvalues(withEigenvalues(d, angles), d.length);
          const want = Float64Array.from(d).sort();
          const scale = Math.max(1, ...d.map(Math.abs));
          for (let i = 0; i < d.length; i++) {
            if (!(Math.abs(got[i]! - want[i]!) <= 1e-12 * scale)) {
              throw new Error(
                `eigenvalue ${i}: actual ${got[i]}, expected ${want[i]}, tolerance ${1e-12 * scale}`,
              );
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a 2×2 matches the closed form (a + c)/2 ± √(((a − c)/2)² + b²)', () => {
    const [lo, hi] = symmetricEigenvalues([15, 5, 5, 2], 2);
    const mid = 8.5;
    const r = Math.sqrt(6.5 ** 2 + 25);
    expect(Math.abs(lo! - (mid - r))).toBeLessThan(1e-14);
    expect(Math.abs(hi! - (mid + r))).toBeLessThan(1e-13);
  });
});
