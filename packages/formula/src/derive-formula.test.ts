import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { derivativeMismatch, formulaText, SMOOTH_FUNCTIONS } from '../test/arbitrary-formula.ts';
import { compileFormula } from './compile-formula.ts';
import { deriveFormula } from './derive-formula.ts';
import { FormulaError } from './formula-error.ts';
import { parseFormula } from './parse-formula.ts';

const smooth = formulaText({ unary: SMOOTH_FUNCTIONS, binary: ['+', '-', '*'], depth: 3 });
const polynomial = fc
  .array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 8 })
  .map((c) => c.map((ck, k) => `(${ck})*x^${k}`).join(' + '));
const x = fc.double({ min: -2, max: 2, noNaN: true });

function checkAgainstDifferences(text: string, points: number[]): void {
  const formula = parseFormula(text);
  const f = compileFormula(formula);
  const d = deriveFormula(formula);
  if (d.method !== 'symbolic') throw new Error(`${text}: expected a symbolic derivative, got ${d.reason}`);
  for (const p of points) {
    if (!(Math.abs(f(p)) < 1e8)) continue;
    const mismatch = derivativeMismatch(f, p, d.evaluate(p));
    if (mismatch) throw new Error(`${text} → ${d.formula?.text}: ${mismatch}`);
  }
}

describe('deriveFormula(formula)', () => {
  test('symbolic derivatives of random polynomials match finite differences', () => {
    fc.assert(
      fc.property(polynomial, fc.array(x, { minLength: 1, maxLength: 4 }), (text, points) => {
        checkAgainstDifferences(text, points);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  test('symbolic derivatives of random trig/exp compositions match finite differences', () => {
    fc.assert(
      fc.property(smooth, fc.array(x, { minLength: 1, maxLength: 4 }), (text, points) => {
        checkAgainstDifferences(text, points);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  test('deriveFormula(x*(1-x)) is 1 - 2x', () => {
    const d = deriveFormula(parseFormula('x*(1-x)'));
    expect(d.method).toBe('symbolic');
    fc.assert(fc.property(x, (p) => Math.abs(d.evaluate(p) - (1 - 2 * p)) <= 1e-15 * (1 + Math.abs(p))));
  });

  test.each([
    ['x^2*(1-x)', '2*x - 3*x^2'],
    ['x^4/4 - x^2/2', '-x + x^3'],
    ['(x+1)^2', '2 + 2*x'],
    ['7', '0'],
  ])('deriveFormula(%j) of a polynomial is %j, from its coefficients', (text, expected) => {
    const d = deriveFormula(parseFormula(text));
    expect(d.method).toBe('symbolic');
    expect(d.formula?.text).toBe(expected);
  });

  test('a long sum is differentiated symbolically without mathjs simplify', () => {
    const text = Array.from({ length: 40 }, (_, k) => `sin(${k + 1}*x)`).join(' + ');
    const d = deriveFormula(parseFormula(text));
    expect(d.method).toBe('symbolic');
    const expected = (p: number) =>
      Array.from({ length: 40 }, (_, k) => (k + 1) * Math.cos((k + 1) * p)).reduce((a, b) => a + b);
    for (const p of [-1.3, 0, 0.7, 2])
      expect(Math.abs(d.evaluate(p) - expected(p))).toBeLessThanOrEqual(1e-11);
  });

  test.each([
    ['floor(x) + x^2', 2.5, 5],
    ['x > 0 ? x^2 : -x', 1.5, 3],
    ['x > 0 ? x^2 : -x', -1, -1],
    ['atan2(x, 1)', 1, 0.5],
    ['x mod 3', 1.2, 1],
  ])('deriveFormula(%j) falls back to a central difference: at %d it is %d', (text, point, expected) => {
    const d = deriveFormula(parseFormula(text));
    expect(d.method).toBe('central-difference');
    expect(d.formula).toBeUndefined();
    expect(typeof d.reason).toBe('string');
    expect(Math.abs(d.evaluate(point) - expected)).toBeLessThanOrEqual(1e-8);
  });

  test('with t as a variable, the derivative in x holds t fixed', () => {
    const formula = parseFormula('sin(x*t)', { variables: ['x', 't'] });
    const d = deriveFormula(formula);
    expect(d.evaluate(0.3, 2)).toBeCloseTo(2 * Math.cos(0.6), 14);
    const dt = deriveFormula(formula, 't');
    expect(dt.evaluate(0.3, 2)).toBeCloseTo(0.3 * Math.cos(0.6), 14);
    expect(() => deriveFormula(formula, 'y')).toThrow(FormulaError);
  });
});
