import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectClose } from '../../test/expect-close.ts';
import { lotkaVolterra, pendulum } from '../../test/plane-systems.ts';
import { nullclines, type SystemRhs } from '../index.ts';

type Box = [[number, number], [number, number]];

/** Every point of every curve is a zero of its component, to `tol` times the component's size on the box. */
function expectOnZeroSet(f: SystemRhs, curves: Float64Array[], component: 0 | 1, tol: number): void {
  const d = new Float64Array(2);
  for (const curve of curves) {
    for (let k = 0; k < curve.length; k += 2) {
      f(Float64Array.of(curve[k]!, curve[k + 1]!), 0, d);
      expect(Math.abs(d[component]!)).toBeLessThanOrEqual(tol);
    }
  }
}

/**
 * No false segment: each is at most a cell diagonal long, and around its midpoint (a square of half-width one cell
 * diagonal) the component takes both signs or nearly vanishes: the segment does not cross a one-signed region.
 */
function expectHonestSegments(
  f: SystemRhs,
  curves: Float64Array[],
  component: 0 | 1,
  spacing: number[],
): void {
  const diagonal = Math.hypot(spacing[0]!, spacing[1]!);
  const d = new Float64Array(2);
  const value = (x: number, y: number) => {
    f(Float64Array.of(x, y), 0, d);
    return d[component]!;
  };
  for (const curve of curves) {
    for (let k = 2; k < curve.length; k += 2) {
      const [x0, y0, x1, y1] = [curve[k - 2]!, curve[k - 1]!, curve[k]!, curve[k + 1]!];
      expect(Math.hypot(x1 - x0, y1 - y0)).toBeLessThanOrEqual(diagonal * (1 + 1e-9));
      const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2];
      const around = [value(mx, my)];
      for (const [sx, sy] of [
        [1, 1],
        [1, -1],
        [-1, 1],
        [-1, -1],
      ])
        around.push(value(mx + sx! * diagonal, my + sy! * diagonal));
      const lo = Math.min(...around);
      const hi = Math.max(...around);
      expect(lo <= 1e-9 * Math.abs(hi) && hi >= -1e-9 * Math.abs(lo)).toBe(true);
    }
  }
}

describe('nullclines(f, box)', () => {
  test('pendulum: ẋ = 0 on y = 0, ẏ = 0 on the three lines θ = −π, 0, π, each one curve across the box', () => {
    const f = pendulum(0);
    const box: Box = [
      [-4.1, 4],
      [-2, 2.1],
    ];
    const r = nullclines(f, box);
    expect(r.x.length).toBe(1);
    expect(r.y.length).toBe(3);
    for (const c of r.x) for (let k = 1; k < c.length; k += 2) expectClose('y on ẋ = 0', c[k]!, 0, 1e-12);
    const columns = r.y.map((c) => c[0]!).sort((a, b) => a - b);
    for (const [k, x] of [-Math.PI, 0, Math.PI].entries()) expectClose('θ of ẏ = 0', columns[k]!, x, 1e-9);
    expectOnZeroSet(f, r.y, 1, 1e-12);
    expectHonestSegments(f, r.y, 1, r.spacing);
  });

  test('Lotka–Volterra: ẋ = 0 on x = 0 and y = α/β = 2; ẏ = 0 on y = 0 and x = γ/δ = 3 (two crossing pairs)', () => {
    const r = nullclines(lotkaVolterra, [
      [-0.53, 6.1],
      [-0.52, 5.05],
    ]);
    expect(r.x.length).toBe(2);
    expect(r.y.length).toBe(2);
    expectOnZeroSet(lotkaVolterra, r.x, 0, 1e-12);
    expectOnZeroSet(lotkaVolterra, r.y, 1, 1e-12);
    // Between them the curves reach every part of the four lines: the ends of the box included.
    const reach = (curves: Float64Array[], at: (x: number, y: number) => boolean) =>
      curves.some((c) => c.some((_, k) => k % 2 === 0 && at(c[k]!, c[k + 1]!)));
    expect(reach(r.x, (x, y) => Math.abs(x) < 1e-12 && y > 5)).toBe(true);
    expect(reach(r.x, (x, y) => Math.abs(y - 2) < 1e-12 && x > 6)).toBe(true);
    expect(reach(r.y, (x, y) => Math.abs(x - 3) < 1e-12 && y > 5)).toBe(true);
    expect(reach(r.y, (x, y) => Math.abs(y) < 1e-12 && x > 6)).toBe(true);
  });

  test('two branches of xy = 10⁻³ in one cell row are never joined across the gap', () => {
    const f: SystemRhs = (x, _t, d) => {
      d[0] = x[0]! * x[1]! - 1e-3;
      d[1] = 1;
    };
    const r = nullclines(
      f,
      [
        [-1, 1],
        [-1, 1],
      ],
      { gridPoints: 21 },
    );
    expect(r.x.length).toBe(2);
    for (const c of r.x) {
      const signs = new Set<number>();
      for (let k = 0; k < c.length; k += 2) signs.add(Math.sign(c[k]!));
      expect(signs.size).toBe(1); // each curve stays in its quadrant
    }
    expectOnZeroSet(f, r.x, 0, 1e-12);
    expectHonestSegments(f, r.x, 0, r.spacing);
    expect(r.y).toEqual([]); // ẏ = 1 never vanishes
  });

  test('a saddle cell (two lines crossing inside a cell) is decided by the centre, every point on a line', () => {
    const f: SystemRhs = (x, _t, d) => {
      d[0] = (x[0]! - 0.0123) * (x[1]! + 0.0071);
      d[1] = 1;
    };
    const r = nullclines(
      f,
      [
        [-1, 1],
        [-1, 1],
      ],
      { gridPoints: 21 },
    );
    expect(r.x.length).toBe(2);
    expectOnZeroSet(f, r.x, 0, 1e-12);
    expectHonestSegments(f, r.x, 0, r.spacing);
  });

  test('a double zero set (ẋ = x², ẏ = (x − y)²) is drawn, though no component changes sign', () => {
    const f: SystemRhs = (x, _t, d) => {
      d[0] = x[0]! * x[0]!;
      d[1] = (x[0]! - x[1]!) ** 2;
    };
    const r = nullclines(f, [
      [-1.03, 1],
      [-1, 1.1],
    ]);
    expect(r.x.length).toBe(1);
    expect(r.y.length).toBe(1);
    expect(r.x[0]!.length / 2).toBeGreaterThan(190); // one point per grid row
    for (let k = 0; k < r.x[0]!.length; k += 2) expect(Math.abs(r.x[0]![k]!)).toBeLessThan(1e-8);
    for (let k = 0; k < r.y[0]!.length; k += 2)
      expect(Math.abs(r.y[0]![k]! - r.y[0]![k + 1]!)).toBeLessThan(1e-8);
    expectHonestSegments(f, r.x, 0, r.spacing);
  });

  test('a pole (ẏ = 1/x) is not a nullcline; refine: false keeps the linear interpolation', () => {
    const f: SystemRhs = (x, _t, d) => {
      d[0] = x[1]!;
      d[1] = 1 / x[0]!;
    };
    expect(
      nullclines(f, [
        [-1.01, 1],
        [-1, 1],
      ]).y,
    ).toEqual([]);
    const rough = nullclines(
      pendulum(0),
      [
        [-4.1, 4],
        [-2, 2.1],
      ],
      { refine: false },
    );
    expect(rough.y.length).toBe(3);
    expectOnZeroSet(pendulum(0), rough.y, 1, 1e-3); // O(h²) off the zero set, not 1e-12
  });

  test('property: random quadratic systems give curves on their zero sets with no false segment', () => {
    const coefficient = fc.double({ min: -2, max: 2, noNaN: true });
    fc.assert(
      fc.property(fc.array(coefficient, { minLength: 12, maxLength: 12 }), (c) => {
        const f: SystemRhs = (x, _t, d) => {
          const [u, v] = [x[0]!, x[1]!];
          d[0] = c[0]! + c[1]! * u + c[2]! * v + c[3]! * u * u + c[4]! * u * v + c[5]! * v * v;
          d[1] = c[6]! + c[7]! * u + c[8]! * v + c[9]! * u * u + c[10]! * u * v + c[11]! * v * v;
        };
        const r = nullclines(
          f,
          [
            [-1, 1.05],
            [-1.02, 1],
          ],
          { gridPoints: 31, touching: false },
        );
        const size = 1 + c.reduce((s, v) => s + Math.abs(v), 0);
        expectOnZeroSet(f, r.x, 0, 1e-9 * size);
        expectOnZeroSet(f, r.y, 1, 1e-9 * size);
        expectHonestSegments(f, r.x, 0, r.spacing);
        expectHonestSegments(f, r.y, 1, r.spacing);
      }),
      { numRuns: 200 },
    );
  });
});
