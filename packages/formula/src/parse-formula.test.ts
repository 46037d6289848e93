import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileFormula } from './compile-formula.ts';
import { deriveFormula } from './derive-formula.ts';
import { FormulaError, type FormulaErrorCode } from './formula-error.ts';
import { parseFormula } from './parse-formula.ts';
import { MAX_FORMULA_LENGTH } from './vocabulary.ts';

function errorOf(run: () => unknown): FormulaError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw new Error(`expected a FormulaError, got ${String(error)}`);
  }
  throw new Error('expected a FormulaError, got no error');
}

/** The inputs issue 7 lists, plus their relatives, each with the code it must give. */
const HOSTILE: [string, FormulaErrorCode][] = [
  ['constructor', 'ERR_FORMULA_VARIABLE'],
  ['__proto__', 'ERR_FORMULA_VARIABLE'],
  ['x.constructor', 'ERR_FORMULA_UNSUPPORTED'],
  ['x["constructor"]', 'ERR_FORMULA_UNSUPPORTED'],
  ["import('x')", 'ERR_FORMULA_FUNCTION'],
  ['import({}, {override: true})', 'ERR_FORMULA_FUNCTION'],
  ['evaluate("1+1")', 'ERR_FORMULA_FUNCTION'],
  ['x'.repeat(10_000), 'ERR_FORMULA_TOO_LONG'],
  ['x*(1-x', 'ERR_FORMULA_SYNTAX'],
  ['x*(1-x))', 'ERR_FORMULA_SYNTAX'],
  ['(x]', 'ERR_FORMULA_SYNTAX'],
  ['(((', 'ERR_FORMULA_SYNTAX'],
  ['garbage ** $$ ~', 'ERR_FORMULA_SYNTAX'],
  ['@#!', 'ERR_FORMULA_SYNTAX'],
  ['', 'ERR_FORMULA_SYNTAX'],
  ['   ', 'ERR_FORMULA_SYNTAX'],
  ['a = 1', 'ERR_FORMULA_UNSUPPORTED'],
  ['f(x) = x^2', 'ERR_FORMULA_UNSUPPORTED'],
  ['x; x', 'ERR_FORMULA_UNSUPPORTED'],
  ['[1, 2]', 'ERR_FORMULA_UNSUPPORTED'],
  ['{a: 1}', 'ERR_FORMULA_UNSUPPORTED'],
  ['"text"', 'ERR_FORMULA_UNSUPPORTED'],
  ['1:3', 'ERR_FORMULA_UNSUPPORTED'],
  ['x > 0', 'ERR_FORMULA_UNSUPPORTED'],
  ['x!', 'ERR_FORMULA_UNSUPPORTED'],
  ['true', 'ERR_FORMULA_UNSUPPORTED'],
  ['y', 'ERR_FORMULA_VARIABLE'],
  ['t * x', 'ERR_FORMULA_VARIABLE'],
  ['5 cm', 'ERR_FORMULA_VARIABLE'],
  ['sin', 'ERR_FORMULA_FUNCTION'],
  ['sin(x, 2)', 'ERR_FORMULA_FUNCTION'],
  ['x(2, 3)', 'ERR_FORMULA_FUNCTION'],
  ['sinn(x)', 'ERR_FORMULA_FUNCTION'],
  [`${'('.repeat(300)}x${')'.repeat(300)}`, 'ERR_FORMULA_TOO_LONG'],
  [`${'-'.repeat(900)}x`, 'ERR_FORMULA_TOO_LONG'],
];

describe('parseFormula(text)', () => {
  test.each(HOSTILE)('parseFormula(%j) throws its code', (text, code) => {
    expect(errorOf(() => parseFormula(text)).code).toBe(code);
  });

  test('parseFormula(non-string) throws ERR_INVALID_ARG', () => {
    expect(errorOf(() => parseFormula(42 as unknown as string)).code).toBe('ERR_INVALID_ARG');
    expect(errorOf(() => parseFormula('x', { variables: ['sin'] })).code).toBe('ERR_INVALID_ARG');
    expect(errorOf(() => parseFormula('x', { variables: ['x', 'x'] })).code).toBe('ERR_INVALID_ARG');
  });

  test('errors carry the position of the problem', () => {
    expect(errorOf(() => parseFormula('x + y')).position).toBe(4);
    expect(errorOf(() => parseFormula('x*(1-x')).position).toBe(2);
    expect(errorOf(() => parseFormula('x*(1-x))')).position).toBe(7);
    expect(errorOf(() => parseFormula('2 * foo(x)')).position).toBe(4);
    expect(errorOf(() => parseFormula('x'.repeat(MAX_FORMULA_LENGTH + 1))).position).toBe(MAX_FORMULA_LENGTH);
    expect(errorOf(() => parseFormula('x.constructor')).position).toBe(1);
    expect(errorOf(() => parseFormula('a = 1')).position).toBe(2);
    expect(errorOf(() => parseFormula('x; x')).position).toBe(1);
    expect(errorOf(() => parseFormula('x * "abc"')).position).toBe(4);
    // mathjs's own syntax errors: the stray operator after "2 +".
    expect(errorOf(() => parseFormula('2 + * 3')).position).toBe(4);
  });

  test('t is a variable only where allowed', () => {
    const f = parseFormula('x * sin(t)', { variables: ['x', 't'] });
    expect(f.variables).toEqual(['x', 't']);
    expect(compileFormula(f)(2, Math.PI / 2)).toBe(2);
  });

  test('a long but shallow formula within the limit parses', () => {
    const text = Array.from({ length: 150 }, (_, k) => `${k % 10}*x`).join('+');
    expect(text.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    expect(compileFormula(parseFormula(text))(1)).toBe(
      Array.from({ length: 150 }, (_, k) => k % 10).reduce((a, b) => a + b),
    );
  });

  test('a function that is NaN on part of the range compiles and returns NaN there', () => {
    const f = compileFormula(parseFormula('sqrt(x) + log(x)'));
    expect(f(-1)).toBeNaN();
    expect(f(1)).toBe(1);
  });
});

const TOKENS = [
  'x',
  't',
  'y',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '+',
  '-',
  '*',
  '/',
  '^',
  '.',
  ',',
  ';',
  '=',
  '?',
  ':',
  '!',
  '<',
  '>',
  "'",
  '"',
  ' ',
  '\n',
  '#',
  '@',
  '$',
  '1',
  '2.5',
  '1e400',
  'pi',
  'e',
  'sin',
  'log',
  'max',
  'import',
  'constructor',
  '__proto__',
  'mod',
  'and',
  'not',
  'to',
  'cm',
  'i',
  'Infinity',
  'NaN',
  'true',
  'f',
  '0x1F',
  '&',
  '|',
  '~',
];

/** Parsing either yields a usable formula or a FormulaError; then compiling, evaluating and deriving never throw. */
function parsesOrRefuses(text: string): boolean {
  let formula: ReturnType<typeof parseFormula>;
  try {
    formula = parseFormula(text);
  } catch (error) {
    return error instanceof FormulaError && typeof error.code === 'string';
  }
  const f = compileFormula(formula);
  const d = deriveFormula(formula);
  return typeof f(0.5) === 'number' && typeof d.evaluate(0.5) === 'number';
}

describe('parseFormula(fuzzed text)', () => {
  test('10^4 strings of formula tokens: a formula or a FormulaError, never another exception', () => {
    const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join(''));
    fc.assert(fc.property(text, parsesOrRefuses), { numRuns: 10_000 });
  });

  test('10^4 arbitrary unicode strings: a formula or a FormulaError', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), parsesOrRefuses), {
      numRuns: 10_000,
    });
  }, 30_000); // about 2 s alone; the shared machine runs several suites at once

  test('long strings are refused by length before parsing', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: MAX_FORMULA_LENGTH + 1, maxLength: 3 * MAX_FORMULA_LENGTH }),
        (text) => {
          return errorOf(() => parseFormula(text)).code === 'ERR_FORMULA_TOO_LONG';
        },
      ),
      { numRuns: 200 },
    );
  });
});
