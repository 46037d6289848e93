import { describe, expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import {
  competition,
  doubleWell,
  FHN,
  fitzHughNagumo,
  lotkaVolterra,
  pendulum,
  vanDerPol,
} from '../../test/plane-systems.ts';
import { findFixedPoints, PhaseflowError, type SystemRhs } from '../index.ts';

const summary = (f: SystemRhs, box: Parameters<typeof findFixedPoints>[1]) =>
  findFixedPoints(f, box).points.map((p) => ({ x: p.x, y: p.y, kind: p.kind }));

function expectPoints(
  found: { x: number; y: number; kind: string }[],
  expected: { x: number; y: number; kind: string }[],
  atol = 1e-10,
): void {
  expect(found.map((p) => p.kind)).toEqual(expected.map((p) => p.kind));
  found.forEach((p, k) => {
    expectClose(`x of point ${k}`, p.x, expected[k]!.x, atol);
    expectClose(`y of point ${k}`, p.y, expected[k]!.y, atol);
  });
}

describe('findFixedPoints(f, box) matches hand analysis of the presets', () => {
  test('undamped pendulum: centers at even multiples of π, saddles at odd ones (J = [[0, 1], [−cos θ, 0]])', () => {
    const result = findFixedPoints(pendulum(0), [
      [-7, 7],
      [-3, 3],
    ]);
    expectPoints(
      result.points,
      [-2, -1, 0, 1, 2].map((k) => ({ x: k * Math.PI, y: 0, kind: k % 2 === 0 ? 'center' : 'saddle' })),
    );
    for (const p of result.points) {
      // λ = ±i at a bottom (cos = 1), ±1 at a top (cos = −1)
      const top = p.kind === 'saddle';
      expectClose('Re λ₀', p.eigenvalues.re[0]!, top ? 1 : 0, 1e-8);
      expectClose('Im λ₀', p.eigenvalues.im[0]!, top ? 0 : 1, 1e-8);
      expect(p.note === null).toBe(top); // a center says it may be a weak focus
      expect(p.hyperbolic).toBe(top);
      expect(p.residual).toBeLessThanOrEqual(1e-15);
    }
    expect(result.unresolved).toEqual([]);
    expect(result.status).toBe('complete');
  });

  test('damped pendulum (b = 0.5): stable foci λ = −¼ ± i√15/4 at bottoms, saddles λ = (−½ ± √4.25)/2 at tops', () => {
    const points = findFixedPoints(pendulum(0.5), [
      [-4, 7],
      [-2, 2],
    ]).points;
    expectPoints(points, [
      { x: -Math.PI, y: 0, kind: 'saddle' },
      { x: 0, y: 0, kind: 'stable-focus' },
      { x: Math.PI, y: 0, kind: 'saddle' },
      { x: 2 * Math.PI, y: 0, kind: 'stable-focus' },
    ]);
    expectClose('focus Re λ', points[1]!.eigenvalues.re[0]!, -0.25, 1e-9);
    expectClose('focus Im λ', points[1]!.eigenvalues.im[0]!, Math.sqrt(15) / 4, 1e-9);
    expectClose('saddle λ₊', points[2]!.eigenvalues.re[0]!, (-0.5 + Math.sqrt(4.25)) / 2, 1e-9);
    expectClose('saddle λ₋', points[2]!.eigenvalues.re[1]!, (-0.5 - Math.sqrt(4.25)) / 2, 1e-9);
    // The unstable eigenvector of [[0, 1], [1, −0.5]] is (1, λ₊)/|·|.
    const [a, , c] = points[2]!.eigenvectors!;
    expectClose('eigenvector slope', c! / a!, (-0.5 + Math.sqrt(4.25)) / 2, 1e-8);
  });

  test('Lotka–Volterra: a saddle at the origin (λ = α, −γ) and a center at (γ/δ, α/β) = (3, 2) (λ = ±i√(αγ))', () => {
    const points = findFixedPoints(lotkaVolterra, [
      [0, 6],
      [0, 5],
    ]).points;
    expectPoints(points, [
      { x: 0, y: 0, kind: 'saddle' },
      { x: 3, y: 2, kind: 'center' },
    ]);
    expectClose('λ at origin', points[0]!.eigenvalues.re[0]!, 1, 1e-9);
    expectClose('λ at origin', points[0]!.eigenvalues.re[1]!, -0.75, 1e-9);
    expectClose('ω at center', points[1]!.eigenvalues.im[0]!, Math.sqrt(0.75), 1e-9);
    expect(points[1]!.note).toMatch(/weak focus/);
  });

  test('competition: unstable node (0,0), stable nodes (0,2) and (3,0), saddle (1,1) with λ = −1 ± √2', () => {
    const points = findFixedPoints(competition, [
      [-0.5, 3.5],
      [-0.5, 3],
    ]).points;
    expectPoints(points, [
      { x: 0, y: 0, kind: 'unstable-node' },
      { x: 0, y: 2, kind: 'stable-node' },
      { x: 1, y: 1, kind: 'saddle' },
      { x: 3, y: 0, kind: 'stable-node' },
    ]);
    expectClose('saddle λ₊', points[2]!.eigenvalues.re[0]!, -1 + Math.SQRT2, 1e-9);
    expectClose('saddle λ₋', points[2]!.eigenvalues.re[1]!, -1 - Math.SQRT2, 1e-9);
  });

  test('Van der Pol μ = 1: the origin alone, an unstable focus (trace 1, det 1)', () => {
    expectPoints(
      summary(vanDerPol(1), [
        [-3, 3],
        [-3, 3],
      ]),
      [{ x: 0, y: 0, kind: 'unstable-focus' }],
    );
  });

  test('gradient system −∇F, F = (x² − 1)² + y²: minima (±1, 0) stable nodes, the pass (0, 0) a saddle', () => {
    const points = findFixedPoints(doubleWell, [
      [-2, 2.2],
      [-1.5, 1.7],
    ]).points;
    expectPoints(points, [
      { x: -1, y: 0, kind: 'stable-node' },
      { x: 0, y: 0, kind: 'saddle' },
      { x: 1, y: 0, kind: 'stable-node' },
    ]);
    for (const p of points) expect(p.eigenvalues.im.every((v) => v === 0)).toBe(true); // J = −∇²F is symmetric
  });

  test('FitzHugh–Nagumo: one fixed point, on the cubic v − v³/3 − (v + a)/b + I = 0, of the kind J gives', () => {
    // The cubic by bisection (an independent root finder), then J = [[1 − v², −1], [ε, −εb]] by hand.
    const cubic = (v: number) => v - v ** 3 / 3 - (v + FHN.a) / FHN.b + FHN.current;
    let [lo, hi] = [-3, 3];
    for (let k = 0; k < 200; k++) {
      const mid = (lo + hi) / 2;
      if (cubic(mid) > 0 === cubic(lo) > 0) lo = mid;
      else hi = mid;
    }
    const v = (lo + hi) / 2;
    const w = (v + FHN.a) / FHN.b;
    const trace = 1 - v * v - FHN.epsilon * FHN.b;
    const det = -(1 - v * v) * FHN.epsilon * FHN.b + FHN.epsilon;
    const kind = `${trace < 0 ? 'stable' : 'unstable'}-${trace * trace - 4 * det < 0 ? 'focus' : 'node'}`;
    expectPoints(
      summary(fitzHughNagumo, [
        [-2.5, 2.5],
        [-1, 2.5],
      ]),
      [{ x: v, y: w, kind }],
      1e-12,
    );
    expect(kind).toBe('unstable-focus'); // I = 0.5 is in the oscillating range: a limit cycle surrounds it
  });
});

describe('findFixedPoints(f, box) says what it could not decide', () => {
  test('a double zero (ẋ = x², ẏ = −y) off the grid is still found, as non-isolated', () => {
    const [p] = findFixedPoints(
      (x, _t, d) => {
        d[0] = x[0]! * x[0]!;
        d[1] = -x[1]!;
      },
      [
        [-1.03, 1],
        [-1, 1.1],
      ],
    ).points;
    expect(p!.kind).toBe('non-isolated');
    expect(Math.abs(p!.x)).toBeLessThan(1e-10);
    expect(p!.note).toMatch(/singular/);
  });

  test('zero sets passing within a cell without meeting are no candidates (their bilinear models do not meet)', () => {
    // y = x² + 0.01 and y = −x² never meet, though both components change sign in the cells at the origin.
    const result = findFixedPoints(
      (x, _t, d) => {
        d[0] = x[1]! - x[0]! * x[0]! - 0.01;
        d[1] = x[1]! + x[0]! * x[0]!;
      },
      [
        [-1, 1],
        [-1, 1],
      ],
    );
    expect(result.points).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });

  test('a fixed point Newton cannot reach (ẋ = ∛(x − 0.013): Newton overshoots ×2) leaves its cell unresolved', () => {
    const result = findFixedPoints(
      (x, _t, d) => {
        d[0] = Math.cbrt(x[0]! - 0.013);
        d[1] = x[1]! - 0.011;
      },
      [
        [-1, 1],
        [-1, 1],
      ],
    );
    expect(result.points).toEqual([]);
    expect(result.unresolved.length).toBe(1);
    const [[x0, x1], [y0, y1]] = result.unresolved[0]!;
    expect(x0 <= 0.013 && 0.013 <= x1 && y0 <= 0.011 && 0.011 <= y1).toBe(true);
  });

  test('f ≡ 0 stops at maxPoints with status too-many-points', () => {
    const result = findFixedPoints(
      (_x, _t, d) => d.fill(0),
      [
        [0, 1],
        [0, 1],
      ],
      { maxPoints: 7 },
    );
    expect(result.status).toBe('too-many-points');
    expect(result.points.length).toBe(7);
    expect(result.points.every((p) => p.kind === 'non-isolated')).toBe(true);
  });

  test('NaN regions are skipped, not errors: √x − 1 leaves the saddle at (1, 0) (∂ₓ = ½, ∂ᵧ = −1)', () => {
    const points = findFixedPoints(
      (x, _t, d) => {
        d[0] = Math.sqrt(x[0]!) - 1;
        d[1] = -x[1]!;
      },
      [
        [-2, 3],
        [-1, 1],
      ],
    ).points;
    expectPoints(points, [{ x: 1, y: 0, kind: 'saddle' }], 1e-12);
  });

  test('bad input throws coded errors', () => {
    const f = pendulum(0);
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as PhaseflowError).code;
      }
      return 'none';
    };
    expect(
      code(() =>
        findFixedPoints('f' as unknown as SystemRhs, [
          [0, 1],
          [0, 1],
        ]),
      ),
    ).toBe('ERR_INVALID_ARG');
    expect(
      code(() =>
        findFixedPoints(f, [
          [1, 0],
          [0, 1],
        ]),
      ),
    ).toBe('ERR_INVALID_ARG');
    expect(code(() => findFixedPoints(f, [[0, 1]] as never))).toBe('ERR_INVALID_ARG');
    expect(
      code(() =>
        findFixedPoints(f, [
          [0, 1],
          [0, Number.NaN],
        ]),
      ),
    ).toBe('ERR_INVALID_ARG');
    expect(
      code(() =>
        findFixedPoints(
          f,
          [
            [0, 1],
            [0, 1],
          ],
          { gridPoints: 1 },
        ),
      ),
    ).toBe('ERR_INVALID_ARG');
    expect(
      code(() =>
        findFixedPoints(
          f,
          [
            [0, 1],
            [0, 1],
          ],
          { grid: 3 } as never,
        ),
      ),
    ).toBe('ERR_UNKNOWN_OPTION');
    expect(new PhaseflowError('ERR_INVALID_ARG', '')).toBeInstanceOf(Error);
  });
});
