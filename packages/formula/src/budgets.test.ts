import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { derivativeMismatch, formulaText, SMOOTH_FUNCTIONS } from '../test/arbitrary-formula.ts';
import { compileFormula } from './compile-formula.ts';
import { deriveFormula } from './derive-formula.ts';
import { flowFromFormula } from './flow-from-formula.ts';
import { integrateFormula } from './integrate-formula.ts';
import { math } from './math.ts';
import { numericAntiderivative } from './numeric-antiderivative.ts';
import { parseFormula } from './parse-formula.ts';
import { MAX_DERIVATIVE_SIZE } from './vocabulary.ts';

// Issue 14, item 1: the worst cases found, each now bounded in evaluations (not in seconds, which a loaded machine
// cannot promise), and a fuzzed set of the same classes.
const nested = (depth: number) => `${'sin('.repeat(depth)}x${')'.repeat(depth)}`;
const grid = (a: number, b: number, n: number) =>
  Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

/** The documented bound: the budget, 8 per cell reached and per call, and one first panel. */
const bound = (budget: number, cells: number, calls: number) => budget + 8 * (cells + calls) + 24 * calls;

describe('work budgets', () => {
  test('sin(1000000*x) on [-200, 200] at 801 points: within the evaluation bound, resolution-limited', () => {
    const F = integrateFormula(parseFormula('sin(1000000*x)'));
    for (const x of grid(-200, 200, 801)) expect(Number.isFinite(F.evaluate(x))).toBe(true);
    expect(F.resolutionLimited).toBe(true);
    // 4·10⁶ / 4 nodes = 10⁶ refinement evaluations; 1600 cells of 1/8 each side. It used to be 4,096 panels
    // (98,304 evaluations) per point: 79 million.
    expect(F.evaluations).toBeLessThanOrEqual(bound(1_000_000, 3200, 801));
  });

  test('sin(1e9*x) at the default window and the window limit: bounded, resolution-limited', () => {
    for (const [a, b] of [
      [-10, 10],
      [-1000, 1000],
    ] as const) {
      const F = integrateFormula(parseFormula('sin(1e9*x)'));
      for (const x of grid(a, b, 801)) F.evaluate(x);
      expect(F.resolutionLimited).toBe(true);
      expect(F.evaluations).toBeLessThanOrEqual(bound(1_000_000, 16 * b, 801));
    }
  });

  test('a smooth integrand stays within budget and is not resolution-limited', () => {
    const F = integrateFormula(parseFormula('cos(x)'));
    for (const x of grid(-200, 200, 801)) expect(Math.abs(F.evaluate(x) - Math.sin(x))).toBeLessThan(1e-11);
    expect(F.resolutionLimited).toBe(false);
  });

  test('a new parameter value restarts the cells and the budget', () => {
    const F = integrateFormula(parseFormula('sin(k*x)', { parameters: true }), { parameters: { k: 1e6 } });
    F.evaluate(50);
    expect(F.resolutionLimited).toBe(true);
    F.parameters.set('k', 1);
    expect(Math.abs(F.evaluate(2) - (1 - Math.cos(2)))).toBeLessThan(1e-13);
    expect(F.resolutionLimited).toBe(false);
  });

  test('fuzzed oscillating integrands sin(k·x) on random windows: evaluations within the bound (300 cases)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 300, noNaN: true }),
        fc.integer({ min: 0, max: 20_000 }),
        (k, half, budget) => {
          const F = numericAntiderivative((x) => Math.sin(k * x), { maxEvaluations: budget });
          for (const x of grid(-half, half, 41)) F(x);
          expect(F.evaluations).toBeLessThanOrEqual(bound(budget, 2 * Math.ceil(8 * half) + 2, 41));
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  test('a 198-deep sin(sin(…x…)): no symbolic work is started, f′ and f″ are central differences that say why', () => {
    const derivative = vi.spyOn(math, 'derivative');
    try {
      const d = deriveFormula(parseFormula(nested(198)));
      expect(d.method).toBe('central-difference');
      expect(d.reason).toMatch(/limit is 2000/);
      const flow = flowFromFormula(nested(198), 'potential');
      expect(flow.gradient.method).toBe('central-difference');
      expect(flow.curvature.method).toBe('central-difference');
      expect(derivative).not.toHaveBeenCalled();
      expect(Number.isFinite(flow.curvature.evaluate(0.3))).toBe(true);
    } finally {
      derivative.mockRestore();
    }
  });

  test('every symbolic derivative of a random formula has at most MAX_DERIVATIVE_SIZE nodes (10^3 cases)', () => {
    const text = formulaText({ unary: SMOOTH_FUNCTIONS, binary: ['+', '-', '*', '/'], depth: 5 });
    fc.assert(
      fc.property(text, (t) => {
        const formula = parseFormula(t);
        const d = deriveFormula(formula);
        if (d.formula !== undefined) expect(d.formula.size).toBeLessThanOrEqual(MAX_DERIVATIVE_SIZE);
        else expect(d.method).toBe('central-difference');
        // Whichever way it went, the value is still the derivative.
        const f = compileFormula(formula) as (x: number) => number;
        if (d.method === 'symbolic') expect(derivativeMismatch(f, 0.3, d.evaluate(0.3))).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  test('nesting depths 1–60: symbolic while the derivative fits, a central difference past it', () => {
    const methods = Array.from({ length: 60 }, (_, i) => deriveFormula(parseFormula(nested(i + 1))).method);
    const firstDifference = methods.indexOf('central-difference');
    expect(firstDifference).toBeGreaterThan(10); // sin(sin(…)) 10 deep is still symbolic
    expect(methods.slice(firstDifference).every((m) => m === 'central-difference')).toBe(true);
  });
});
