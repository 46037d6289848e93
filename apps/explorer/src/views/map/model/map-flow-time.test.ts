import { describe, expect, test } from 'vitest';
import { DEFAULT_MAP_STATE } from '../state/map-state.ts';
import { cobwebView } from './cobweb-model.ts';
import { mapFlow } from './map-flow.ts';
import { createMapParameters } from './map-parameters.ts';

describe('the map view and formulas in t or with parameters', () => {
  test('mapFlow(a formula in t) says ERR_FORMULA_TIME and why, instead of an unknown name', () => {
    const read = mapFlow({ ...DEFAULT_MAP_STATE, formula: '-x + sin(t)' });
    expect(read.error).toMatch(/^ERR_FORMULA_TIME: The step-size map cannot draw a formula in t/);
    expect(mapFlow({ ...DEFAULT_MAP_STATE, formula: 'x + y' }).error).toMatch(/unknown name `y`/);
  });

  test('cobwebView(x(r − x)) has its fixed points at 0 and at the parameter r', () => {
    const state = { ...DEFAULT_MAP_STATE, formula: 'x*(r - x)', eta: 0.1, xMin: -0.5, xMax: 1.5 };
    for (const r of [0.5, 1, 1.2]) {
      const result = cobwebView({ ...state, params: { r } });
      if (result.error !== undefined) throw new Error(result.error);
      const xs = result.view.fixedPoints.map((p) => p.x);
      expect(xs.length).toBe(2);
      expect(xs.some((x) => Math.abs(x) < 1e-9)).toBe(true);
      expect(xs.some((x) => Math.abs(x - r) < 1e-9)).toBe(true);
    }
    // Values of other formulas' parameters (shared with the line view) are left aside, not refused.
    const shared = cobwebView({ ...state, params: { r: 1, K: 3, mu: 2 } });
    expect(shared.error).toBeUndefined();
    const sliders = createMapParameters();
    expect(sliders({ ...state, params: { r: 2 } })).toEqual([
      { name: 'r', value: 2, min: -10, max: 10, chosen: false },
    ]);
  });
});
