import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { eigenvalues } from './eigenvalues.ts';

const generalMatrix = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc
      .array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n * n, maxLength: n * n })
      .map((v) => ({ n, a: Float64Array.from(v) })),
  );

function multiply(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) for (let j = 0; j < n; j++) c[i * n + j]! += a[i * n + k]! * b[k * n + j]!;
  return c;
}

function determinant(m: Float64Array, n: number): number {
  const a = m.slice();
  let det = 1;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]!) > Math.abs(a[p * n + c]!)) p = r;
    if (a[p * n + c] === 0) return 0;
    if (p !== c) {
      for (let j = 0; j < n; j++) [a[p * n + j], a[c * n + j]] = [a[c * n + j]!, a[p * n + j]!];
      det = -det;
    }
    det *= a[c * n + c]!;
    for (let r = c + 1; r < n; r++) {
      const f = a[r * n + c]! / a[c * n + c]!;
      for (let j = c; j < n; j++) a[r * n + j]! -= f * a[c * n + j]!;
    }
  }
  return det;
}

/**
 * Inverse iteration for a real eigenvalue λ of A with max |a_ij| ≤ 1: solves (A − μI)w = v three times with
 * μ = λ + 1e-10, by Gaussian elimination with partial pivoting (a zero pivot replaced by 1e-14), and returns the
 * unit vector v. A backward-stable λ makes ‖Av − λv‖ small even where λ itself is ill-conditioned.
 */
function eigenvector(a: Float64Array, n: number, lambda: number): Float64Array {
  const mu = lambda + 1e-10;
  let v = Float64Array.from({ length: n }, (_, i) => 1 + i / n);
  for (let iteration = 0; iteration < 3; iteration++) {
    const m = a.slice();
    for (let i = 0; i < n; i++) m[i * n + i]! -= mu;
    const w = v.slice();
    for (let c = 0; c < n; c++) {
      let p = c;
      for (let r = c + 1; r < n; r++) if (Math.abs(m[r * n + c]!) > Math.abs(m[p * n + c]!)) p = r;
      for (let j = 0; j < n; j++) [m[p * n + j], m[c * n + j]] = [m[c * n + j]!, m[p * n + j]!];
      [w[p], w[c]] = [w[c]!, w[p]!];
      if (Math.abs(m[c * n + c]!) < 1e-14) m[c * n + c] = 1e-14;
      for (let r = c + 1; r < n; r++) {
        const f = m[r * n + c]! / m[c * n + c]!;
        for (let j = c; j < n; j++) m[r * n + j]! -= f * m[c * n + j]!;
        w[r]! -= f * w[c]!;
      }
    }
    for (let r = n - 1; r >= 0; r--) {
      let sum = w[r]!;
      for (let j = r + 1; j < n; j++) sum -= m[r * n + j]! * w[j]!;
      w[r] = sum / m[r * n + r]!;
    }
    const big = Math.max(...w.map(Math.abs));
    const norm = Math.hypot(...w.map((x) => x / big));
    v = w.map((x) => x / big / norm);
  }
  return v;
}

/** Σ λ^k as a complex number. */
function powerSum(re: Float64Array, im: Float64Array, k: number): [number, number] {
  let sr = 0;
  let si = 0;
  for (let i = 0; i < re.length; i++) {
    let pr = 1;
    let pi = 0;
    for (let j = 0; j < k; j++) [pr, pi] = [pr * re[i]! - pi * im[i]!, pr * im[i]! + pi * re[i]!];
    sr += pr;
    si += pi;
  }
  return [sr, si];
}

describe('eigenvalues', () => {
  test('eigenvalues(A): Σλᵏ = trace(Aᵏ) for k = 1, 2, 3, Πλ = det A, and complex λ come in conjugate pairs', () => {
    fc.assert(
      fc.property(generalMatrix, ({ n, a }) => {
        const { re, im, converged } = eigenvalues(a);
        expect(converged).toBe(true);
        const scale = Math.max(1e-300, ...a.map(Math.abs)) * n;
        let power: Float64Array = a;
        for (let k = 1; k <= 3; k++) {
          if (k > 1) power = multiply(power, a, n);
          let trace = 0;
          for (let i = 0; i < n; i++) trace += power[i * n + i]!;
          const [sr, si] = powerSum(re, im, k);
          expectClose(`Σλ^${k} (n = ${n})`, sr, trace, 1e-10 * scale ** k * n);
          expectClose(`Im Σλ^${k}`, si, 0, 1e-10 * scale ** k * n);
        }
        let pr = 1;
        let pi = 0;
        for (let i = 0; i < n; i++) [pr, pi] = [pr * re[i]! - pi * im[i]!, pr * im[i]! + pi * re[i]!];
        expectClose(`Πλ vs det (n = ${n})`, pr, determinant(a, n), 1e-10 * scale ** n);
        for (let i = 0; i < n; i++) {
          if (im[i] === 0) continue;
          const partner = [...re.keys()].some((j) => j !== i && re[j] === re[i] && im[j] === -im[i]!);
          expect(partner, `conjugate of ${re[i]} + ${im[i]}i`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('eigenvalues(dense random A): each real λ has an eigenvector with ‖Av − λv‖ ≤ 1e-9·n (inverse iteration)', () => {
    // Entries of modulus 0.1 to 1: dense; the sparse and degenerate cases are covered by the trace, determinant
    // and power-sum test above.
    const dense = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc
        .array(
          fc
            .tuple(fc.double({ min: 0.1, max: 1, noNaN: true }), fc.boolean())
            .map(([m, neg]) => (neg ? -m : m)),
          { minLength: n * n, maxLength: n * n },
        )
        .map((v) => ({ n, a: Float64Array.from(v) })),
    );
    fc.assert(
      fc.property(dense, ({ n, a }) => {
        const { re, im } = eigenvalues(a);
        re.forEach((lambda, k) => {
          if (im[k] !== 0) return;
          // A defective λ (a Jordan block, as [[-0.1, -0.1], [0.1, 0.1]]) is only accurate to √ε and comes as a
          // close pair; three steps of inverse iteration do not find its eigenvector, so only separated λ count.
          const separated = [...re.keys()].every(
            (j) => j === k || Math.hypot(re[j]! - lambda, im[j]!) > 1e-6,
          );
          if (!separated) return;
          const v = eigenvector(a, n, lambda);
          for (let i = 0; i < n; i++) {
            let av = 0;
            for (let j = 0; j < n; j++) av += a[i * n + j]! * v[j]!;
            expectClose(`(A v)_${i} for λ = ${lambda} (n = ${n})`, av, lambda * v[i]!, 1e-9 * n);
          }
        });
      }),
      { numRuns: 1000 },
    );
  });

  test('eigenvalues(companion matrix) are the polynomial’s roots', () => {
    const roots = fc
      .uniqueArray(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 7 })
      .map((ks) => ks.map((k) => k / 4));
    fc.assert(
      fc.property(roots, (rs) => {
        const n = rs.length;
        // ∏(x − r) expanded, highest power first; the companion matrix's first row is −c[1..n].
        let c = [1];
        for (const r of rs) c = [...c, 0].map((v, i) => v - (i > 0 ? r * c[i - 1]! : 0));
        const companion = new Float64Array(n * n);
        for (let j = 0; j < n; j++) companion[j] = -c[j + 1]!;
        for (let i = 1; i < n; i++) companion[i * n + i - 1] = 1;
        const { re, im } = eigenvalues(companion);
        const sorted = [...rs].sort((p, q) => q - p);
        re.forEach((v, k) => {
          expectClose(`root ${k} of ${rs}`, v, sorted[k]!, 1e-7 * Math.max(1, Math.abs(sorted[k]!)));
        });
        im.forEach((v) => {
          expect(Math.abs(v)).toBeLessThan(1e-7);
        });
      }),
      { numRuns: 1000 },
    );
  });

  test('eigenvalues(A) with entries from 1e-320 to 1e3 stays finite, converges and keeps Σλ = trace', () => {
    const wild = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc
        .array(
          fc
            .tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.integer({ min: -320, max: 3 }))
            .map(([m, e]) => m * 10 ** e),
          { minLength: n * n, maxLength: n * n },
        )
        .map((v) => ({ n, a: Float64Array.from(v) })),
    );
    // Found by this test: balancing shrank every entry to ~1e-179 and the sweeps underflowed; a nearly nilpotent
    // 8×8 that needed more than 60 iterations.
    const seen = [
      { n: 3, a: Float64Array.of(-4.9e-211, 2.2e-208, 0, 2.4e-245, 7.2e-227, 0, -8.2e-127, -1.8e-48, 0) },
      {
        n: 8,
        // biome-ignore format: an 8×8 matrix reads best as 8 rows
        a: Float64Array.of(
          0, 0, 0, -10, 0, 0, 0, 0,
          0, 0, 0, 0.025, 0, 0, 0, 0,
          0, 0, 0, 0, 0, 0, 0, 0,
          0, 2.6e-61, 0, 0, 0, 2.3e-48, 0, 0,
          0, 0, 0, 0, 0, 0.0095, -1.8e-24, 0,
          -7.5e-165, 0, 0, 0, 1.2e-6, -1.2e-18, 0, 0,
          0, 0, 0, 0, 0, 0, 0, -7.4,
          -1e-279, 4.8e-54, 0, 0, 0, 0, 0, 0,
        ),
      },
    ];
    fc.assert(
      fc.property(wild, ({ n, a }) => {
        const { re, im, converged } = eigenvalues(a);
        expect(converged).toBe(true);
        expect([...re, ...im].every(Number.isFinite)).toBe(true);
        let trace = 0;
        for (let i = 0; i < n; i++) trace += a[i * n + i]!;
        const scale = Math.max(0, ...a.map(Math.abs)) * n;
        expectClose(
          'Σλ vs trace',
          re.reduce((s, v) => s + v, 0),
          trace,
          1e-12 * scale + 1e-300,
        );
      }),
      { numRuns: 1000, examples: seen.map((m): [typeof m] => [m]) },
    );
  });

  test('eigenvalues of a rotation–scaling block and a Jordan block', () => {
    const { re, im } = eigenvalues([
      [0.5, -2, 0],
      [2, 0.5, 0],
      [0, 0, -1],
    ]);
    [0.5, 0.5, -1].forEach((v, k) => {
      expectClose(`Re λ_${k}`, re[k]!, v, 1e-14);
    });
    [2, -2, 0].forEach((v, k) => {
      expectClose(`Im λ_${k}`, im[k]!, v, 1e-14);
    });
    const jordan = eigenvalues([
      [3, 1, 0],
      [0, 3, 1],
      [0, 0, 3],
    ]);
    jordan.re.forEach((v) => {
      expectClose('Jordan eigenvalue', v, 3, 1e-5);
    });
  });
});
