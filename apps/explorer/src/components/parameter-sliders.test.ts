import { parseFormula } from '@phaseflow/formula';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parameterSliders, parameterValues } from './parameter-sliders.ts';

const read = (text: string) => parseFormula(text, { parameters: true });

describe('parameterSliders(formulas, values, bounds)', () => {
  test('one slider per parameter in order, [0, 10] for divisors and exponents, [-10, 10] otherwise', () => {
    expect(parameterSliders(read('r*x*(1-x/K) + x^n'), { r: 2, n: 30 })).toEqual([
      { name: 'r', value: 2, min: -10, max: 10, chosen: false },
      { name: 'K', value: 1, min: 0, max: 10, chosen: false },
      { name: 'n', value: 30, min: 0, max: 30, chosen: false },
    ]);
  });

  test('a chosen range replaces the default one; the names of a system are listed once', () => {
    const plane = { parameters: true, variables: ['x', 'y'] };
    const system = [parseFormula('y', plane), parseFormula('mu*(1 - x^2)*y - x + mu', plane)];
    expect(parameterSliders(system, { mu: 2 }, { mu: { min: 0, max: 4 } })).toEqual([
      { name: 'mu', value: 2, min: 0, max: 4, chosen: true },
    ]);
    expect(parameterValues(system, { mu: 3, other: 1 })).toEqual({ mu: 3 });
  });

  test('every slider holds its value inside its range, whatever the values and ranges', () => {
    const formula = read('a*x + b/x + x^c');
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'z'), value),
        fc.dictionary(
          fc.constantFrom('a', 'b', 'c'),
          fc
            .tuple(value, value)
            .filter(([lo, hi]) => lo < hi)
            .map(([min, max]) => ({ min, max })),
        ),
        (values, bounds) => {
          const sliders = parameterSliders(formula, values, bounds);
          expect(sliders.map((s) => s.name)).toEqual(['a', 'b', 'c']);
          for (const s of sliders) {
            expect(s.min).toBeLessThanOrEqual(s.value);
            expect(s.value).toBeLessThanOrEqual(s.max);
            expect(s.min).toBeLessThan(s.max);
            expect(s.chosen).toBe(Object.hasOwn(bounds, s.name));
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
