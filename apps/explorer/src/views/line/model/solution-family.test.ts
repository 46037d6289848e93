import { describe, expect, test } from 'vitest';
import type { LineState } from '../state/line-state.ts';
import { PRESETS, presetState } from '../state/presets.ts';
import { createExplorerModel } from './explorer-model.ts';
import { CURVE_POINTS, FAMILY_SIZE, solutionCurves, solutionFamily } from './solution-family.ts';

const logistic = (x: number) => x * (1 - x);
const exactLogistic = (x0: number, t: number) => x0 / (x0 + (1 - x0) * Math.exp(-t));

describe('solutionCurves(g, starts, tMax, options)', () => {
  test('solutionCurves(logistic, rk4 or dopri5) follows the closed form within 1e-7 at every drawn point', () => {
    for (const method of ['rk4', 'dopri5'] as const) {
      const [c] = solutionCurves(logistic, [0.1], 10, { method, lipschitz: 2, xMin: -0.5, xMax: 1.5 });
      if (!c) throw new Error('no curve');
      expect(c.t[c.t.length - 1]).toBe(10);
      c.t.forEach((t, i) => {
        const e = exactLogistic(0.1, t);
        expect(Math.abs(c.x[i]! - e), `${method} t=${t}`).toBeLessThanOrEqual(1e-7 + 1e-7 * Math.abs(e));
      });
    }
  });

  test('solutionCurves(g, starts, tMax) returns at most CURVE_POINTS + 1 points, ending at tMax', () => {
    const c = solutionCurves((x) => -400 * x, [1], 3, {
      method: 'rk4',
      lipschitz: 400,
      xMin: -1,
      xMax: 1,
    })[0]!;
    expect(c.t.length).toBeLessThanOrEqual(CURVE_POINTS + 1);
    expect(c.t[0]).toBe(0);
    // 3 / (0.9·2.785/400) ≈ 479 steps: under the cap, so the curve reaches tMax.
    expect(c.t[c.t.length - 1]).toBeCloseTo(3, 12);
  });

  test('solutionCurves(stiff g) with a step bounded by the stiffness decays without oscillating', () => {
    const c = solutionCurves((x) => -400 * x, [1], 50, {
      method: 'rk4',
      lipschitz: 400,
      xMin: -1,
      xMax: 1,
    })[0]!;
    for (let i = 1; i < c.x.length; i++) {
      expect(c.x[i]!).toBeGreaterThanOrEqual(0);
      expect(c.x[i]!).toBeLessThanOrEqual(c.x[i - 1]!);
    }
  });
});

describe('solutionFamily on the presets', () => {
  const model = createExplorerModel();
  const viewOf = (state: LineState) => {
    const result = model.compute(state);
    if (result.error !== undefined) throw new Error(result.error);
    return result.view;
  };

  // A non-autonomous preset (a formula in t) has no 1-D flow: its curves may cross and turn.
  test.each(PRESETS.filter((p) => !/\bt\b/.test(p.formula)).map((p) => p.id))(
    'every reference curve of the %s preset is monotone, as 1-D flows are',
    (id) => {
      const view = viewOf(presetState(PRESETS.find((p) => p.id === id)!));
      expect(view.family.length).toBe(FAMILY_SIZE);
      for (const curve of [...view.family, view.chosen]) {
        const up = curve.x[curve.x.length - 1]! >= curve.x[0]!;
        for (let i = 1; i < curve.x.length; i++) {
          const step = curve.x[i]! - curve.x[i - 1]!;
          const slack = 1e-9 * Math.max(1, Math.abs(curve.x[i]!));
          expect(up ? step >= -slack : step <= slack, `${id} from ${curve.x0} at t=${curve.t[i]}`).toBe(true);
        }
      }
    },
  );

  test('solutionFamily(g) starts its curves at the cell centres of the window', () => {
    const { family } = solutionFamily((x) => -x, 0.3, 2, { method: 'rk4', lipschitz: 1, xMin: -1, xMax: 1 });
    expect(family.map((c) => c.x0)).toEqual(
      Array.from({ length: FAMILY_SIZE }, (_, i) => -1 + ((i + 0.5) * 2) / FAMILY_SIZE),
    );
  });
});
