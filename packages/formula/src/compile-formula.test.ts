import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formulaText } from '../test/arbitrary-formula.ts';
import { compileFormula } from './compile-formula.ts';
import { parseFormula } from './parse-formula.ts';
import { FORMULA_FUNCTIONS } from './vocabulary.ts';

const UNARY = [...FORMULA_FUNCTIONS].filter(([, [min]]) => min === 1).map(([name]) => name);

/** Every function, operator and conditional, so each fast path meets its mathjs counterpart. */
const anyFormula = formulaText({
  unary: UNARY,
  binary: ['+', '-', '*', '/', '^', 'mod'],
  depth: 3,
  extra: (inner) => [
    fc
      .tuple(fc.constantFrom('atan2', 'pow', 'nthRoot', 'log', 'min', 'max', 'mod'), inner, inner)
      .map(([f, a, b]) => `${f}(${a}, ${b})`),
    fc
      .tuple(inner, fc.constantFrom('<', '<=', '>', '>=', '==', '!='), inner, inner, inner)
      .map(([a, op, b, c, d]) => `(${a}) ${op} (${b}) ? (${c}) : (${d})`),
    fc.tuple(inner, inner).map(([a, b]) => `0 < (${a}) < 1 and not (${b}) ? 1 : (${a})`),
  ],
});

const point = fc.oneof(
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.double(),
  fc.constantFrom(0, -0, 1, -1, 0.5, -8, 2, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

describe('compileFormula(formula)', () => {
  test('closures agree with mathjs evaluate bit for bit on random formulas and points', () => {
    fc.assert(
      fc.property(anyFormula, fc.array(point, { minLength: 1, maxLength: 5 }), (text, xs) => {
        const formula = parseFormula(text);
        const fast = compileFormula(formula);
        const reference = compileFormula(formula, { engine: 'mathjs' });
        for (const x of xs) {
          const a = fast(x);
          const b = reference(x);
          if (!same(a, b)) throw new Error(`${text} at x = ${x}: closures ${a}, mathjs ${b}`);
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  test('compileFormula(x*(1-x)) equals the hand-written logistic bit for bit', () => {
    const f = compileFormula(parseFormula('x*(1-x)'));
    fc.assert(fc.property(fc.double(), (x) => same(f(x), x * (1 - x))));
  });

  test('a formula of x and t takes x then t', () => {
    const f = compileFormula(parseFormula('x - t^2', { variables: ['x', 't'] }));
    expect(f(5, 2)).toBe(1);
    const g = compileFormula(parseFormula('x - t^2', { variables: ['x', 't'] }), { engine: 'mathjs' });
    expect(g(5, 2)).toBe(1);
  });

  test('undefined results are NaN, never a throw or a complex number', () => {
    for (const text of ['sqrt(x)', 'log(x)', 'asin(x)', 'nthRoot(x, 2)', 'acosh(x)', 'x^0.5']) {
      for (const engine of ['closures', 'mathjs'] as const) {
        expect(compileFormula(parseFormula(text), { engine })(-4)).toBeNaN();
      }
    }
  });

  test('a negative base with a fractional exponent is NaN; cbrt and nthRoot give real odd roots', () => {
    expect(compileFormula(parseFormula('x^(1/3)'))(-8)).toBeNaN();
    expect(compileFormula(parseFormula('cbrt(x)'))(-8)).toBe(-2);
    expect(compileFormula(parseFormula('nthRoot(x, 3)'))(-8)).toBe(-2);
  });
});
