import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE } from '../state/presets.ts';
import { updateState } from '../state/update-state.ts';
import { createExplorerModel, notIntegrableAtZero } from './explorer-model.ts';
import { analyzeFlow, EQUILIBRIUM_TOLERANCE } from './flow-analysis.ts';
import { loadFlow, readableNotation } from './formula-flow.ts';

// Issue 15, defect 6: the explorer never draws a picture it cannot stand behind.
describe('no false pictures', () => {
  test('notIntegrableAtZero(f) is true for 1/x and 1/x², false for 1/√|x|, log|x| and x(1 − x)', () => {
    expect(notIntegrableAtZero((x) => 1 / x)).toBe(true);
    expect(notIntegrableAtZero((x) => 1 / (x * x))).toBe(true);
    expect(notIntegrableAtZero((x) => 1 / Math.sqrt(Math.abs(x)))).toBe(false);
    expect(notIntegrableAtZero((x) => Math.log(Math.abs(x)))).toBe(false);
    expect(notIntegrableAtZero((x) => x * (1 - x))).toBe(false);
    expect(notIntegrableAtZero(Math.sqrt)).toBe(false);
  });

  test('compute(x′ = 1/x) says ∫₀ˣ f diverges instead of showing F(0.1) = 14.4', () => {
    const state = updateState(DEFAULT_STATE, { type: 'formula', kind: 'ode', formula: '1/x' });
    const result = createExplorerModel().compute(state);
    if (result.error !== undefined) throw new Error(result.error);
    expect(result.view.potentialDiverges).toBe(true);
    expect(result.view.potentialText).toMatch(/diverges/);
  });

  test('analyzeFlow(sin x on ±1e6) draws no equilibria and says there are too many to resolve', () => {
    const n = 801;
    const samples = Float64Array.from({ length: n }, (_, i) => Math.sin(-1e6 + (2e6 * i) / (n - 1)));
    const analysis = analyzeFlow(Math.sin, Math.cos, -1e6, 1e6, samples);
    expect(analysis.equilibria).toEqual([]);
    expect(analysis.unresolved).toMatch(/Too many equilibria/);
  });

  test('analyzeFlow keeps only points where g vanishes: every drawn equilibrium of sin on [−7, 7] is a zero', () => {
    const n = 801;
    const samples = Float64Array.from({ length: n }, (_, i) => Math.sin(-7 + (14 * i) / (n - 1)));
    const analysis = analyzeFlow(Math.sin, Math.cos, -7, 7, samples);
    expect(analysis.equilibria.map((e) => Math.round(e.x / Math.PI))).toEqual([-2, -1, 0, 1, 2]);
    for (const e of analysis.equilibria)
      expect(Math.abs(Math.sin(e.x))).toBeLessThanOrEqual(EQUILIBRIUM_TOLERANCE);
    expect(analysis.unresolved).toBeUndefined();
  });
});

describe('the notation the app itself writes', () => {
  test('loadFlow reads x(1-x), −, ², π and · as the parser would read their ASCII forms', () => {
    const pairs: [string, string][] = [
      ['x(1-x)', 'x*(1-x)'],
      ['x − 1', 'x - 1'],
      ['x²', 'x^2'],
      ['π·x', 'pi*x'],
      ['(x+1)(x-1)', '(x+1)*(x-1)'],
      ['(x+1)x', '(x+1)*x'],
    ];
    for (const [typed, ascii] of pairs) {
      const a = loadFlow('potential', typed);
      const b = loadFlow('potential', ascii);
      if (a.error !== undefined || b.error !== undefined) throw new Error(`${typed}: ${a.error ?? b.error}`);
      for (const x of [-1.5, 0.3, 2]) expect(a.flow.potential.evaluate(x)).toBe(b.flow.potential.evaluate(x));
    }
    expect(readableNotation('exp(x) + max(x, 1)')).toBe('exp(x) + max(x, 1)');
  });
});
