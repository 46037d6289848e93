import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { eigenvalues } from './eigenvalues.ts';
import { symmetricEigen } from './symmetric-eigen.ts';

/** A random symmetric n×n matrix, flat row-major, entries in [−10, 10]. */
export const symmetricMatrix = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n * n, maxLength: n * n }).map((v) => {
    const a = Float64Array.from(v);
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a[i * n + j] = a[j * n + i]!;
    return { n, a };
  }),
);

// max |a_ij|·√n bounds the 2-norm without squaring (tiny entries would underflow).
const norm = (a: Float64Array) =>
  a.reduce((s, v) => Math.max(s, Math.abs(v)), 0) * Math.sqrt(Math.sqrt(a.length));

describe('symmetricEigen', () => {
  test('symmetricEigen(A) gives A v = λ v with orthonormal v, ascending λ, Σλ = trace', () => {
    fc.assert(
      fc.property(symmetricMatrix, ({ n, a }) => {
        const { values, vectors } = symmetricEigen(a);
        const scale = norm(a);
        let trace = 0;
        for (let i = 0; i < n; i++) trace += a[i * n + i]!;
        expectClose(
          'Σλ vs trace',
          values.reduce((s, v) => s + v, 0),
          trace,
          1e-12 * scale * n + 1e-300,
        );
        for (let k = 0; k < n; k++) {
          if (k > 0) expect(values[k]!).toBeGreaterThanOrEqual(values[k - 1]!);
          for (let i = 0; i < n; i++) {
            let av = 0;
            for (let j = 0; j < n; j++) av += a[i * n + j]! * vectors[j * n + k]!;
            expectClose(`(A v_${k})_${i}`, av, values[k]! * vectors[i * n + k]!, 1e-12 * scale + 1e-300);
          }
          for (let m = 0; m < n; m++) {
            let dot = 0;
            for (let i = 0; i < n; i++) dot += vectors[i * n + k]! * vectors[i * n + m]!;
            expectClose(`v_${k}·v_${m}`, dot, k === m ? 1 : 0, 1e-13 * n);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('symmetricEigen and eigenvalues (Hessenberg + QR) agree on symmetric matrices', () => {
    fc.assert(
      fc.property(symmetricMatrix, ({ a }) => {
        const sym = symmetricEigen(a).values;
        const general = eigenvalues(a);
        const scale = norm(a);
        const re = [...general.re].sort((p, q) => p - q);
        re.forEach((v, k) => {
          expectClose(`λ_${k}`, v, sym[k]!, 1e-10 * scale + 1e-300);
        });
        general.im.forEach((v, k) => {
          expectClose(`Im λ_${k}`, v, 0, 1e-6 * scale + 1e-300);
        });
      }),
      { numRuns: 1000 },
    );
  });

  test('symmetricEigen throws on non-square or non-finite input', () => {
    expect(() => symmetricEigen([1, 2, 3])).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG' }));
    expect(() => symmetricEigen([[1, 2], [3]])).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG' }));
    expect(() => symmetricEigen([1, Number.NaN, 0, 1])).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
    );
  });
});
