import fc from 'fast-check';
import { describe, test } from 'vitest';
import { gradientDescent } from './gradient-descent.ts';
import type { SystemObjective } from './objective.ts';

/** F(x) = ½(x − c)ᵀ A (x − c) with A = R·diag(d)·Rᵀ, R a rotation by `angle` (2-D): eigenvalues d, minimizer c. */
function rotatedQuadratic(d: [number, number], angle: number, c: [number, number]): SystemObjective {
  const co = Math.cos(angle);
  const si = Math.sin(angle);
  const a11 = d[0] * co * co + d[1] * si * si;
  const a22 = d[0] * si * si + d[1] * co * co;
  const a12 = (d[0] - d[1]) * co * si;
  return {
    F: (x) => {
      const u = x[0]! - c[0];
      const v = x[1]! - c[1];
      return 0.5 * (a11 * u * u + 2 * a12 * u * v + a22 * v * v);
    },
    grad: (x, out) => {
      const u = x[0]! - c[0];
      const v = x[1]! - c[1];
      out[0] = a11 * u + a12 * v;
      out[1] = a12 * u + a22 * v;
    },
  };
}

const curvature = fc.double({ min: 0.01, max: 100, noNaN: true });
const coordinate = fc.double({ min: -10, max: 10, noNaN: true });
const angle = fc.double({ min: 0, max: Math.PI, noNaN: true });

function distance(x: Float64Array, k: number, c: readonly number[]): number {
  return Math.hypot(x[2 * k]! - c[0]!, x[2 * k + 1]! - c[1]!);
}

describe('convergence facts of gradient descent', () => {
  test('strongly convex quadratic, η = 1/L: ‖x_{k+1} − x*‖ ≤ (1 − μ/L)·‖x_k − x*‖ every step', () => {
    fc.assert(
      fc.property(
        curvature,
        curvature,
        angle,
        coordinate,
        coordinate,
        coordinate,
        coordinate,
        (p, q, th, c0, c1, s0, s1) => {
          const mu = Math.min(p, q);
          const L = Math.max(p, q);
          const c: [number, number] = [c0, c1];
          const run = gradientDescent(rotatedQuadratic([p, q], th, c), [s0, s1], {
            learningRate: 1 / L,
            steps: 50,
            gradTol: 0,
          });
          for (let k = 0; k < run.iterations; k++) {
            const before = distance(run.x, k, c);
            const after = distance(run.x, k + 1, c);
            const bound = (1 - mu / L) * before + 1e-13 * (1 + Math.hypot(c0, c1, s0, s1));
            if (!(after <= bound))
              throw new Error(`k = ${k}: ‖e_{k+1}‖ = ${after} > ${bound} (μ = ${mu}, L = ${L})`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('convex, L-smooth: F(x_t) − F* ≤ ‖x0 − x*‖² / (2ηt) for η ≤ 1/L (PSD quadratics and log-cosh)', () => {
    const logCosh = (c: [number, number], s: number): SystemObjective => ({
      // F = Σ s·log cosh(x_i − c_i): convex, F″ ≤ s, so L = s; written stably for large arguments.
      F: (x) => {
        let total = 0;
        for (let i = 0; i < 2; i++) {
          const a = Math.abs(x[i]! - c[i]!);
          total += s * (a + Math.log1p(Math.exp(-2 * a)) - Math.LN2);
        }
        return total;
      },
      grad: (x, out) => {
        for (let i = 0; i < 2; i++) out[i] = s * Math.tanh(x[i]! - c[i]!);
      },
    });
    fc.assert(
      fc.property(
        curvature,
        angle,
        coordinate,
        coordinate,
        coordinate,
        coordinate,
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        fc.boolean(),
        (L, th, c0, c1, s0, s1, fraction, useLogCosh) => {
          const c: [number, number] = [c0, c1];
          // A PSD quadratic with one zero eigenvalue: convex but not strongly convex.
          const objective = useLogCosh ? logCosh(c, L) : rotatedQuadratic([L, 0], th, c);
          const eta = fraction / L;
          const run = gradientDescent(objective, [s0, s1], { learningRate: eta, steps: 100, gradTol: 0 });
          const r2 = (s0 - c0) ** 2 + (s1 - c1) ** 2;
          for (let t = 1; t <= run.iterations; t++) {
            const gap = run.values[t]!;
            const bound = r2 / (2 * eta * t) + 1e-12 * (1 + run.values[0]!);
            if (!(gap <= bound))
              throw new Error(`t = ${t}: F − F* = ${gap} > ${bound} (η = ${eta}, L = ${L})`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('quadratics: F(x_k) never increases for η < 2/L', () => {
    fc.assert(
      fc.property(
        curvature,
        curvature,
        angle,
        coordinate,
        coordinate,
        fc.double({ min: 0.01, max: 0.999, noNaN: true }),
        (p, q, th, s0, s1, fraction) => {
          const L = Math.max(p, q);
          const run = gradientDescent(rotatedQuadratic([p, q], th, [0, 0]), [s0, s1], {
            learningRate: (2 * fraction) / L,
            steps: 200,
            gradTol: 0,
          });
          for (let k = 1; k <= run.iterations; k++) {
            const slack = 1e-14 * run.values[0]!;
            if (!(run.values[k]! <= run.values[k - 1]! + slack)) {
              throw new Error(
                `k = ${k}: F rose from ${run.values[k - 1]} to ${run.values[k]} (η·L = ${2 * fraction})`,
              );
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
