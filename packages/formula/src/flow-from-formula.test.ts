import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { flowFromFormula } from './flow-from-formula.ts';
import { FormulaError } from './formula-error.ts';

const x = fc.double({ min: -3, max: 3, noNaN: true });

describe('flowFromFormula(text, given)', () => {
  test("flowFromFormula('x*(1-x)') is gradient ascent on F = x^2/2 - x^3/3", () => {
    const flow = flowFromFormula('x*(1-x)');
    expect(flow.given).toBe('rhs');
    expect(flow.potential).toMatchObject({ method: 'closed-form', text: 'x^2/2 - x^3/3' });
    expect(flow.gradient.method).toBe('given');
    expect(flow.curvature.method).toBe('symbolic');
    fc.assert(
      fc.property(x, (p) => {
        expect(flow.gradient.evaluate(p)).toBe(p * (1 - p));
        expect(Math.abs(flow.potential.evaluate(p) - (p ** 2 / 2 - p ** 3 / 3))).toBeLessThanOrEqual(
          1e-14 * (1 + p ** 4),
        );
        expect(Math.abs(flow.curvature.evaluate(p) - (1 - 2 * p))).toBeLessThanOrEqual(
          1e-15 * (1 + Math.abs(p)),
        );
      }),
    );
    // The equilibria 0 (f' = 1 > 0, unstable) and 1 (f' = -1 < 0, stable).
    expect(flow.curvature.evaluate(0)).toBe(1);
    expect(flow.curvature.evaluate(1)).toBe(-1);
  });

  test("flowFromFormula('x^2', 'potential') has gradient 2x and curvature 2", () => {
    const flow = flowFromFormula('x^2', 'potential');
    expect(flow.potential.method).toBe('given');
    expect(flow.gradient).toMatchObject({ method: 'symbolic', text: '2*x' });
    fc.assert(
      fc.property(x, (p) => {
        expect(flow.gradient.evaluate(p)).toBe(2 * p);
        expect(flow.curvature.evaluate(p)).toBe(2);
      }),
    );
  });

  test('a potential mathjs cannot differentiate falls back to differences at both orders', () => {
    const flow = flowFromFormula('x > 0 ? x^3 : 0', 'potential');
    expect(flow.gradient.method).toBe('central-difference');
    expect(flow.curvature.method).toBe('central-difference');
    expect(flow.gradient.evaluate(2)).toBeCloseTo(12, 7);
    expect(flow.curvature.evaluate(2)).toBeCloseTo(12, 3);
  });

  test('a non-polynomial right-hand side gets a numeric potential', () => {
    const flow = flowFromFormula('-sin(x)');
    expect(flow.potential.method).toBe('numeric');
    expect(flow.potential.evaluate(2)).toBeCloseTo(Math.cos(2) - 1, 13);
  });

  test('bad text throws a FormulaError', () => {
    expect(() => flowFromFormula('x +')).toThrow(FormulaError);
  });
});
