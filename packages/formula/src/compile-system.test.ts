import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileSystem } from './compile-system.ts';
import { FormulaError } from './formula-error.ts';
import { parseFormula } from './parse-formula.ts';

const plane = { variables: ['x', 'y'], parameters: true } as const;
const forced = { variables: ['x', 'y', 't'], parameters: true } as const;

describe('compileSystem(formulas)', () => {
  test('writes the right-hand side in the system form and its symbolic Jacobian, parameters shared', () => {
    // Lotka–Volterra x′ = a x − b x y, y′ = c x y − d y; J = [[a − b y, −b x], [c y, c x − d]].
    const s = compileSystem([parseFormula('a*x - b*x*y', plane), parseFormula('c*x*y - d*y', plane)], {
      parameters: { a: 1.1, b: 0.4, c: 0.1, d: 0.4 },
    });
    expect(s.parameters.names).toEqual(['a', 'b', 'c', 'd']);
    expect(s.jacobianMethod).toBe('symbolic');
    expect(s.autonomous).toBe(true);
    const out = new Float64Array(2);
    const J = new Float64Array(4);
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (x, y) => {
          s.f([x, y], 0, out);
          s.jacobian([x, y], 0, J);
          const p = s.parameters.toObject() as Record<string, number>;
          const expected = [p.a! * x - p.b! * x * y, p.c! * x * y - p.d! * y];
          const expectedJ = [p.a! - p.b! * y, -p.b! * x, p.c! * y, p.c! * x - p.d!];
          for (const [i, e] of expected.entries())
            expect(Math.abs(out[i]! - e)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(e)));
          for (const [i, e] of expectedJ.entries())
            expect(Math.abs(J[i]! - e)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(e)));
          s.parameters.set('a', x); // the next case sees the new value without recompiling
        },
      ),
      { numRuns: 10_000 },
    );
  });

  test('a forced system takes t; an entry mathjs cannot differentiate is a central difference, and says why', () => {
    const s = compileSystem([parseFormula('y', forced), parseFormula('-sin(x) + cos(t) + floor(y)', forced)]);
    expect(s.autonomous).toBe(false);
    const out = new Float64Array(2);
    s.f([0, 0.5], Math.PI, out);
    expect([...out]).toEqual([0.5, -1]);
    expect(s.jacobianMethod).toBe('central-difference');
    expect(s.jacobianEntries.map((e) => e.method)).toEqual([
      'symbolic',
      'symbolic',
      'symbolic',
      'central-difference',
    ]);
    expect(s.jacobianEntries[3]!.reason).toBeTypeOf('string');
  });

  test.each([
    ['no formulas', () => compileSystem([])],
    ['not an array', () => compileSystem(undefined as never)],
    ['a look-alike', () => compileSystem([{ text: 'x', variables: ['x', 'y'] } as never])],
    ['mixed variables', () => compileSystem([parseFormula('x', plane), parseFormula('x', forced)])],
    ['too few variables', () => compileSystem([parseFormula('x'), parseFormula('x')])],
    ['a missing parameter value', () => compileSystem([parseFormula('k*x', plane)], { parameters: {} })],
  ])('%s is ERR_INVALID_ARG', (_name, run) => {
    expect(run).toThrow(FormulaError);
    try {
      run();
    } catch (error) {
      expect((error as FormulaError).code).toBe('ERR_INVALID_ARG');
    }
  });
});
