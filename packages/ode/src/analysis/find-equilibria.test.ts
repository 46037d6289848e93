import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectClose, hornerFromRoots, productFromRoots } from '../../test/expect-close.ts';
import { PhaseflowError } from '../errors.ts';
import { findEquilibria } from './find-equilibria.ts';

const xs = (f: (x: number) => number, interval: [number, number]) =>
  findEquilibria(f, interval).equilibria.map((e) => e.x);

describe('findEquilibria', () => {
  test('findEquilibria(logistic, [-1, 2]) finds 0 and 1', () => {
    const found = xs((x) => x * (1 - x), [-1, 2]);
    expect(found).toHaveLength(2);
    expectClose('x*[0]', found[0]!, 0, 1e-15);
    expectClose('x*[1]', found[1]!, 1, 0, 1e-15);
  });

  test('findEquilibria(x²(1 − x)) finds the double root at 0 whether or not 0 is a grid point', () => {
    for (const a of [-2, -2.1234567]) {
      const r = findEquilibria((x) => x * x * (1 - x), [a, 2]);
      expect(r.equilibria.map((e) => e.detectedBy)).toHaveLength(2);
      const [zero, one] = r.equilibria;
      expectClose(`double root (a = ${a})`, zero!.x, 0, 1e-12);
      expect(Math.abs(zero!.x)).toBeLessThanOrEqual(zero!.accuracy + 1e-300);
      expectClose(`simple root (a = ${a})`, one!.x, 1, 0, 1e-15);
    }
  });

  test('findEquilibria(sin, [-10, 10]) finds the seven multiples of π', () => {
    const found = xs(Math.sin, [-10, 10]);
    expect(found).toHaveLength(7);
    found.forEach((x, i) => {
      expectClose(`root ${i}`, x, (i - 3) * Math.PI, 1e-14);
    });
  });

  test('findEquilibria(sin, [-π, π]) keeps the roots at the ends, where sin(±π) rounds to ±1.2e-16', () => {
    const r = findEquilibria(Math.sin, [-Math.PI, Math.PI]);
    expect(r.equilibria.map((e) => e.x)).toEqual([-Math.PI, 0, Math.PI]);
  });

  test('findEquilibria(±x³) finds the triple root at 0', () => {
    for (const f of [(x: number) => x ** 3, (x: number) => -(x ** 3)]) {
      for (const interval of [
        [-1, 1],
        [-1.1, 0.9],
      ] as [number, number][]) {
        const found = xs(f, interval);
        expect(found).toHaveLength(1);
        expectClose(`triple root on ${interval}`, found[0]!, 0, 1e-15);
      }
    }
  });

  test('findEquilibria(x(x − 1)(x − 2)) finds 0, 1, 2', () => {
    const found = xs((x) => x * (x - 1) * (x - 2), [-0.77, 3.1]);
    expect(found).toHaveLength(3);
    found.forEach((x, i) => {
      expectClose(`root ${i}`, x, i, 1e-15);
    });
  });

  test('findEquilibria(polynomial with random well-separated roots, Horner form) recovers each root to 1e-10', () => {
    const roots = fc
      .tuple(
        fc.double({ min: -4.5, max: -0.5, noNaN: true }),
        fc.array(fc.double({ min: 0.5, max: 2, noNaN: true }), { maxLength: 5 }),
      )
      .map(([first, gaps]) =>
        gaps.reduce((acc, g) => acc.concat(acc[acc.length - 1]! + g), [first]).filter((r) => r <= 4.5),
      );
    const leading = fc.double({ min: 0.1, max: 10, noNaN: true }).chain((m) => fc.constantFrom(m, -m));
    fc.assert(
      fc.property(roots, leading, (rs, c) => {
        const found = findEquilibria(hornerFromRoots(rs, c), [-5, 5]).equilibria;
        expect(found.map((e) => e.x)).toHaveLength(rs.length);
        found.forEach((e, i) => {
          expectClose(`root ${i} of ${rs}`, e.x, rs[i]!, 1e-10);
        });
      }),
      { numRuns: 2000 },
    );
  });

  test('findEquilibria finds every sign change a 100× finer grid sees (random trigonometric polynomials)', () => {
    const coefficients = fc.array(fc.double({ min: -1, max: 1, noNaN: true }), {
      minLength: 6,
      maxLength: 6,
    });
    fc.assert(
      fc.property(coefficients, fc.double({ min: -0.5, max: 0.5, noNaN: true }), (c, shift) => {
        const f = (x: number) => shift + c.reduce((s, a, k) => s + a * Math.sin((k + 1) * x + k), 0);
        const found = findEquilibria(f, [-4, 4]).equilibria;
        const fine = 100_000;
        let expected = 0;
        let previous = f(-4);
        for (let i = 1; i <= fine; i++) {
          const value = f(-4 + (8 * i) / fine);
          // Count flips between non-zero signs: an exact zero on the way is part of one crossing, not two.
          if (value === 0) continue;
          if ((previous < 0 && value > 0) || (previous > 0 && value < 0)) expected++;
          previous = value;
        }
        // Every root found is a zero of f to rounding, and there are at least as many as the fine grid's sign changes.
        for (const e of found) expect(Math.abs(f(e.x))).toBeLessThan(1e-11);
        expect(found.length).toBeGreaterThanOrEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  test('findEquilibria keeps apart pairs of roots far closer than the grid spacing, with honest accuracy', () => {
    const pairs = fc.array(
      fc.tuple(
        fc.integer({ min: -9, max: 9 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: -10, max: -1, noNaN: true }),
      ),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(pairs, (ps) => {
        // One pair per unit cell [k/2, k/2 + 0.5): its roots r and r + 10^e, with 1e-10 ≤ gap ≤ 0.1.
        const unique = [...new Map(ps.map((p) => [p[0], p])).values()].sort((p, q) => p[0] - q[0]);
        const rs = unique.flatMap(([k, offset, e]) => {
          const r = k / 2 + 0.1 + offset * 0.2;
          return [r, r + 10 ** e];
        });
        const found = findEquilibria(productFromRoots(rs), [-5, 5]).equilibria;
        expect(found).toHaveLength(rs.length);
        expect(found.every((eq) => eq.accuracy >= 0)).toBe(true);
        found.forEach((eq, i) => {
          expect(Math.abs(eq.x - rs[i]!)).toBeLessThanOrEqual(
            eq.accuracy + 4 * Number.EPSILON * Math.abs(rs[i]!),
          );
        });
      }),
      { numRuns: 1000 },
    );
  });

  test('findEquilibria finds double roots off the grid and their accuracy covers the true root', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (d, s) => {
          fc.pre(Math.abs(d - s) > 0.1);
          const found = findEquilibria(productFromRoots([d, d, s]), [-4, 4]).equilibria;
          expect(found).toHaveLength(2);
          const double = found.find((e) => Math.abs(e.x - d) < 0.05)!;
          expect(Math.abs(double.x - d)).toBeLessThanOrEqual(double.accuracy + 1e-15);
          expect(double.accuracy).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('findEquilibria(f zero on a sub-interval) returns one interval of equilibria, not a thousand points', () => {
    const r = findEquilibria((x) => Math.max(0, x) * (x - 2) + Math.min(0, x + 1), [-3, 3]);
    expect(r.equilibriumIntervals).toHaveLength(1);
    expectClose('interval from', r.equilibriumIntervals[0]!.from, -1, 1e-14);
    expectClose('interval to', r.equilibriumIntervals[0]!.to, 0, 1e-14);
    expect(r.equilibria.map((e) => e.x)).toEqual([2]);
    const zero = findEquilibria(() => 0, [-1, 1]);
    expect(zero.equilibriumIntervals).toEqual([{ from: -1, to: 1, accuracy: expect.any(Number) }]);
    expect(zero.equilibria).toEqual([]);
  });

  test('findEquilibria reports where f is NaN, and the roots elsewhere still stand', () => {
    const r = findEquilibria((x) => Math.sqrt(x) - 0.5, [-1, 1]);
    expect(r.equilibria.map((e) => e.x)).toEqual([0.25]);
    expect(r.nonFinite.regions).toHaveLength(1);
    expect(r.nonFinite.regions[0]!.from).toBe(-1);
    expectClose('NaN region end', r.nonFinite.regions[0]!.to, 0, 1e-15);
    expect(r.nonFinite.points.length).toBe(500);
    expect(r.nonFinite.points.every((x) => x < 0)).toBe(true);
    const sinc = findEquilibria((x) => Math.sin(x) / x, [-5, 5]);
    expect(sinc.nonFinite.regions).toEqual([{ from: 0, to: 0 }]);
    expect(sinc.equilibria).toHaveLength(2);
  });

  test('findEquilibria(1/x) reports the pole as non-finite, not as a root', () => {
    const r = findEquilibria((x) => 1 / x, [-1, 1.3]);
    expect(r.equilibria).toEqual([]);
    expect(r.nonFinite.regions).toHaveLength(1);
    expectClose('pole', r.nonFinite.regions[0]!.from, 0, 1e-15);
  });

  test('findEquilibria locates roots to relative precision whatever the interval’s size', () => {
    expect(xs((x) => x - 3, [-1e305, 1e305])).toEqual([3]);
    expect(xs((x) => x - 3e-200, [-1, 1])).toEqual([3e-200]);
    const [tiny] = xs((x) => x ** 3, [-1.1, 1]);
    expect(Math.abs(tiny!)).toBeLessThan(1e-40);
  });

  test('findEquilibria(eˣ, [-30, 30]) finds no root at the low end (the touch test is local)', () => {
    expect(findEquilibria(Math.exp, [-30, 30]).equilibria).toEqual([]);
    expect(findEquilibria((x) => x * x + 1e-10, [-1, 1]).equilibria).toEqual([]);
  });

  test('findEquilibria throws ERR_INVALID_ARG for empty, reversed and non-finite intervals', () => {
    const f = (x: number) => x;
    for (const bad of [
      [1, 1],
      [2, 1],
      [0, Number.NaN],
      [Number.NEGATIVE_INFINITY, 0],
      [0],
      [-1e308, 1e308],
      'ab',
    ]) {
      try {
        findEquilibria(f, bad as unknown as [number, number]);
        expect.unreachable(`accepted ${String(bad)}`);
      } catch (e) {
        expect(e).toBeInstanceOf(PhaseflowError);
        expect((e as PhaseflowError).code).toBe('ERR_INVALID_ARG');
      }
    }
    expect(() => findEquilibria(f, [0, 1], { gridpoints: 5 } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_UNKNOWN_OPTION' }),
    );
    expect(() => findEquilibria(f, [0, 1], { gridPoints: 2 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
    );
    expect(() => findEquilibria((() => 'x') as never, [0, 1])).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_RETURN' }),
    );
  });

  test('findEquilibria never puts NaN or ±∞ in its result', () => {
    const r = findEquilibria((x) => Math.log(x) * Math.tan(x), [-2, 4]);
    const numbers = [
      ...r.equilibria.flatMap((e) => [e.x, e.accuracy]),
      ...r.equilibriumIntervals.flatMap((e) => [e.from, e.to, e.accuracy]),
      ...r.nonFinite.regions.flatMap((e) => [e.from, e.to]),
      ...r.nonFinite.points,
      r.spacing,
    ];
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(r.equilibria.map((e) => e.x)).toHaveLength(2); // 1 (log) and π (tan); π/2 is a pole
    expectClose('log root', r.equilibria[0]!.x, 1, 1e-15);
    expectClose('tan root', r.equilibria[1]!.x, Math.PI, 1e-14);
  });
});
