import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileFormula } from './compile-formula.ts';
import { deriveFormula } from './derive-formula.ts';
import { FormulaError } from './formula-error.ts';
import { formulaParameters } from './formula-parameters.ts';
import { integrateFormula } from './integrate-formula.ts';
import { numericAntiderivative } from './numeric-antiderivative.ts';
import { parseFormula } from './parse-formula.ts';
import { FORMULA_CONSTANTS, FORMULA_FUNCTIONS, isParameterName, PARAMETER_NAME } from './vocabulary.ts';

const ALLOWED = [...FORMULA_FUNCTIONS.keys(), ...FORMULA_CONSTANTS.keys(), 'x', 'y', 't'];
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);
const nameChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
/** Names shaped like parameters, biased towards the allowed names and their neighbours. */
const nameLike = fc.oneof(
  fc.constantFrom(...ALLOWED, ...PROTOTYPE_KEYS),
  fc.string({ unit: nameChars, minLength: 1, maxLength: 18 }),
  fc.tuple(fc.constantFrom(...ALLOWED), fc.string({ unit: nameChars, maxLength: 2 })).map(([a, b]) => a + b),
);

function outcome(text: string): { parameters: readonly string[] } | { code: string } {
  try {
    return { parameters: parseFormula(text, { parameters: true }).parameters };
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    return { code: error.code };
  }
}

describe('parseFormula(text, { parameters: true })', () => {
  test('no allowed name collides with a parameter: functions, constants, x, y, t are never parameters', () => {
    for (const name of ALLOWED) expect(isParameterName(name, ['x'])).toBe(false);
    fc.assert(
      fc.property(nameLike, (name) => {
        if (/^[0-9]/.test(name)) return; // `3a` is 3·a, by mathjs's implicit multiplication
        const result = outcome(`2*${name}*x`);
        if ('parameters' in result && result.parameters.length > 0) {
          expect(result.parameters).toEqual([name]);
          expect(ALLOWED.includes(name) || PROTOTYPE_KEYS.includes(name)).toBe(false);
          expect(PARAMETER_NAME.test(name)).toBe(true);
        }
        // And the other way round: every name the rules allow is a parameter, used as one.
        if (isParameterName(name, ['x'])) expect(result).toEqual({ parameters: [name] });
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  test('no hostile name becomes a parameter: only the rule-abiding names of arbitrary text do', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 24 }),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', '$x', 'a_b', 'é', 'Ω'),
      fc.string({ unit: nameChars, minLength: 17, maxLength: 40 }),
    );
    fc.assert(
      fc.property(hostile, (name) => {
        const result = outcome(`${name}*x`);
        if ('parameters' in result) {
          for (const p of result.parameters) {
            expect(isParameterName(p, ['x'])).toBe(true);
            expect(PROTOTYPE_KEYS).not.toContain(p);
          }
        }
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  test('a typo stays an error: a misspelt call is ERR_FORMULA_FUNCTION, never a parameter times something', () => {
    const typo = fc
      .tuple(
        fc.constantFrom(...FORMULA_FUNCTIONS.keys()),
        fc.nat(),
        nameChars,
        fc.constantFrom('insert', 'delete', 'replace'),
      )
      .map(([name, at, c, edit]) => {
        const i = at % (name.length + 1);
        if (edit === 'insert') return name.slice(0, i) + c + name.slice(i);
        if (edit === 'delete') return name.slice(0, i) + name.slice(i + 1);
        return name.slice(0, i) + c + name.slice(i + 1);
      });
    fc.assert(
      fc.property(typo, fc.constantFrom('(x)', '(1-x)', '(x, 2)'), (name, args) => {
        const result = outcome(`${name}${args}`);
        // Skip edits that made a real name, and digit-first ones (`1sin(x)` is 1·sin(x), by implicit multiplication).
        if (FORMULA_FUNCTIONS.has(name) || name === 'x' || !/^[A-Za-z]/.test(name)) return;
        expect(result).toEqual({ code: 'ERR_FORMULA_FUNCTION' });
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  test('parameters are listed in order of first appearance; x, y and t before a bracket multiply', () => {
    expect(parseFormula('r*x*(1 - x/K) - h', { parameters: true }).parameters).toEqual(['r', 'K', 'h']);
    expect(compileFormula(parseFormula('x(1-x)'))(0.25)).toBe(0.1875);
    expect(compileFormula(parseFormula('t(2) + x', { variables: ['x', 't'] }))(1, 3)).toBe(7);
    expect(outcome('x + y')).toEqual({ code: 'ERR_FORMULA_VARIABLE' });
    expect(outcome('mu*(1 - x^2)*x')).toEqual({ parameters: ['mu'] });
  });

  test('a set is seen by the compiled function and its symbolic derivative with no recompiling', () => {
    const formula = parseFormula('k*sin(w*x)', { parameters: true });
    const f = compileFormula(formula);
    const d = deriveFormula(formula, 'x', { parameters: f.parameters });
    expect(d.method).toBe('symbolic');
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (k, w, x) => {
          f.parameters.assign({ k, w });
          expect(f(x)).toBe(k * Math.sin(w * x));
          const exact = k * w * Math.cos(w * x);
          expect(Math.abs(d.evaluate(x) - exact)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(exact)));
        },
      ),
      { numRuns: 10_000 },
    );
  });

  test('a polynomial in x with parameter coefficients integrates in closed form, parameters kept as symbols', () => {
    const F = integrateFormula(parseFormula('r*x*(1 - x/K)', { parameters: true }), {
      parameters: { r: 2, K: 4 },
    });
    expect(F.method).toBe('closed-form');
    expect(F.text).toBe('r * x ^ 2 / 2 + r * -(1 / K) * x ^ 3 / 3');
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (r, K, x) => {
          F.parameters.assign({ r, K });
          const exact = r * (x ** 2 / 2 - x ** 3 / (3 * K));
          expect(Math.abs(F.evaluate(x) - exact)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(exact)));
        },
      ),
      { numRuns: 10_000 },
    );
  });

  test('closed form with parameters agrees with the numeric antiderivative on random polynomials (10^3 cases)', () => {
    const term = fc.tuple(
      fc.constantFrom('a', 'b', 'c', '2', 'sin(a)', 'a^2'),
      fc.integer({ min: 0, max: 4 }),
    );
    const polynomial = fc
      .array(term, { minLength: 1, maxLength: 4 })
      .map((terms) => terms.map(([c, k]) => `${c}*x^${k}`).join(' - '));
    fc.assert(
      fc.property(
        polynomial,
        fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (text, [a, b], x) => {
          const formula = parseFormula(text, { parameters: true });
          const values = Object.fromEntries(formula.parameters.map((p) => [p, p === 'a' ? a : b]));
          const F = integrateFormula(formula, { parameters: values });
          expect(F.method).toBe('closed-form');
          const f = compileFormula(formula, { parameters: values }) as (x: number) => number;
          const reference = numericAntiderivative(f)(x);
          expect(Math.abs(F.evaluate(x) - reference)).toBeLessThanOrEqual(1e-11 * (1 + Math.abs(reference)));
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  test('values are checked: unknown names, non-finite values and incomplete objects are ERR_INVALID_ARG', () => {
    const p = formulaParameters(['r']);
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as FormulaError).code;
      }
      return 'none';
    };
    expect(code(() => p.set('q', 1))).toBe('ERR_INVALID_ARG');
    expect(code(() => p.set('r', Number.NaN))).toBe('ERR_INVALID_ARG');
    expect(code(() => p.set('constructor', 1))).toBe('ERR_INVALID_ARG');
    expect(code(() => compileFormula(parseFormula('r*x', { parameters: true }), { parameters: {} }))).toBe(
      'ERR_INVALID_ARG',
    );
    expect(code(() => p.assign({ r: 2, q: 3 }))).toBe('ERR_INVALID_ARG');
    expect(p.get('r')).toBe(1); // a refused assign writes nothing
  });
});
