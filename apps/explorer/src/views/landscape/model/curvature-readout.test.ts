import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createLossCompiler } from './compile-landscape-loss.ts';
import { curvatureReadout, measuredRate } from './curvature-readout.ts';

describe('curvatureReadout and measuredRate', () => {
  test('curvatureReadout(½(ax² + by²), η) gives the eigenvalues a, b, rate max|1 − ηλ| and κ, exactly', () => {
    const compile = createLossCompiler();
    const loss = compile('(a*x^2 + b*y^2) / 2', {}).loss!;
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 50, noNaN: true }),
        fc.double({ min: 1e-3, max: 50, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        (ma, mb, negA, negB, eta) => {
          const [a, b] = [negA ? -ma : ma, negB ? -mb : mb];
          loss.parameters.assign({ a, b });
          const r = curvatureReadout(loss, 0.3, -0.2, eta);
          const [lo, hi] = a < b ? [a, b] : [b, a];
          expect(r.eigenvalues).toEqual([lo, hi]);
          expect(r.rate).toBe(Math.max(Math.abs(1 - eta * a), Math.abs(1 - eta * b)));
          expect(r.kind).toBe(lo > 0 ? 'minimum' : hi < 0 ? 'maximum' : 'saddle');
          expect(r.kappa).toBe(lo > 0 ? hi / lo : null);
          expect(r.growing.length > 0).toBe(r.rate > 1);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 60_000);

  test('measuredRate(points) of a geometric approach x* + r^k·d returns r; of a run that never comes near, null', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.995, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.integer({ min: 30, max: 400 }),
        (r, angle, n) => {
          const points = new Float64Array(2 * n);
          for (let k = 0; k < n; k++) {
            points[2 * k] = 1 + r ** k * Math.cos(angle);
            points[2 * k + 1] = -2 + r ** k * Math.sin(angle);
          }
          const m = measuredRate(points, 1, -2);
          if (r ** (n - 1) > 1e-9 || m !== null) expect(Math.abs(m! - r)).toBeLessThanOrEqual(1e-8);
          const away = points.map((v, i) => v + (i % 2 === 0 ? 5 : 0));
          const far = measuredRate(away, 1, -2);
          expect(far === null || Math.abs(far - 1) < 0.05).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
