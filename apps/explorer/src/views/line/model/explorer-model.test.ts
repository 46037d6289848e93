import { euler, solve } from '@phaseflow/ode';
import { describe, expect, test } from 'vitest';
import type { LineState } from '../state/line-state.ts';
import { DEFAULT_STATE, PRESETS, presetState } from '../state/presets.ts';
import { updateState } from '../state/update-state.ts';
import { createExplorerModel } from './explorer-model.ts';
import type { ExplorerView } from './explorer-view.ts';
import { iteratesCsv } from './iterates-csv.ts';

const viewOf = (state: LineState): ExplorerView => {
  const result = createExplorerModel().compute(state);
  if (result.error !== undefined) throw new Error(`unexpected formula error: ${result.error}`);
  return result.view;
};
const preset = (id: string) => presetState(PRESETS.find((p) => p.id === id)!);

describe('createExplorerModel().compute(state)', () => {
  test('compute(default) shows the logistic phase line: 0 unstable, 1 stable, flow right between them', () => {
    const view = viewOf(DEFAULT_STATE);
    expect(view.equilibria.map((e) => e.kind)).toEqual(['unstable', 'stable']);
    expect(view.equilibria[0]!.x).toBeCloseTo(0, 12);
    expect(view.equilibria[1]!.x).toBeCloseTo(1, 12);
    expect(view.intervals.map((i) => i.direction)).toEqual([-1, 1, -1]);
    expect(view.potentialText).toBe('x^2/2 - x^3/3');
  });

  test('compute(default) gives gradient-ascent iterates bit-for-bit equal to Euler with h = η', () => {
    const view = viewOf({ ...DEFAULT_STATE, x0: 0.05, steps: 30 });
    const sol = solve({ f: (x: number) => x * (1 - x), x0: 0.05, t1: 30 * 0.5 }, euler({ h: 0.5 }));
    expect(view.iterates.x.length).toBeGreaterThan(1);
    expect(Array.from(view.iterates.x)).toEqual(Array.from(sol.x.subarray(0, view.iterates.x.length)));
    expect(Array.from(view.euler.x)).toEqual(Array.from(sol.x));
  });

  test('compute(state) samples F = x²/2 − x³/3 for the logistic potential', () => {
    const view = viewOf(DEFAULT_STATE);
    for (let i = 0; i < view.grid.x.length; i += 97) {
      const x = view.grid.x[i]!;
      const exact = (x * x) / 2 - (x * x * x) / 3;
      expect(Math.abs(view.grid.F[i]! - exact)).toBeLessThanOrEqual(1e-14 + 1e-12 * Math.abs(exact));
    }
  });

  test('compute(descent on x²) flows toward the stable minimum 0 and converges for η = 0.2', () => {
    const view = viewOf({ ...preset('square'), steps: 100 });
    expect(view.equilibria.map((e) => [e.x, e.kind])).toEqual([[0, 'stable']]);
    expect(view.iterates.status).toBe('converged');
    // x_{k+1} = (1 − 2η) x_k = 0.6 x_k exactly as the recurrence says, within rounding.
    expect(view.iterates.x[3]!).toBeCloseTo(1.5 * 0.6 ** 3, 14);
  });

  test('compute(x² with η = 1.1) reports the iterates as diverged', () => {
    const state = updateState(preset('square'), { type: 'number', field: 'eta', value: 1.1 });
    const view = viewOf({ ...state, steps: 200 });
    expect(view.iterates.status).toBe('diverged');
  });

  test('compute(semi-stable x²(1 − x)) marks 0 semi-stable, attracting from the left', () => {
    const state = updateState(DEFAULT_STATE, { type: 'formula', kind: 'ode', formula: 'x^2*(1-x)' });
    const view = viewOf(state);
    const zero = view.equilibria.find((e) => Math.abs(e.x) < 1e-6)!;
    expect(zero.kind).toBe('semi-stable');
    expect(zero.attractingSide).toBe('left');
  });

  test('compute(state) returns an error, not an exception, for every kind of bad formula', () => {
    const model = createExplorerModel();
    for (const formula of [
      '',
      'x*(1-x',
      'constructor',
      '__proto__',
      "import('x')",
      'x +',
      'y',
      'x'.repeat(10_000),
      '1/0 +',
    ]) {
      const result = model.compute(updateState(DEFAULT_STATE, { type: 'formula', kind: 'ode', formula }));
      expect(result.error, formula.slice(0, 20)).toBeTypeOf('string');
    }
  });

  test('compute(sqrt(x)) keeps going where F is undefined on part of the window', () => {
    const state = updateState(DEFAULT_STATE, { type: 'formula', kind: 'potential', formula: 'sqrt(x)' });
    const view = viewOf({ ...state, x0: 0.5 });
    expect(view.grid.F.some(Number.isNaN)).toBe(true);
    expect(view.grid.F.some(Number.isFinite)).toBe(true);
    for (const v of view.iterates.x) expect(Number.isFinite(v)).toBe(true);
  });

  test('compute(state) for a start where F is undefined reports a non-finite run instead of throwing', () => {
    const state = updateState(DEFAULT_STATE, { type: 'formula', kind: 'potential', formula: 'sqrt(x)' });
    const view = viewOf({ ...state, x0: -0.25 });
    expect(view.iterates.status).toBe('non-finite');
    expect(view.iterates.x.length).toBe(1);
  });
});

describe('createExplorerModel() reuses work', () => {
  test('compute(state) keeps the family while steps·η stays under the same power of two, and covers [0, steps·η]', () => {
    const model = createExplorerModel();
    const at = (eta: number) => {
      const result = model.compute({ ...DEFAULT_STATE, eta });
      if (result.error !== undefined) throw new Error(result.error);
      return result.view;
    };
    const a = at(0.5); // steps·η = 10: solved to 16
    const b = at(0.55); // 11: still 16
    const c = at(0.9); // 18: solved to 32
    expect(b.family).toBe(a.family);
    expect(c.family).not.toBe(a.family);
    for (const view of [a, b, c]) {
      for (const curve of view.family) {
        if (curve.x.every(Number.isFinite) && curve.t.length > 1 && curve.x0 > 0) {
          expect(curve.t[curve.t.length - 1]).toBeGreaterThanOrEqual(view.tMax);
        }
      }
    }
  });
});

describe('preset hints hold', () => {
  test('two-minima: plain descent stops at the local minimum 1, momentum 0.8 reaches the global one at −2', () => {
    const plain = viewOf(preset('two-minima')).iterates;
    expect(plain.x[plain.x.length - 1]!).toBeCloseTo(1, 3);
    const ball = viewOf({ ...preset('two-minima'), momentum: 0.8 }).iterates;
    expect(ball.x[ball.x.length - 1]!).toBeCloseTo(-2, 2);
  });

  test('notch: η = 1.7 leaves the notch, decay 0.935 settles in it', () => {
    const bouncing = viewOf(preset('notch')).iterates;
    expect(Math.abs(bouncing.x[bouncing.x.length - 1]!)).toBeGreaterThan(0.1);
    const settled = viewOf({ ...preset('notch'), decay: 0.935 }).iterates;
    expect(Math.abs(settled.x[settled.x.length - 1]!)).toBeLessThan(0.01);
  });

  test('square: η = 0.5 reaches the minimum in one step', () => {
    const it = viewOf({ ...preset('square'), eta: 0.5 }).iterates;
    expect(it.x[1]).toBe(0);
  });

  test('logistic: η = 1.9 still settles at 1, η = 2.2 does not', () => {
    const settles = viewOf({ ...DEFAULT_STATE, eta: 1.9, steps: 200 }).iterates;
    expect(settles.x[settles.x.length - 1]!).toBeCloseTo(1, 6);
    const cycles = viewOf({ ...DEFAULT_STATE, eta: 2.2, steps: 200 }).iterates;
    expect(Math.abs(cycles.x[cycles.x.length - 1]! - 1)).toBeGreaterThan(0.01);
  });
});

describe('iteratesCsv', () => {
  test('iteratesCsv(view.iterates) has one row per iterate and reads back the same numbers', () => {
    const it = viewOf(DEFAULT_STATE).iterates;
    const rows = iteratesCsv(it).trim().split('\n');
    expect(rows[0]).toBe('k,x,F,dF,eta');
    expect(rows.length).toBe(it.x.length + 1);
    rows.slice(1).forEach((row, k) => {
      const [index, x, F, dF] = row.split(',').map(Number);
      expect([index, x, F, dF]).toEqual([k, it.x[k], it.F[k], it.dF[k]]);
    });
  });
});
