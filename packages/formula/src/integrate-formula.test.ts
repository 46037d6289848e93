import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { derivativeMismatch, formulaText, SMOOTH_FUNCTIONS } from '../test/arbitrary-formula.ts';
import { compileFormula } from './compile-formula.ts';
import { FormulaError } from './formula-error.ts';
import { gaussLegendre } from './gauss-legendre.ts';
import { integrateFormula } from './integrate-formula.ts';
import { parseFormula } from './parse-formula.ts';
import { polynomialCoefficients } from './polynomial-coefficients.ts';

const coefficients = fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 1, maxLength: 7 });
const x = fc.double({ min: -3, max: 3, noNaN: true });

describe('integrateFormula(formula)', () => {
  test('integrateFormula(x*(1-x)) is x^2/2 - x^3/3 in closed form', () => {
    const F = integrateFormula(parseFormula('x*(1-x)'));
    expect(F.method).toBe('closed-form');
    expect(F.text).toBe('x^2/2 - x^3/3');
    fc.assert(
      fc.property(x, (p) => {
        const exact = (p * p) / 2 - (p * p * p) / 3;
        return Math.abs(F.evaluate(p) - exact) <= 1e-15 * (1 + Math.abs(exact));
      }),
    );
  });

  test('polynomials written as products integrate in closed form, F(anchor) = 0', () => {
    fc.assert(
      fc.property(coefficients, fc.integer({ min: -3, max: 3 }), x, (c, anchor, p) => {
        // The text multiplies out (x - 1)(x + 2) · Σ c_k x^k, which the test expands independently below.
        const text = `(x - 1)*(x + 2)*(${c.map((ck, k) => `${ck}*x^${k}`).join(' + ')})`;
        const F = integrateFormula(parseFormula(text), { anchor });
        const expanded = [0, 0, 0, ...c.map(() => 0)];
        c.forEach((ck, k) => {
          expanded[k]! += -2 * ck;
          expanded[k + 1]! += ck;
          expanded[k + 2]! += ck;
        });
        const P = (v: number) => expanded.reduce((s, ek, k) => s + (ek * v ** (k + 1)) / (k + 1), 0);
        const exact = P(p) - P(anchor);
        expect(F.method).toBe('closed-form');
        expect(F.evaluate(anchor)).toBe(0);
        expect(Math.abs(F.evaluate(p) - exact)).toBeLessThanOrEqual(
          1e-9 * (1 + Math.abs(P(p)) + Math.abs(P(anchor))),
        );
      }),
      { numRuns: 300 },
    );
  });

  test("F' = f for random smooth formulas (numeric and closed form)", () => {
    const smooth = formulaText({ unary: SMOOTH_FUNCTIONS, binary: ['+', '-', '*'], depth: 2 });
    fc.assert(
      fc.property(smooth, fc.array(x, { minLength: 1, maxLength: 3 }), (text, points) => {
        const formula = parseFormula(text);
        const f = compileFormula(formula) as (v: number) => number;
        const F = integrateFormula(formula);
        for (const p of points) {
          if (!(Math.abs(F.evaluate(p)) < 1e8)) continue;
          const mismatch = derivativeMismatch(F.evaluate, p, f(p));
          if (mismatch) throw new Error(`${text} (${F.method}): ${mismatch}`);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  test('numeric integration of cos gives sin to 1e-13, far from the anchor too', () => {
    const F = integrateFormula(parseFormula('cos(x)'));
    expect(F.method).toBe('numeric');
    for (const p of [-50.3, -7, -0.01, 0, 0.3, 1, 12.5, 200]) {
      expect(Math.abs(F.evaluate(p) - Math.sin(p))).toBeLessThanOrEqual(1e-13 * (1 + Math.abs(p)));
    }
  });

  test('F is NaN past a point where f is undefined, and finite before it', () => {
    const F = integrateFormula(parseFormula('sqrt(1 - x)'));
    expect(F.evaluate(0.5)).toBeCloseTo((2 / 3) * (1 - 0.5 ** 1.5), 6);
    expect(F.evaluate(1.5)).toBeNaN();
    expect(F.evaluate(Number.NaN)).toBeNaN();
  });

  test('a formula with two variables cannot be integrated', () => {
    expect(() => integrateFormula(parseFormula('x*t', { variables: ['x', 't'] }))).toThrow(FormulaError);
    expect(() => integrateFormula(parseFormula('x'), { anchor: Number.NaN })).toThrow(FormulaError);
  });
});

describe('polynomialCoefficients(node, variable)', () => {
  test.each([
    ['x*(1-x)', [0, 1, -1]],
    ['(x+1)^3', [1, 3, 3, 1]],
    ['square(x) / 2 - pi', [-Math.PI, 0, 0.5]],
    ['2^3 * x', [0, 8]],
  ])('polynomialCoefficients(%j) = %j', (text, expected) => {
    expect(polynomialCoefficients(parseFormula(text).node, 'x')).toEqual(expected);
  });

  test.each(['sin(x)', 'x^-1', '1/x', 'x^0.5', 'x^x', '(x+1)^100', 'x*t'])(
    '%j is not a polynomial',
    (text) => {
      expect(polynomialCoefficients(parseFormula(text, { variables: ['x', 't'] }).node, 'x')).toBeUndefined();
    },
  );
});

describe('gaussLegendre(f, a, b)', () => {
  test('is exact for polynomials of degree up to 15', () => {
    for (let n = 0; n <= 15; n++) {
      const exact = (0.7 ** (n + 1) - (-1.2) ** (n + 1)) / (n + 1);
      expect(Math.abs(gaussLegendre((v) => v ** n, -1.2, 0.7) - exact)).toBeLessThanOrEqual(1e-14);
    }
  });
});
