import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import type { SystemRhs } from '../problem.ts';
import { classifyFixedPoint, type FixedPointKind } from './classify-fixed-point.ts';
import { jacobian } from './jacobian.ts';

const SPIRALLING: FixedPointKind[] = [
  'stable-focus',
  'unstable-focus',
  'saddle-focus',
  'center',
  'non-hyperbolic',
];

/** P · M · P⁻¹ for 2×2 M and an invertible P = [[p, q], [r, s]] (flat, row-major). */
function similar(m: number[], [p, q, r, s]: number[]): number[] {
  const det = p! * s! - q! * r!;
  const inv = [s! / det, -q! / det, -r! / det, p! / det];
  const mul = (x: number[], y: number[]) => [
    x[0]! * y[0]! + x[1]! * y[2]!,
    x[0]! * y[1]! + x[1]! * y[3]!,
    x[2]! * y[0]! + x[3]! * y[2]!,
    x[2]! * y[1]! + x[3]! * y[3]!,
  ];
  return mul(mul([p!, q!, r!, s!], m), inv);
}

const wellConditioned = fc
  .tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }))
  .map(([q, r]) => [1, q * 0.7, r * 0.7, 1]);
const nonZero = fc.double({ min: 0.1, max: 5, noNaN: true }).chain((v) => fc.constantFrom(v, -v));

describe('classifyFixedPoint', () => {
  test('classifyFixedPoint(jacobian(Lotka–Volterra, interior point)) is a center for any positive parameters', () => {
    const positive = fc.double({ min: 0.2, max: 3, noNaN: true });
    fc.assert(
      fc.property(positive, positive, positive, positive, (a, b, c, d) => {
        const lv: SystemRhs = (x, _t, dxdt) => {
          dxdt[0] = a * x[0]! - b * x[0]! * x[1]!;
          dxdt[1] = c * x[0]! * x[1]! - d * x[1]!;
        };
        const fixed = classifyFixedPoint(jacobian(lv, [d / c, a / b]));
        expect(fixed.kind).toBe('center');
        expectClose('|Im λ| = √(ad)', fixed.eigenvalues.im[0]!, Math.sqrt(a * d), 1e-8);
        // The origin is a saddle.
        expect(classifyFixedPoint(jacobian(lv, [0, 0])).kind).toBe('saddle');
      }),
      { numRuns: 300 },
    );
  });

  test('classifyFixedPoint of the damped pendulum: bottom a stable focus, top a saddle (0 < γ < 2)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1.9, noNaN: true }), (gamma) => {
        const pendulum: SystemRhs = (x, _t, d) => {
          d[0] = x[1]!;
          d[1] = -Math.sin(x[0]!) - gamma * x[1]!;
        };
        const bottom = classifyFixedPoint(jacobian(pendulum, [0, 0]));
        expect(bottom.kind).toBe('stable-focus');
        expectClose('Re λ = −γ/2', bottom.eigenvalues.re[0]!, -gamma / 2, 1e-9);
        expect(classifyFixedPoint(jacobian(pendulum, [Math.PI, 0])).kind).toBe('saddle');
      }),
      { numRuns: 300 },
    );
  });

  test('classifyFixedPoint(P diag(λ1, λ2) P⁻¹) names nodes, saddles and non-isolated points by the signs of λ', () => {
    fc.assert(
      fc.property(nonZero, nonZero, wellConditioned, (l1, l2, p) => {
        fc.pre(Math.abs(l1 - l2) > 0.05);
        const kind = classifyFixedPoint(similar([l1, 0, 0, l2], p)).kind;
        expect(kind).toBe(l1 < 0 && l2 < 0 ? 'stable-node' : l1 > 0 && l2 > 0 ? 'unstable-node' : 'saddle');
        expect(classifyFixedPoint(similar([l1, 0, 0, 0], p)).kind).toBe('non-isolated');
      }),
      { numRuns: 1000 },
    );
  });

  test('classifyFixedPoint(P [[α, −β], [β, α]] P⁻¹) is a focus by the sign of α, a center when α = 0', () => {
    fc.assert(
      fc.property(nonZero, nonZero, wellConditioned, (alpha, beta, p) => {
        const kind = classifyFixedPoint(similar([alpha, -beta, beta, alpha], p)).kind;
        expect(kind).toBe(alpha < 0 ? 'stable-focus' : 'unstable-focus');
        expect(classifyFixedPoint(similar([0, -beta, beta, 0], p)).kind).toBe('center');
      }),
      { numRuns: 1000 },
    );
  });

  test('classifyFixedPoint names stars and degenerate nodes (repeated λ)', () => {
    expect(
      classifyFixedPoint([
        [-2, 0],
        [0, -2],
      ]).kind,
    ).toBe('stable-star');
    expect(
      classifyFixedPoint([
        [3, 0, 0],
        [0, 3, 0],
        [0, 0, 3],
      ]).kind,
    ).toBe('unstable-star');
    expect(
      classifyFixedPoint([
        [-1, 1],
        [0, -1],
      ]).kind,
    ).toBe('stable-degenerate-node');
    expect(classifyFixedPoint(similar([2, 1, 0, 2], [1, 0.5, -0.3, 1])).kind).toBe(
      'unstable-degenerate-node',
    );
    expect(
      classifyFixedPoint([
        [0, 0],
        [0, 0],
      ]).kind,
    ).toBe('non-isolated');
    // In 1-D there is no star: the single direction makes a node.
    expect([[-1], [2], [0]].map((J) => classifyFixedPoint([J]).kind)).toEqual([
      'stable-node',
      'unstable-node',
      'non-isolated',
    ]);
  });

  test('classifyFixedPoint in 3-D: Lorenz origin a saddle, C± saddle-foci (σ = 10, ρ = 28, β = 8/3)', () => {
    const [s, r, b] = [10, 28, 8 / 3];
    const lorenz: SystemRhs = (x, _t, d) => {
      d[0] = s * (x[1]! - x[0]!);
      d[1] = x[0]! * (r - x[2]!) - x[1]!;
      d[2] = x[0]! * x[1]! - b * x[2]!;
    };
    const origin = classifyFixedPoint(jacobian(lorenz, [0, 0, 0]));
    expect(origin).toMatchObject({
      kind: 'saddle',
      stableCount: 2,
      unstableCount: 1,
      method: 'hessenberg-qr',
    });
    const q = Math.sqrt(b * (r - 1));
    const c = classifyFixedPoint(jacobian(lorenz, [q, q, r - 1]));
    expect(c).toMatchObject({ kind: 'saddle-focus', stableCount: 1, unstableCount: 2 });
    expectClose('trace = −(σ + 1 + β)', c.trace, -(s + 1 + b), 1e-8);
    expect(
      classifyFixedPoint([
        [0, -1, 0],
        [1, 0, 0],
        [0, 0, -1],
      ]).kind,
    ).toBe('non-hyperbolic');
    expect(
      classifyFixedPoint([
        [0, -1, 0],
        [1, 0, 0],
        [0, 0, 0],
      ]).kind,
    ).toBe('non-isolated');
  });

  test('classifyFixedPoint(random symmetric J) never reports a focus, a center or rotation, in 2-D and beyond', () => {
    const symmetric = fc.integer({ min: 2, max: 6 }).chain((n) =>
      fc
        .array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n * n, maxLength: n * n })
        .map((v) => {
          for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) v[i * n + j] = v[j * n + i]!;
          return v;
        }),
    );
    fc.assert(
      fc.property(symmetric, (J) => {
        const fixed = classifyFixedPoint(J);
        expect(SPIRALLING).not.toContain(fixed.kind);
        expect(fixed.eigenvalues.im.every((v) => v === 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('classifyFixedPoint(jacobian of a gradient system x′ = −∇F) with { symmetric: true } never spirals', () => {
    const coefficients = fc.array(fc.double({ min: -3, max: 3, noNaN: true }), {
      minLength: 7,
      maxLength: 7,
    });
    const point = fc.tuple(
      fc.double({ min: -2, max: 2, noNaN: true }),
      fc.double({ min: -2, max: 2, noNaN: true }),
    );
    fc.assert(
      fc.property(coefficients, point, ([a, b, c, d, e, g, h], [x, y]) => {
        // F = a x² + b xy + c y² + d x⁴ + e y⁴ + g x²y² + h x³y
        const minusGrad: SystemRhs = (z, _t, out) => {
          const [u, v] = [z[0]!, z[1]!];
          out[0] = -(2 * a! * u + b! * v + 4 * d! * u ** 3 + 2 * g! * u * v * v + 3 * h! * u * u * v);
          out[1] = -(b! * u + 2 * c! * v + 4 * e! * v ** 3 + 2 * g! * u * u * v + h! * u ** 3);
        };
        expect(SPIRALLING).not.toContain(
          classifyFixedPoint(jacobian(minusGrad, [x, y]), { symmetric: true }).kind,
        );
      }),
      { numRuns: 1000 },
    );
  });

  test('classifyFixedPoint(J).eigenvectors satisfy J v = λ v with |v| = 1 whenever they are given', () => {
    const matrix = fc
      .integer({ min: 1, max: 5 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n * n, maxLength: n * n }),
          fc.boolean(),
        ),
      );
    fc.assert(
      fc.property(matrix, ([n, v, makeSymmetric]) => {
        if (makeSymmetric)
          for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) v[i * n + j] = v[j * n + i]!;
        const fixed = classifyFixedPoint(v);
        const vectors = fixed.eigenvectors;
        if (n <= 2 || makeSymmetric) {
          const realDistinct = n !== 2 || fixed.discriminant! > fixed.tolerance ** 2;
          if (makeSymmetric || realDistinct) expect(vectors).not.toBeNull();
        }
        if (vectors === null) return;
        const scale = Math.max(1, ...v.map(Math.abs));
        for (let k = 0; k < n; k++) {
          const lambda = fixed.eigenvalues.re[k]!;
          let length = 0;
          for (let i = 0; i < n; i++) {
            let jv = 0;
            for (let j = 0; j < n; j++) jv += v[i * n + j]! * vectors[j * n + k]!;
            expectClose(`(J v_${k})_${i}`, jv, lambda * vectors[i * n + k]!, 1e-8 * scale * n);
            length += vectors[i * n + k]! ** 2;
          }
          expectClose(`|v_${k}|²`, length, 1, 1e-12);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('classifyFixedPoint throws on non-square or non-finite J', () => {
    expect(() => classifyFixedPoint([1, 2, 3])).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG' }));
    expect(() =>
      classifyFixedPoint([
        [1, Number.POSITIVE_INFINITY],
        [0, 1],
      ]),
    ).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG' }));
    expect(() => classifyFixedPoint([[1]], { tol: 1 } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_UNKNOWN_OPTION' }),
    );
    expect(() => classifyFixedPoint([[1]], { symmetric: 'yes' } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
    );
  });
});
