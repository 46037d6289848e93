import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectClose, hornerFromRoots } from '../../test/expect-close.ts';
import { classifyEquilibrium } from './classify-equilibrium.ts';
import { findEquilibria } from './find-equilibria.ts';

const logistic = (x: number) => x * (1 - x);

describe('classifyEquilibrium', () => {
  test('classifyEquilibrium(logistic) gives 0 unstable and 1 stable from f′ = 1 and −1', () => {
    const zero = classifyEquilibrium(logistic, 0);
    const one = classifyEquilibrium(logistic, 1);
    expect([zero.kind, one.kind]).toEqual(['unstable', 'stable']);
    expect([zero.decidedBy, one.decidedBy]).toEqual(['derivative', 'derivative']);
    expect(zero.derivativeSource).toBe('finite-difference');
    expectClose("f'(0)", zero.derivative!, 1, 1e-9);
    expectClose("f'(1)", one.derivative!, -1, 1e-9);
  });

  test('classifyEquilibrium(f, x*, { derivative }) uses and records the user derivative', () => {
    const c = classifyEquilibrium(logistic, 1, { derivative: (x) => 1 - 2 * x });
    expect(c).toMatchObject({
      kind: 'stable',
      derivative: -1,
      derivativeSource: 'user',
      decidedBy: 'derivative',
    });
  });

  test('classifyEquilibrium(x²(1 − x), 0) is semi-stable: attracting from the left, repelling on the right', () => {
    for (const options of [{}, { derivative: (x: number) => 2 * x - 3 * x * x }]) {
      const c = classifyEquilibrium((x) => x * x * (1 - x), 0, options);
      expect(c).toMatchObject({ kind: 'semi-stable', decidedBy: 'signs', leftFlow: 1, rightFlow: 1 });
    }
    expect(classifyEquilibrium((x) => x * x * (1 - x), 1).kind).toBe('stable');
  });

  test('classifyEquilibrium(±x³, 0) decides by higher order: −x³ stable, x³ unstable', () => {
    expect(classifyEquilibrium((x) => -(x ** 3), 0)).toMatchObject({ kind: 'stable', decidedBy: 'signs' });
    expect(classifyEquilibrium((x) => x ** 3, 0)).toMatchObject({ kind: 'unstable', decidedBy: 'signs' });
    // A root known only to rounding, with an exact f′: still decided by the signs, not by f′ = 3e-34.
    expect(classifyEquilibrium((x) => x ** 4, 1e-17, { derivative: (x) => 4 * x ** 3 }).kind).toBe(
      'semi-stable',
    );
  });

  test('classifyEquilibrium with a short step tells a simple root from its neighbour 1e-9 away', () => {
    // x + 1e9·x² has roots 0 (f′ = 1) and −1e-9 (f′ = −1); f′ changes by 30 over ±1.5e-8.
    const f = (x: number) => x + 1e9 * x * x;
    const df = (x: number) => 1 + 2e9 * x;
    expect(classifyEquilibrium(f, 0, { derivative: df, step: 2.5e-10 })).toMatchObject({
      kind: 'unstable',
      decidedBy: 'derivative',
    });
    expect(classifyEquilibrium(f, -1e-9, { derivative: df, step: 2.5e-10 }).kind).toBe('stable');
    expect(classifyEquilibrium(f, 0, { step: 2.5e-10 }).kind).toBe('unstable');
  });

  test('classifyEquilibrium(x(x − 1)(x − 2)) alternates unstable, stable, unstable', () => {
    const f = (x: number) => x * (x - 1) * (x - 2);
    expect([0, 1, 2].map((x) => classifyEquilibrium(f, x).kind)).toEqual(['unstable', 'stable', 'unstable']);
  });

  test('classifyEquilibrium at the roots of a random polynomial agrees with the sign of the exact p′', () => {
    const roots = fc
      .uniqueArray(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 6 })
      .map((ks) => ks.map((k) => k / 10).sort((a, b) => a - b));
    fc.assert(
      fc.property(roots, fc.constantFrom(1, -1, 0.01, -250), (rs, c) => {
        const p = hornerFromRoots(rs, c);
        for (const e of findEquilibria(p, [-5, 5]).equilibria) {
          const i = rs.findIndex((r) => Math.abs(r - e.x) < 1e-6);
          const slope = rs.reduce((acc, r, j) => (j === i ? acc : acc * (rs[i]! - r)), c);
          const kind = classifyEquilibrium(p, e.x, { accuracy: e.accuracy }).kind;
          expect(kind).toBe(slope < 0 ? 'stable' : 'unstable');
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('classifyEquilibrium with f NaN on one side lets the other side decide', () => {
    const c = classifyEquilibrium((x) => -Math.sqrt(x), 0);
    expect(c.derivative).toBeNull();
    expect(c).toMatchObject({ kind: 'stable', leftFlow: null, rightFlow: -1 });
    expect(classifyEquilibrium(() => 0, 0).kind).toBe('undetermined');
  });

  test('classifyEquilibrium throws on bad input', () => {
    expect(() => classifyEquilibrium(logistic, Number.NaN)).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
    );
    expect(() => classifyEquilibrium(logistic, 0, { step: -1 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG' }),
    );
    expect(() => classifyEquilibrium(logistic, 0, { h: 1 } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_UNKNOWN_OPTION' }),
    );
  });
});
