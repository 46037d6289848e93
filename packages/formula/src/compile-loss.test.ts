import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileLoss } from './compile-loss.ts';
import { FormulaError } from './formula-error.ts';
import { parseFormula } from './parse-formula.ts';

const plane = { variables: ['x', 'y'], parameters: true } as const;

describe('compileLoss(formula)', () => {
  test('Rosenbrock: F, ∇F and the Hessian agree with the hand-derived ones, symbolic, with a as a symbol', () => {
    const loss = compileLoss(parseFormula('(1-x)^2 + a*(y-x^2)^2', plane), { parameters: { a: 100 } });
    expect(loss.gradientMethod).toBe('symbolic');
    expect(loss.hessianMethod).toBe('symbolic');
    expect(loss.hessianEntries[1]).toBe(loss.hessianEntries[2]);
    const g = new Float64Array(2);
    const H = new Float64Array(4);
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (x, y, a) => {
          loss.parameters.set('a', a);
          loss.grad([x, y], g);
          loss.hessian([x, y], H);
          const F = (1 - x) ** 2 + a * (y - x * x) ** 2;
          const expectedG = [-2 * (1 - x) - 4 * a * x * (y - x * x), 2 * a * (y - x * x)];
          const expectedH = [2 - 4 * a * (y - x * x) + 8 * a * x * x, -4 * a * x, -4 * a * x, 2 * a];
          const close = (v: number, e: number) => Math.abs(v - e) <= 1e-12 * (1 + Math.abs(e)) * 100;
          expect(close(loss.F([x, y]), F)).toBe(true);
          for (const [i, e] of expectedG.entries()) expect(close(g[i]!, e)).toBe(true);
          for (const [i, e] of expectedH.entries()) expect(close(H[i]!, e)).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  test('without a symbolic derivative the entries are central differences that say so', () => {
    const loss = compileLoss(parseFormula('abs(x) > 1 ? x^2 : y^2', plane));
    expect(loss.gradientMethod).toBe('central-difference');
    expect(loss.hessianMethod).toBe('central-difference');
    const g = new Float64Array(2);
    loss.grad([2, 3], g);
    expect(Math.abs(g[0]! - 4)).toBeLessThan(1e-8);
    expect(Math.abs(g[1]!)).toBeLessThan(1e-8);
    const H = new Float64Array(4);
    loss.hessian([2, 3], H);
    expect(Math.abs(H[0]! - 2)).toBeLessThan(1e-4);
    expect(loss.hessianEntries[0]!.reason).toMatch(/central difference/);
  });

  test.each([
    ['undefined', () => compileLoss(undefined as never)],
    ['a look-alike', () => compileLoss({ variables: ['x', 'y'] } as never)],
    [
      'a formula in t',
      () => compileLoss(parseFormula('x', { variables: ['x', 't'] }), { parameters: 3 as never }),
    ],
    ['a missing parameter value', () => compileLoss(parseFormula('k*x', plane), { parameters: { j: 1 } })],
  ])('%s is ERR_INVALID_ARG', (_name, run) => {
    try {
      run();
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(FormulaError);
      expect((error as FormulaError).code).toBe('ERR_INVALID_ARG');
    }
  });
});
