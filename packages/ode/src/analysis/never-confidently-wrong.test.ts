import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectClose, hornerFromRoots, productFromRoots } from '../../test/expect-close.ts';
import { blowUpTime } from './blow-up-time.ts';
import { classifyEquilibrium, kindFromSides } from './classify-equilibrium.ts';
import { classifyFixedPoint } from './classify-fixed-point.ts';
import { findEquilibria } from './find-equilibria.ts';
import { jacobian } from './jacobian.ts';
import { phaseLine } from './phase-line.ts';
import { symmetricEigen } from './symmetric-eigen.ts';

// The probes of issues 12 (§2) and 14 (items 4, 6, 7), each with what it gave before the fix.
const coded = (code: string) => expect.objectContaining({ name: 'PhaseflowError', code });

describe('classifyEquilibrium and phaseLine on functions that vary on a fine scale', () => {
  test('classifyEquilibrium(sin(1/x), 1/(kπ)) is stable for even k and unstable for odd k, up to k = 3·10⁶', () => {
    // Before: a fixed step of 6e-6 gave the opposite kind at 36 of 53 roots with k in [50, 2000).
    fc.assert(
      fc.property(fc.double({ min: Math.log(50), max: Math.log(3e6), noNaN: true }), (logK) => {
        const k = Math.round(Math.exp(logK));
        const c = classifyEquilibrium((x) => Math.sin(1 / x), 1 / (k * Math.PI));
        expect(c.kind).toBe(k % 2 === 0 ? 'stable' : 'unstable');
      }),
      { numRuns: 3000 },
    );
  });

  test('phaseLine records never contradict their own flows (sin(1/x), sin(ωx), random products)', () => {
    // Before: 54 of the 287 records of phaseLine(sin(1/x), [0.001, 0.01]) had a kind their flows denied.
    const agree = (line: ReturnType<typeof phaseLine>) => {
      for (const e of line.equilibria) {
        if (e.kind !== 'undetermined')
          expect(kindFromSides(e.leftFlow, e.rightFlow), `at ${e.x}`).toBe(e.kind);
      }
    };
    agree(phaseLine((x) => Math.sin(1 / x), [0.001, 0.01], { exits: false, gridPoints: 20001 }));
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (w, c) => {
          agree(phaseLine((x) => Math.sin(w * x) + 0.3 * Math.sin(1 / (x - c)), [-3, 3], { exits: false }));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('findEquilibria on clustered and noisy roots', () => {
  const cluster = (x: number) => (x - 1) * (x - 1.0001) * (x - 1.0002);
  test('findEquilibria((x − 1)(x − 1.0001)(x − 1.0002)) finds all three in every window, with no interval', () => {
    // Before: [0.9, 1.1] gave the interval of equilibria [1, 1.0002]; [0, 1.5] and [-3.3, 2.7] one root; [0, 2] one
    // root at 1.0001 with accuracy 1e-4.
    for (const interval of [
      [0, 2],
      [0.5, 1.5],
      [-1, 3],
      [0.9, 1.1],
      [0, 1.5],
      [-3.3, 2.7],
    ] as [number, number][]) {
      const r = findEquilibria(cluster, interval);
      expect(r.equilibriumIntervals).toEqual([]);
      expect(r.unresolved).toEqual([]);
      expect(r.equilibria).toHaveLength(3);
      r.equilibria.forEach((e, i) => {
        expectClose(`root ${i} on ${interval}`, e.x, 1 + i * 1e-4, 1e-15, 1e-15);
      });
    }
  });

  test('findEquilibria((x − 1)(x − 1.0001)²) keeps the double root in every window', () => {
    // Before: [0, 2], [0, 1.5] and [-3.3, 2.7] silently dropped the double root at 1.0001.
    for (const interval of [
      [0, 2],
      [0.5, 1.5],
      [-1, 3],
      [0, 1.5],
      [-3.3, 2.7],
    ] as [number, number][]) {
      const r = findEquilibria((x) => (x - 1) * (x - 1.0001) ** 2, interval);
      expect(r.equilibria.map((e) => Math.abs(e.x - 1.0001) <= e.accuracy + 1e-15)).toEqual([false, true]);
    }
  });

  test('phaseLine(expanded (x − 1)³) reports an accuracy that covers 1 and the kind unstable', () => {
    // Before: accuracy 0 at x = 1.99999 for (x − 2)³; the kinds held only by luck.
    for (const [root, interval] of [
      [1, [0, 2]],
      [1, [-1, 3]],
      [2, [0, 3]],
    ] as [number, [number, number]][]) {
      const line = phaseLine(hornerFromRoots([root, root, root]), interval, { exits: false });
      expect(line.equilibria).toHaveLength(1);
      const e = line.equilibria[0]!;
      expect(e.accuracy).toBeGreaterThan(1e-6);
      expect(Math.abs(e.x - root)).toBeLessThanOrEqual(e.accuracy);
      expect(e.kind).toBe('unstable');
    }
  });
});

describe('blowUpTime decides from the growth rate', () => {
  test('blowUpTime(x^p, 1) is blow-up at T = 1/(p − 1) within its accuracy for p in [1.01, 3]', () => {
    // Before: 'unbounded' for every p ≤ 1.1 (the doubling budget ran out first).
    fc.assert(
      fc.property(
        fc.double({ min: 1.01, max: 3, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (p, x0) => {
          const r = blowUpTime((x) => x ** p, x0);
          const T = x0 ** (1 - p) / (p - 1);
          expect(r.status).toBe('blow-up');
          expect(Math.abs(r.time! - T)).toBeLessThanOrEqual(r.accuracy! + 8 * Number.EPSILON * T);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('blowUpTime(x^p, 1) for 1 < p < 1.01 is blow-up with an accuracy covering T, or undetermined, never unbounded', () => {
    for (const p of [1.005, 1.001, 1 + 1e-4, 1 + 1e-6, 1 + 1e-9, 1 + 1e-12, 1 + 1e-14, 1 + Number.EPSILON]) {
      const r = blowUpTime((x) => x ** p, 1);
      expect(['blow-up', 'undetermined']).toContain(r.status);
      if (r.status === 'blow-up') expect(Math.abs(r.time! - 1 / (p - 1))).toBeLessThanOrEqual(r.accuracy!);
    }
  });

  test('blowUpTime never calls x·ln x a blow-up, nor an underflow an equilibrium', () => {
    expect(blowUpTime((x) => x * Math.log(x), 3).status).toBe('undetermined');
    expect(blowUpTime((x) => x * Math.log(x) * Math.log(Math.log(x)), 20).status).not.toBe('blow-up');
    // Before: e^(−x) underflows to 0 from x ≈ 745, which was 'approaches-equilibrium' there; −e^(−x²) at 30: 'at-equilibrium'.
    expect(blowUpTime((x) => Math.exp(-x), 0)).toMatchObject({ status: 'undetermined' });
    expect(blowUpTime((x) => -Math.exp(-x * x), 30).status).toBe('undetermined');
    expect(blowUpTime((x) => x * x * (1 - x), -3)).toMatchObject({
      status: 'approaches-equilibrium',
      limit: 0,
    });
    expect(blowUpTime((x) => x * (1 - x), 0).status).toBe('at-equilibrium');
  });
});

describe('finite input, finite and right output (issue 14, item 7)', () => {
  test('jacobian(f, [.5, .5], { step: 1e-300 }) is a coded error, not NaN; steps near the largest double stay finite', () => {
    const f = (x: Float64Array, _t: number, d: Float64Array) => {
      d[0] = x[0]! * x[1]!;
      d[1] = x[0]! - x[1]!;
    };
    expect(() => jacobian(f, [0.5, 0.5], { step: 1e-300 })).toThrow(coded('ERR_INVALID_ARG'));
    const J = jacobian(
      (x, _t, d) => {
        d[0] = -x[0]!;
      },
      [1.7e308],
    );
    expectClose('J at 1.7e308', J[0]!, -1, 1e-9);
  });

  test('classifyFixedPoint of a matrix scaled by 1e200 or 1e-200 has the kind of the unscaled one', () => {
    // Before: classifyFixedPoint([[1e200, 0], [0, 1e200]]) was 'non-isolated' (the determinant overflowed).
    expect(
      classifyFixedPoint([
        [1e200, 0],
        [0, 1e200],
      ]).kind,
    ).toBe('unstable-star');
    for (const s of [1e200, 1e-200, 1e300]) {
      expect(
        classifyFixedPoint([
          [0, s],
          [-s, -0.5 * s],
        ]).kind,
      ).toBe('stable-focus');
      expect(
        classifyFixedPoint([
          [s, 0, 0],
          [0, -s, 0],
          [0, 0, -2 * s],
        ]).kind,
      ).toBe('saddle');
    }
  });

  test('symmetricEigen of matrices near 1e308 is right, or a coded error when λ exceeds the doubles', () => {
    // Before: symmetricEigen([[1e308, 1e308], [1e308, 1e308]]) gave [0, ∞].
    expect(
      Array.from(
        symmetricEigen([
          [1e308, 0],
          [0, 1e308],
        ]).values,
      ),
    ).toEqual([1e308, 1e308]);
    const v = symmetricEigen([
      [1e308, 5e307],
      [5e307, 1e308],
    ]).values;
    expectClose('λ1', v[0]!, 5e307, 0, 1e-15);
    expectClose('λ2', v[1]!, 1.5e308, 0, 1e-15);
    expect(() =>
      symmetricEigen([
        [1e308, 1e308],
        [1e308, 1e308],
      ]),
    ).toThrow(coded('ERR_INVALID_ARG'));
  });

  test('classifyEquilibrium(x => −x, 1e308) is stable; blowUpTime(x², 1, { rtol: 5e-324 }) is a coded error', () => {
    // Before: 'semi-stable' (the second difference overflowed) and status 'non-finite' after 174,744 evaluations.
    expect(classifyEquilibrium((x) => -x, 1e308)).toMatchObject({ kind: 'stable', decidedBy: 'derivative' });
    expect(() => blowUpTime((x) => x * x, 1, { rtol: 5e-324 })).toThrow(coded('ERR_INVALID_ARG'));
    expect(blowUpTime((x) => x * x, 1, { rtol: 1e-15 })).toMatchObject({ status: 'blow-up' });
  });
});

describe('phaseLine is linear in its equilibria (issue 14, item 4)', () => {
  test('phaseLine(sin, ten grid points per root) costs the same evaluations per equilibrium for 2^13 and 2^17 of them', () => {
    // Before: 64k equilibria took 16 s (a quadratic search for each one's neighbours).
    const cost = (n: number) => {
      const line = phaseLine((x) => Math.sin(x), [0.5, 0.5 + n * Math.PI], {
        exits: false,
        gridPoints: 10 * n + 1,
      });
      expect(line.equilibria).toHaveLength(n);
      return (line.nfev - (10 * n + 1)) / n;
    };
    const small = cost(2 ** 13);
    const large = cost(2 ** 17);
    expect(large).toBeLessThan(120);
    expect(Math.abs(large - small)).toBeLessThan(0.1 * small);
  }, 60_000);
});

describe('products and expansions agree on simple roots', () => {
  test('findEquilibria finds the same simple roots in product and expanded form', () => {
    const f = productFromRoots([-0.5, 0.25, 0.75]);
    const g = hornerFromRoots([-0.5, 0.25, 0.75]);
    expect(findEquilibria(f, [-1, 1]).equilibria.map((e) => e.x)).toEqual([-0.5, 0.25, 0.75]);
    findEquilibria(g, [-1, 1]).equilibria.forEach((e, i) => {
      expect(Math.abs(e.x - [-0.5, 0.25, 0.75][i]!)).toBeLessThanOrEqual(e.accuracy + 1e-16);
    });
  });
});
