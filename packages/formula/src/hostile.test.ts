import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CALLBACK_ERROR, hostile, hostileTag } from '../test/hostile-values.ts';
import { FormulaError } from './formula-error.ts';
import * as formula from './index.ts';

// Issue 14: every public function, fed the hostile value set in every argument, returns or throws a coded
// FormulaError, nothing else: no TypeError, no RangeError, no hang. The functions it returns (compiled formulas,
// derivatives, antiderivatives) are fed the same values and must return a number.
const FUNCTIONS = Object.entries(formula).filter(
  ([name, value]) => typeof value === 'function' && name !== 'FormulaError',
) as [string, (...args: unknown[]) => unknown][];

function callCoded(f: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  try {
    return f(...args);
  } catch (error) {
    if (error === CALLBACK_ERROR) return undefined; // the caller's own function threw: its error passes through
    if (!(error instanceof FormulaError)) throw error;
    expect(error.code).toMatch(/^ERR_[A-Z_]+$/);
    return undefined;
  }
}

describe('every public function of @phaseflow/formula with hostile arguments', () => {
  test('the list covers the exports', () => {
    expect(FUNCTIONS.map(([name]) => name).sort()).toEqual([
      'centralDifference',
      'compileFormula',
      'compileLoss',
      'compileSystem',
      'deriveFormula',
      'flowFromFormula',
      'formulaParameters',
      'gaussLegendre',
      'integrateFormula',
      'isParameterName',
      'numericAntiderivative',
      'parseFormula',
      'polynomialCoefficients',
    ]);
  });

  for (const [name, f] of FUNCTIONS)
    test(`${name}: returns or throws a coded FormulaError (10^4 cases)`, () => {
      fc.assert(
        fc.property(fc.array(hostileTag, { maxLength: 3 }), (tags) => {
          const result = callCoded(f, tags.map(hostile));
          if (typeof result === 'function') {
            for (const value of [0, -0, Number.NaN, 1e308, 5e-324, Number.POSITIVE_INFINITY]) {
              const y = callCoded(result as (...a: unknown[]) => unknown, [value]);
              if (y !== undefined) expect(typeof y).toBe('number');
            }
          }
        }),
        { numRuns: 10_000 },
      );
    }, 60_000);

  test('with a real formula and hostile options: coded errors only', () => {
    const parsed = formula.parseFormula('r*x', { parameters: true });
    const plane = formula.parseFormula('x*y', { variables: ['x', 'y'] });
    const calls: ((v: unknown) => unknown)[] = [
      (v) => formula.compileFormula(parsed, v as never),
      (v) => formula.compileFormula(parsed, { parameters: v as never }),
      (v) => formula.deriveFormula(parsed, v as never),
      (v) => formula.deriveFormula(parsed, 'x', v as never),
      (v) => formula.integrateFormula(parsed, v as never),
      (v) => formula.integrateFormula(parsed, { anchor: v as never }),
      (v) => formula.integrateFormula(parsed, { maxEvaluations: v as never }),
      (v) => formula.compileSystem([plane, plane], v as never),
      (v) => formula.compileSystem([plane, v as never]),
      (v) => formula.compileLoss(plane, v as never),
      (v) => formula.parseFormula('x', v as never),
      (v) => formula.parseFormula('x', { variables: v as never }),
      (v) => formula.parseFormula('x', { parameters: v as never }),
      (v) => formula.flowFromFormula('r*x', 'rhs', v as never),
      (v) => formula.flowFromFormula('r*x', 'rhs', { parameters: true, values: v as never }),
      (v) => formula.formulaParameters(['r'], v as never),
      (v) => formula.formulaParameters(['r']).set('r', v as never),
      (v) => formula.formulaParameters(['r']).assign(v as never),
      (v) => formula.numericAntiderivative(Math.sin, v as never),
      (v) => formula.polynomialCoefficients(parsed.node, v as never),
    ];
    fc.assert(
      fc.property(hostileTag, fc.nat(calls.length - 1), (tag, i) => {
        callCoded(calls[i]!, [hostile(tag)]);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
