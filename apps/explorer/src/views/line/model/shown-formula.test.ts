import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_SHOWN_FORMULA, shownFormula } from './shown-formula.ts';

describe('shownFormula(text)', () => {
  test('shownFormula(text) keeps text up to MAX_SHOWN_FORMULA characters and shortens longer text (10^4 cases)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 * MAX_SHOWN_FORMULA }), (text) => {
        const shown = shownFormula(text);
        if (text.length <= MAX_SHOWN_FORMULA) expect(shown).toBe(text);
        else {
          expect(shown.startsWith(text.slice(0, MAX_SHOWN_FORMULA))).toBe(true);
          expect(shown.slice(MAX_SHOWN_FORMULA)).toBe(
            `… (${text.length.toLocaleString('en')} characters, shortened)`,
          );
        }
      }),
      { numRuns: 10_000 },
    );
  });

  test('shownFormula(100,299 characters) is under 300 characters and says how long the formula was', () => {
    const shown = shownFormula('x'.repeat(100_299));
    expect(shown.length).toBeLessThan(300);
    expect(shown).toContain('100,299 characters');
  });
});
